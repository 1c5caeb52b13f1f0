package gov.chuangcheng.inspection.open311;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The reporting systems' api_keys ({@code cc.open311.api-keys}) and the channel each one names. */
@ApplicationScoped
public class ApiKeys {

    private final Map<String, byte[]> keyByChannel;

    @Inject
    public ApiKeys(Open311Config config) {
        this(config.apiKeys().orElse(List.of()));
    }

    ApiKeys(List<String> entries) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(
                        "cc.open311.api-keys: an entry is channel:key, e.g. hotline-12345:<secret>; got one without");
            }
            keys.put(
                    entry.substring(0, colon).strip(),
                    entry.substring(colon + 1).strip().getBytes(StandardCharsets.UTF_8));
        }
        this.keyByChannel = Map.copyOf(keys);
    }

    /** The channel whose key this is; every key is compared in full, so that timing tells nothing. */
    public Optional<String> channelOf(String apiKey) {
        byte[] given = apiKey.strip().getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, byte[]> e : keyByChannel.entrySet()) {
            if (MessageDigest.isEqual(e.getValue(), given)) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }
}
