package gov.chuangcheng.task.atrisk;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The at-risk list (迎检风险清单): what may still cost marks on the evaluation day, worth most per working hour first. */
@Path("/at-risk")
@Tag(name = "Dashboard 驾驶舱")
public class AtRiskResource {

    static final int MAX_LIMIT = 500;

    private final AtRiskService atRisk;
    private final UnitDirectory directory;
    private final Actor actor;

    public AtRiskResource(AtRiskService atRisk, UnitDirectory directory, Actor actor) {
        this.atRisk = atRisk;
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Open orders due after the evaluation day (or suspended) and standards below the threshold, "
                    + "ranked by the marks each can still win per working hour left",
            description = """
                    An order wins its standard's full marks ÷ points with a result when fixed (one point turns from \
                    failing to passing; absent when its standard has no field data); a standard below \
                    `cc.at-risk.threshold` (0.8 of its full marks) wins full marks × share lost. Per working hour: \
                    ÷ office time from now to the start of the evaluation day on the working calendar. A department \
                    sees the orders of its own unit and the units below it, and every standard. 409 while no \
                    campaign sets the evaluation day.""")
    @APIResponse(
            responseCode = "200",
            description = "The at-risk list",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AtRiskReport.class)))
    @APIResponse(responseCode = "409", description = "no campaign sets the evaluation day yet (PUT /campaign)")
    public AtRiskReport get(
            @Parameter(description = "how many items, 1–500") @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "应在1到" + MAX_LIMIT + "之间");
        }
        return atRisk.report(directory.scopeOf(actor), limit);
    }
}
