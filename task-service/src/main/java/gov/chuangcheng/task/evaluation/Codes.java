package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads assessment methods and point types the way the office writes them in its spreadsheets: the code
 * ({@code FIELD_INSPECTION}, {@code FARMERS_MARKET}, any case) or the Chinese name (实地考察, 农贸市场).
 */
public final class Codes {

    private Codes() {}

    public static Optional<AssessmentMethod> method(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(AssessmentMethod.values())
                .filter(m -> m.name().equalsIgnoreCase(t) || m.displayName().equals(t))
                .findFirst();
    }

    public static Optional<PointType> pointType(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(PointType.values())
                .filter(p -> p.name().equalsIgnoreCase(t) || p.displayName().equals(t))
                .findFirst();
    }

    /** "FIELD_INSPECTION (实地考察), DOCUMENT_REVIEW (材料审核), …" for error messages. */
    public static String methodList() {
        return Arrays.stream(AssessmentMethod.values())
                .map(m -> m.name() + " (" + m.displayName() + ")")
                .collect(Collectors.joining(", "));
    }

    public static String pointTypeList() {
        return Arrays.stream(PointType.values())
                .map(p -> p.name() + " (" + p.displayName() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Point types as stored in {@code eval_standard.point_types}: codes separated by commas. */
    public static String joinPointTypes(List<PointType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<PointType> splitPointTypes(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(","))
                .map(s -> PointType.valueOf(s.trim()))
                .toList();
    }
}
