package nl.meldpunt.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A staff member's browser session over plain HTTP (cookies, CSRF token from the page, form posts), and HTTP Basic
 * calls to the API. The one helper for tests that talk HTTP as a logged-in user.
 */
public final class LoggedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** An answer: status, text (empty for a PDF), Content-Type, the raw bytes and the Location header (or null). */
    public record Page(int status, String body, String contentType, byte[] bytes, String location) {}

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String user;
    private String csrf;

    private LoggedInSession(String base) {
        this.base = base;
    }

    /** Logs in a demo user, whose password is the user name. */
    public static LoggedInSession login(String base, String user) throws Exception {
        return login(base, user, user);
    }

    public static LoggedInSession login(String base, String user, String password) throws Exception {
        LoggedInSession s = new LoggedInSession(base);
        Page done = s.loginAttempt(user, password);
        if (done.status() != 302 || done.location() == null || done.location().contains("error")
                || done.location().contains("locked")) {
            throw new IllegalStateException("Login failed for " + user + ": " + done.status());
        }
        return s;
    }

    /** A session nobody has logged in to yet (to try a login). */
    public static LoggedInSession anonymous(String base) {
        return new LoggedInSession(base);
    }

    /** Posts the login form; returns the answer to the login POST (a redirect, to /login?error when refused). */
    public Page loginAttempt(String user, String password) throws Exception {
        this.user = user;
        Page login = get("/login");
        csrf = csrf(login.body());
        Page done = post("/login", Map.of("username", List.of(user), "password", List.of(password)));
        csrf = null;
        return done;
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

    /** An API call as this session's (demo) user, with HTTP Basic authentication. */
    public Page api(String method, String path, String jsonBody) throws Exception {
        return api(base, user, method, path, jsonBody);
    }

    /** An API call as a demo user (password = user name) with HTTP Basic authentication; no session. */
    public static Page api(String base, String user, String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        return page(HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    /** The CSRF token of a page: its form field, or else its meta tag. */
    public static String csrf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            m = CSRF.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the page");
            }
        }
        return m.group(1);
    }

    private static Page page(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        String text = type.startsWith("application/pdf") ? "" : new String(r.body(), StandardCharsets.UTF_8);
        return new Page(r.statusCode(), text, type, r.body(), r.headers().firstValue("Location").orElse(null));
    }
}
