package nl.meldpunt.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small HTTP helper for API tests: JSON calls and one multipart upload, as a demo user (password = name). */
public final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public ApiCalls(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Answer(int status, JsonNode json) {
        public String problemType() {
            return json == null || !json.has("type") ? null : json.get("type").asString();
        }
    }

    public Answer call(String user, String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    public Answer upload(String user, String path, String filename, byte[] content) throws Exception {
        String boundary = "----meldpunt" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return answer(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Waits (up to 30 s) until the condition holds, for work done after commit. */
    public static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    private static Answer answer(HttpResponse<String> r) {
        return new Answer(r.statusCode(), r.body() == null || r.body().isEmpty() ? null : JSON.readTree(r.body()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
