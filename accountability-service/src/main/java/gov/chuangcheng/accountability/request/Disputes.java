package gov.chuangcheng.accountability.request;

import gov.chuangcheng.events.rectification.DisputeDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and view records of responsibility disputes (退单 / 确权). */
public final class Disputes {

    private Disputes() {}

    /** The unit believes {@code claimedUnitCode} answers for the problem, and says why. */
    @Schema(
            name = "DisputeCreate",
            example = "{\"claimedUnitCode\":\"ZJJ\",\"reason\":\"该路段人行道已于11月移交区住建局管养，不属本单位职责\"}")
    public record Create(
            @NotBlank @Size(max = 50) String claimedUnitCode,
            @NotBlank @Size(max = 2000) String reason) {}

    /**
     * The office's decision: REASSIGNED to {@code unitCode} (the claimed unit when absent), or REJECTED with a
     * comment.
     */
    @Schema(name = "DisputeDecide", example = "{\"decision\":\"REASSIGNED\",\"comment\":\"经核实该路段已移交住建局\"}")
    public record Decide(
            @NotNull DisputeDecision decision,
            @Size(max = 50) String unitCode,
            @Size(max = 1000) String comment) {}

    @Schema(name = "DisputeView")
    public record View(
            String id,
            String orderId,
            String disputingUnitCode,
            String claimedUnitCode,
            String claimedUnitName,
            String reason,
            RequestStatus status,
            String statusName,
            String disputedBy,
            Instant disputedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment,
            String settledUnitCode,
            String settledUnitName) {
        static View of(OrderRequest d) {
            return new View(
                    d.id,
                    d.orderId,
                    d.disputingUnitCode,
                    d.claimedUnitCode,
                    d.claimedUnitName,
                    d.reason,
                    d.status,
                    d.statusName(),
                    d.requestedBy,
                    d.requestedAt,
                    d.decidedBy,
                    d.decidedAt,
                    d.decisionComment,
                    d.settledUnitCode,
                    d.settledUnitName);
        }
    }
}
