package gov.chuangcheng.accountability.rectification;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** Deadlines by severity ({@code cc.rectification.deadline.<severity>.office-time | working-days}). */
@ConfigMapping(prefix = "cc.rectification.deadline")
public interface RectificationConfig {

    Allowance critical();

    Allowance serious();

    Allowance general();

    interface Allowance {
        Optional<Duration> officeTime();

        Optional<Integer> workingDays();
    }
}
