package gov.chuangcheng.accountability.construction;

import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * 施工挂起 of many orders at once: every open order at the points stops its clock (each its own suspended event and
 * history line, as caused by the construction), and resumes on its own at the start of the day after the end date, or
 * when the office ends the construction earlier. Orders opened at the points later are not stopped: the problem they
 * report is new.
 */
@ApplicationScoped
public class ConstructionSuspensions {

    static final String SYSTEM = "system";

    private final RectificationService orders;
    private final Clock clock;
    private final ZoneId zone;

    public ConstructionSuspensions(RectificationService orders, Clock clock, ZoneId zone) {
        this.orders = orders;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional
    public ConstructionView start(ConstructionRequest r, String by) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (r.until().isBefore(today)) {
            throw ProblemException.invalid("until", "must not be before today (" + today + ")");
        }
        if (r.until().isAfter(today.plusYears(1))) {
            throw ProblemException.invalid("until", "must be within a year; a longer works is suspended again");
        }
        List<String> points = r.pointIds().stream().distinct().toList();
        ConstructionSuspension c = ConstructionSuspension.start(
                UUID.randomUUID().toString(),
                points,
                r.reason(),
                r.until(),
                r.until().plusDays(1).atStartOfDay(zone).toInstant(),
                by,
                now);
        c.persist();
        List<RectificationOrder> stopped = orders.suspendAllAt(
                points,
                "施工：" + r.reason() + "（至" + r.until().getMonthValue() + "月"
                        + r.until().getDayOfMonth() + "日）",
                by,
                c.id());
        c.stopped(stopped.size());
        return ConstructionView.of(
                c, stopped.stream().map(RectificationOrder::number).toList());
    }

    /** Ends construction {@code id} now by the office's hand: its orders' clocks run again. */
    @Transactional
    public ConstructionView end(String id, String by) {
        ConstructionSuspension c = ConstructionSuspension.<ConstructionSuspension>findByIdOptional(
                        id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("construction suspension", id));
        c.end(by, clock.instant());
        orders.resumeAllSuspendedBy(c.id(), by);
        return ConstructionView.of(c, null);
    }

    /** Ends every construction whose time has come; returns how many (one transaction, as the sweeper calls it). */
    @Transactional
    public int endDue() {
        Instant now = clock.instant();
        List<ConstructionSuspension> due = ConstructionSuspension.<ConstructionSuspension>find(
                        "endedAt is null and resumeAt <= ?1 order by resumeAt, id", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, 50)
                .list();
        for (ConstructionSuspension c : due) {
            c.end(SYSTEM, now);
            orders.resumeAllSuspendedBy(c.id(), SYSTEM);
        }
        return due.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ConstructionView> list(boolean endedToo) {
        return ConstructionSuspension.<ConstructionSuspension>list(
                        endedToo ? "order by createdAt desc" : "endedAt is null order by createdAt desc")
                .stream()
                .map(c -> ConstructionView.of(c, null))
                .toList();
    }
}
