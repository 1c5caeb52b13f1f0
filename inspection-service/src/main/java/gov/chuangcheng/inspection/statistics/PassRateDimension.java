package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a pass rate is grouped by. Point type, unit and street count inspections (an inspection passes as a whole);
 * standard counts inspection items (each item checks one standard of the evaluation system). Unit and street, which
 * answer for places, also count the public's reports (12345 / Open311) per point.
 */
public enum PassRateDimension {
    /** The point's type (点位类型). */
    POINT_TYPE("pointType"),
    /** The point's responsible unit at the time of the inspection (责任单位). */
    UNIT("unit"),
    /** The standard (测评标准) an item checks; counts items, not inspections. */
    STANDARD("standard"),
    /** The point's street (街道), as the office wrote it on the point. */
    STREET("street");

    private final String parameter;

    PassRateDimension(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** Whether the counts are of inspection items rather than of inspections. */
    public boolean countsItems() {
        return this == STANDARD;
    }

    /** Whether the rows also count the reports received at the group's points and its active points. */
    public boolean countsReports() {
        return this == UNIT || this == STREET;
    }

    /** The dimension named by a query's {@code by}; 400 naming {@code by} otherwise. */
    public static PassRateDimension parse(String by) {
        String value = by == null ? "" : by.trim();
        return Arrays.stream(values())
                .filter(d -> d.parameter.equals(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(
                        "by",
                        "应为以下之一："
                                + Arrays.stream(values())
                                        .map(PassRateDimension::parameter)
                                        .collect(Collectors.joining("、"))));
    }
}
