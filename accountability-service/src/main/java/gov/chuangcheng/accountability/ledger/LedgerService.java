package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.security.UnitScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The assessment ledger (考核台账): append-only entries per unit, the unit's running score kept with them in one
 * transaction, each entry published on {@code cc.assessment.v1} (key unit code) with the new score.
 */
@ApplicationScoped
public class LedgerService {

    /** Unit kinds that are assessed (责任单位), ranked even before their first entry. */
    static final List<String> ASSESSED_KINDS = List.of("DEPARTMENT", "SUBDISTRICT", "COMMUNITY", "ENTERPRISE");

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final LedgerPolicy policy;
    private final BigDecimal taskOverdueDeduction;
    private final int minimumSample;
    private final RecentResults<String, List<RankingView>> recentRanking;

    public LedgerService(
            EntityManager em, Outbox outbox, Clock clock, ZoneId zone, LedgerConfig config, ReadCaches caches) {
        this.em = em;
        this.zone = zone;
        this.recentRanking = caches.create(1);
        this.minimumSample = config.rates().minimumSample();
        this.outbox = outbox;
        this.clock = clock;
        Map<EscalationLevel, BigDecimal> deductions = new EnumMap<>(EscalationLevel.class);
        deductions.put(EscalationLevel.REMINDER, config.deduction().reminder());
        deductions.put(EscalationLevel.SUPERVISION, config.deduction().supervision());
        deductions.put(EscalationLevel.NOTICE, config.deduction().notice());
        deductions.put(EscalationLevel.TALK, config.deduction().talk());
        deductions.put(EscalationLevel.ACCOUNTABILITY, config.deduction().accountability());
        this.policy = new LedgerPolicy(config.startingScore(), deductions);
        this.taskOverdueDeduction = config.deduction().taskOverdue().negate();
    }

    /** Records that a task of task-service led by its unit passed its deadline (任务逾期). */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry recordOverdueTask(TaskOverdue task) {
        String why = "任务逾期：" + task.title() + "（截止 " + task.dueDate() + "）";
        return append(task.leadUnitCode(), task.leadUnitName(), null, null, why, taskOverdueDeduction, null, null);
    }

    /** Records that an order of its unit reached {@code level}; returns the entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry recordEscalation(OrderRef order, EscalationLevel level, EscalationReason reason) {
        String why = "整改单 " + order.number() + " " + level.displayName() + "（" + reason.displayName() + "）";
        return append(order, why, policy.pointsFor(level), level, null);
    }

    private LedgerEntry append(
            OrderRef order, String why, BigDecimal points, EscalationLevel level, String reversalOf) {
        return append(order.unitCode(), order.unitName(), order.id(), order.number(), why, points, level, reversalOf);
    }

    /**
     * Reverses every deduction recorded for {@code order} that is not reversed yet (e.g. an upheld appeal): each gets
     * an entry of the opposite sign pointing at it. Entries themselves never change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerEntry> reverseOrder(OrderRef order, String why) {
        List<LedgerEntry> deductions =
                LedgerEntry.list("orderId = ?1 and reversalOf is null and points <> 0 order by seq", order.id());
        List<LedgerEntry> reversals = new ArrayList<>();
        for (LedgerEntry e : deductions) {
            if (LedgerEntry.count("reversalOf", e.id) == 0) {
                reversals.add(append(order, "撤销：" + e.reason + "（" + why + "）", e.points.negate(), e.level, e.id));
            }
        }
        return reversals;
    }

    private LedgerEntry append(
            String unitCode,
            String unitName,
            String orderId,
            String orderNumber,
            String why,
            BigDecimal points,
            EscalationLevel level,
            String reversalOf) {
        Instant now = clock.instant();
        // one statement takes the unit's row lock, moves its score and returns the new score
        BigDecimal score = (BigDecimal) em.createNativeQuery("""
                        insert into ledger_unit (unit_code, unit_name, score, entries, updated_at)
                        values (?1, ?2, ?3, 1, ?4)
                        on conflict (unit_code) do update set score = ledger_unit.score + ?5,
                            entries = ledger_unit.entries + 1,
                            unit_name = coalesce(excluded.unit_name, ledger_unit.unit_name),
                            updated_at = excluded.updated_at
                        returning score""")
                .setParameter(1, unitCode)
                .setParameter(2, unitName)
                .setParameter(3, policy.startingScore().add(points))
                .setParameter(4, now)
                .setParameter(5, points)
                .getSingleResult();
        // the entry's time is read only now, holding the unit's row lock: entries of one unit then have the order of
        // their scores, and a projection keeping the latest entry keeps the latest score (a time read before the
        // lock could be older than that of a transaction that committed in between)
        Instant recorded = clock.instant();
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID().toString();
        entry.unitCode = unitCode;
        entry.unitName = unitName;
        entry.reason = why;
        entry.points = points;
        entry.orderId = orderId;
        entry.orderNumber = orderNumber;
        entry.level = level;
        entry.reversalOf = reversalOf;
        entry.scoreAfter = score;
        entry.recordedAt = recorded;
        entry.persist();
        outbox.publish(
                EventCatalog.LEDGER_ENTRY_RECORDED,
                entry.unitCode,
                new LedgerEntryRecorded(
                        entry.id,
                        entry.unitCode,
                        entry.unitName,
                        entry.reason,
                        entry.points,
                        entry.orderId,
                        entry.orderNumber,
                        entry.level,
                        entry.reversalOf,
                        entry.scoreAfter,
                        OffsetDateTime.ofInstant(recorded, zone)));
        return entry;
    }

    /** When {@code orderId} last cost its unit points (a deduction not itself a reversal), if ever. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> lastDeduction(String orderId) {
        return Optional.ofNullable(
                em.createQuery("""
                        select max(e.recordedAt) from LedgerEntry e
                        where e.orderId = ?1 and e.points < 0 and e.reversalOf is null""", Instant.class).setParameter(1, orderId).getSingleResult());
    }

    /** A unit's ledger: its score and entries (newest first); empty when the unit is outside {@code scope}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerView> unit(String code, UnitScope scope) {
        if (!scope.includes(code)) {
            return Optional.empty();
        }
        List<LedgerEntry> entries = LedgerEntry.list("unitCode = ?1 order by seq desc", code);
        @SuppressWarnings("unchecked")
        List<Object[]> unit = em.createNativeQuery("""
                        select coalesce(l.unit_name, d.name), l.score
                        from (select cast(?1 as varchar) as code) c
                        left join ledger_unit l on l.unit_code = c.code
                        left join directory_unit d on d.code = c.code
                        where l.unit_code is not null or d.code is not null""").setParameter(1, code).getResultList();
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal score = unit.get(0)[1] == null ? policy.startingScore() : (BigDecimal) unit.get(0)[1];
        return Optional.of(new LedgerView(
                code,
                (String) unit.get(0)[0],
                score,
                entries.stream().map(LedgerView.EntryView::of).toList()));
    }

    /** The 通报 (NOTICE) entries recorded in [{@code from}, {@code to}) that were not reversed, by unit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LedgerEntry> notices(Instant from, Instant to) {
        return LedgerEntry.list("""
                        from LedgerEntry e where e.level = ?1 and e.reversalOf is null
                        and e.recordedAt >= ?2 and e.recordedAt < ?3
                        and not exists (select 1 from LedgerEntry r where r.reversalOf = e.id)
                        order by e.unitCode, e.seq""", EscalationLevel.NOTICE, from, to);
    }

    /** {@link #ranking()}, at most {@code cc.read-cache.max-age} old: many watch it, it reads every unit's orders. */
    public List<RankingView> recentRanking() {
        return recentRanking.get(
                "ranking", () -> QuarkusTransaction.joiningExisting().call(this::ranking));
    }

    /**
     * Every assessed unit with its score and rank, best first; units with equal scores share a rank (1, 2, 2, 4).
     * Units without entries stand at the starting score.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<RankingView> ranking() {
        List<Object[]> rows = em.createNativeQuery("""
                        select code, name, score, entries, rank() over (order by score desc) as rank
                        from (
                            select d.code, d.name, coalesce(l.score, ?1) as score, coalesce(l.entries, 0) as entries
                            from directory_unit d left join ledger_unit l on l.unit_code = d.code
                            where d.active and d.kind in (?2)
                            union all
                            select l.unit_code, l.unit_name, l.score, l.entries
                            from ledger_unit l
                            where not exists (select 1 from directory_unit d where d.code = l.unit_code
                                              and d.active and d.kind in (?2))
                        ) u
                        order by rank, code""")
                .setParameter(1, policy.startingScore())
                .setParameter(2, ASSESSED_KINDS)
                .getResultList();
        Map<String, UnitRates> rates = rates();
        return rows.stream()
                .map(r -> {
                    UnitRates u = rates.getOrDefault((String) r[0], UnitRates.NONE);
                    return new RankingView(
                            ((Number) r[4]).intValue(),
                            (String) r[0],
                            (String) r[1],
                            (BigDecimal) r[2],
                            ((Number) r[3]).intValue(),
                            u.closed(),
                            u.onTimeRate(),
                            u.onTimeRank(),
                            u.reinspected(),
                            u.reworkRate(),
                            u.meanWorkingHoursToRectify(),
                            minimumSample);
                })
                .toList();
    }

    /**
     * Every unit's rectification rates. The database counts them per unit (one row per unit, whatever the number of
     * orders): loading the orders themselves grows with the campaign and once ran the service out of heap.
     */
    @SuppressWarnings("unchecked")
    private Map<String, UnitRates> rates() {
        List<Object[]> rows = em.createNativeQuery("""
                        select unit_code,
                               count(*) filter (where status = 'CLOSED'),
                               count(*) filter (where status = 'CLOSED' and on_time),
                               coalesce(sum(office_seconds_to_close) filter (where status = 'CLOSED'), 0),
                               count(*),
                               count(*) filter (where reinspection_failures > 0)
                        from rectification_order
                        where not closed_by_appeal and (status = 'CLOSED' or reinspection_failures > 0)
                        group by unit_code""").getResultList();
        List<UnitRates.Tally> tallies = rows.stream()
                .map(r -> new UnitRates.Tally(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue()))
                .toList();
        return UnitRates.of(tallies, minimumSample);
    }
}
