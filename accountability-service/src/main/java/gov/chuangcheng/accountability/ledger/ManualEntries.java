package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * The office's own levers on the ledger: entries by hand (暗访曝光, 媒体曝光, 上级通报 deductions, 典型经验 bonuses) and the
 * reversal of any entry. Both are entries with who and why; nothing recorded changes.
 */
@ApplicationScoped
public class ManualEntries {

    private final LedgerService ledger;
    private final UnitDirectory directory;
    private final EntityManager em;
    private final LedgerKinds kinds;
    private final BigDecimal maxPoints;

    public ManualEntries(LedgerService ledger, UnitDirectory directory, EntityManager em, LedgerConfig config) {
        this.ledger = ledger;
        this.directory = directory;
        this.em = em;
        this.kinds = new LedgerKinds(config.manualKinds());
        this.maxPoints = config.manualMaxPoints();
    }

    public List<LedgerKinds.ManualKind> kinds() {
        return kinds.manual();
    }

    /** Records an entry by hand of {@code r.kind()} for {@code r.unitCode()}, by {@code by}. */
    @Transactional
    public LedgerEntry record(ManualEntryRequest r, String by) {
        LedgerKinds.ManualKind kind = kinds.require("kind", r.kind());
        if (r.points().compareTo(maxPoints) > 0) {
            throw ProblemException.invalid(
                    "points", "must not exceed " + maxPoints.toPlainString() + " points (cc.ledger.manual-max-points)");
        }
        var unit =
                directory.find(r.unitCode()).orElseThrow(() -> ProblemException.invalid("unitCode", "is not a unit"));
        String orderNumber = null;
        if (r.orderId() != null) {
            Object[] order = orderOf(r.orderId());
            if (!r.unitCode().equals(order[1])) {
                throw ProblemException.invalid("orderId", "is an order of another unit");
            }
            orderNumber = (String) order[0];
        }
        BigDecimal points = kind.bonus() ? r.points() : r.points().negate();
        String why = kind.name() + (kind.bonus() ? "加分" : "扣分") + "：" + r.reason();
        return ledger.append(new LedgerService.Draft(r.unitCode(), unit.name(), why, points, kind.code())
                .order(r.orderId(), orderNumber, null)
                .by(by)
                .evidence(r.evidenceIds())
                .task(r.taskId()));
    }

    /** Reverses entry {@code entryId}: 404 unknown, 409 when it is a reversal itself or reversed already. */
    @Transactional
    public LedgerEntry reverse(String entryId, String reason, String by) {
        return ledger.reverseEntry(entryId, reason, by);
    }

    private Object[] orderOf(String orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select number, unit_code from rectification_order where id = ?1")
                .setParameter(1, orderId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.invalid("orderId", "is not a rectification order");
        }
        return rows.get(0);
    }
}
