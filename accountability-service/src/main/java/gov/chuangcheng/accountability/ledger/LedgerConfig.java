package gov.chuangcheng.accountability.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;

/** Scoring of the assessment ledger ({@code cc.ledger.*}); deductions are positive numbers of points. */
@ConfigMapping(prefix = "cc.ledger")
public interface LedgerConfig {

    @WithDefault("100")
    BigDecimal startingScore();

    Deductions deduction();

    /**
     * The kinds of entries the office records by hand, as {@code CODE:名称:DEDUCTION} or {@code CODE:名称:BONUS}: the
     * points are given with each entry, the kind says its sign.
     */
    @WithDefault("UNANNOUNCED_VISIT:暗访曝光:DEDUCTION,MEDIA_EXPOSURE:媒体曝光:DEDUCTION,"
            + "HIGHER_NOTICE:上级通报:DEDUCTION,GOOD_PRACTICE:典型经验加分:BONUS")
    List<String> manualKinds();

    /** The most points one entry by hand may move a unit's score, either way. */
    @WithDefault("20")
    BigDecimal manualMaxPoints();

    Rates rates();

    interface Rates {
        /**
         * Orders a unit needs before its rates count (按期整改率 over closed orders, 返工率 over re-inspected ones, mean
         * time to rectify): one order closed in four minutes must not top the table.
         */
        @WithDefault("5")
        int minimumSample();
    }

    interface Deductions {
        @WithDefault("0")
        BigDecimal reminder();

        @WithDefault("0")
        BigDecimal supervision();

        @WithDefault("2")
        BigDecimal notice();

        @WithDefault("5")
        BigDecimal talk();

        @WithDefault("10")
        BigDecimal accountability();

        /** A decomposed task of task-service that passed its deadline, charged to its lead unit. */
        @WithDefault("1")
        BigDecimal taskOverdue();
    }
}
