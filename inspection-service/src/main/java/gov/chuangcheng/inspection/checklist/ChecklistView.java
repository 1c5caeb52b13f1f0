package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A checklist version as the API shows it, with the standards' names. */
public record ChecklistView(
        String id,
        PointType pointType,
        String pointTypeName,
        int version,
        BigDecimal passThreshold,
        BigDecimal maxScore,
        String createdBy,
        Instant createdAt,
        List<ItemView> items) {

    public record ItemView(
            String code,
            String standardCode,
            String standardName,
            String checkText,
            BigDecimal maxScore,
            BigDecimal passThreshold,
            Severity severity,
            String severityName) {}

    static ChecklistView of(Checklist c, Function<String, String> standardName) {
        return new ChecklistView(
                c.id.toString(),
                c.pointType,
                c.pointType.displayName(),
                c.version,
                c.passThreshold,
                c.maxScore(),
                c.createdBy,
                c.createdAt,
                c.items.stream()
                        .map(i -> new ItemView(
                                i.code,
                                i.standardCode,
                                standardName.apply(i.standardCode),
                                i.checkText,
                                i.maxScore,
                                i.passThreshold,
                                i.severity,
                                i.severity.displayName()))
                        .toList());
    }
}
