package nl.meldpunt.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The holders of other persons on a case, letters, quarantined form submissions and triage explanations: a person
 * is found by name or e-mail, exported, and erased; destruction of the case reaches them too.
 */
class OtherHoldersTest extends IntegrationTest {

    @Autowired
    List<PersonalDataHolder> holders;
    @Autowired
    CaseRegistration registration;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void logout() {
        PrivacyFixtures.nobody();
    }

    private PersonalDataHolder holder(String source) {
        return holders.stream().filter(h -> h.source().equals(source)).findFirst().orElseThrow();
    }

    private String newCase() {
        return PrivacyFixtures.register(registration, "COMPLAINT", PrivacyFixtures.uniqueSurname(), null, null,
                "Een melding");
    }

    private long caseId(String number) {
        return jdbc.sql("SELECT id FROM case_file WHERE case_number = :n").param("n", number).query(Long.class).single();
    }

    private static List<String> ids(List<PersonalRecord> records) {
        return records.stream().map(PersonalRecord::recordId).toList();
    }

    @Test
    void another_person_on_a_case_is_found_exported_and_erased() {
        PrivacyFixtures.actAs("admin", "ADMIN");
        String number = newCase();
        String name = "Gerda " + PrivacyFixtures.uniqueSurname();
        String email = "gerda." + System.nanoTime() + "@example.org";
        long id = jdbc.sql("""
                INSERT INTO case_party (case_id, role, name, relation, contact, added_at, added_by)
                VALUES (:c, 'WITNESS', :n, 'buurvrouw', :e, now(), 'intake') RETURNING id""")
                .param("c", caseId(number)).param("n", name).param("e", email).query(Long.class).single();
        PersonalDataHolder parties = holder("casework.party");

        assertThat(ids(parties.find(new PersonQuery(name, null, null, null), 10))).containsExactly("party:" + id);
        assertThat(ids(parties.find(new PersonQuery(null, email.toUpperCase(), null, null), 10)))
                .containsExactly("party:" + id);
        assertThat(parties.forCase(number)).singleElement()
                .satisfies(r -> assertThat(r.fields()).containsEntry("name", name).containsEntry("contact", email));

        parties.erase("party:" + id, "admin", "AVG erasure");
        assertThat(parties.find(new PersonQuery(name, email, null, null), 10)).isEmpty();
        assertThat(parties.forCase(number)).isEmpty();
        assertThat(jdbc.sql("SELECT role FROM case_party WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("WITNESS");
    }

    @Test
    void a_letter_is_found_by_its_recipient_exported_and_erased_and_destroyed_with_the_case() {
        PrivacyFixtures.actAs("admin", "ADMIN");
        String number = newCase();
        String name = "Piet " + PrivacyFixtures.uniqueSurname();
        String email = "piet." + System.nanoTime() + "@example.org";
        long letter = insertLetter(number, name, email);
        long other = insertLetter(number, name, email);
        PersonalDataHolder correspondence = holder("correspondence");

        assertThat(ids(correspondence.find(new PersonQuery(name, null, null, null), 10)))
                .contains("letter:" + letter, "letter:" + other);
        assertThat(ids(correspondence.find(new PersonQuery(null, email, null, null), 10))).contains("letter:" + letter);
        assertThat(correspondence.forCase(number)).hasSize(2).first()
                .satisfies(r -> assertThat(r.fields()).containsEntry("recipientName", name)
                        .containsEntry("body", "Beste " + name + ", uw klacht is ontvangen."));

        correspondence.erase("letter:" + letter, "admin", "AVG erasure");
        assertThat(ids(correspondence.forCase(number))).containsExactly("letter:" + other);
        correspondence.destroyCase(number, "admin");
        assertThat(correspondence.forCase(number)).isEmpty();
        assertThat(correspondence.find(new PersonQuery(name, email, null, null), 10)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM correspondence_item WHERE case_id = :c")
                .param("c", caseId(number)).query(Long.class).single()).as("that letters went out stays").isEqualTo(2);
    }

    private long insertLetter(String number, String name, String email) {
        return jdbc.sql("""
                INSERT INTO correspondence_item (case_id, template_code, language, medium, recipient_kind,
                    recipient_name, recipient_address, subject, body, sent_by, sent_at)
                VALUES (:c, 'ACKNOWLEDGEMENT', 'nl', 'EMAIL', 'CITIZEN', :n, :e, 'Ontvangen', :b, 'intake', now())
                RETURNING id""")
                .param("c", caseId(number)).param("n", name).param("e", email)
                .param("b", "Beste " + name + ", uw klacht is ontvangen.").query(Long.class).single();
    }

    @Test
    void a_quarantined_submission_is_found_exported_and_erased_with_its_files() {
        String name = "Anna " + PrivacyFixtures.uniqueSurname();
        String phone = "06" + (10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999));
        long id = jdbc.sql("""
                INSERT INTO spam_quarantine (received_at, reason, address_hash, submission)
                VALUES (:at, 'HONEYPOT', repeat('a', 64), CAST(:s AS jsonb)) RETURNING id""")
                .param("at", Timestamp.from(Instant.now()))
                .param("s", "{\"kind\":\"COMPLAINT\",\"name\":\"" + name + "\",\"phone\":\"" + phone
                        + "\",\"description\":\"Mijn verhaal\"}")
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO spam_quarantine_attachment (quarantine_id, filename, content_type, content)
                VALUES (:id, 'scan.pdf', 'application/pdf', '\\x25504446'::bytea)""").param("id", id).update();
        PersonalDataHolder quarantine = holder("intake.quarantine");

        List<PersonalRecord> found = quarantine.find(new PersonQuery(name, null, null, null), 10);
        assertThat(ids(found)).containsExactly("quarantine:" + id);
        assertThat(found.getFirst().fields()).containsEntry("name", name).containsEntry("description", "Mijn verhaal");
        assertThat(ids(quarantine.find(new PersonQuery(null, null, "+31 " + phone.substring(1), null), 10)))
                .containsExactly("quarantine:" + id);

        quarantine.erase("quarantine:" + id, "admin", "AVG erasure");
        assertThat(quarantine.find(new PersonQuery(name, null, phone, null), 10)).isEmpty();
        assertThat(jdbc.sql("SELECT submission::text FROM spam_quarantine WHERE id = :id").param("id", id)
                .query(String.class).single()).doesNotContain(name, phone, "verhaal");
        assertThat(jdbc.sql("SELECT count(*) FROM spam_quarantine_attachment WHERE quarantine_id = :id")
                .param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void the_words_of_a_triage_explanation_are_found_exported_and_erased_but_the_labels_stay() {
        String surname = PrivacyFixtures.uniqueSurname().replace("Van ", "");
        String number = "MP-1990-" + (100_000 + Math.floorMod(System.nanoTime(), 899_999));
        long fakeCaseId = -Math.abs(System.nanoTime());
        String suggestion = """
                {"kind":{"code":"COMPLAINT","confidence":0.8},"sector":{"code":"ELDERLY_CARE","confidence":0.7},
                 "urgency":{"code":"ACUTE","confidence":0.9},"themes":[],
                 "explanation":{"kind":{"code":"COMPLAINT","phrases":["%s","klacht"]},
                   "sector":{"code":"ELDERLY_CARE","phrases":[]},"urgency":{"code":"ACUTE","phrases":[]},
                   "themes":[],"rules":[{"rule":"OngoingAbuseRule","urgency":"ACUTE","evidence":["%s slaat"]}],
                   "urgencyDecidedBy":"RULE"},
                 "modelVersion":"test"}""".formatted(surname, surname);
        jdbc.sql("""
                INSERT INTO triage_suggestion (case_id, case_number, model_version, suggested_at, kind, sector, urgency,
                    suggestion) VALUES (:id, :n, 'test', now(), 'COMPLAINT', 'ELDERLY_CARE', 'ACUTE', :s)""")
                .param("id", fakeCaseId).param("n", number).param("s", suggestion).update();
        PersonalDataHolder triage = holder("triage");

        assertThat(ids(triage.find(new PersonQuery(surname, null, null, null), 10)))
                .containsExactly("suggestion:" + number);
        assertThat(triage.forCase(number)).singleElement()
                .satisfies(r -> assertThat(r.fields().get("phrases")).contains(surname));

        triage.erase("suggestion:" + number, "admin", "AVG erasure");
        assertThat(triage.find(new PersonQuery(surname, null, null, null), 10)).isEmpty();
        assertThat(triage.forCase(number)).isEmpty();
        String kept = jdbc.sql("SELECT suggestion FROM triage_suggestion WHERE case_number = :n").param("n", number)
                .query(String.class).single();
        assertThat(kept).doesNotContain(surname).contains("COMPLAINT", "ELDERLY_CARE", "OngoingAbuseRule");
    }
}
