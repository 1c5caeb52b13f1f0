package gov.chuangcheng.platform.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.TreeSet;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Records every successful answer of an {@link Audited} resource method in the {@link AuditLog}. */
public class AuditFilter {

    @Inject
    AuditLog log;

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Audited audited = resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null || response.getStatus() >= 300) {
            return;
        }
        String actor =
                identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        String target = request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null
                        ? ""
                        : "?" + request.getUriInfo().getRequestUri().getRawQuery());
        log.record(actor, roles, audited, request.getMethod(), target, response.getStatus());
    }
}
