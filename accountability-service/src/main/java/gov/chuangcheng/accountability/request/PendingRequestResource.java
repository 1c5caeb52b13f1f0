package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The office's queue of requests across orders (待办), oldest first; each is decided on its order's own endpoint. */
@Path("/pending-requests")
@Tag(name = "Rectification orders 整改单")
public class PendingRequestResource {

    static final int MAX_LIMIT = 500;

    private final PendingRequests pending;

    public PendingRequestResource(PendingRequests pending) {
        this.pending = pending;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Every request waiting for the office's decision across orders — extensions, suspensions, "
                    + "appeals, disputes — the longest waiting first",
            description = "Decided on the order's own endpoints (e.g. POST /rectifications/{id}/extension-requests/"
                    + "{requestId}/approve). task-service serves the tasks waiting for acceptance the same way "
                    + "(GET /tasks/awaiting-acceptance).")
    public List<PendingRequests.View> list(
            @Parameter(description = "EXTENSION, SUSPENSION, APPEAL or DISPUTE; all when absent") @QueryParam("kind")
                    String kind,
            @Parameter(description = "how many, 1–500") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "应在1到" + MAX_LIMIT + "之间");
        }
        return pending.list(kind(kind), limit);
    }

    private static RequestKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(RequestKind.values())
                .filter(k -> k.name().equals(kind.trim()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid(
                        "kind",
                        "应为以下之一："
                                + Arrays.stream(RequestKind.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining("、"))));
    }
}
