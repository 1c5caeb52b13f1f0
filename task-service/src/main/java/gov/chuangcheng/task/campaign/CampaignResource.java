package gov.chuangcheng.task.campaign;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The campaign, its evaluation day and the countdown the office lives by. */
@Path("/campaign")
@Tag(name = "Campaign 创建周期")
public class CampaignResource {

    private final CampaignService campaigns;
    private final Actor actor;

    public CampaignResource(CampaignService campaigns, Actor actor) {
        this.campaigns = campaigns;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @APIResponse(
            responseCode = "200",
            description = "The campaign",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "尚未设置创城活动 / no campaign is set yet")
    public Response get() {
        Campaign c = campaigns.current().orElseThrow(() -> ProblemException.notFound("campaign", Campaign.CURRENT));
        return Response.ok(CampaignView.of(c))
                .tag(Versions.entityTag(c.version))
                .build();
    }

    @PUT
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Set the campaign, its evaluation day and phases; replacing needs If-Match")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the campaign as stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response put(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull CampaignRequest request) {
        Campaign c = campaigns.put(ifMatch, request, actor.username());
        return Response.ok(CampaignView.of(c))
                .tag(Versions.entityTag(c.version))
                .build();
    }

    @GET
    @Path("/countdown")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR, Roles.INTEGRATION})
    @Operation(
            summary = "Calendar days and working days left until the evaluation day (working days on the "
                    + "calendar accountability-service publishes, today inclusive, the evaluation day exclusive)")
    @APIResponse(
            responseCode = "200",
            description = "倒计时 / the countdown",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Countdown.class)))
    @APIResponse(responseCode = "404", description = "尚未设置创城活动 / no campaign is set yet")
    public Countdown countdown() {
        return campaigns.countdown().orElseThrow(() -> ProblemException.notFound("campaign", Campaign.CURRENT));
    }
}
