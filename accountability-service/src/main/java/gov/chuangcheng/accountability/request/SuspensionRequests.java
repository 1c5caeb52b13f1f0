package gov.chuangcheng.accountability.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and view records of suspension requests (缓办申请). */
public final class SuspensionRequests {

    private SuspensionRequests() {}

    /** Why the unit asks the office to stop the order's clock. */
    @Schema(name = "SuspensionRequestCreate")
    public record Create(@NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "SuspensionRequestView")
    public record View(
            String id,
            String orderId,
            String reason,
            RequestStatus status,
            String statusName,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment) {
        static View of(OrderRequest r) {
            return new View(
                    r.id,
                    r.orderId,
                    r.reason,
                    r.status,
                    r.statusName(),
                    r.requestedBy,
                    r.requestedAt,
                    r.decidedBy,
                    r.decidedAt,
                    r.decisionComment);
        }
    }
}
