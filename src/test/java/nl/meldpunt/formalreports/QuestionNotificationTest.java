package nl.meldpunt.formalreports;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A question from staff in a report's thread reaches the organisation's users by e-mail, without case content. */
class QuestionNotificationTest extends IntegrationTest {

    @Autowired ProviderAccounts accounts;
    @Autowired FormalReports reports;
    @Autowired StaffUsers users;
    @Autowired CaseQueries queries;

    @Test
    void a_question_mails_each_enabled_account_of_the_organisation_only_the_reference_and_a_link() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String est = "0000" + (10_000_000 + Math.abs(run.hashCode() % 89_999_999));
        Organisation org = new Organisation("Praktijk Vraag " + run, "92000001", est);
        String first = "vraag-a-" + run + "@aanbieder.test";
        String second = "vraag-b-" + run + "@aanbieder.test";
        String disabled = "vraag-c-" + run + "@aanbieder.test";
        String otherOrg = "vraag-d-" + run + "@aanbieder.test";
        accounts.create("vraag-a-" + run, "wachtwoord-a-" + run, first, org);
        accounts.create("vraag-b-" + run, "wachtwoord-b-" + run, second, org);
        accounts.create("vraag-c-" + run, "wachtwoord-c-" + run, disabled, org);
        var c = users.find("vraag-c-" + run).orElseThrow();
        users.update(c.username(), c.displayName(), c.email(), c.roles(), c.team(), false, c.version());
        accounts.create("vraag-d-" + run, "wachtwoord-d-" + run, otherOrg,
                new Organisation("Andere praktijk " + run, "92000001", "000092000009"));
        FormalReport report = reports.submit(null, ReportType.VIOLENCE, org, Map.of(
                "law", "WKKGZ", "violenceType", "PSYCHOLOGICAL", "perpetrator", "CLIENT",
                "whatHappened", "Voorval " + run, "occurredOn", "2026-01-05", "awareOn", "2026-01-05",
                "outcome", "NO_HARM", "immediateMeasures", "Gesprek gevoerd.", "policeInformed", "NO"),
                Channel.WEB_FORM);

        reports.ask(report.caseNumber(), "Geheime vraag " + run + " over cliënt Jansen?");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> to(first).size() == 1 && to(second).size() == 1);
        MimeMessage mail = to(first).getFirst();
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(mail.getSubject()).contains(report.caseNumber());
        assertThat(body).contains(report.caseNumber()).contains("/aanbieder/meldingen/" + report.id())
                .doesNotContain("Geheime vraag").doesNotContain("Jansen").doesNotContain("Voorval");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queries.history(queries.requireId(report.caseNumber())).stream()
                .anyMatch(h -> h.action() == HistoryAction.REPORT_QUESTION_NOTIFIED));
        assertThat(to(disabled)).as("a disabled account gets nothing").isEmpty();
        assertThat(to(otherOrg)).as("another establishment gets nothing").isEmpty();
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> {
            try {
                var rcpt = m.getRecipients(Message.RecipientType.TO);
                return rcpt != null && Arrays.stream(rcpt)
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
