package gov.chuangcheng.accountability.deadline;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Deadlines ({@code cc.rectification.deadline.*}): by severity ({@code <severity>.office-time | working-days}) and,
 * winning over the severity, by standard code ({@code standards."S-3.1.4".office-time=PT4H}). The office may put its
 * own per-standard allowances over these through {@code /deadline-policy}.
 */
@ConfigMapping(prefix = "cc.rectification.deadline")
public interface DeadlineConfig {

    Allowance critical();

    Allowance serious();

    Allowance general();

    /** Allowances per standard code (测评标准); none by default. */
    Map<String, Allowance> standards();

    interface Allowance {
        Optional<Duration> officeTime();

        Optional<Integer> workingDays();
    }
}
