package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ranking of units (排名) for the 周通报, the 月排名 or any range, and its one export. */
@Path("/ledger/ranking")
@Tag(name = "Assessment ledger 考核台账")
public class RankingResource {

    static final String PERIOD = "Without period, date, from or to: the whole campaign (places by the score now). "
            + "period=week or period=month: the week (Monday to Sunday) or month holding date (yyyy-MM-dd, today when "
            + "absent); from and to (yyyy-MM-dd, both included): any range (absent to is today, "
            + "absent from cc.ranking.default-period-days (30) days up to to; cc.ranking.max-period-days). Days run from 00:00 to 24:00 in the district's zone (Asia/Shanghai). "
            + "A period's places are by cc.ranking.rank-by (PERIOD_SCORE: the points its entries moved; "
            + "CUMULATIVE_SCORE: the score at its end), beside the previous period's (the week, month or as many days "
            + "before). Rates, each with numerator and denominator and null below cc.ledger.rates.minimum-sample: "
            + "onTime 按期整改率 = orders fixed on time ÷ orders whose deadline in force fell in the period and has passed "
            + "(closed or still open; a suspended order once resumed; a fix submitted in time and awaiting "
            + "verification counts once verified); rework 返工率 = orders failing a verification in the period ÷ orders "
            + "verified in it; disputes 退单率 = disputes filed in the period ÷ orders received in it; meanWorkingHoursToFix "
            + "over the orders closed (销号) in it. Voided and merged orders count in none.";

    private final RankingService ranking;
    private final RankingConfig config;
    private final Clock clock;
    private final ZoneId zone;

    public RankingResource(RankingService ranking, RankingConfig config, Clock clock, ZoneId zone) {
        this.ranking = ranking;
        this.config = config;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Every assessed unit's place, scores and rectification rates for a period or the campaign",
            description = PERIOD + " Served from a result at most cc.read-cache.max-age (5 s) old per period; the "
                    + "export is counted anew.")
    public RankingReport ranking(
            @QueryParam("period") @Parameter(description = "week, month or range") String period,
            @QueryParam("date") @Parameter(description = "a day of the week or month, yyyy-MM-dd") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return ranking.recentReport(period(period, date, from, to));
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", RankingWorkbook.MEDIA_TYPE})
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The ranking as CSV (UTF-8 with BOM) or as an Excel workbook (format=xlsx), Chinese headers",
            description = "The same rows and columns in both formats, with one format for numbers: scores as "
                    + "written (98.5), rates as percentages with two decimals (75.82%) beside their numerators and "
                    + "denominators, 样本不足 below the minimum sample, rank changes as ↑2 / ↓1 / —. " + PERIOD)
    @APIResponse(
            responseCode = "200",
            description = "ranking-<period>.csv or .xlsx, as an attachment",
            content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(
                        mediaType = RankingWorkbook.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @Audited(kind = Audited.Kind.EXPORT, what = "考核排名导出")
    public Response export(
            @QueryParam("format") @Parameter(description = "csv (the default) or xlsx") String format,
            @QueryParam("period") String period,
            @QueryParam("date") String date,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        boolean workbook = workbook(format);
        RankingReport report = ranking.report(period(period, date, from, to));
        String name = "ranking-" + (report.from() == null ? "campaign" : report.from() + "-" + report.to());
        Response.ResponseBuilder ok = workbook
                ? Response.ok(RankingWorkbook.of(report), RankingWorkbook.MEDIA_TYPE)
                : Response.ok(RankingCsv.of(report), MediaType.valueOf("text/csv; charset=UTF-8"));
        return ok.header("Content-Disposition", "attachment; filename=\"" + name + (workbook ? ".xlsx" : ".csv") + "\"")
                .build();
    }

    private static boolean workbook(String format) {
        if (format == null || format.isBlank() || format.trim().equalsIgnoreCase("csv")) {
            return false;
        }
        if (format.trim().equalsIgnoreCase("xlsx")) {
            return true;
        }
        throw ProblemException.invalid("format", "导出格式只能是csv或xlsx");
    }

    /** The period asked for, or null for the whole campaign when none is. */
    private Period period(String period, String date, String from, String to) {
        if (blank(period) && blank(date) && blank(from) && blank(to)) {
            return null;
        }
        return Period.parse(
                new Period.Query(period, date, from, to),
                LocalDate.ofInstant(clock.instant(), zone),
                config.defaultPeriodDays(),
                config.maxPeriodDays(),
                zone);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
