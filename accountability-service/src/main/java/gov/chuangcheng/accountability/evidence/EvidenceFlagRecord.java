package gov.chuangcheng.accountability.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A flag on one of an order's photos, kept for the record: never deleted, recorded once. */
@Entity
@Table(name = "evidence_flag")
public class EvidenceFlagRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "evidence_id")
    public String evidenceId;

    @Enumerated(EnumType.STRING)
    public EvidenceFlagKind kind;

    @Column(name = "other_order_id")
    public String otherOrderId;

    @Column(name = "other_order_number")
    public String otherOrderNumber;

    public String detail;

    @Column(name = "flagged_at")
    public Instant flaggedAt;

    /** Records the flag unless the order has it already for this photo, kind and other order. */
    public static void flag(
            String orderId,
            String evidenceId,
            EvidenceFlagKind kind,
            String otherOrderId,
            String otherOrderNumber,
            String detail,
            Instant at) {
        boolean known = EvidenceFlagRecord.<EvidenceFlagRecord>list(
                        "orderId = ?1 and evidenceId = ?2 and kind = ?3", orderId, evidenceId, kind)
                .stream()
                .anyMatch(f -> Objects.equals(f.otherOrderId, otherOrderId));
        if (known) {
            return;
        }
        EvidenceFlagRecord f = new EvidenceFlagRecord();
        f.orderId = orderId;
        f.evidenceId = evidenceId;
        f.kind = kind;
        f.otherOrderId = otherOrderId;
        f.otherOrderNumber = otherOrderNumber;
        f.detail = detail;
        f.flaggedAt = at;
        f.persist();
    }

    /** The flags of an order, oldest first. */
    public static List<EvidenceFlagView> of(String orderId) {
        return EvidenceFlagRecord.<EvidenceFlagRecord>list("orderId = ?1 order by id", orderId).stream()
                .map(f -> new EvidenceFlagView(
                        f.evidenceId,
                        f.kind,
                        f.kind.displayName(),
                        f.otherOrderId,
                        f.otherOrderNumber,
                        f.detail,
                        f.flaggedAt))
                .toList();
    }
}
