package gov.chuangcheng.accountability.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and view records of extension requests (延期申请). */
public final class ExtensionRequests {

    private ExtensionRequests() {}

    /** A unit asks for {@code workingDays} more working days after the current deadline. */
    @Schema(name = "ExtensionRequestCreate")
    public record Create(
            @NotNull @Min(1) @Max(20) Integer workingDays,
            @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "ExtensionRequestView")
    public record View(
            String id,
            String orderId,
            int workingDays,
            String reason,
            RequestStatus status,
            String statusName,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment,
            Instant previousDeadline,
            Instant newDeadline) {
        static View of(OrderRequest r) {
            return new View(
                    r.id,
                    r.orderId,
                    r.workingDays,
                    r.reason,
                    r.status,
                    r.statusName(),
                    r.requestedBy,
                    r.requestedAt,
                    r.decidedBy,
                    r.decidedAt,
                    r.decisionComment,
                    r.previousDeadline,
                    r.newDeadline);
        }
    }
}
