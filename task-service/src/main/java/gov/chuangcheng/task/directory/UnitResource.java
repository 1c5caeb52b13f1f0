package gov.chuangcheng.task.directory;

import gov.chuangcheng.events.directory.UnitKind;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @APIResponse(
            responseCode = "201",
            description = "已创建: the unit",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)),
            headers = {
                @Header(
                        name = "Location",
                        description = "新资源的地址 (URL of what was created)",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "版本标签 (entity tag): send it as If-Match to change the resource",
                        schema = @Schema(type = SchemaType.STRING))
            })
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
    @APIResponse(
            responseCode = "200",
            description = "已保存: the unit as replaced",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
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
    @Audited(kind = Audited.Kind.PERSONAL_DATA, what = "单位联系人（列表）")
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
    @APIResponse(
            responseCode = "200",
            description = "The unit (contacts masked unless the caller is the office)",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    @Audited(kind = Audited.Kind.PERSONAL_DATA, what = "单位联系人")
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
