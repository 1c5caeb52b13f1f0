package gov.chuangcheng.accountability.notice;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.jboss.logging.Logger;

/**
 * Prepares the draft 通报 of the past week (Monday to Sunday, district time) every Monday, at
 * {@code cc.notice.weekly-draft}: once per week, whatever restarts or replicas run it — the week is the draft's
 * unique key. It only drafts: the office edits and issues.
 */
@ApplicationScoped
public class WeeklyNoticeDraft {

    private static final Logger LOG = Logger.getLogger(WeeklyNoticeDraft.class);

    private final NoticeService notices;
    private final Clock clock;
    private final ZoneId zone;

    public WeeklyNoticeDraft(NoticeService notices, Clock clock, ZoneId zone) {
        this.notices = notices;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(
            cron = "${cc.notice.weekly-draft}",
            timeZone = "${cc.calendar.zone:Asia/Shanghai}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "weekly-notice-draft")
    void run() {
        prepare();
    }

    /** The draft of the week before the current one, unless it exists already; its id when this call made it. */
    public java.util.Optional<String> prepare() {
        LocalDate monday = pastWeek(LocalDate.ofInstant(clock.instant(), zone));
        java.util.Optional<String> id = notices.weekly(monday);
        id.ifPresent(d -> LOG.infof("weekly notice draft %s prepared for the week of %s", d, monday));
        return id;
    }

    /** The Monday of the week before the one holding {@code today}. */
    static LocalDate pastWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }
}
