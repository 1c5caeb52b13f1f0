package gov.chuangcheng.platform.audit;

import gov.chuangcheng.platform.input.DateTimes;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of this service: who read personal data, who exported what. */
@Path("/audit")
@Tag(name = "Audit 审计日志")
public class AuditResource {

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Reads of personal data and exports, newest first (the office only)",
            description = "Filters: actor (a username), from and to (ISO-8601 with offset, to exclusive).")
    public Page<AuditLog.Entry> entries(
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam @Valid PageRequest paging) {
        return log.find(
                actor == null || actor.isBlank() ? null : actor.strip(),
                instant("from", from),
                instant("to", to),
                paging);
    }

    private static java.time.Instant instant(String parameter, String value) {
        return DateTimes.parse(value, message -> ProblemException.invalid(parameter, message));
    }
}
