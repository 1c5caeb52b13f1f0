package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The escalation ladder (提醒 → 督办 → 通报 → 约谈 → 问责) of an unfixed order:
 * <ol>
 *   <li>提醒 REMINDER {@code reminderBefore} of office time before the deadline (not before the order opened), as
 *       {@link EscalationReason#DUE_SOON};</li>
 *   <li>督办 SUPERVISION when the deadline passes (overdue);</li>
 *   <li>通报 NOTICE {@code noticeAfter} the deadline;</li>
 *   <li>约谈 TALK {@code talkAfter} that;</li>
 *   <li>问责 ACCOUNTABILITY {@code accountabilityAfter} that (referral to the discipline commission).</li>
 * </ol>
 * Delays are working days or office time ({@link Delay}). Orders climb by the clock alone: further findings of the same
 * problem are attached to the order and a failed verification restarts its deadline, neither adds a rung. A relapse
 * (反弹) starts the new episode one rung above where the previous one ended. Each rung is its own step (event and
 * ledger entry).
 */
public final class EscalationLadder {

    /** A time-triggered step: reach {@code level} at {@code dueAt}. */
    public record Step(EscalationLevel level, EscalationReason reason, Instant dueAt) {}

    private final Duration reminderBefore;
    private final Delay noticeAfter;
    private final Delay talkAfter;
    private final Delay accountabilityAfter;
    private final EscalationLevel top;

    /** The whole ladder, up to 问责. */
    public EscalationLadder(Duration reminderBefore, Delay noticeAfter, Delay talkAfter, Delay accountabilityAfter) {
        this(reminderBefore, noticeAfter, talkAfter, accountabilityAfter, EscalationLevel.ACCOUNTABILITY);
    }

    /**
     * A ladder whose clock climbs at most to {@code top} (e.g. 通报 for a minor standard): rungs above it are the
     * office's to give by hand.
     */
    public EscalationLadder(
            Duration reminderBefore,
            Delay noticeAfter,
            Delay talkAfter,
            Delay accountabilityAfter,
            EscalationLevel top) {
        if (reminderBefore.isNegative()) {
            throw new IllegalArgumentException("invalid escalation ladder: 提醒 cannot come after the deadline");
        }
        if (top == null || top.compareTo(EscalationLevel.SUPERVISION) < 0) {
            throw new IllegalArgumentException("the clock climbs at least to 督办 (overdue)");
        }
        this.top = top;
        this.reminderBefore = reminderBefore;
        this.noticeAfter = Objects.requireNonNull(noticeAfter);
        this.talkAfter = Objects.requireNonNull(talkAfter);
        this.accountabilityAfter = Objects.requireNonNull(accountabilityAfter);
    }

    /** Working days, as a district office counts: 通报 3, 约谈 5 and 问责 5 working days after the previous rung. */
    public EscalationLadder(
            Duration reminderBefore,
            int noticeAfterWorkingDays,
            int talkAfterWorkingDays,
            int accountabilityAfterWorkingDays) {
        this(
                reminderBefore,
                Delay.workingDays(noticeAfterWorkingDays),
                Delay.workingDays(talkAfterWorkingDays),
                Delay.workingDays(accountabilityAfterWorkingDays));
    }

    /**
     * The time-triggered steps of an order still to come: those above {@code current}, in due order. 提醒 is due
     * {@code reminderBefore} before the deadline, 督办 at it, and each later rung its configured delay after the
     * previous one.
     */
    public List<Step> schedule(Instant openedAt, Instant deadline, EscalationLevel current, WorkingCalendar calendar) {
        Instant reminder = calendar.minusOfficeTime(deadline, reminderBefore);
        if (reminder.isBefore(openedAt)) {
            reminder = openedAt;
        }
        Instant notice = noticeAfter.after(deadline, calendar);
        Instant talk = talkAfter.after(notice, calendar);
        Instant accountability = accountabilityAfter.after(talk, calendar);
        List<Step> all = List.of(
                new Step(EscalationLevel.REMINDER, EscalationReason.DUE_SOON, reminder),
                new Step(EscalationLevel.SUPERVISION, EscalationReason.OVERDUE, deadline),
                new Step(EscalationLevel.NOTICE, EscalationReason.OVERDUE, notice),
                new Step(EscalationLevel.TALK, EscalationReason.OVERDUE, talk),
                new Step(EscalationLevel.ACCOUNTABILITY, EscalationReason.OVERDUE, accountability));
        return all.stream()
                .filter(s -> s.level().compareTo(current) > 0 && s.level().compareTo(top) <= 0)
                .toList();
    }

    public Duration reminderBefore() {
        return reminderBefore;
    }

    public Delay noticeAfter() {
        return noticeAfter;
    }

    public Delay talkAfter() {
        return talkAfter;
    }

    public Delay accountabilityAfter() {
        return accountabilityAfter;
    }

    /** The highest rung the clock reaches. */
    public EscalationLevel top() {
        return top;
    }

    /** The same time of day on the {@code n}-th working day after the day of {@code t}. */
    public static Instant workingDaysAfter(Instant t, int n, WorkingCalendar calendar) {
        ZonedDateTime local = t.atZone(calendar.zone());
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < n; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return day.atTime(local.toLocalTime()).atZone(calendar.zone()).toInstant();
    }

    /**
     * The rungs to climb, one by one, when a due step of {@code stepLevel} fires on an order at {@code current}:
     * up to the step's level, or nothing when the order is already there (a failure got it there first).
     */
    public List<EscalationLevel> onDueStep(EscalationLevel current, EscalationLevel stepLevel) {
        return climb(current, stepLevel);
    }

    /** The level a relapse (反弹) episode starts at: one rung above where the previous episode ended. */
    public EscalationLevel relapseStart(EscalationLevel previousEpisodeLevel) {
        return previousEpisodeLevel.next().orElse(previousEpisodeLevel);
    }

    /** Every rung above {@code from} up to and including {@code to}, lowest first. */
    public static List<EscalationLevel> climb(EscalationLevel from, EscalationLevel to) {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        List<EscalationLevel> rungs = new ArrayList<>();
        EscalationLevel l = from;
        while (l.compareTo(to) < 0) {
            l = l.next().orElseThrow();
            rungs.add(l);
        }
        return rungs;
    }
}
