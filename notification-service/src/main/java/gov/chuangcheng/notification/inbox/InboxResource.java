package gov.chuangcheng.notification.inbox;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app messages (站内信). Everyone sees only their own: the recipient is the token's username. */
@Path("/inbox")
@Tag(name = "Inbox 站内信")
public class InboxResource {

    public record UnreadCount(long unread) {}

    private final InboxService inbox;
    private final Actor actor;

    public InboxResource(InboxService inbox, Actor actor) {
        this.inbox = inbox;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "The caller's messages, unread first, then newest first; paginated")
    public Page<InboxView> list(
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly, @BeanParam @Valid PageRequest paging) {
        return inbox.list(actor.username(), unreadOnly, paging).map(InboxView::of);
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "How many of the caller's messages are unread")
    public UnreadCount unreadCount() {
        return new UnreadCount(inbox.unread(actor.username()));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "Mark one of the caller's messages read (another person's message answers 404)")
    public InboxView markRead(@PathParam("id") UUID id) {
        return InboxView.of(inbox.markRead(actor.username(), id));
    }
}
