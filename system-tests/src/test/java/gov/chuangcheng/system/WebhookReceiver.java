package gov.chuangcheng.system;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A government system receiving webhooks on 127.0.0.1: records every delivery and checks its signature the way the
 * Standard Webhooks specification says a receiver must, independently of the service's own signing code.
 */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String id, String timestamp, String signature, String body, boolean signatureValid) {}

    private final HttpServer server;
    private final byte[] key;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    WebhookReceiver(String secret) throws IOException {
        this.key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            deliveries.add(new Delivery(
                    id,
                    timestamp,
                    signature,
                    new String(body, StandardCharsets.UTF_8),
                    verify(id, timestamp, signature, body)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}; any one of several space-separated signatures. */
    private boolean verify(String id, String timestamp, String header, byte[] body) {
        if (id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            return Arrays.stream(header.split(" "))
                    .filter(s -> s.startsWith("v1,"))
                    .map(s -> Base64.getDecoder().decode(s.substring(3)))
                    .anyMatch(given -> MessageDigest.isEqual(expected, given));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
