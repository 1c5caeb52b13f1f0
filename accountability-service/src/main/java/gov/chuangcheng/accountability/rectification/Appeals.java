package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.rectification.AppealDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request and view records of appeals (申诉). */
public final class Appeals {

    private Appeals() {
    }

    public record Create(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Decide(@NotNull AppealDecision decision, @NotBlank @Size(max = 1000) String comment) {
    }

    public record View(String id, String orderId, String reason, Appeal.Status status, String statusName,
                       String appealedBy, Instant appealedAt, String decidedBy, Instant decidedAt,
                       String decisionComment) {
        static View of(Appeal a) {
            return new View(a.id, a.orderId, a.reason, a.status, a.status.displayName(), a.requestedBy, a.requestedAt,
                    a.decidedBy, a.decidedAt, a.decisionComment);
        }
    }
}
