package nl.meldpunt.privacy;

import nl.meldpunt.support.LoggedInSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retention: due cases are proposed, held cases never; two different people approve; destroyed is destroyed. */
class RetentionTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseEditing editing;
    @Autowired CaseQueries cases;
    @Autowired DestructionLists lists;
    @Autowired LegalHolds holds;
    @Autowired SubjectRights rights;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void reset() {
        clock.reset();
        PrivacyFixtures.nobody();
    }

    @Test
    void the_longest_matching_term_decides_so_a_forwarded_complaint_is_kept_ten_years() {
        var rules = List.of(new RetentionSchedule.Rule(1, "COMPLAINT", null, 5, "klacht"),
                new RetentionSchedule.Rule(2, null, "FORWARDED", 10, "doorgezet"),
                new RetentionSchedule.Rule(3, null, null, 7, "overig"));

        assertThat(RetentionSchedule.decisive(rules, "COMPLAINT", "FORWARDED").orElseThrow().years()).isEqualTo(10);
        assertThat(RetentionSchedule.decisive(rules, "COMPLAINT", null).orElseThrow().years()).isEqualTo(7);
        assertThat(RetentionSchedule.decisive(rules.subList(0, 2), "QUESTION", null)).isEmpty();
    }

    @Test
    void destruction_needs_two_different_approvers_keeps_the_yearly_counts_and_leaves_nothing_findable() throws Exception {
        String surname = PrivacyFixtures.uniqueSurname();
        clock.fixAt(Instant.parse("2013-03-01T10:00:00Z"));
        String destroyed = closedCase(surname);
        String alsoDestroyed = closedCase(surname);
        String held = closedCase(surname);
        clock.reset();
        PrivacyFixtures.actAs("admin-a", "ADMIN");
        holds.place(held, "Lopende procedure bij de rechter");
        List<List<Object>> countsBefore = klachtbeeld2013();

        long listId = lists.propose().orElseThrow();
        var items = lists.items(listId, 1_000_000);
        assertThat(items).extracting(DestructionLists.Item::caseNumber).contains(destroyed, alsoDestroyed)
                .doesNotContain(held);
        items.stream().filter(i -> !i.caseNumber().equals(destroyed) && !i.caseNumber().equals(alsoDestroyed))
                .forEach(i -> lists.exclude(listId, i.caseNumber(), true));

        assertThat(lists.approve(listId)).isEqualTo(DestructionLists.Status.PROPOSED);
        assertThatThrownBy(() -> lists.approve(listId)).isInstanceOf(SecondApprovalBySamePerson.class);
        assertThat(cases.find(destroyed, true).orElseThrow().reporter().name()).isNotNull();
        PrivacyFixtures.actAs("senior-b", "SENIOR");
        assertThat(lists.approve(listId)).isEqualTo(DestructionLists.Status.DESTROYED);

        assertThat(klachtbeeld2013()).isEqualTo(countsBefore);
        var view = cases.find(destroyed, true).orElseThrow();
        assertThat(view.reporter().name()).isNull();
        assertThat(view.description()).isEmpty();
        assertThat(view.attachments()).isEmpty();
        assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(view.kind()).isEqualTo("COMPLAINT");
        assertThat(jdbc.sql("SELECT count(*) FROM case_attachment WHERE position(convert_to(:s, 'UTF8') IN content) > 0")
                .param("s", surname).query(Long.class).single()).as("only the held case's file is left").isEqualTo(1L);
        assertThat(rights.find(new PersonQuery("Marie " + surname, null, null, null)))
                .extracting(r -> r.caseNumber()).containsOnly(held);
        assertThat(cases.history(view.id()).getLast().action().name()).isEqualTo("CASE_DESTROYED");

        String workList = LoggedInSession.login(baseUrl(), "intake")
                .get("/werk?status=ALL&q=" + URLEncoder.encode(surname, StandardCharsets.UTF_8)).body();
        assertThat(workList).doesNotContain(destroyed).doesNotContain(alsoDestroyed).contains(held);
    }

    @Test
    void a_list_with_one_approval_takes_no_new_cases_and_can_be_rejected() {
        PrivacyFixtures.actAs("admin-a", "ADMIN");
        String surname = PrivacyFixtures.uniqueSurname();
        clock.fixAt(Instant.parse("2012-02-01T10:00:00Z"));
        String first = closedCase(surname);
        clock.reset();
        long listId = lists.propose().orElseThrow();
        lists.approve(listId);
        clock.fixAt(Instant.parse("2012-02-02T10:00:00Z"));
        String later = closedCase(surname);
        clock.reset();

        assertThat(lists.propose()).contains(listId);
        assertThat(lists.items(listId, 1_000_000)).extracting(DestructionLists.Item::caseNumber)
                .contains(first).doesNotContain(later);
        lists.reject(listId);
        assertThat(lists.find(listId).orElseThrow().status()).isEqualTo(DestructionLists.Status.REJECTED);
        assertThat(cases.find(first, true).orElseThrow().reporter().name()).isNotNull();
    }

    private String closedCase(String surname) {
        String number = PrivacyFixtures.register(registration, "COMPLAINT", "Marie " + surname, null, "0612345678",
                "Marie " + surname + " kreeg geen hulp bij het eten.");
        clock.advance(java.time.Duration.ofDays(30));
        editing.changeStatus(number, cases.find(number, false).orElseThrow().version(), CaseStatus.CLOSED, "Afgehandeld");
        return number;
    }

    private List<List<Object>> klachtbeeld2013() {
        return jdbc.sql("""
                SELECT extract(year FROM received_at)::int, kind, sector, channel, count(*)
                FROM case_file WHERE received_at >= '2013-01-01' AND received_at < '2014-01-01'
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""")
                .query((rs, n) -> List.<Object>of(rs.getInt(1), String.valueOf(rs.getString(2)),
                        String.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5)))
                .list();
    }
}
