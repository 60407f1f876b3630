package nl.meldpunt.privacy;

import nl.meldpunt.support.LoggedInSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalRecord;
import nl.meldpunt.privacy.PrivacyRequest.RecordRef;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Data-subject rights: find a person fuzzily, export, correct, restrict and erase — each decision recorded. */
class SubjectRightsTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries cases;
    @Autowired SubjectRights rights;
    @Autowired PrivacyRegister register;
    @Autowired ProcessingRestrictions restrictions;
    @Autowired LegalHolds holds;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void officer() {
        PrivacyFixtures.actAs("privacy-officer", "ADMIN");
    }

    @AfterEach
    void nobody() {
        PrivacyFixtures.nobody();
    }

    @Test
    void a_person_is_found_by_a_misspelt_name_by_email_and_by_phone_in_another_notation() {
        String surname = PrivacyFixtures.uniqueSurname();
        String email = surname.replace(" ", "").toLowerCase() + "@example.nl";
        String a = PrivacyFixtures.register(registration, "COMPLAINT", "Johanna " + surname, email, "06-12345678",
                "Mijn moeder kreeg geen eten.");
        String b = PrivacyFixtures.register(registration, "QUESTION", "J. " + surname, null, "+31 6 1234 5678",
                "Vraag over de wachtlijst.");

        List<PersonalRecord> byName = rights.find(new PersonQuery("Johana " + surname.replace("hoven", "hooven"), null, null, null));
        List<PersonalRecord> byEmail = rights.find(new PersonQuery(null, email.toUpperCase(), null, null));
        List<PersonalRecord> byPhone = rights.find(new PersonQuery(null, null, "0612345678", null));

        assertThat(byName).extracting(PersonalRecord::caseNumber).contains(a);
        assertThat(byEmail).extracting(PersonalRecord::caseNumber).containsExactly(a);
        assertThat(byPhone).extracting(PersonalRecord::caseNumber).contains(a, b);
    }

    @Test
    void an_access_request_is_recorded_and_its_export_holds_the_reporter_the_case_text_and_the_files() throws Exception {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Piet " + surname, null, null,
                "Piet " + surname + " kreeg de verkeerde medicijnen.");
        PersonalRecord reporter = rights.find(new PersonQuery("Piet " + surname, null, null, null)).getFirst();

        long id = rights.decide(new RequestForm(RequestType.ACCESS, "Piet " + surname, LocalDate.of(2026, 11, 2),
                new PersonQuery("Piet " + surname, null, null, null), List.of(ref(reporter)), Decision.GRANTED,
                "AVG art. 15", Map.of()));

        PrivacyRequest request = register.find(id).orElseThrow();
        assertThat(request.decidedBy()).isEqualTo("privacy-officer");
        assertThat(request.doneAt()).isNotNull();
        assertThat(request.legalGround()).isEqualTo("AVG art. 15");
        String json = new String(register.exportJson(request), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains(number, "Piet " + surname, "verkeerde medicijnen", "brief.pdf",
                "\"kind\" : \"attachment\"");
        byte[] pdf = register.exportPdf(request, java.util.Locale.of("nl"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void a_rectification_changes_only_the_fields_given_and_is_written_in_the_case_history() {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Klaas " + surname, "k@example.nl",
                "0201234567", "Tekst");
        PersonalRecord reporter = rights.find(new PersonQuery("Klaas " + surname, null, null, null)).getFirst();

        rights.decide(new RequestForm(RequestType.RECTIFICATION, "Klaas " + surname, LocalDate.of(2026, 11, 2),
                null, List.of(ref(reporter)), Decision.GRANTED, "AVG art. 16",
                Map.of("name", "Klaas " + surname + "-Jansen", "email", "")));

        var view = cases.find(number, true).orElseThrow();
        assertThat(view.reporter().name()).isEqualTo("Klaas " + surname + "-Jansen");
        assertThat(view.reporter().email()).isEqualTo("k@example.nl");
        assertThat(cases.history(view.id())).extracting(h -> h.action().name()).contains("PERSONAL_DATA_CORRECTED");
        assertThat(cases.history(view.id()).getLast().details()).doesNotContain(surname);
    }

    @Test
    void a_case_text_cannot_be_rectified_only_personal_details() {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Kees " + surname, null, null, "Tekst");
        assertThatThrownBy(() -> rights.decide(new RequestForm(RequestType.RECTIFICATION, "Kees", LocalDate.of(2026, 11, 2),
                null, List.of(new RecordRef("casework", "text:" + number, number)), Decision.GRANTED, "AVG art. 16",
                Map.of("name", "Anders")))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void every_decision_needs_a_requester_a_receipt_date_and_a_legal_ground() {
        assertThatThrownBy(() -> rights.decide(new RequestForm(RequestType.ACCESS, " ", null, null,
                List.of(), Decision.GRANTED, "", Map.of())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsKeys("requester", "receivedOn", "legalGround", "records"));
    }

    @Test
    void an_erasure_removes_the_reporter_and_the_text_but_keeps_the_case_for_statistics() {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Els " + surname, "els@example.nl", null,
                "Els " + surname + " werd slecht behandeld.");
        rights.decide(new RequestForm(RequestType.ERASURE, "Els " + surname, LocalDate.of(2026, 11, 2), null,
                List.of(new RecordRef("casework", "reporter:" + number, number),
                        new RecordRef("casework", "text:" + number, number)),
                Decision.GRANTED, "AVG art. 17 lid 1 sub a", Map.of()));

        var view = cases.find(number, true).orElseThrow();
        assertThat(view.reporter().anonymous()).isTrue();
        assertThat(view.reporter().name()).isNull();
        assertThat(view.description()).isEmpty();
        assertThat(view.kind()).isEqualTo("COMPLAINT");
        assertThat(rights.find(new PersonQuery("Els " + surname, null, null, null))).isEmpty();
    }

    @Test
    void an_erasure_is_refused_while_the_case_is_under_legal_hold() {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Tom " + surname, null, null, "Tekst");
        holds.place(number, "Lopende tuchtzaak");

        assertThatThrownBy(() -> rights.decide(new RequestForm(RequestType.ERASURE, "Tom", LocalDate.of(2026, 11, 2),
                null, List.of(new RecordRef("casework", "reporter:" + number, number)), Decision.GRANTED,
                "AVG art. 17", Map.of()))).isInstanceOf(ErasureBlockedByLegalHold.class);
        assertThat(cases.find(number, true).orElseThrow().reporter().name()).isEqualTo("Tom " + surname);
    }

    @Test
    void a_restriction_flags_the_case_and_a_refused_request_changes_nothing() {
        String surname = PrivacyFixtures.uniqueSurname();
        String restricted = PrivacyFixtures.register(registration, "COMPLAINT", "Ria " + surname, null, null, "Tekst");
        String refused = PrivacyFixtures.register(registration, "COMPLAINT", "Ria " + surname, null, null, "Tekst");

        rights.decide(new RequestForm(RequestType.RESTRICTION, "Ria", LocalDate.of(2026, 11, 2), null,
                List.of(new RecordRef("casework", "reporter:" + restricted, restricted)), Decision.GRANTED,
                "AVG art. 18 lid 1 sub a", Map.of()));
        rights.decide(new RequestForm(RequestType.ERASURE, "Ria", LocalDate.of(2026, 11, 2), null,
                List.of(new RecordRef("casework", "reporter:" + refused, refused)), Decision.REFUSED,
                "AVG art. 17 lid 3 sub e: nodig voor lopend toezicht", Map.of()));

        assertThat(restrictions.isRestricted(restricted)).isTrue();
        assertThat(restrictions.isRestricted(refused)).isFalse();
        assertThat(cases.find(refused, true).orElseThrow().reporter().name()).isEqualTo("Ria " + surname);
        assertThat(register.latest(5)).extracting(PrivacyRequest::decision).contains(Decision.REFUSED);
    }

    @Test
    void the_privacy_officer_pages_find_the_person_record_the_request_and_serve_the_export() throws Exception {
        String surname = PrivacyFixtures.uniqueSurname();
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Anna " + surname, null, null, "Tekst");
        LoggedInSession admin = LoggedInSession.login(baseUrl(), "admin");

        var found = admin.get("/privacy/personen?name=" + java.net.URLEncoder.encode("Anna " + surname,
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(number);
        var bad = admin.post("/privacy/verzoeken", Map.of("name", List.of("Anna " + surname), "type", List.of("ACCESS"),
                "records", List.of("casework|reporter:" + number + "|" + number), "decision", List.of("GRANTED")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("privacy-errors", number);
        var done = admin.post("/privacy/verzoeken", Map.of("name", List.of("Anna " + surname), "type", List.of("ACCESS"),
                "requester", List.of("Anna " + surname), "receivedOn", List.of("2026-11-02"),
                "legalGround", List.of("AVG art. 15"),
                "records", List.of("casework|reporter:" + number + "|" + number), "decision", List.of("GRANTED")));
        assertThat(done.status()).isEqualTo(302);
        var pdf = admin.get(done.location().replaceFirst("^https?://[^/]+", "") + "/export.pdf");
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(LoggedInSession.login(baseUrl(), "intake").get("/privacy").status()).isEqualTo(403);
    }

    private static RecordRef ref(PersonalRecord r) {
        return new RecordRef(r.source(), r.recordId(), r.caseNumber());
    }
}
