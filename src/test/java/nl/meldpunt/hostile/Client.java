package nl.meldpunt.hostile;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One browser-like HTTP client from its own loopback address (so the form's per-address rate limit applies per client). */
final class Client {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    record Answer(int status, String body, String contentType, String location) {}

    final HttpClient http;
    private final String base;
    String csrf;

    Client(String base, InetAddress local) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).localAddress(local)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        var r = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String body = r.body();
        Matcher m = CSRF_FIELD.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        } else {
            m = CSRF_META.matcher(body);
            if (m.find()) {
                csrf = m.group(1);
            }
        }
        return new Answer(r.statusCode(), body, r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Location").orElse(null));
    }

    HttpRequest.Builder post(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    static String form(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v != null) {
                if (!s.isEmpty()) {
                    s.append('&');
                }
                s.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return s.toString();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    void login(String user) throws IOException, InterruptedException {
        get("/login");
        Answer a = send(post("/login", "application/x-www-form-urlencoded",
                form(Map.of("username", user, "password", user, "_csrf", csrf)).getBytes(StandardCharsets.UTF_8)));
        if (a.status() != 302 || a.location() == null || a.location().contains("error")) {
            throw new IllegalStateException("login failed: " + a.status());
        }
        get("/werk");
    }
}
