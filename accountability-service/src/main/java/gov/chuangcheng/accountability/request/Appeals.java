package gov.chuangcheng.accountability.request;

import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and view records of appeals (申诉). */
public final class Appeals {

    private Appeals() {}

    /** The deduction contested (its ledger entry), the unit's grounds and, optionally, its evidence. */
    @Schema(
            name = "AppealCreate",
            example = "{\"entryId\":\"9b2e4f6a-1c3d-4e5f-8a7b-0c1d2e3f4a5b\",\"reason\":\"复查时问题已整改到位，扣分依据不足\","
                    + "\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\"]}")
    public record Create(
            @NotBlank @Size(max = 36) String entryId,
            @NotBlank @Size(max = 2000) String reason,

            @Size(max = 50)
            List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds) {}

    public record Decide(
            @NotNull AppealDecision decision,
            @NotBlank @Size(max = 1000) String comment) {}

    /** How an appeal stands, as its clients read it: an approved appeal is UPHELD (申诉成立). */
    public enum Status {
        PENDING,
        UPHELD,
        REJECTED;

        static Status of(RequestStatus status) {
            return switch (status) {
                case PENDING -> PENDING;
                case APPROVED -> UPHELD;
                case REJECTED -> REJECTED;
            };
        }
    }

    @Schema(name = "AppealView")
    public record View(
            String id,
            String orderId,
            String reason,
            Status status,
            String statusName,
            String appealedBy,
            Instant appealedAt,
            String decidedBy,
            Instant decidedAt,
            String decisionComment,
            List<String> evidenceIds,
            String entryId) {
        static View of(OrderRequest a) {
            return new View(
                    a.id,
                    a.orderId,
                    a.reason,
                    Status.of(a.status),
                    a.statusName(),
                    a.requestedBy,
                    a.requestedAt,
                    a.decidedBy,
                    a.decidedAt,
                    a.decisionComment,
                    a.evidence(),
                    a.ledgerEntryId);
        }
    }
}
