package nl.meldpunt.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in browser session over plain HTTP (form login, cookies, CSRF), and HTTP Basic calls for the API. */
public final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private StaffSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static StaffSession anonymous(String baseUrl) {
        return new StaffSession(baseUrl);
    }

    /** Logs in through the login form; returns the response to the login POST. */
    public static StaffSession login(String baseUrl, String user, String password) throws Exception {
        StaffSession s = new StaffSession(baseUrl);
        HttpResponse<String> answer = s.loginAttempt(user, password);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("login of " + user)
                .doesNotContain("error").doesNotContain("locked");
        return s;
    }

    public HttpResponse<String> loginAttempt(String user, String password) throws Exception {
        String token = csrf(get("/login").body());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> api(String baseUrl, String user, String method, String path, String body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field on the page").isTrue();
        return m.group(1);
    }
}
