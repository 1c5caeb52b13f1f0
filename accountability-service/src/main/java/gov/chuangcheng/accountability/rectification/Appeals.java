package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.rectification.AppealDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** Request and view records of appeals (申诉). */
public final class Appeals {

    private Appeals() {
    }

    /** The unit's grounds and, optionally, its evidence (photo or document ids). */
    public record Create(@NotBlank @Size(max = 2000) String reason,
                         @Size(max = 50) List<@NotBlank @Size(max = 100) String> evidenceIds) {
    }

    public record Decide(@NotNull AppealDecision decision, @NotBlank @Size(max = 1000) String comment) {
    }

    public record View(String id, String orderId, String reason, Appeal.Status status, String statusName,
                       String appealedBy, Instant appealedAt, String decidedBy, Instant decidedAt,
                       String decisionComment, List<String> evidenceIds) {
        static View of(Appeal a) {
            return new View(a.id, a.orderId, a.reason, a.status, a.status.displayName(), a.requestedBy, a.requestedAt,
                    a.decidedBy, a.decidedAt, a.decisionComment,
                    a.evidenceIds == null ? List.of() : List.copyOf(a.evidenceIds));
        }
    }
}
