package gov.chuangcheng.task.veto;

import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The negative list (负面清单) of an evaluation system version: what disqualifies the city (一票否决) whatever its
 * score. Its own root path: the evaluation system's resource would otherwise take the whole /evaluation-systems tree.
 */
@Path("/evaluation-systems/{version}/veto-items")
@Tag(name = "Evaluation system 测评体系")
public class VetoItemResource {

    private final VetoService veto;

    public VetoItemResource(VetoService veto) {
        this.veto = veto;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "The negative list (负面清单) of an evaluation system version, in its order")
    public List<VetoItemView> items(@PathParam("version") String version) {
        return veto.items(version);
    }

    @PUT
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Replace the negative list of a version: each item's code, name and consequence (e.g. 取消参评资格)",
            description = "Codes are unique within the list (400 naming the repeated one). An item with recorded "
                    + "occurrences cannot be removed (409); its name and consequence may change.")
    public List<VetoItemView> putItems(
            @PathParam("version") String version,
            @Valid @NotNull @Size(max = 200) List<@Valid @NotNull VetoItemRequest> items) {
        return veto.putItems(version, items);
    }
}
