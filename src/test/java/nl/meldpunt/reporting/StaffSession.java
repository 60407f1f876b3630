package nl.meldpunt.reporting;

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

/** A logged-in staff member over plain HTTP: form login for pages, Basic authentication for the API. */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;
    private final String user;
    private final HttpClient http;

    StaffSession(String baseUrl, String user) throws Exception {
        this.baseUrl = baseUrl;
        this.user = user;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(m.group(1),
                StandardCharsets.UTF_8);
        var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed for " + user + ": " + r.statusCode());
        }
    }

    HttpResponse<String> page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> api(String path) throws Exception {
        return http.send(apiRequest(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> apiPost(String path) throws Exception {
        return http.send(apiRequest(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder apiRequest(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "nl");
    }
}
