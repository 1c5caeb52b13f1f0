package gov.chuangcheng.task.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a survey standard (问卷调查) turns a measured rate into marks, as the evaluators' scoring rules read: "知晓率达到
 * 90%得2分，80%得1.6分，70%得1分，低于70%不得分". Each step is a threshold (达标线, a percentage) and the marks a rate
 * at or above it earns; a rate below every threshold earns 0.
 *
 * <p>Written in a file as {@code 90:2;80:1.6;70:1} (also {@code ≥90%:2}, {@code 90=2}, separated by ';', '；' or '|'),
 * stored in that canonical form with the highest threshold first.
 *
 * <p>Rules checked on import: 1–{@value #MAX_STEPS} steps; a threshold more than 0 and at most 100 with at most 2
 * decimals, each once; marks from 0 to the standard's full marks with at most 2 decimals; a higher threshold never
 * earns fewer marks than a lower one (a better survey result must not cost marks).
 */
public record SurveyScoring(List<Step> steps) {

    static final int MAX_STEPS = 10;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern STEP =
            Pattern.compile("^(?:≥|>=)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%?\\s*[:：=]\\s*(\\S+)$");
    private static final Pattern SEPARATORS = Pattern.compile("[;；|]");

    /** At a rate of {@code atLeast} percent or more the standard earns {@code marks}. */
    @Schema(name = "SurveyScoringRuleStep", description = "达标率达到 atLeast% 得 marks 分")
    public record Step(BigDecimal atLeast, BigDecimal marks) {}

    public SurveyScoring {
        steps = steps.stream()
                .sorted(Comparator.comparing(Step::atLeast).reversed())
                .toList();
    }

    /** The marks a measured rate (percent) earns: those of the highest threshold it reaches, 0 below all. */
    public BigDecimal marksFor(BigDecimal rate) {
        for (Step step : steps) {
            if (rate.compareTo(step.atLeast()) >= 0) {
                return step.marks();
            }
        }
        return BigDecimal.ZERO;
    }

    /** The canonical text, e.g. {@code 90:2;80:1.6}. */
    public String text() {
        return String.join(
                ";",
                steps.stream()
                        .map(s -> s.atLeast().toPlainString() + ":" + s.marks().toPlainString())
                        .toList());
    }

    /** Reads the stored canonical text; null or blank is no rule. */
    public static SurveyScoring ofText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(List.of(text), null, message -> {
            throw new IllegalStateException("stored survey scoring is invalid: " + message);
        });
    }

    /**
     * Reads the steps a file gives (one text may hold several, separated), reporting each mistake in Chinese to {@code
     * errors}; null when there are no steps or any mistake. {@code fullMarks} null skips the check against them.
     */
    public static SurveyScoring parse(List<String> texts, BigDecimal fullMarks, Consumer<String> errors) {
        List<String> parts = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                for (String part : SEPARATORS.split(text)) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        boolean valid = true;
        if (parts.size() > MAX_STEPS) {
            errors.accept("评分规则最多" + MAX_STEPS + "档，这里有" + parts.size() + "档");
            valid = false;
        }
        List<Step> steps = new ArrayList<>();
        for (String part : parts) {
            Step step = step(part, fullMarks, errors);
            if (step == null) {
                valid = false;
                continue;
            }
            if (steps.stream().anyMatch(s -> s.atLeast().compareTo(step.atLeast()) == 0)) {
                errors.accept("达标线" + step.atLeast().toPlainString() + "%出现了两次");
                valid = false;
                continue;
            }
            steps.add(step);
        }
        if (!valid) {
            return null;
        }
        SurveyScoring scoring = new SurveyScoring(steps);
        for (int i = 1; i < scoring.steps().size(); i++) {
            Step higher = scoring.steps().get(i - 1);
            Step lower = scoring.steps().get(i);
            if (higher.marks().compareTo(lower.marks()) < 0) {
                errors.accept(
                        "达标率越高得分不能越低：" + percent(higher) + "得" + higher.marks().toPlainString() + "分，" + percent(lower)
                                + "却得" + lower.marks().toPlainString() + "分");
                return null;
            }
        }
        return scoring;
    }

    private static Step step(String part, BigDecimal fullMarks, Consumer<String> errors) {
        Matcher m = STEP.matcher(part);
        if (!m.matches()) {
            errors.accept("“" + part + "”的格式应为 达标率:得分，例如 90:2 表示达到90%得2分");
            return null;
        }
        BigDecimal atLeast = new BigDecimal(m.group(1)).stripTrailingZeros();
        BigDecimal marks;
        try {
            marks = new BigDecimal(m.group(2)).stripTrailingZeros();
        } catch (NumberFormatException e) {
            errors.accept("“" + part + "”中的得分“" + m.group(2) + "”不是数字");
            return null;
        }
        boolean valid = true;
        if (atLeast.signum() <= 0 || atLeast.compareTo(HUNDRED) > 0 || atLeast.scale() > 2) {
            errors.accept("“" + part + "”的达标线应大于0、不超过100，最多两位小数");
            valid = false;
        }
        if (marks.signum() < 0 || marks.scale() > 2) {
            errors.accept("“" + part + "”的得分应不小于0，最多两位小数");
            valid = false;
        } else if (fullMarks != null && marks.compareTo(fullMarks) > 0) {
            errors.accept("“" + part + "”的得分超过了该标准的分值" + fullMarks.toPlainString() + "分");
            valid = false;
        }
        return valid ? new Step(plain(atLeast), plain(marks)) : null;
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    private static String percent(Step step) {
        return step.atLeast().toPlainString() + "%";
    }
}
