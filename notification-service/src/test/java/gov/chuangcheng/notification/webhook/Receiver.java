package gov.chuangcheng.notification.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a real HTTP port for the tests: records what it is posted, answers what it is scripted to
 * (204 when nothing is), and verifies Standard Webhooks signatures with its own HMAC code — never the service's.
 */
final class Receiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body) {

        /** The space-separated {@code v1,<sig>} entries of the webhook-signature header. */
        List<String> signatures() {
            return List.of(signature.split(" "));
        }
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> script = new ConcurrentLinkedDeque<>();
    private volatile int fallback = 204;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            Integer status = script.poll();
            exchange.sendResponseHeaders(status == null ? fallback : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next answers, in order. */
    void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    /** The answer once the script is used up. */
    void answerFromNowOn(int status) {
        fallback = status;
    }

    List<Received> receivedFor(String eventId) {
        synchronized (received) {
            return received.stream().filter(r -> r.body().contains(eventId)).toList();
        }
    }

    /** The receiver's own Standard Webhooks verification: any v1 signature made with {@code secret} passes. */
    static boolean verifies(String secret, Received r) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String expected = Base64.getEncoder()
                    .encodeToString(mac.doFinal(
                            (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
            for (String candidate : r.signature().split(" ")) {
                if (candidate.equals("v1," + expected)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
