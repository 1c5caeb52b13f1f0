package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Statistics (统计): pass rates and the worst points over a week, a month or a range of days. Departments see their
 * own units' only.
 */
@Path("/statistics")
@Tag(name = "Statistics 统计")
public class StatisticsResource {

    static final String PERIOD = "The period (周通报, 月排名): period=week is the week, Monday to Sunday, and "
            + "period=month the calendar month holding date (yyyy-MM-dd, today when absent); without period (or "
            + "period=range) it runs from 00:00 of from to 24:00 of to (yyyy-MM-dd, both included): without to it "
            + "ends today, without from it is the last 30 days (cc.statistics.default-period-days); a range spans at "
            + "most 366 days (cc.statistics.max-period-days). Days are Asia/Shanghai (cc.calendar.zone). date goes "
            + "with a week or month only, from/to with a range only; a contradiction or a malformed date is a 400 "
            + "naming the parameter, with a Chinese message. The answer echoes period {kind: week|month|range, from, "
            + "to, zone} (from, to and timeZone beside it repeat it). A department sees the inspections of its own "
            + "and its subordinate units' points only (by the unit recorded on the inspection).";

    private final PassRateStatistics statistics;
    private final WorstPoints worst;
    private final StatisticsConfig config;
    private final UnitDirectory directory;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;

    public StatisticsResource(
            PassRateStatistics statistics,
            WorstPoints worst,
            StatisticsConfig config,
            UnitDirectory directory,
            Actor actor,
            Clock clock,
            ZoneId zone) {
        this.statistics = statistics;
        this.worst = worst;
        this.config = config;
        this.directory = directory;
        this.actor = actor;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @Path("/pass-rates")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Pass rates (合格率) of field inspections over a period by pointType, unit, standard or street, "
                    + "re-inspections counted apart as verifications, worst first",
            description = "by=pointType, unit (the responsible unit at the time of the inspection) and street (the "
                    + "point's street) count inspections, an inspection passing as a whole; by=standard counts the "
                    + "inspection items checking each standard. Field inspections (patrols, 督查) and re-inspections "
                    + "(复查, inspections with a reinspectionOrderId) are counted apart: rate = passed ÷ inspected "
                    + "counts field inspections only; verificationRate = verifiedPassed ÷ verified counts the "
                    + "re-inspections, one passing when no item of the standard under verification failed. By "
                    + "standard, the items of the standard a re-inspection verifies are verifications and any other "
                    + "item it scored counts as a field inspection of its standard. by=unit and by=street also give "
                    + "reports (12345 / Open311 requests received in the period at the group's points; attributed to "
                    + "the point's responsible unit as it is now, not to the unit an order may have gone to, and not "
                    + "counted while a request waits for the office's dispatch and so has no point), activePoints "
                    + "(the group's active registered points now, temporary points 临时点位 not included) and "
                    + "reportsPerPoint = reports ÷ activePoints; the other dimensions answer null there. Every rate is "
                    + "a decimal with four places (0.8333 = 83.33 %) standing after its numerator and denominator, and "
                    + "is null when its denominator is below minimumSample (5, cc.statistics.minimum-sample). A row "
                    + "for every group with an inspection, a re-inspection or a report in the period; total sums the "
                    + "rows. Worst first: lowest rate, rows without a rate last, then the most inspected. " + PERIOD
                    + " Each answer is served from a result at most cc.read-cache.max-age (5 s) old for the same "
                    + "period, dimension and scope.")
    public PassRateReport passRates(
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("by") String by) {
        PassRateDimension dimension = PassRateDimension.parse(by);
        return statistics.recentPassRates(
                dimension, period(new Period.Query(period, date, from, to)), Scopes.of(actor, directory));
    }

    @GET
    @Path("/worst-points")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The points with the lowest pass rate of their field inspections in a period, then the most "
                    + "failed inspections",
            description = "Counts field inspections (patrols, 督查) only: re-inspections (复查) check a unit's fix of "
                    + "one problem and are left out, their items too. Only points with at least minInspections field "
                    + "inspections in the period (default 2, cc.statistics.worst-points-min-inspections; this is the "
                    + "list's minimum sample, so every listed rate is given) and at least one failed inspection or "
                    + "failed item. rate = passed ÷ inspected as a decimal fraction with four places. limit: 1 to 100, "
                    + "default 10. " + PERIOD)
    public WorstPointsReport worstPoints(
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("minInspections") String minInspections) {
        int max = config.worstPointsMaxLimit();
        int n = integer("limit", limit, 10, 1, max);
        int min = integer("minInspections", minInspections, config.worstPointsMinInspections(), 1, 1000);
        return worst.worstPoints(period(new Period.Query(period, date, from, to)), Scopes.of(actor, directory), min, n);
    }

    private Period period(Period.Query query) {
        return Period.parse(
                query,
                LocalDate.ofInstant(clock.instant(), zone),
                config.defaultPeriodDays(),
                config.maxPeriodDays(),
                zone);
    }

    static int integer(String parameter, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ProblemException.invalid(parameter, "应为" + min + "到" + max + "之间的整数");
    }
}
