package gov.chuangcheng.accountability.escalation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The escalation ladder and its sweeper ({@code cc.escalation.*}). */
@ConfigMapping(prefix = "cc.escalation")
public interface EscalationConfig {

    /** 提醒 REMINDER this much office time (on the working calendar) before the deadline. */
    @WithDefault("PT2H")
    Duration reminderBefore();

    /** 通报 NOTICE this long after the deadline: working days ({@code 3}) or ISO-8601 office time ({@code PT4H}). */
    @WithDefault("3")
    String noticeAfter();

    /** 约谈 TALK this long after NOTICE is due (see {@link Delay}). */
    @WithDefault("5")
    String talkAfter();

    /** 问责 ACCOUNTABILITY this long after TALK is due (see {@link Delay}). */
    @WithDefault("5")
    String accountabilityAfter();

    /** Orders one sweep transaction claims at most: a catch-up after downtime runs in bounded batches. */
    @WithDefault("50")
    int sweepBatch();

    /**
     * Sweep transactions a run keeps going at once: each claims its own orders (SKIP LOCKED), so a catch-up of
     * thousands of due steps is bound by the database's round trips in parallel, not one after the other.
     */
    @WithDefault("3")
    int sweepParallelism();

    /**
     * How often {@link EscalationSweeper} runs, e.g. {@code 30s}; {@code off} disables it (tests sweep themselves).
     * Set in {@code application.properties} only, since the scheduler reads it from there.
     */
    String sweepEvery();
}
