package nl.meldpunt.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The access log: what is recorded, append-only, tamper-evident, searchable by the privacy officer. */
class AccessLogTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;
    @Autowired
    AccessLogSearch search;
    @Autowired
    AccessLogVerifier verifier;
    @Autowired
    AccessLogWriter writer;
    @Autowired
    JdbcClient jdbc;

    private String newCase(String reporterName) {
        var reporter = new NewReporter(false, null, reporterName, null, null, null, ContactPreference.PHONE);
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL", List.of(),
                "Klacht over de zorg " + UUID.randomUUID(), null, null, reporter, List.of(), List.of(), null))
                .caseNumber().value();
    }

    private List<AccessRecord> recordsOf(String caseNumber) {
        return search.search(new AccessLogSearch.Criteria(caseNumber, null, null, null, null));
    }

    @Test
    void reading_a_case_through_the_api_records_who_in_what_role_from_where() throws Exception {
        String number = newCase("Lotte Leesbaar");
        assertThat(LoggedInSession.api(baseUrl(), "senior", "GET", "/api/v1/cases/" + number, null).status())
                .isEqualTo(200);

        assertThat(recordsOf(number)).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("senior");
            assertThat(r.roles()).isEqualTo("INTAKE,SENIOR");
            assertThat(r.action()).isEqualTo(AccessAction.VIEW);
            assertThat(r.client()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(r.via()).isEqualTo("basic");
            assertThat(r.path()).isEqualTo("GET /api/v1/cases/" + number);
        });
    }

    @Test
    void a_case_in_a_search_result_is_recorded_as_search_result() throws Exception {
        String word = "zoekwoord" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        var reporter = new NewReporter(false, null, "Zoeker", null, null, null, ContactPreference.PHONE);
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL",
                List.of(), "Melding over " + word, null, null, reporter, List.of(), List.of(), null))
                .caseNumber().value();
        var answer = LoggedInSession.api(baseUrl(), "intake", "GET", "/api/v1/cases?q=" + word, null);
        assertThat(answer.body()).contains(number);

        assertThat(recordsOf(number)).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("intake");
            assertThat(r.action()).isEqualTo(AccessAction.SEARCH_RESULT);
        });
    }

    @Test
    void a_change_is_recorded_and_a_refused_request_is_not() throws Exception {
        String number = newCase("Wim Wijziging");
        var change = LoggedInSession.api(baseUrl(), "intake", "PUT", "/api/v1/cases/" + number + "/classification",
                "{\"version\":0,\"kind\":\"QUESTION\"}");
        assertThat(change.status()).isEqualTo(200);
        var refused = LoggedInSession.api(baseUrl(), "analyst", "PUT", "/api/v1/cases/" + number + "/classification",
                "{\"version\":1,\"kind\":\"COMPLAINT\"}");
        assertThat(refused.status()).isEqualTo(403);

        assertThat(recordsOf(number)).extracting(AccessRecord::actor, AccessRecord::action)
                .contains(org.assertj.core.groups.Tuple.tuple("intake", AccessAction.CHANGE))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("analyst", AccessAction.CHANGE));
    }

    @Test
    void the_access_log_refuses_update_delete_and_truncate() {
        writer.record(AccessAction.VIEW, newCase("Anna Alleenlezen"), null);
        writer.flush();
        assertThatThrownBy(() -> jdbc.sql("UPDATE accesslog.access_record SET actor = 'x'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM accesslog.access_record").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE accesslog.access_record").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void a_record_changed_behind_the_triggers_back_breaks_the_hash_chain() {
        String number = newCase("Tamara Tamper");
        writer.record(AccessAction.VIEW, number, null);
        writer.flush();
        assertThat(verifier.verify().intact()).isTrue();
        long seq = jdbc.sql("SELECT max(seq) FROM accesslog.access_record WHERE case_number = :n").param("n", number)
                .query(Long.class).single();
        String actor = jdbc.sql("SELECT actor FROM accesslog.access_record WHERE seq = :s").param("s", seq)
                .query(String.class).single();
        // Only a superuser can do this: switch off the append-only trigger and rewrite history.
        jdbc.sql("ALTER TABLE accesslog.access_record DISABLE TRIGGER access_record_append_only").update();
        try {
            jdbc.sql("UPDATE accesslog.access_record SET actor = 'someone-else' WHERE seq = :s").param("s", seq)
                    .update();
            var broken = verifier.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenSeq()).isEqualTo(seq);
            assertThat(broken.problem()).isEqualTo("content");
        } finally {
            jdbc.sql("UPDATE accesslog.access_record SET actor = :a WHERE seq = :s").param("a", actor)
                    .param("s", seq).update();
            jdbc.sql("ALTER TABLE accesslog.access_record ENABLE TRIGGER access_record_append_only").update();
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void the_privacy_officer_finds_who_looked_at_a_person_and_the_export_is_recorded() throws Exception {
        String name = "Petronella Privacyvraag " + UUID.randomUUID().toString().substring(0, 6);
        String number = newCase(name);
        LoggedInSession.api(baseUrl(), "intake", "GET", "/api/v1/cases/" + number, null);

        LoggedInSession officer = LoggedInSession.login(baseUrl(), "privacy", "privacy");
        var page = officer.get("/toegangslog?persoon=" + java.net.URLEncoder.encode(name, "UTF-8"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(number).contains("intake");

        var csv = officer.get("/toegangslog/export.csv?zaak=" + number);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("seq,occurred_at,actor").contains(number + ",").contains("intake");

        assertThat(recordsOf(number)).anySatisfy(r -> {
            assertThat(r.actor()).isEqualTo("privacy");
            assertThat(r.action()).isEqualTo(AccessAction.EXPORT);
        });
    }

    @Test
    void what_an_employee_looked_at_is_found_by_user_name() throws Exception {
        String number = newCase("Eva Employee");
        LoggedInSession.api(baseUrl(), "inspector", "GET", "/api/v1/cases/" + number, null);
        assertThat(search.search(new AccessLogSearch.Criteria(null, null, "inspector", null, null)))
                .anySatisfy(r -> assertThat(r.caseNumber()).isEqualTo(number));
    }

    @Test
    void only_administrators_and_the_privacy_officer_open_the_access_log() throws Exception {
        assertThat(LoggedInSession.login(baseUrl(), "intake", "intake").get("/toegangslog").status()).isEqualTo(403);
        assertThat(LoggedInSession.login(baseUrl(), "admin", "admin").get("/toegangslog").status()).isEqualTo(200);
        var check = LoggedInSession.login(baseUrl(), "privacy", "privacy").get("/toegangslog/controle");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.body()).contains("verification");
    }
}
