package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.platform.security.Actor;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who may read the facade's requests, and what a reader sees: the same rules for a request and for the after-photos
 * it links, so that a link never shows what its request would not.
 */
@RequestScoped
public class Open311Readers {

    private final Open311Config config;
    private final Actor actor;
    private final JsonWebToken token;

    public Open311Readers(Open311Config config, Actor actor, JsonWebToken token) {
        this.config = config;
        this.actor = actor;
        this.token = token;
    }

    /** Reads are public by setting; otherwise they take a token of one of the roles. */
    public void mayRead(String... roles) {
        if (config.publicReads()) {
            return;
        }
        if (actor.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (Arrays.stream(roles).noneMatch(actor::has)) {
            throw new ForbiddenException();
        }
    }

    /** Public reads, the office and leaders see every request; a reporting system its own. */
    public String ownChannelOnly() {
        return config.publicReads() || actor.seesAllUnits() ? null : channel();
    }

    /** The reporting system: the client the token was issued to (e.g. hotline-12345). */
    public String channel() {
        Object azp = token == null ? null : token.getClaim("azp");
        return azp == null ? actor.username() : azp.toString();
    }

    /** The endpoint's address for clients: {@code cc.open311.public-url}, or the address the request came in on. */
    public String endpoint(UriInfo uri) {
        return config.publicUrl()
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(
                        () -> uri.getBaseUriBuilder().path("open311/v2").build().toString());
    }
}
