package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final LedgerPolicy policy;
    private final BigDecimal taskOverdueDeduction;

    public LedgerService(EntityManager em, Outbox outbox, Clock clock, ZoneId zone, LedgerConfig config) {
        this.em = em;
        this.zone = zone;
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
        String why = "任务逾期：" + task.title() + "（截止" + task.dueDate() + "）";
        return append(
                new Draft(task.leadUnitCode(), task.leadUnitName(), why, taskOverdueDeduction, LedgerKinds.TASK_OVERDUE)
                        .task(task.taskId()));
    }

    /** Records that an order of its unit reached {@code level}; returns the entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry recordEscalation(OrderRef order, EscalationLevel level, EscalationReason reason) {
        String why = "整改单" + order.number() + level.displayName() + "（" + reason.displayName() + "）";
        return append(
                new Draft(order.unitCode(), order.unitName(), why, policy.pointsFor(level), LedgerKinds.ESCALATION)
                        .order(order.id(), order.number(), level));
    }

    /**
     * Reverses every entry recorded for {@code order} that is not reversed yet (voided, merged, an upheld appeal):
     * each gets an entry of the opposite sign pointing at it, by {@code by}. Entries themselves never change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerEntry> reverseOrder(OrderRef order, String why, String by) {
        List<LedgerEntry> entries =
                LedgerEntry.list("orderId = ?1 and reversalOf is null and points <> 0 order by seq", order.id());
        List<LedgerEntry> reversals = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (LedgerEntry.count("reversalOf", e.id) == 0) {
                reversals.add(reverse(e, why, by));
            }
        }
        return reversals;
    }

    /**
     * Reverses the one entry {@code entryId} (by the office's hand, an upheld appeal): 404 unknown, 409 when it is a
     * reversal itself, moved no points or is reversed already. The entry is locked, so two reversals cannot both pass.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry reverseEntry(String entryId, String why, String by) {
        LedgerEntry entry = em.find(LedgerEntry.class, entryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry == null) {
            throw ProblemException.notFound("ledger entry", entryId);
        }
        if (entry.reversalOf != null) {
            throw ProblemException.conflict("entry " + entryId + " is itself a reversal; record a new entry instead");
        }
        if (entry.points.signum() == 0) {
            throw ProblemException.conflict("entry " + entryId + " moved no points: there is nothing to reverse");
        }
        if (reversed(entryId)) {
            throw ProblemException.conflict("entry " + entryId + " is already reversed");
        }
        return reverse(entry, why, by);
    }

    /** Whether entry {@code entryId} has a reversal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean reversed(String entryId) {
        return LedgerEntry.count("reversalOf", entryId) > 0;
    }

    /** Entry {@code entryId}, if it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LedgerEntry> entry(String entryId) {
        return entryId == null ? Optional.empty() : Optional.ofNullable(em.find(LedgerEntry.class, entryId));
    }

    /** An entry as order events carry it. */
    public static Deduction deduction(LedgerEntry e) {
        return e == null ? null : new Deduction(e.id, e.kind(), e.points);
    }

    /** The reversal of {@code e}: the opposite points, pointing at it, with {@code why}. */
    @Transactional(Transactional.TxType.MANDATORY)
    LedgerEntry reverse(LedgerEntry e, String why, String by) {
        return append(new Draft(
                        e.unitCode,
                        e.unitName,
                        "撤销：" + e.reason + "（" + why + "）",
                        e.points.negate(),
                        LedgerKinds.REVERSAL)
                .order(e.orderId, e.orderNumber, e.level)
                .reversing(e.id)
                .by(by)
                .task(e.taskId));
    }

    /** What an entry is made of before the database gives it its place and the unit's new score. */
    static final class Draft {
        private final String unitCode;
        private final String unitName;
        private final String reason;
        private final BigDecimal points;
        private final String kind;
        private String orderId;
        private String orderNumber;
        private EscalationLevel level;
        private String reversalOf;
        private String recordedBy;
        private List<String> evidenceIds = List.of();
        private String taskId;

        Draft(String unitCode, String unitName, String reason, BigDecimal points, String kind) {
            this.unitCode = unitCode;
            this.unitName = unitName;
            this.reason = reason;
            this.points = points;
            this.kind = kind;
        }

        Draft order(String id, String number, EscalationLevel lvl) {
            orderId = id;
            orderNumber = number;
            level = lvl;
            return this;
        }

        Draft reversing(String entryId) {
            reversalOf = entryId;
            return this;
        }

        Draft by(String user) {
            recordedBy = user;
            return this;
        }

        Draft evidence(List<String> ids) {
            evidenceIds = ids == null ? List.of() : List.copyOf(ids);
            return this;
        }

        Draft task(String id) {
            taskId = id;
            return this;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    LedgerEntry append(Draft d) {
        String unitCode = d.unitCode;
        String unitName = d.unitName;
        BigDecimal points = d.points;
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
        entry.reason = d.reason;
        entry.points = points;
        entry.orderId = d.orderId;
        entry.orderNumber = d.orderNumber;
        entry.level = d.level;
        entry.reversalOf = d.reversalOf;
        entry.scoreAfter = score;
        entry.recordedAt = recorded;
        entry.storedKind = d.kind;
        entry.recordedBy = d.recordedBy;
        entry.evidenceIds = d.evidenceIds;
        entry.taskId = d.taskId;
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
                        OffsetDateTime.ofInstant(recorded, zone),
                        entry.kind(),
                        entry.recordedBy,
                        entry.evidenceIds,
                        entry.taskId));
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

    /**
     * Every entry of the units {@code unitCodes} recorded in [{@code from}, {@code to}), in the order they were
     * recorded, each saying whether it has been reversed (by now, in or after the window).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PeriodEntry> entriesIn(Instant from, Instant to, java.util.Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        List<LedgerEntry> entries = LedgerEntry.list(
                "unitCode in ?1 and recordedAt >= ?2 and recordedAt < ?3 order by seq", unitCodes, from, to);
        java.util.Set<String> reversed = new java.util.HashSet<>();
        if (!entries.isEmpty()) {
            em.createQuery("select r.reversalOf from LedgerEntry r where r.reversalOf in :ids", String.class)
                    .setParameter("ids", entries.stream().map(e -> e.id).toList())
                    .getResultList()
                    .forEach(reversed::add);
        }
        return entries.stream()
                .map(e -> new PeriodEntry(
                        e.id,
                        e.unitCode,
                        e.unitName,
                        e.reason,
                        e.points,
                        e.kind(),
                        e.level,
                        e.orderNumber,
                        e.recordedAt,
                        e.reversalOf,
                        reversed.contains(e.id)))
                .toList();
    }
}
