package nl.meldpunt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP for the benchmarks, over loopback only: API calls with a bearer token, page calls in a logged-in session
 * (form login with the CSRF token of the login page), and issuing API tokens through the admin page, so that the
 * benchmark needs nothing from inside the application.
 */
public final class BenchHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*>([^<]+)<");

    private final String base;
    private final HttpClient plain;

    public BenchHttp(String base) {
        this.base = base;
        this.plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String base() {
        return base;
    }

    /** A GET with a bearer token; the response (status and body). */
    public HttpResponse<String> get(String token, String path) throws IOException, InterruptedException {
        return plain.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A JSON request (POST or PUT) with a bearer token. */
    public HttpResponse<String> send(String method, String token, String path, String json)
            throws IOException, InterruptedException {
        return plain.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of one file (part {@code file}) with a bearer token. */
    public HttpResponse<String> upload(String token, String path, String fileName, String contentType,
            byte[] content) throws IOException, InterruptedException {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return plain.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs a demo user in with the login form; the session's cookies stay in the returned client. */
    public Session login(String user, String password) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Session session = new Session(client);
        String csrf = session.csrf("/login");
        HttpResponse<String> answer = session.postForm("/login",
                Map.of("username", user, "password", password, "_csrf", csrf));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login of " + user + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    /** Issues an API token for {@code user} through the admin page ({@code admin} must be an admin session). */
    public String issueToken(Session admin, String user) throws IOException, InterruptedException {
        String csrf = admin.csrf("/admin/tokens");
        HttpResponse<String> answer = admin.postForm("/admin/tokens",
                Map.of("name", "benchmark-" + user + "-" + System.nanoTime(), "username", user, "_csrf", csrf));
        Matcher m = ISSUED.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("No token issued for " + user + ": HTTP " + answer.statusCode());
        }
        return m.group(1).strip();
    }

    /** A logged-in browser-like session (cookies kept, redirects not followed). */
    public final class Session {

        private final HttpClient client;

        Session(HttpClient client) {
            this.client = client;
        }

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String path) throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get(path).body());
            if (!m.find()) {
                throw new IllegalStateException("No CSRF token on " + path);
            }
            return m.group(1);
        }

        HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
