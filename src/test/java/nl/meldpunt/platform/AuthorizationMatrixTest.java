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
            "PRIVACY_OFFICER", "PROVIDER_USER", "ANONYMOUS");

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
        allow("GET /admin/aanbieder-accounts", "ADMIN");
        allow("GET /admin/aanbieder-accounts/nieuw", "ADMIN");
        allow("POST /admin/aanbieder-accounts/nieuw", "ADMIN");
        allow("GET /admin/aanbieder-accounts/{username}", "ADMIN");
        allow("POST /admin/aanbieder-accounts/{username}/status", "ADMIN");
        allow("POST /admin/aanbieder-accounts/{username}/wachtwoord", "ADMIN");
        allow("GET /admin/dode-berichten", "ADMIN");
        allow("POST /admin/dode-berichten/{id}/opnieuw", "ADMIN");
        allow("POST /admin/dode-berichten/{id}/afgehandeld", "ADMIN");
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
        allow("GET /api/v1/cases/{caseNumber}/contacts", HANDLERS + " INSPECTOR");
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

        // Added with case handling, correspondence, parties, reports, formal reports, privacy (session 2).
        allow("DELETE /api/v1/cases/{caseNumber}/links/{linkId}", HANDLERS);
        allow("DELETE /api/v1/cases/{caseNumber}/parties/{partyId}", HANDLERS);
        allow("DELETE /api/v1/cases/{caseNumber}/subjects/{subjectId}", HANDLERS);
        allow("GET /aanbieder", "PROVIDER_USER");
        allow("GET /aanbieder/meldingen/nieuw/{slug}", "PROVIDER_USER");
        allow("GET /aanbieder/meldingen/{id}", "PROVIDER_USER");
        allow("GET /aanbieder/meldingen/{id}/bewerken", "PROVIDER_USER");
        allow("GET /aanbieder/mir", "PROVIDER_USER");
        allow("GET /aanbieders", STAFF);
        allow("GET /aanbieders/nieuw", STAFF);
        allow("GET /aanbieders/{id}", STAFF);
        allow("GET /admin/correspondentie", "ADMIN");
        allow("GET /admin/correspondentie/advies/{code}", "ADMIN");
        allow("GET /admin/correspondentie/organisaties/{code}", "ADMIN");
        allow("GET /admin/correspondentie/sjablonen/{code}", "ADMIN");
        allow("GET /api/v1/cases/{caseNumber}/advice", STAFF);
        allow("GET /api/v1/cases/{caseNumber}/authorisations", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/authorisations/{id}/document", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/correspondence", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/correspondence/{id}", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/correspondence/{id}/pdf", HANDLERS + " INSPECTOR");
        allow("GET /api/v1/cases/{caseNumber}/handling", STAFF);
        allow("GET /api/v1/cases/{caseNumber}/links", STAFF);
        allow("GET /api/v1/cases/{caseNumber}/parties", HANDLERS);
        allow("GET /api/v1/cases/{caseNumber}/referrals", STAFF);
        allow("GET /api/v1/cases/{caseNumber}/subjects", STAFF);
        allow("GET /api/v1/providers", STAFF + " API_CLIENT");
        allow("GET /api/v1/providers/matches", STAFF + " API_CLIENT");
        allow("GET /api/v1/providers/{id}", STAFF + " API_CLIENT");
        allow("GET /api/v1/reports/klachtbeeld", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/klachtbeeld.csv", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/klachtbeeld.pdf", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/klachtbeeld.xlsx", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/providers", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/providers/profile", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/signal-overview", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /api/v1/reports/trends", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /privacy", "ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/personen", "ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/pseudoniemen", "ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/vernietiging", "SENIOR ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/verzoeken/{id}", "ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/verzoeken/{id}/export.json", "ADMIN PRIVACY_OFFICER");
        allow("GET /privacy/verzoeken/{id}/export.pdf", "ADMIN PRIVACY_OFFICER");
        allow("GET /rapportages", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/aanbieders", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/aanbieders/profiel", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/dashboard", "SENIOR ANALYST ADMIN");
        allow("GET /rapportages/export.csv", "SENIOR ANALYST ADMIN");
        allow("GET /rapportages/export.xlsx", "SENIOR ANALYST ADMIN");
        allow("GET /rapportages/klachtbeeld", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/klachtbeeld.csv", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/klachtbeeld.pdf", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/klachtbeeld.xlsx", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/signalen", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/signalen.pdf", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/trends", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /rapportages/trends.pdf", "SENIOR INSPECTOR ANALYST ADMIN");
        allow("GET /werk/doorgezet", STAFF);
        allow("GET /zaken/{caseNumber}/behandeling", STAFF);
        allow("GET /zaken/{caseNumber}/betrokkenen", STAFF);
        allow("GET /zaken/{caseNumber}/betrokkenen/aanbieders", STAFF);
        allow("GET /zaken/{caseNumber}/bijlagen", STAFF);
        allow("GET /zaken/{caseNumber}/bijlagen/{attachmentId}/voorbeeld", STAFF);
        allow("GET /zaken/{caseNumber}/bijlagen/{attachmentId}/weergave", STAFF);
        allow("GET /zaken/{caseNumber}/contacten", STAFF);
        allow("GET /zaken/{caseNumber}/correspondentie", STAFF);
        allow("GET /zaken/{caseNumber}/correspondentie/deel", STAFF);
        allow("GET /zaken/{caseNumber}/correspondentie/machtigingen/{id}/document", STAFF);
        allow("GET /zaken/{caseNumber}/correspondentie/{id}/download", STAFF);
        allow("GET /zaken/{caseNumber}/koppelingen", STAFF);
        allow("GET /zaken/{caseNumber}/toewijzing", "SENIOR ADMIN");
        allow("GET /zaken/{caseNumber}/verplichte-melding", STAFF);
        allow("GET /zaken/{number}/tekst", STAFF);
        allow("POST /aanbieder/meldingen/nieuw/{slug}", "PROVIDER_USER");
        allow("POST /aanbieder/meldingen/{id}/antwoord", "PROVIDER_USER");
        allow("POST /aanbieder/meldingen/{id}/bewerken", "PROVIDER_USER");
        allow("POST /aanbieder/meldingen/{id}/document", "PROVIDER_USER");
        allow("POST /aanbieder/mir", "PROVIDER_USER");
        allow("POST /aanbieders", HANDLERS);
        allow("POST /aanbieders/{id}", HANDLERS);
        allow("POST /admin/correspondentie/advies/{code}", "ADMIN");
        allow("POST /admin/correspondentie/organisaties/{code}", "ADMIN");
        allow("POST /admin/correspondentie/sjablonen/{code}", "ADMIN");
        allow("POST /api/v1/cases/{caseNumber}/advice", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/assignment", "SENIOR ADMIN");
        allow("POST /api/v1/cases/{caseNumber}/attachments", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/authorisations", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/authorisations/{id}/revocation", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/closure", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/consultations", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/correspondence", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/correspondence/preview", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/forwarding", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/inspector-decision", "INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/inspector-decision/acceptance", "INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/inspector-decision/return", "INSPECTOR");
        allow("POST /api/v1/cases/{caseNumber}/investigation-result", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/links", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/merge", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/parties", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/provider-complaint", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/provider-complaint/answer", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/provider-complaint/extension", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/referrals", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/reopen", HANDLERS);
        allow("POST /api/v1/cases/{caseNumber}/subjects", HANDLERS);
        allow("POST /api/v1/formal-reports/mir", "API_CLIENT");
        allow("POST /api/v1/formal-reports/{type}", "API_CLIENT");
        allow("POST /api/v1/providers", HANDLERS);
        allow("POST /api/v1/reports/klachtbeeld/{year}/publication", "SENIOR ANALYST ADMIN");
        allow("POST /privacy/bewaarplicht", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/bewaarplicht/{id}/opheffen", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/bewaartermijnen", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/bewaartermijnen/{id}/verwijderen", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/vernietiging/voorstellen", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/vernietiging/{id}/afwijzen", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/vernietiging/{id}/goedkeuren", "SENIOR ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/vernietiging/{id}/uitsluiten", "ADMIN PRIVACY_OFFICER");
        allow("POST /privacy/verzoeken", "ADMIN PRIVACY_OFFICER");
        allow("POST /zaken/{caseNumber}/behandeling/inspecteur/{action}", "INSPECTOR");
        allow("POST /zaken/{caseNumber}/behandeling/{action}", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/onderwerpen", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}/aanbieder", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}/verwijderen", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/personen", HANDLERS);
        allow("POST /zaken/{caseNumber}/betrokkenen/personen/{partyId}/verwijderen", HANDLERS);
        allow("POST /zaken/{caseNumber}/bijlagen", HANDLERS);
        allow("POST /zaken/{caseNumber}/contacten", HANDLERS);
        allow("POST /zaken/{caseNumber}/correspondentie/advies", STAFF);
        allow("POST /zaken/{caseNumber}/correspondentie/machtigingen", STAFF);
        allow("POST /zaken/{caseNumber}/correspondentie/machtigingen/{id}/intrekken", STAFF);
        allow("POST /zaken/{caseNumber}/correspondentie/opstellen", STAFF);
        allow("POST /zaken/{caseNumber}/correspondentie/verwijzingen", STAFF);
        allow("POST /zaken/{caseNumber}/koppelingen", HANDLERS);
        allow("POST /zaken/{caseNumber}/koppelingen/samenvoegen", HANDLERS);
        allow("POST /zaken/{caseNumber}/koppelingen/{linkId}/verwijderen", HANDLERS);
        allow("POST /zaken/{caseNumber}/toewijzing", "SENIOR ADMIN");
        allow("POST /zaken/{caseNumber}/verplichte-melding/vraag", STAFF);
        allow("PUT /api/v1/cases/{caseNumber}/parties/{partyId}", HANDLERS);
        allow("PUT /api/v1/cases/{caseNumber}/subjects/{subjectId}", HANDLERS);
        allow("PUT /api/v1/providers/{id}", HANDLERS);
        // Restriction section of the case page (issue 9, privacy2).
        allow("GET /zaken/{caseNumber}/afscherming", STAFF);
        allow("POST /zaken/{caseNumber}/afscherming", "SENIOR ADMIN");
        allow("POST /zaken/{caseNumber}/afscherming/opheffen", "SENIOR ADMIN");
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
