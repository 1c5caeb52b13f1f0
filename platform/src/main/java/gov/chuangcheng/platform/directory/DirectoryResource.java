package gov.chuangcheng.platform.directory;

import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What this service knows of a unit (its directory read model). Operators use it to check that a service has caught
 * up with the directory; contacts are left out — task-service is where they are managed.
 */
@Path("/directory/units")
@Tag(name = "Directory read model")
public class DirectoryResource {

    public record KnownUnit(String code, String name, String kind, String parentCode, boolean active) {}

    private final UnitDirectory directory;
    private final Actor actor;

    public DirectoryResource(UnitDirectory directory, Actor actor) {
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(summary = "A unit as this service's directory read model has it")
    public KnownUnit get(@PathParam("code") String code) {
        boolean visible = actor.has(Roles.INSPECTOR)
                || actor.has(Roles.INTEGRATION)
                || directory.scopeOf(actor).includes(code);
        UnitUpserted unit =
                directory.find(code).filter(u -> visible).orElseThrow(() -> ProblemException.notFound("unit", code));
        return new KnownUnit(unit.code(), unit.name(), unit.kind().name(), unit.parentCode(), unit.active());
    }
}
