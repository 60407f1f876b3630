package nl.meldpunt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import nl.meldpunt.admin.NewStaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hardening: security headers, CSRF, session fixation, login lockout, API rate limit, safe file names. */
class SecurityHardeningTest extends IntegrationTest {

    @Autowired
    StaffUsers users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    TestClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        throttle.unlockAddress("127.0.0.1");
        throttle.unlockAddress("0:0:0:0:0:0:0:1");
    }

    private String newUser() {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewStaffUser(name, "Slot Test", null, "Juist-wachtwoord-1", EnumSet.of(Role.INTAKE), "LMZ"));
        return name;
    }

    private static boolean loggedIn(LoggedInSession.Page loginAnswer) {
        return loginAnswer.location() == null || !loginAnswer.location().contains("/login");
    }

    @Test
    void pages_and_the_api_send_the_security_headers() throws Exception {
        var http = HttpClient.newHttpClient();
        for (String path : new String[] {"/login", "/api/v1/cases"}) {
            var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var h = r.headers();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
            // Pages say SAMEORIGIN so an attachment preview can be framed by its own case page; their CSP
            // frame-ancestors 'none' (asserted above) is what browsers apply. The API says DENY.
            assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue(path.startsWith("/api") ? "DENY" : "SAMEORIGIN");
            assertThat(h.firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000 ; includeSubDomains");
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(h.firstValue("Permissions-Policy").orElse("")).as(path).contains("camera=()", "geolocation=()");
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void five_wrong_passwords_lock_the_account_for_fifteen_minutes() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(loggedIn(LoggedInSession.anonymous(baseUrl()).loginAttempt(user, "fout-" + i))).isFalse();
        }
        assertThat(loggedIn(LoggedInSession.anonymous(baseUrl()).loginAttempt(user, "Juist-wachtwoord-1")))
                .as("locked: even the right password is refused").isFalse();
        assertThat(throttle.locks()).anySatisfy(l -> assertThat(l.key()).isEqualTo("user:" + user));

        clock.advance(Duration.ofMinutes(16));
        assertThat(loggedIn(LoggedInSession.anonymous(baseUrl()).loginAttempt(user, "Juist-wachtwoord-1"))).isTrue();
    }

    @Test
    void an_administrator_can_unlock_a_locked_account() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            LoggedInSession.anonymous(baseUrl()).loginAttempt(user, "fout-" + i);
        }
        assertThat(LoggedInSession.api(baseUrl(), "intake", "DELETE", "/api/v1/admin/login-locks/" + user, null)
                .status()).isEqualTo(403);
        assertThat(LoggedInSession.api(baseUrl(), "admin", "DELETE", "/api/v1/admin/login-locks/" + user, null)
                .status()).isEqualTo(204);
        assertThat(loggedIn(LoggedInSession.anonymous(baseUrl()).loginAttempt(user, "Juist-wachtwoord-1"))).isTrue();
    }

    @Test
    void many_failures_from_one_address_lock_that_address() {
        String address = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 50; i++) {
            throttle.failed("someone-" + i, address);
        }
        assertThat(throttle.isLocked("anybody", address)).isTrue();
        assertThat(throttle.isLocked("anybody", "198.51.100.1")).isFalse();
        throttle.unlockAddress(address);
    }

    @Test
    void wrong_basic_passwords_on_the_api_count_towards_the_lock_too() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(LoggedInSession.api(baseUrl(), user, "GET", "/api/v1/cases", null).status()).isEqualTo(401);
        }
        assertThat(throttle.isLocked(user, "192.0.2.1")).isTrue();
        throttle.unlockUser(user);
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() throws Exception {
        LoggedInSession.login(baseUrl(), "intake", "intake");
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/zaken/MP-2026-000001/status"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=0&status=CLOSED")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isIn(302, 403);
        assertThat(r.headers().firstValue("Location").orElse("/login")).contains("/login");
    }

    @Test
    void logging_in_gives_a_new_session_id() throws Exception {
        var cookies = new CookieManager();
        var http = HttpClient.newBuilder().cookieHandler(cookies).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String before = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
        http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=intake&password=intake&_csrf="
                        + java.net.URLEncoder.encode(LoggedInSession.csrf(page), "UTF-8"))).build(),
                HttpResponse.BodyHandlers.ofString());
        String after = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .findFirst().orElseThrow().getValue();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void the_api_rate_limit_refuses_a_caller_over_its_bucket_until_it_refills() {
        long[] now = {0};
        var limit = new ApiRateLimit(() -> now[0], 3, 1.0);
        assertThat(limit.tryAcquire("user:a")).isTrue();
        assertThat(limit.tryAcquire("user:a")).isTrue();
        assertThat(limit.tryAcquire("user:a")).isTrue();
        assertThat(limit.tryAcquire("user:a")).isFalse();
        assertThat(limit.tryAcquire("user:b")).as("other callers are not affected").isTrue();
        now[0] += 1_000_000_000L;
        assertThat(limit.tryAcquire("user:a")).isTrue();
        assertThat(limit.tryAcquire("user:a")).isFalse();
    }

    @Test
    void download_file_names_cannot_climb_out_of_a_folder_or_break_the_header() {
        assertThat(AttachmentPolicy.safeFilename("../../etc/passwd", "text/plain")).isEqualTo("passwd");
        assertThat(AttachmentPolicy.safeFilename("..\\..\\windows\\system.ini", "text/plain")).isEqualTo("system.ini");
        assertThat(AttachmentPolicy.safeFilename("a\r\nSet-Cookie: x.pdf", "application/pdf"))
                .doesNotContain("\r", "\n");
        assertThat(AttachmentPolicy.safeFilename("..", "application/pdf")).isEqualTo("bijlage.pdf");
    }
}
