package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The office's say over a submitted fix before it is verified: it may send it back (退回). */
@Path("/rectifications/{id}")
@Tag(name = "Rectification orders 整改单")
public class VerificationResource {

    /** Why the office sends the fix back. */
    public record SendBack(@NotBlank @Size(max = 1000) String reason) {}

    private final Verifications verifications;
    private final Actor actor;

    public VerificationResource(Verifications verifications, Actor actor) {
        this.verifications = verifications;
        this.actor = actor;
    }

    @POST
    @Path("/send-back")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "退回: send a submitted fix (已提交 or 待复查) back to the unit before it is verified, with the reason; "
                    + "the unit has the office time it had left at the submission again, counted from now (a late "
                    + "submission stays late), and the re-inspection is withdrawn. Published as "
                    + "cc.rectification.sent-back.v1")
    @APIResponse(responseCode = "200", description = "已退回")
    @APIResponse(responseCode = "400", description = "no reason")
    @APIResponse(responseCode = "404", description = "no such order")
    @APIResponse(responseCode = "409", description = "the order has no submission waiting for its verification")
    public RectificationView sendBack(@PathParam("id") String id, @Valid @NotNull SendBack request) {
        return RectificationView.summary(
                verifications.sendBack(id, request.reason().trim(), actor.username()));
    }
}
