package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.task.evaluation.Draft.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules an evaluation system must follow before it is stored. All of them are checked and every mistake is
 * reported with its place in the file; a {@link Catalogue} results only when there is none.
 *
 * <ul>
 *   <li>codes: 1–32 letters, digits, '.', '_' or '-' starting with a letter or digit; category, indicator and standard
 *       codes are each unique within the version (a standard code is also the Kafka key of its events);</li>
 *   <li>names: required; at most 200 characters for a category, 500 for an indicator or standard;</li>
 *   <li>every category has an indicator and every indicator a standard;</li>
 *   <li>full marks (分值): a number &gt; 0 and &lt; 1,000,000 with at most 2 decimals;</li>
 *   <li>weight (权重): a number &gt; 0 and ≤ 1 with at most 4 decimals; <b>the weights of the standards of one
 *       indicator add up to 1 (±0.0001)</b>;</li>
 *   <li>method: one of {@link AssessmentMethod}, by code or Chinese name;</li>
 *   <li>point types: codes or Chinese names of {@link PointType}; at least one for a field-inspected standard
 *       (FIELD_INSPECTION), none for any other method;</li>
 *   <li>survey scoring (optional): only for a survey standard (SURVEY), as {@link SurveyScoring} checks it;</li>
 *   <li>expected materials: see {@link ExpectedMaterials}.</li>
 * </ul>
 */
public final class CatalogueRules {

    public static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.0001");
    public static final int CATEGORY_NAME_MAX = 200;
    public static final int NAME_MAX = 500;
    public static final int SYSTEM_NAME_MAX = 200;
    /** Codes of categories, indicators, standards and versions. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

    private static final Pattern CODE = Pattern.compile(CODE_PATTERN);
    private static final BigDecimal MAX_FULL_MARKS = new BigDecimal("1000000");

    private CatalogueRules() {}

    /** The outcome: a catalogue, or the errors (never both). */
    public record Result(Catalogue catalogue, List<gov.chuangcheng.platform.problem.Problem.FieldError> errors) {
        public boolean valid() {
            return catalogue != null;
        }
    }

    /** Checks a version name given in the URL path. */
    public static Optional<String> versionProblem(String version) {
        if (version == null || !CODE.matcher(version).matches()) {
            return Optional.of("1–32 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (version.equalsIgnoreCase("active")) {
            return Optional.of("'active' is reserved (GET /evaluation-systems/active)");
        }
        return Optional.empty();
    }

    public static Result check(Draft draft) {
        return check(draft, new ImportErrors());
    }

    /** Checks {@code draft}, adding to errors the reader already found (a file with any error gives no catalogue). */
    public static Result check(Draft draft, ImportErrors errors) {
        Map<String, String> categoryCodes = new HashMap<>();
        Map<String, String> indicatorCodes = new HashMap<>();
        Map<String, String> standardCodes = new HashMap<>();
        List<Catalogue.Category> categories = new ArrayList<>();
        if (draft.categories().isEmpty()) {
            errors.add(draft.at().of(Attribute.CHILDREN), "the file contains no standards");
        }
        for (Draft.Category c : draft.categories()) {
            String code = code(c.code(), c.at(), "category", categoryCodes, errors);
            String name = name(c.name(), c.at(), CATEGORY_NAME_MAX, errors);
            if (c.indicators().isEmpty()) {
                errors.add(c.at().of(Attribute.CHILDREN), "category " + code + " has no indicators");
            }
            List<Catalogue.Indicator> indicators = new ArrayList<>();
            for (Draft.Indicator i : c.indicators()) {
                indicators.add(indicator(i, indicatorCodes, standardCodes, errors));
            }
            categories.add(new Catalogue.Category(code, name, indicators));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors.list());
        }
        return new Result(new Catalogue(categories), List.of());
    }

    private static Catalogue.Indicator indicator(
            Draft.Indicator i,
            Map<String, String> indicatorCodes,
            Map<String, String> standardCodes,
            ImportErrors errors) {
        String code = code(i.code(), i.at(), "indicator", indicatorCodes, errors);
        String name = name(i.name(), i.at(), NAME_MAX, errors);
        if (i.standards().isEmpty()) {
            errors.add(i.at().of(Attribute.CHILDREN), "indicator " + code + " has no standards");
        }
        List<Catalogue.Standard> standards = new ArrayList<>();
        boolean weightsKnown = true;
        BigDecimal weights = BigDecimal.ZERO;
        for (Draft.Standard s : i.standards()) {
            Catalogue.Standard standard = standard(s, standardCodes, errors);
            standards.add(standard);
            if (standard.weight() == null) {
                weightsKnown = false;
            } else {
                weights = weights.add(standard.weight());
            }
        }
        if (weightsKnown
                && !i.standards().isEmpty()
                && weights.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            errors.add(
                    i.at().of(Attribute.WEIGHT),
                    "the weights of the standards of indicator " + code + " ("
                            + String.join(
                                    ", ",
                                    standards.stream()
                                            .map(Catalogue.Standard::code)
                                            .toList()) + ") add up to "
                            + weights.stripTrailingZeros().toPlainString() + "; they must add up to 1 (±0.0001)");
        }
        return new Catalogue.Indicator(code, name, standards);
    }

    private static Catalogue.Standard standard(
            Draft.Standard s, Map<String, String> standardCodes, ImportErrors errors) {
        String code = code(s.code(), s.at(), "standard", standardCodes, errors);
        String name = name(s.name(), s.at(), NAME_MAX, errors);
        BigDecimal fullMarks = decimal(s.fullMarks(), s.at().of(Attribute.FULL_MARKS), 2, errors);
        if (fullMarks != null && (fullMarks.signum() <= 0 || fullMarks.compareTo(MAX_FULL_MARKS) >= 0)) {
            errors.add(s.at().of(Attribute.FULL_MARKS), "must be more than 0 and less than 1000000");
            fullMarks = null;
        }
        BigDecimal weight = decimal(s.weight(), s.at().of(Attribute.WEIGHT), 4, errors);
        if (weight != null && (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0)) {
            errors.add(s.at().of(Attribute.WEIGHT), "must be more than 0 and at most 1");
            weight = null;
        }
        AssessmentMethod method = null;
        if (s.method() == null || s.method().isBlank()) {
            errors.add(s.at().of(Attribute.METHOD), "is required; one of " + Codes.methodList());
        } else {
            method = Codes.method(s.method()).orElse(null);
            if (method == null) {
                errors.add(
                        s.at().of(Attribute.METHOD),
                        "unknown assessment method '" + s.method().trim() + "'; one of " + Codes.methodList());
            }
        }
        Set<PointType> pointTypes = new LinkedHashSet<>();
        boolean pointTypesValid = true;
        for (String text : s.pointTypes() == null ? List.<String>of() : s.pointTypes()) {
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<PointType> type = Codes.pointType(text);
            if (type.isPresent()) {
                pointTypes.add(type.get());
            } else {
                pointTypesValid = false;
                errors.add(
                        s.at().of(Attribute.POINT_TYPES),
                        "unknown point type '" + text.trim() + "'; one of " + Codes.pointTypeList());
            }
        }
        if (method == AssessmentMethod.FIELD_INSPECTION && pointTypes.isEmpty() && pointTypesValid) {
            errors.add(
                    s.at().of(Attribute.POINT_TYPES),
                    "a field-inspected (实地考察) standard needs the point types it applies to");
        }
        if (method != null && method != AssessmentMethod.FIELD_INSPECTION && !pointTypes.isEmpty()) {
            errors.add(
                    s.at().of(Attribute.POINT_TYPES),
                    "only field-inspected (实地考察) standards apply to point " + "types; this one is " + method.name()
                            + " (" + method.displayName() + ")");
        }
        List<String> materials = ExpectedMaterials.check(s.materials(), method, s.at().of(Attribute.MATERIALS), errors);
        return new Catalogue.Standard(
                code,
                name,
                fullMarks,
                weight,
                method,
                List.copyOf(pointTypes),
                surveyScoring(s, method, fullMarks, errors),
                materials);
    }

    private static SurveyScoring surveyScoring(
            Draft.Standard s, AssessmentMethod method, BigDecimal fullMarks, ImportErrors errors) {
        String field = s.at().of(Attribute.SURVEY_SCORING);
        List<String> texts = s.surveyScoring() == null ? List.of() : s.surveyScoring();
        boolean given = texts.stream().anyMatch(t -> t != null && !t.isBlank());
        if (given && method != null && method != AssessmentMethod.SURVEY) {
            errors.add(field, "只有问卷调查类测评标准有评分规则；该标准为" + method.displayName());
            return null;
        }
        return SurveyScoring.parse(texts, fullMarks, message -> errors.add(field, message));
    }

    private static String code(
            String text, Draft.Locator at, String what, Map<String, String> seen, ImportErrors errors) {
        String code = text == null ? "" : text.trim();
        String field = at.of(Attribute.CODE);
        if (code.isEmpty()) {
            errors.add(field, "is required");
        } else if (!CODE.matcher(code).matches()) {
            errors.add(
                    field,
                    "'" + code + "' is not a valid code: 1–32 letters, digits, '.', '_' or '-', "
                            + "starting with a letter or digit");
        } else {
            String first = seen.putIfAbsent(code, field);
            if (first != null) {
                errors.add(field, "duplicate " + what + " code " + code + " (first at " + first + ")");
            }
        }
        return code;
    }

    private static String name(String text, Draft.Locator at, int max, ImportErrors errors) {
        String name = text == null ? "" : text.trim();
        if (name.isEmpty()) {
            errors.add(at.of(Attribute.NAME), "is required");
        } else if (name.length() > max) {
            errors.add(at.of(Attribute.NAME), "is longer than " + max + " characters");
        }
        return name;
    }

    private static BigDecimal decimal(String text, String field, int maxScale, ImportErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "is required");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "'" + text.trim() + "' is not a number");
            return null;
        }
        value = value.stripTrailingZeros();
        if (value.scale() > maxScale) {
            errors.add(field, "has more than " + maxScale + " decimals");
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
