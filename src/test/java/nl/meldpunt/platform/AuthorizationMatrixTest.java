package nl.meldpunt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: ONE table of every endpoint × role → allowed or denied. The endpoints are read from
 * Spring's handler mapping at test time, so a new endpoint without a line here fails the test (no endpoint is
 * forgotten). Each request goes through the real security filter chains and stops right after them (the
 * handler never runs), so the test checks the URL rules ({@code AccessRules}) and nothing else; case-level
 * need-to-know is tested in {@code CaseAccessPolicyTest}. Denied: 401 or a redirect to the login page for
 * anonymous callers, 403 for logged-in users without the role, and never any data in the body.
 */
class AuthorizationMatrixTest extends IntegrationTest {

    static final String PUBLIC = "PUBLIC";
    static final String STAFF = "INTAKE SENIOR INSPECTOR ANALYST ADMIN";
    static final String HANDLERS = "INTAKE SENIOR ADMIN";
    static final List<String> ROLES = List.of("INTAKE", "SENIOR", "INSPECTOR", "ANALYST", "ADMIN", "API_CLIENT",
            "PRIVACY_OFFICER", "ANONYMOUS");

    /** Endpoint ("METHOD pattern") → roles allowed (space-separated), or PUBLIC. Keep sorted by path. */
    static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        allow("GET /", PUBLIC);
        allow("GET /login", PUBLIC);
        allow("GET /error", PUBLIC);
        allow("POST /error", PUBLIC);
        allow("GET /melden", PUBLIC);
        allow("POST /melden", PUBLIC);
        allow("GET /melden/ontvangen/{receiptId}", PUBLIC);

        allow("GET /admin", "ADMIN");
        allow("GET /admin/gebruikers", "ADMIN");
        allow("GET /admin/gebruikers/nieuw", "ADMIN");
        allow("POST /admin/gebruikers/nieuw", "ADMIN");
        allow("GET /admin/gebruikers/{username}", "ADMIN");
        allow("POST /admin/gebruikers/{username}", "ADMIN");
        allow("POST /admin/gebruikers/{username}/wachtwoord", "ADMIN");
        allow("GET /admin/import", "ADMIN");
        allow("POST /admin/import", "ADMIN");
        allow("GET /admin/import/runs", "ADMIN");
        allow("POST /admin/import/{id}/cancel", "ADMIN");
        allow("POST /admin/import/{id}/resume", "ADMIN");
        allow("GET /admin/import/{id}/rejections.csv", "ADMIN");
        allow("GET /admin/kalender", "ADMIN");
        allow("POST /admin/kalender/dagen", "ADMIN");
        allow("POST /admin/kalender/dagen/intrekken", "ADMIN");
        allow("GET /admin/referentiedata", "ADMIN");
        allow("POST /admin/referentiedata/{listName}", "ADMIN");
        allow("GET /admin/referentiedata/{listName}/{code}", "ADMIN");
        allow("POST /admin/referentiedata/{listName}/{code}", "ADMIN");
        allow("GET /admin/tokens", "ADMIN");
        allow("POST /admin/tokens", "ADMIN");
        allow("POST /admin/tokens/{id}/intrekken", "ADMIN");

        allow("GET /intake/nieuw", HANDLERS);
        allow("POST /intake/nieuw", HANDLERS);
        allow("GET /intake/zoeken", HANDLERS);
        allow("GET /intake/quarantaine", HANDLERS);
        allow("POST /intake/quarantaine/{id}/registreren", HANDLERS);
        allow("POST /intake/quarantaine/{id}/spam", HANDLERS);

        allow("GET /toegangslog", "ADMIN PRIVACY_OFFICER");
        allow("GET /toegangslog/controle", "ADMIN PRIVACY_OFFICER");
        allow("GET /toegangslog/export.csv", "ADMIN PRIVACY_OFFICER");

        allow("POST /triage/acuut/{caseId}/bevestigen", "SENIOR ADMIN");
        allow("GET /triage/models", STAFF);
        allow("GET /triage/suggestion-fragment", STAFF);
        allow("POST /triage/suggestion-fragment", STAFF);

        allow("GET /werk", STAFF);
        allow("GET /werk/mijn", STAFF);
        allow("GET /werk/team", STAFF);
        allow("GET /werk/termijnen/{caseNumber}", STAFF);
        allow("POST /werk/termijnen/{caseNumber}/start", STAFF);
        allow("POST /werk/termijnen/{caseNumber}/{clockId}/{action}", STAFF);

        allow("GET /zaken/{caseNumber}", STAFF);
        allow("GET /zaken/{caseNumber}/bijlagen/{attachmentId}", STAFF);
        allow("POST /zaken/{caseNumber}/classificatie", STAFF);
        allow("POST /zaken/{caseNumber}/status", STAFF);

        allow("GET /swagger-ui.html", STAFF);
        allow("GET /v3/api-docs", STAFF);
        allow("GET /v3/api-docs.yaml", STAFF);
        allow("GET /v3/api-docs/swagger-config", STAFF);

        allow("GET /api/v1/admin/calendar/{calendar}/{year}", "ADMIN");
        allow("PUT /api/v1/admin/calendar/{calendar}/days/{day}", "ADMIN");
        allow("DELETE /api/v1/admin/calendar/{calendar}/days/{day}", "ADMIN");
        allow("GET /api/v1/admin/clock-types", "ADMIN");
        allow("PUT /api/v1/admin/clock-types/{code}", "ADMIN");
        allow("GET /api/v1/admin/login-locks", "ADMIN");
        allow("DELETE /api/v1/admin/login-locks/{username}", "ADMIN");
        allow("GET /api/v1/admin/triage/duty-roster", "ADMIN");
        allow("POST /api/v1/admin/triage/duty-roster", "ADMIN");
        allow("DELETE /api/v1/admin/triage/duty-roster/{id}", "ADMIN");
        allow("GET /api/v1/admin/triage/models", "ADMIN");
        allow("POST /api/v1/admin/triage/models/retrain", "ADMIN");
        allow("POST /api/v1/admin/triage/models/{version}/activate", "ADMIN");

        allow("GET /api/v1/calendar/add-office-hours", STAFF + " API_CLIENT");
        allow("GET /api/v1/calendar/add-working-days", STAFF + " API_CLIENT");
        allow("GET /api/v1/calendar/term-end", STAFF + " API_CLIENT");
        allow("GET /api/v1/calendar/working-days", STAFF + " API_CLIENT");

        allow("GET /api/v1/cases", STAFF);
        allow("GET /api/v1/cases/{caseNumber}", STAFF);
        allow("GET /api/v1/cases/{caseNumber}/history", STAFF);
        allow("PUT /api/v1/cases/{caseNumber}/classification", HANDLERS);
        allow("PUT /api/v1/cases/{caseNumber}/status", HANDLERS);
        allow("GET /api/v1/cases/{caseNumber}/contacts", STAFF);
        allow("POST /api/v1/cases/{caseNumber}/contacts", HANDLERS);
        allow("GET /api/v1/cases/{caseNumber}/clocks", STAFF);
        allow("POST /api/v1/cases/{caseNumber}/clocks", HANDLERS + " INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/clocks/{clockId}/pause", HANDLERS + " INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/clocks/{clockId}/resume", HANDLERS + " INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/clocks/{clockId}/extend", HANDLERS + " INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/clocks/{clockId}/complete", HANDLERS + " INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/clocks/{clockId}/stop", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/restriction", "SENIOR ADMIN");
        allow("PUT /api/v1/cases/{caseNumber}/restriction", "SENIOR ADMIN");
        allow("POST /api/v1/cases/{caseNumber}/restriction/lift", "SENIOR ADMIN");

        allow("POST /api/v1/intakes", "INTAKE SENIOR INSPECTOR ADMIN API_CLIENT");
        allow("GET /api/v1/triage/acute", STAFF + " API_CLIENT");
        allow("POST /api/v1/triage/acute/{caseId}/acknowledge", "SENIOR ADMIN");
        allow("POST /api/v1/triage/suggest", STAFF + " API_CLIENT");
    }

    private static void allow(String endpoint, String roles) {
        if (MATRIX.put(endpoint, roles) != null) {
            throw new IllegalStateException("twice in the matrix: " + endpoint);
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** Every endpoint the application serves, as "METHOD pattern". */
    private Set<String> endpoints() {
        Set<String> all = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add("GET " + pattern);
                    all.add("POST " + pattern);
                } else {
                    methods.forEach(m -> all.add(m.name() + " " + pattern));
                }
            }
        }
        return all;
    }

    @Test
    void every_endpoint_is_in_the_matrix_and_the_matrix_names_no_endpoint_that_is_gone() {
        Set<String> served = endpoints();
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(MATRIX.keySet());
        Set<String> gone = new TreeSet<>(MATRIX.keySet());
        gone.removeAll(served);
        assertThat(missing).as("endpoints without a line in AuthorizationMatrixTest.MATRIX").isEmpty();
        assertThat(gone).as("lines in the matrix for endpoints that no longer exist").isEmpty();
    }

    @Test
    void every_role_is_allowed_or_denied_on_every_endpoint_exactly_as_the_matrix_says() throws Exception {
        Filter reached = (req, res, chain) -> {
            res.setContentType("text/plain");
            res.getWriter().write("REACHED-THE-HANDLER " + SAMPLE_CASE);
        };
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(securityFilterChain, reached).build();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            String roles = MATRIX.get(endpoint);
            if (roles == null) {
                continue; // reported by the test above
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (String role : ROLES) {
                boolean allowed = PUBLIC.equals(roles) || List.of(roles.split(" ")).contains(role);
                MvcResult r = mvc.perform(request(method, path, role)).andReturn();
                int status = r.getResponse().getStatus();
                String body = r.getResponse().getContentAsString();
                boolean reachedHandler = status == 200 && body.startsWith("REACHED-THE-HANDLER");
                if (allowed && !reachedHandler) {
                    wrong.add(endpoint + " as " + role + ": expected allowed, got " + status);
                } else if (!allowed) {
                    boolean denied = "ANONYMOUS".equals(role)
                            ? status == 401 || (status == 302 && r.getResponse().getRedirectedUrl().contains("/login"))
                            : status == 403;
                    if (!denied) {
                        wrong.add(endpoint + " as " + role + ": expected denied ("
                                + ("ANONYMOUS".equals(role) ? "401 or redirect to login" : "403") + "), got " + status);
                    }
                    if (body.contains(SAMPLE_CASE) || body.contains("REACHED")) {
                        wrong.add(endpoint + " as " + role + ": denied response contains data");
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static final String SAMPLE_CASE = "MP-2026-000001";

    private static MockHttpServletRequestBuilder request(String method, String path, String role) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .with(csrf());
        if (!"ANONYMOUS".equals(role)) {
            b = b.with(user("matrix-" + role.toLowerCase(java.util.Locale.ROOT)).roles(role));
        }
        return b;
    }

    private static String concrete(String pattern) {
        return pattern.replace("{caseNumber}", SAMPLE_CASE)
                .replace("{listName}", "KIND")
                .replace("{calendar}", "CIVIL_SERVICE")
                .replace("{day}", "2026-01-02")
                .replace("{action}", "pause")
                .replaceAll("\\{[^}]+}", "1");
    }
}
