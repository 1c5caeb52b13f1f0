package gov.chuangcheng.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses webhook targets inside the platform (SSRF): loopback, link-local (including the cloud metadata address
 * 169.254.169.254), site-local and unique-local, any-local and multicast addresses, and the metadata host names —
 * unless the host is allow-listed ({@code cc.webhooks.allowed-hosts}). Checked when a subscription is saved and again
 * before every delivery, since a name may resolve differently later.
 */
public final class TargetGuard {

    private static final Set<String> METADATA_HOSTS =
            Set.of("metadata.google.internal", "metadata", "instance-data", "169.254.169.254", "fd00:ec2::254");

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public TargetGuard(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why {@code url} must not be called, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of("must name a host and carry no credentials");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        if (METADATA_HOSTS.contains(host)) {
            return Optional.of("targets a cloud metadata service");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress()
                    || a.isLinkLocalAddress()
                    || a.isSiteLocalAddress()
                    || a.isAnyLocalAddress()
                    || a.isMulticastAddress()
                    || isUniqueLocal(a)) {
                return Optional.of("targets an internal address (" + a.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    private static boolean isUniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
    }
}
