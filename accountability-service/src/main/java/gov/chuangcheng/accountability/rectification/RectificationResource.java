package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Rectification orders (整改单). A department sees and acts on the orders of its own unit and the units below it, the
 * office on all; leaders read all. An order outside the caller's scope answers 404.
 */
@Path("/rectifications")
@Tag(name = "Rectification orders 整改单")
public class RectificationResource {

    private final RectificationService orders;
    private final OfficeLevers levers;
    private final RectificationQueries queries;
    private final UnitDirectory directory;
    private final Actor actor;
    private final ZoneId zone;

    public RectificationResource(
            RectificationService orders,
            OfficeLevers levers,
            RectificationQueries queries,
            UnitDirectory directory,
            Actor actor,
            ZoneId zone) {
        this.orders = orders;
        this.levers = levers;
        this.queries = queries;
        this.directory = directory;
        this.actor = actor;
        this.zone = zone;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Orders the caller may see, newest first, filtered by unit, status "
                    + "(OPEN, ACKNOWLEDGED, SUBMITTED, VERIFYING, CLOSED), the overdue flag and priorityVerification "
                    + "(a 12345 report came after the unit's fix: 优先复查), paginated")
    public Page<RectificationView> list(
            @QueryParam("unit") String unit,
            @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("priorityVerification") Boolean priorityVerification,
            @BeanParam @Valid PageRequest paging) {
        return queries.list(scope(), filter(unit, status, overdue, priorityVerification), paging)
                .map(RectificationView::summary);
    }

    /** Rows an export returns at most. */
    static final int EXPORT_MAX = 10_000;

    @GET
    @Path("/export")
    @Produces("text/csv")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The orders the caller may see as CSV (UTF-8), with the same filters as the list; at most "
                    + EXPORT_MAX + " rows, newest first")
    @APIResponse(
            responseCode = "200",
            description = "整改单 CSV (UTF-8), as an attachment rectifications.csv",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @Audited(kind = Audited.Kind.EXPORT, what = "整改单导出")
    public Response export(
            @QueryParam("unit") String unit,
            @QueryParam("status") String status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("priorityVerification") Boolean priorityVerification) {
        String csv = RectificationCsv.of(
                queries.export(scope(), filter(unit, status, overdue, priorityVerification), EXPORT_MAX), zone);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rectifications.csv\"")
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "One order with its full history",
            description = "An inspector may read the order they verify (复查) now, and no other.")
    @APIResponse(
            responseCode = "200",
            description = "The order with its full history",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RectificationView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        RectificationOrder o = (readsAsVerifier()
                        ? queries.find(id, UnitScope.all())
                                .filter(order -> actor.username().equals(order.verifier()))
                        : queries.find(id, scope()))
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
        return Response.ok(RectificationView.of(o, RectificationHistory.of(o.id())))
                .tag(Versions.entityTag(o.version()))
                .build();
    }

    @POST
    @Path("/{id}/acknowledge")
    @RolesAllowed({Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(
            summary = "签收: the responsible unit signs for an OPEN order; published as cc.rectification.acknowledged.v1")
    public RectificationView acknowledge(@PathParam("id") String id) {
        return RectificationView.summary(orders.acknowledge(id, scope(), actor.username()));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(
            summary = "整改完成: the unit reports an ACKNOWLEDGED order fixed, with evidence; published as "
                    + "cc.rectification.submitted.v1")
    public RectificationView submit(@PathParam("id") String id, @Valid @NotNull SubmitRequest request) {
        return RectificationView.summary(
                orders.submit(id, scope(), actor.username(), request.description(), request.evidenceIds()));
    }

    @POST
    @Path("/{id}/request-verification")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office asks for the re-inspection (复查) of a SUBMITTED order; published as "
                    + "cc.rectification.verification-requested.v1. By default the submission requests it already "
                    + "(cc.rectification.verification.auto-request): an order waiting for it (待复查) is left as it is")
    public RectificationView requestVerification(@PathParam("id") String id) {
        return RectificationView.summary(orders.requestVerification(id, scope(), actor.username()));
    }

    /** Why the office stops an order's clock. */
    public record SuspendRequest(@NotBlank @Size(max = 1000) String reason) {}

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "挂起: stop the order's clock (no escalation while suspended); published as "
                    + "cc.rectification.suspended.v1")
    public RectificationView suspend(@PathParam("id") String id, @Valid @NotNull SuspendRequest request) {
        return RectificationView.summary(orders.suspend(id, request.reason(), actor.username()));
    }

    @POST
    @Path("/{id}/resume")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "恢复: the clock runs again with the office time that was left; published as "
                    + "cc.rectification.resumed.v1")
    public RectificationView resume(@PathParam("id") String id) {
        return RectificationView.summary(orders.resume(id, actor.username()));
    }

    @POST
    @Path("/{id}/escalation")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "人工督办: escalate an open order by hand (e.g. on a leader's instruction 领导批示) one rung, or up to "
                    + "the named level, with the reason; each rung costs the unit its deduction; needs the order's ETag in "
                    + "If-Match; published as cc.rectification.escalated.v1 (reason MANUAL)")
    public RectificationView escalate(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeverRequests.Escalate request) {
        return RectificationView.summary(
                levers.escalate(id, request.level(), request.reason(), actor.username(), ifMatch));
    }

    @POST
    @Path("/{id}/void")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "作废 / 不属实: close an open order as voided with the reason; every deduction on it is reversed; "
                    + "needs the order's ETag in If-Match; published as cc.rectification.closed.v1 (closure VOIDED)")
    public RectificationView voidOrder(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeverRequests.Void request) {
        return RectificationView.summary(levers.voidOrder(id, request.reason(), actor.username(), ifMatch));
    }

    @POST
    @Path("/{id}/merge")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "合并: close this open order as merged into another open order of the same unit about the same "
                    + "problem, which takes over its evidence and reports; every deduction on this one is reversed; needs "
                    + "this order's ETag in If-Match; published as cc.rectification.closed.v1 (closure MERGED)")
    public RectificationView merge(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeverRequests.Merge request) {
        return RectificationView.summary(levers.merge(id, request.into(), request.reason(), actor.username(), ifMatch));
    }

    /** An inspector without another role reads only the order they verify. */
    private boolean readsAsVerifier() {
        return actor.has(Roles.INSPECTOR)
                && !actor.has(Roles.OFFICE)
                && !actor.has(Roles.LEADER)
                && !actor.has(Roles.DEPARTMENT);
    }

    private UnitScope scope() {
        return directory.scopeOf(actor);
    }

    private static RectificationQueries.Filter filter(
            String unit, String status, Boolean overdue, Boolean priorityVerification) {
        return new RectificationQueries.Filter(unit, status(status), overdue, priorityVerification);
    }

    private static RectificationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RectificationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(RectificationStatus.values()));
        }
    }
}
