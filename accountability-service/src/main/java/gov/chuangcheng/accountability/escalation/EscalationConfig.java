package gov.chuangcheng.accountability.escalation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The escalation ladder and its sweeper ({@code cc.escalation.*}). */
@ConfigMapping(prefix = "cc.escalation")
public interface EscalationConfig {

    /** 提醒 REMINDER this long (wall-clock) before the deadline. */
    @WithDefault("PT2H")
    Duration reminderBefore();

    /** 通报 NOTICE this many working days after the deadline. */
    @WithDefault("3")
    int noticeAfterWorkingDays();

    /** 约谈 TALK this many working days after NOTICE is due. */
    @WithDefault("5")
    int talkAfterWorkingDays();

    /** 问责 ACCOUNTABILITY this many working days after TALK is due. */
    @WithDefault("5")
    int accountabilityAfterWorkingDays();

    /** From this failure of an order on (2 = the first repeat failure), it jumps to at least NOTICE. */
    @WithDefault("2")
    int noticeOnFailureCount();

    /** Orders one sweep transaction claims at most: a catch-up after downtime runs in bounded batches. */
    @WithDefault("50")
    int sweepBatch();

    /** How often {@link EscalationSweeper} runs, e.g. {@code 30s}; {@code off} disables it (tests sweep themselves). */
    @WithDefault("30s")
    String sweepEvery();
}
