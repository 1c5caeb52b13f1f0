package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.UnitKind;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The unit directory (责任单位). The office maintains it; everybody reads the part their role allows. */
@Path("/units")
@Tag(name = "Unit directory 责任单位")
public class UnitResource {

    private final UnitService units;
    private final UnitDirectory directory;
    private final Actor actor;

    public UnitResource(UnitService units, UnitDirectory directory, Actor actor) {
        this.units = units;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Create a unit; published on cc.directory.v1")
    public Response create(@Valid @NotNull UnitRequest request, @Context UriInfo uri) {
        Unit unit = units.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(unit.code).build())
                .tag(Versions.entityTag(unit.version))
                .entity(UnitView.of(unit, true))
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Replace a unit; requires If-Match with the unit's ETag")
    public Response update(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UnitRequest request) {
        Unit unit = units.update(code, ifMatch, request);
        return Response.ok(UnitView.of(unit, true))
                .tag(Versions.entityTag(unit.version))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(
            summary = "Units the caller may see (a department sees its own unit and the units below it), "
                    + "filtered by kind and parent, paginated")
    public Page<UnitView> list(
            @QueryParam("kind") UnitKind kind,
            @QueryParam("parent") String parent,
            @BeanParam @Valid PageRequest paging) {
        boolean reveal = revealsPersonalData();
        return units.list(scope(), kind, parent, paging).map(u -> UnitView.of(u, reveal));
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    public Response get(@PathParam("code") String code) {
        Unit unit = units.find(code, scope()).orElseThrow(() -> ProblemException.notFound("unit", code));
        return Response.ok(UnitView.of(unit, revealsPersonalData()))
                .tag(Versions.entityTag(unit.version))
                .build();
    }

    /** Inspectors and integrations route work to units, so they see the whole directory (contacts masked). */
    private UnitScope scope() {
        if (actor.has(Roles.INSPECTOR) || actor.has(Roles.INTEGRATION)) {
            return UnitScope.all();
        }
        return directory.scopeOf(actor);
    }

    private boolean revealsPersonalData() {
        return actor.has(Roles.OFFICE);
    }
}
