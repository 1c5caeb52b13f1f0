package gov.chuangcheng.inspection.open311;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who may read and submit reports from other systems (where a position goes is {@code cc.routing}, for every finding).
 */
@ConfigMapping(prefix = "cc.open311")
public interface Open311Config {

    /** Largest page of {@code GET requests.json}. */
    @WithDefault("200")
    int maxListSize();

    /**
     * Reads without a token, as GeoReport v2 has them (services, requests; never the reporters' contact data). Off,
     * reads need a token of the integration role (its own requests), the office or a leader.
     */
    @WithDefault("false")
    boolean publicReads();

    /**
     * The spec's credential for {@code POST requests}: {@code channel:key} entries, one per reporting system
     * ({@code hotline-12345:…}); a secret, set from the environment ({@code CC_OPEN311_API_KEYS}). A bearer token
     * of the integration role is accepted as well.
     */
    Optional<List<String>> apiKeys();

    /**
     * How long the callers' personal data (name, mail, phone, device) is kept after their report: the campaign year.
     * Then it is erased; the request, its place and its problem stay.
     */
    @WithDefault("366d")
    Duration reporterRetention();

    /** Who answers for this endpoint, as the discovery document names it. */
    @WithDefault("区创城办（创建全国文明城市工作办公室）")
    String contact();

    /** Where a reporting system obtains an api_key, as the discovery document says. */
    @WithDefault("api_key 由区创城办发放；也可使用 integration 角色的访问令牌（OAuth 2.0 客户端凭证）")
    String keyService();

    /**
     * The endpoint's public address, for the discovery document and the links to after-photos in the requests' answers;
     * unset, the address the request came in on.
     */
    Optional<String> publicUrl();
}
