package nl.meldpunt.mailintake;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A logged-in staff member reading pages over plain HTTP (form login with the CSRF token). */
final class StaffPages {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    StaffPages(String baseUrl, String user) throws Exception {
        this.baseUrl = baseUrl;
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) {
            throw new IllegalStateException("No CSRF field on the login page");
        }
        String form = "username=" + user + "&password=" + user + "&_csrf="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
