package nl.meldpunt.casework.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in staff member's browser session over plain HTTP: cookies, CSRF token from the page, form posts. */
public final class LoggedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, String contentType, byte[] bytes, String location) {}

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private LoggedInSession(String base) {
        this.base = base;
    }

    public static LoggedInSession login(String base, String user) throws Exception {
        LoggedInSession s = new LoggedInSession(base);
        Page login = s.get("/login");
        Matcher m = CSRF_FIELD.matcher(login.body());
        if (!m.find()) {
            m = CSRF.matcher(login.body());
            m.find();
        }
        s.csrf = m.group(1);
        Page done = s.post("/login", Map.of("username", List.of(user), "password", List.of(user)));
        if (done.status() != 302 || done.location() == null || done.location().contains("error")) {
            throw new IllegalStateException("Login failed for " + user + ": " + done.status());
        }
        s.csrf = null;
        return s;
    }

    public Page get(String path) throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Page page = page(r);
        Matcher m = CSRF.matcher(page.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return page;
    }

    public Page post(String path, Map<String, List<String>> form) throws Exception {
        if (csrf == null) {
            get("/werk");
        }
        Map<String, List<String>> all = new LinkedHashMap<>(form);
        all.put("_csrf", List.of(csrf));
        StringBuilder body = new StringBuilder();
        all.forEach((k, values) -> values.forEach(v -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v == null ? "" : v, StandardCharsets.UTF_8));
        }));
        var r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return page(r);
    }

    private static Page page(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        String text = type.startsWith("application/pdf") ? "" : new String(r.body(), StandardCharsets.UTF_8);
        return new Page(r.statusCode(), text, type, r.body(), r.headers().firstValue("Location").orElse(null));
    }
}
