package gov.chuangcheng.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: name, roles and unit, read from the verified token. Resources pass it to services, which apply the
 * unit scope in their queries.
 */
@RequestScoped
public class Actor {

    @Inject
    SecurityIdentity identity;

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** No token came with the request (only endpoints that permit everyone see such a caller). */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Office and leaders see every unit; everybody else is scoped. */
    public boolean seesAllUnits() {
        return has(Roles.OFFICE) || has(Roles.LEADER);
    }

    /** The {@code unit} claim of the token, if any (service accounts and some users have none). */
    public Optional<String> unit() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(Roles.UNIT_CLAIM);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString());
            }
        }
        Object attribute = identity.getAttribute(Roles.UNIT_CLAIM);
        return attribute == null ? Optional.empty() : Optional.of(attribute.toString());
    }

    public String requireUnit() {
        return unit().orElseThrow(() -> new io.quarkus.security.ForbiddenException("the token carries no unit"));
    }
}
