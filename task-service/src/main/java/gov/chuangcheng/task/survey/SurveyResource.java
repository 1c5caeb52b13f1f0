package gov.chuangcheng.task.survey;

import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Survey results (问卷调查): what the office measured for the survey standards (知晓率, 满意度 …). Each survey standard
 * of the projected score scores on its latest result, with the marks of its imported scoring rule.
 */
@Path("/survey-results")
@Tag(name = "Evaluation system 测评体系")
public class SurveyResource {

    private final SurveyService surveys;
    private final Actor actor;

    public SurveyResource(SurveyService surveys, Actor actor) {
        this.surveys = surveys;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The survey results of the active evaluation system, withdrawn ones included, latest survey "
                    + "first; `counts` marks the one each standard scores on")
    public List<SurveyResultView> results(
            @Parameter(description = "only this standard's results") @QueryParam("standard") String standard) {
        return surveys.results(standard == null || standard.isBlank() ? null : standard.strip());
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Enter a measured result of a survey standard (问卷调查) of the active evaluation system; it "
                    + "counts for the standard when it is the latest survey")
    @APIResponse(
            responseCode = "201",
            description = "The result as recorded, with the marks it earns",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyResultView.class)))
    @APIResponse(responseCode = "409", description = "no evaluation system is active yet")
    public Response record(@Valid @NotNull SurveyResultRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(surveys.record(request, actor.username()))
                .build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Withdraw a result entered by mistake, with the reason; it stays on record with its withdrawal, "
                    + "the standard scores on its latest result left, and a second withdrawal is refused (409)")
    @APIResponse(
            responseCode = "200",
            description = "The result with its withdrawal",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyResultView.class)))
    @APIResponse(responseCode = "409", description = "the result was withdrawn already")
    public SurveyResultView withdraw(@PathParam("id") String id, @Valid @NotNull SurveyWithdrawalRequest request) {
        return surveys.withdraw(id, request.reason(), actor.username());
    }
}
