package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may submit: staff who register intakes (INTAKE, SENIOR, INSPECTOR, ADMIN) and system clients (API_CLIENT)
 * by HTTP Basic or by an admin-issued token. Analysts only read: 403. No credentials: 401.
 */
class IntakeApiSecurityTest extends IntegrationTest {

    @Autowired
    ApiTokens tokens;

    private static final String INTAKE = "{\"channel\":\"API\",\"text\":\"Beveiligingstest\"}";

    private static void assertProblem(IntakeApiClient.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo("https://meldpunt.nl/problems/" + type);
    }

    @Test
    void without_credentials_the_api_answers_401_problem() {
        assertProblem(IntakeApiClient.anonymous(baseUrl()).postIntake(INTAKE), 401, "unauthenticated");
    }

    @Test
    void a_wrong_password_is_401_problem() {
        assertProblem(IntakeApiClient.basic(baseUrl(), "api", "wrong").postIntake(INTAKE), 401, "unauthenticated");
    }

    @Test
    void an_api_client_submits_with_http_basic() {
        var answer = IntakeApiClient.basic(baseUrl(), "api", "api").postIntake(INTAKE);
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void an_api_client_submits_with_an_admin_issued_token() {
        var issued = tokens.issue("security test", "api", null, "admin");
        var answer = IntakeApiClient.bearer(baseUrl(), issued.token()).postIntake(INTAKE);
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void an_unknown_or_revoked_token_is_401_problem() {
        assertProblem(IntakeApiClient.bearer(baseUrl(), "mp_not-a-token").postIntake(INTAKE), 401, "unauthenticated");
        var issued = tokens.issue("to revoke", "api", null, "admin");
        tokens.revoke(issued.id());
        assertProblem(IntakeApiClient.bearer(baseUrl(), issued.token()).postIntake(INTAKE), 401, "unauthenticated");
    }

    @Test
    void staff_who_register_intakes_may_submit() {
        for (String user : new String[] {"intake", "senior", "inspector", "admin"}) {
            assertThat(IntakeApiClient.basic(baseUrl(), user, user).postIntake(INTAKE).status()).as(user)
                    .isEqualTo(201);
        }
    }

    @Test
    void an_analyst_may_not_submit_403_problem() {
        assertProblem(IntakeApiClient.basic(baseUrl(), "analyst", "analyst").postIntake(INTAKE), 403, "forbidden");
    }

    @Test
    void an_api_client_may_not_read_cases_403_problem() {
        var token = tokens.issue("reader", "api", null, "admin").token();
        assertProblem(IntakeApiClient.bearer(baseUrl(), token).get("/api/v1/cases"), 403, "forbidden");
    }

    @Test
    void the_openapi_document_lists_the_intake_endpoint_for_staff_only() {
        var staff = IntakeApiClient.basic(baseUrl(), "intake", "intake").get("/v3/api-docs");
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.json().get("paths").has("/api/v1/intakes")).isTrue();
        assertThat(staff.json().get("paths").has("/api/v1/cases/{caseNumber}")).isTrue();

        var token = tokens.issue("docs", "api", null, "admin").token();
        assertThat(IntakeApiClient.basic(baseUrl(), "api", "api").get("/v3/api-docs").status()).isEqualTo(403);
        assertThat(IntakeApiClient.anonymous(baseUrl()).get("/v3/api-docs").status()).isIn(401, 302);
        assertThat(IntakeApiClient.bearer(baseUrl(), token).get("/v3/api-docs").status()).isIn(401, 302, 403);
    }

    @Test
    void swagger_ui_loads_for_staff() {
        var page = IntakeApiClient.basic(baseUrl(), "senior", "senior").get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        var config = IntakeApiClient.basic(baseUrl(), "senior", "senior").get("/v3/api-docs/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(IntakeApiClient.anonymous(baseUrl()).get("/swagger-ui/index.html").status()).isIn(401, 302);
    }
}
