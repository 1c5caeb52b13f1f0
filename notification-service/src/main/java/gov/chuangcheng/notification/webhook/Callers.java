package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request. An integration client is a service account (client credentials): it is
 * named by the token's {@code azp} (the client id, e.g. {@code hotline-12345}), else {@code client_id}, else its
 * {@code preferred_username} ({@code service-account-…}), else the principal's name. An office user is named by the
 * username, as everywhere else.
 */
@RequestScoped
public class Callers {

    private static final String[] CLIENT_CLAIMS = {"azp", "client_id", "preferred_username"};

    private final SecurityIdentity identity;

    public Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        boolean office = identity.hasRole(Roles.OFFICE);
        if (!office && identity.getPrincipal() instanceof JsonWebToken jwt) {
            for (String claim : CLIENT_CLAIMS) {
                Object value = jwt.getClaim(claim);
                if (value != null && !value.toString().isBlank()) {
                    return new Caller(value.toString(), false);
                }
            }
        }
        return new Caller(identity.getPrincipal().getName(), office);
    }
}
