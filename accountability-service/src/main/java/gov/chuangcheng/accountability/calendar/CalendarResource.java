package gov.chuangcheng.accountability.calendar;

import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working calendar (工作日历) that deadlines run on. */
@Path("/calendar")
@Tag(name = "Working calendar 工作日历")
public class CalendarResource {

    private final CalendarService calendars;
    private final Actor actor;

    public CalendarResource(CalendarService calendars, Actor actor) {
        this.calendars = calendars;
        this.actor = actor;
    }

    @GET
    @Path("/{year}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @APIResponse(
            responseCode = "200",
            description = "The working calendar of the year",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("year") int year) {
        CalendarYear y = calendars.find(year).orElseThrow(() -> ProblemException.notFound("calendar year", year));
        return Response.ok(CalendarView.of(y))
                .tag(Versions.entityTag(y.version))
                .build();
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Enter or replace a year (holidays 放假 and make-up working days 调休上班); published on "
                    + "cc.calendar.v1. Replacing an existing year requires If-Match with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the year as stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CalendarView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response put(
            @PathParam("year") int year,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull CalendarRequest request) {
        CalendarYear y = calendars.put(year, ifMatch, request, actor.username());
        return Response.ok(CalendarView.of(y))
                .tag(Versions.entityTag(y.version))
                .build();
    }
}
