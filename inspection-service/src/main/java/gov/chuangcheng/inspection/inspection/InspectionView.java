package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.inspection.evidence.EvidenceFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspection as the API shows it; an item's {@code evidenceFlags}: what is doubtful about its photos (taken long
 * before their upload, taken far from the point), never a refusal.
 */
public record InspectionView(
        String id,
        String pointId,
        String pointCode,
        String pointName,
        String responsibleUnitCode,
        int checklistVersion,
        String inspector,
        Instant inspectedAt,
        double latitude,
        double longitude,
        long distanceMeters,
        boolean farFromPoint,
        String remarks,
        BigDecimal totalScore,
        BigDecimal maxScore,
        boolean passed,
        String result,
        String reinspectionOrderId,
        List<ItemView> items) {

    @Schema(name = "InspectionItemView")
    public record ItemView(
            String itemCode,
            String standardCode,
            String checkText,
            BigDecimal score,
            BigDecimal maxScore,
            BigDecimal passThreshold,
            Severity severity,
            String severityName,
            boolean passed,
            String remark,
            List<String> evidenceIds,
            List<EvidenceFlag> evidenceFlags) {}
}
