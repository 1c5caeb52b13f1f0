package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The coverage report (巡查覆盖率): which active points have not been inspected for N days. */
@Path("/coverage")
@Tag(name = "Statistics 统计")
public class CoverageResource {

    private final CoverageService coverage;
    private final StatisticsConfig config;
    private final UnitDirectory directory;
    private final Actor actor;
    private final Clock clock;
    private final ZoneId zone;

    public CoverageResource(
            CoverageService coverage,
            StatisticsConfig config,
            UnitDirectory directory,
            Actor actor,
            Clock clock,
            ZoneId zone) {
        this.coverage = coverage;
        this.config = config;
        this.directory = directory;
        this.actor = actor;
        this.clock = clock;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Active points not inspected for N days (default 7), counted by point type and by "
                    + "responsible unit, with the uncovered points paginated (never inspected first, then the longest "
                    + "uncovered)",
            description = "A point is covered when anyone inspected it on one of the last `days` calendar days, "
                    + "today included (Asia/Shanghai; `since` is the first instant that counts). Optional filters: "
                    + "type (point type code) and unit (responsible unit). A department sees its own and its "
                    + "subordinate units' points only. Rates are decimal fractions with four places; groups are "
                    + "lowest coverage first.")
    public CoverageReport report(
            @QueryParam("days") String days,
            @QueryParam("type") String type,
            @QueryParam("unit") String unit,
            @BeanParam @Valid PageRequest paging) {
        CoverageWindow window =
                CoverageWindow.of(days, config.coverageDefaultDays(), LocalDate.ofInstant(clock.instant(), zone), zone);
        return coverage.report(
                window,
                Scopes.of(actor, directory),
                new CoverageService.Filter(pointType(type), Scopes.blankToNull(unit)),
                paging);
    }

    /** A point type code, or null when absent; 400 naming {@code type} when unknown. */
    static PointType pointType(String type) {
        String code = Scopes.blankToNull(type);
        if (code == null) {
            return null;
        }
        return Arrays.stream(PointType.values())
                .filter(t -> t.name().equals(code))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("type", "没有点位类型" + code));
    }
}
