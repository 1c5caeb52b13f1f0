package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.platform.audit.Audited;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who reported a 12345 request, for the office's call-back (回访); every read is in the audit log. */
@Path("/service-requests")
@Tag(name = "Open311 GeoReport v2 群众举报")
public class ReporterResource {

    private final Reporters reporters;
    private final Actor actor;

    public ReporterResource(Reporters reporters, Actor actor) {
        this.reporters = reporters;
        this.actor = actor;
    }

    @GET
    @Path("/{id}/reporter")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Audited(kind = Audited.Kind.PERSONAL_DATA, what = "12345 来电人信息")
    @Operation(
            summary = "The caller's name, mail and phone: whole for the office, masked for leaders; erased after "
                    + "cc.open311.reporter-retention")
    public Reporters.Reporter reporter(@PathParam("id") String id) {
        return reporters
                .of(id, actor.has(Roles.OFFICE))
                .orElseThrow(() -> ProblemException.notFound("service request", id));
    }
}
