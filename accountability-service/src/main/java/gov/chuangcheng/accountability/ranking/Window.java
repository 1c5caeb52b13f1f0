package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.platform.period.Period;
import java.time.Instant;

/**
 * The instants a figure counts between, {@code start} included and {@code end} excluded: a reporting period from 00:00
 * of its first day to 24:00 of its last in the district's zone, or the whole campaign. Every figure puts an order in a
 * window by one instant of its own: its deadline, its verification, its 销号, its dispute or its opening.
 */
record Window(Instant start, Instant end) {

    /** Everything ever recorded: the campaign so far, and deadlines still ahead. */
    static final Window CAMPAIGN = new Window(Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"));

    static Window of(Period period) {
        return period == null ? CAMPAIGN : new Window(period.start(), period.end());
    }
}
