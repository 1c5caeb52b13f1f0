package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * 申诉: the unit contests one deduction an order cost it (a ledger entry), on an open or a closed order, within the
 * appeal window counted from the entry. One appeal per entry: a second is refused, naming the first and its decision,
 * so a rejected appeal is final. Waiting on the decision does not stop the order's clock. Upheld (申诉成立), exactly
 * that deduction is reversed; the order keeps its level as history and goes on (the office voids it separately if the
 * problem does not exist). An appeal filed before appeals named an entry keeps its old meaning: upheld, it voids the
 * order.
 */
@ApplicationScoped
class AppealType implements RequestType {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final RectificationService orders;
    private final LedgerService ledger;
    private final CalendarService calendars;
    private final AppealConfig config;
    private final ZoneId zone;

    AppealType(
            RectificationService orders,
            LedgerService ledger,
            CalendarService calendars,
            AppealConfig config,
            ZoneId zone) {
        this.orders = orders;
        this.ledger = ledger;
        this.calendars = calendars;
        this.config = config;
        this.zone = zone;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.APPEAL;
    }

    @Override
    public void checkFiling(RectificationOrder order, OrderRequest draft, Instant now) {
        LedgerEntry entry = contested(order, draft.ledgerEntryId);
        if (ledger.reversed(entry.id)) {
            throw ProblemException.conflict("该扣分（" + entry.reason + "）已撤销，无需申诉");
        }
        Instant closesAt = AppealWindow.closesAt(entry.recordedAt, config.windowWorkingDays(), calendars.calendar());
        if (now.isAfter(closesAt)) {
            throw ProblemException.conflict(
                    "该扣分的申诉时限（扣分后" + config.windowWorkingDays() + "个工作日）已于" + when(closesAt) + "届满，不能再申诉");
        }
    }

    /** One appeal per entry, whatever became of it: a decided appeal is final. */
    @Override
    public void checkNotDuplicate(RectificationOrder order, OrderRequest draft) {
        OrderRequest.<OrderRequest>find(
                        "kind = ?1 and ledgerEntryId = ?2 order by requestedAt",
                        RequestKind.APPEAL,
                        draft.ledgerEntryId)
                .firstResultOptional()
                .ifPresent(first -> {
                    throw ProblemException.conflict(
                            first.pending()
                                    ? "该扣分已有待裁定的申诉（" + when(first.requestedAt) + "提交），请等待创城办裁定"
                                    : "该扣分已于" + when(first.requestedAt) + "申诉，创城办已于" + when(first.decidedAt) + "裁定"
                                            + first.statusName() + "（" + first.decisionComment + "），裁定为最终结果，不能再次申诉");
                });
    }

    @Override
    public void filed(RectificationOrder order, OrderRequest r) {
        r.suspendedOrder = false;
        orders.appealed(order, r.id, r.reason, r.evidence(), deduction(r), r.requestedBy);
    }

    @Override
    public void approved(RectificationOrder order, OrderRequest r, String comment) {
        if (r.ledgerEntryId == null) {
            orders.appealUpheld(order, r.id, comment, r.decidedBy);
            return;
        }
        LedgerEntry reversal = ledger.reverseEntry(
                r.ledgerEntryId, "申诉成立" + (comment == null || comment.isBlank() ? "" : "：" + comment), r.decidedBy);
        orders.deductionAppealUpheld(
                order, r.id, comment, deduction(r), LedgerService.deduction(reversal), r.decidedBy);
    }

    @Override
    public void rejected(RectificationOrder order, OrderRequest r, String comment) {
        orders.appealRejected(order, r.id, comment, deduction(r), r.decidedBy, Boolean.TRUE.equals(r.suspendedOrder));
    }

    /** The entry {@code entryId}: a deduction this order cost its unit (else 400 on {@code entryId}). */
    private LedgerEntry contested(RectificationOrder order, String entryId) {
        LedgerEntry entry = ledger.entry(entryId)
                .filter(e -> order.id().equals(e.orderId))
                .orElseThrow(() -> ProblemException.invalid("entryId", "不是整改单" + order.number() + "的扣分记录"));
        if (entry.points.signum() >= 0 || entry.reversalOf != null) {
            throw ProblemException.invalid("entryId", "只能对扣分申诉；该记录是" + (entry.reversalOf != null ? "撤销记录" : "加分或零分记录"));
        }
        if (!entry.unitCode.equals(order.unitCode())) {
            throw ProblemException.invalid("entryId", "该扣分不是本单位的扣分");
        }
        return entry;
    }

    private Deduction deduction(OrderRequest r) {
        return ledger.entry(r.ledgerEntryId).map(LedgerService::deduction).orElse(null);
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.format(OffsetDateTime.ofInstant(at, zone));
    }
}
