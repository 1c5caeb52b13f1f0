package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard (驾驶舱): readiness, and the ranking accountability-service publishes. */
@Path("/dashboard")
@Tag(name = "Dashboard 驾驶舱")
public class DashboardResource {

    private final DashboardService dashboard;
    private final UnitDirectory directory;
    private final Actor actor;

    public DashboardResource(DashboardService dashboard, UnitDirectory directory, Actor actor) {
        this.dashboard = dashboard;
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Countdown, projected score with its coverage, the 短板 and the units of the published ranking",
            description = """
                    **veto** (一票否决) comes first: `vetoed` is true while an occurrence of the active evaluation \
                    system's negative list (负面清单) stands (recorded and not withdrawn, `POST /veto-occurrences`), \
                    and `occurrences` lists those, latest first: no score counts while one stands.

                    **Projected score** of the active evaluation system, per standard: `fullMarks × factor`, where \
                    factor for FIELD_INSPECTION standards is the share of points whose latest result for the \
                    standard passes (every item of it passed), among the points with a result in the last \
                    cc.dashboard.field-window (P30D): what the evaluators would find there now; a patrol samples \
                    the point, a re-inspection updates the result of a point already sampled and adds none; for \
                    DOCUMENT_REVIEW and ONLINE_FILING standards the share of their expected materials with a file \
                    the office accepted (`POST /materials/{id}/review`; without a list 1 once a file is accepted, \
                    else 0); a SURVEY standard scores the marks its imported rule gives its latest survey result \
                    (`POST /survey-results`; `survey` shows it). A standard with no inspected point, no reviewed \
                    file, or no survey result or rule has no data: it is left out of the \
                    projection (unknown, not 0), and an indicator all of whose standards have none is flagged \
                    `noData`. Indicator score = Σ of its standards' scores with data, `coveredMarks` = Σ of their \
                    fullMarks; `projectedTotal` is the sum over all indicators (absent while nothing has data), \
                    `fullMarks` the full marks of the evaluation system and `coverage` = coveredMarks ÷ fullMarks, \
                    how much of the evaluation the projection speaks for. The standard's weight (its share within \
                    the indicator) is already carried by its fullMarks and is not applied again.

                    **weakestStandards** (短板): the ten standards with data that lose the most marks (`lost` = \
                    fullMarks − projected), each with its evidence's numerator and denominator. \
                    **weakestIndicators**: the ten indicators with data with the lowest `ratio` = projected ÷ \
                    coveredMarks; equal ratios: more points still to win first, then catalogue order.

                    **units**: the units of the latest ranking accountability-service published \
                    (cc.assessment.ranking-published.v1; the same figures as its `GET /ledger/ranking`, and its \
                    `GET /ledger/ranking/export` is the spreadsheet), in its order, best first. `rank`, `score`, \
                    `entries`, `onTime` (按期整改率), `rework` (返工率), `fixedOrders`, `meanWorkingHoursToFix` and \
                    `disputes` (退单率) are shown exactly as published, each rate with its numerator and denominator \
                    and its `value` absent below the publication's minimum sample (as is `meanWorkingHoursToFix`); \
                    task-service computes none of them. `rankingAsOf` is when they were counted; a publication \
                    replaces the one shown only when it is newer. Before the first publication `units` is empty and \
                    `rankingAsOf` absent. Beside the published \
                    figures, task-service's own `onTimeTaskRate` (按期完成率) = tasks led by the unit completed on \
                    time ÷ its tasks that came due (completed, or found overdue), its `value` absent below \
                    `cc.dashboard.min-sample` (5). `countdown` is absent when no campaign is set.

                    The readiness and the units are read over the whole campaign and served from a result at most \
                    `cc.read-cache.max-age` (5 s) old; the countdown is computed on every read.""")
    public DashboardView get() {
        return dashboard.dashboard();
    }

    @GET
    @Path("/units/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "One unit's row of the published ranking, as in GET /dashboard (a department sees its own unit "
                    + "and the units below it)",
            description = "404 when the unit is outside the caller's scope or not in the latest published ranking "
                    + "(none before the first publication).")
    public UnitRow unit(@PathParam("code") String code) {
        if (!directory.scopeOf(actor).includes(code)) {
            throw ProblemException.notFound("unit", code);
        }
        return dashboard.unit(code).orElseThrow(() -> ProblemException.notFound("unit", code));
    }
}
