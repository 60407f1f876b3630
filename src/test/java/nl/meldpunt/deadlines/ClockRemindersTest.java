package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import nl.meldpunt.MeldpuntApplication;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two application nodes on one database: every reminder, breach notice and digest is mailed exactly once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClockRemindersTest extends IntegrationTest {

    @Autowired DataSource dataSource;
    @Autowired CaseRegistration registration;
    @Autowired Clocks clocks;
    @Autowired ClockReminders firstNode;
    @Autowired JdbcClient jdbc;

    private ConfigurableApplicationContext second;
    private ClockReminders secondNode;

    @BeforeAll
    void startSecondNode() {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        second = new SpringApplicationBuilder(MeldpuntApplication.class)
                .profiles("test")
                .properties(Map.of(
                        "spring.datasource.url", url,
                        "spring.datasource.username", "postgres",
                        "server.port", "0",
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", String.valueOf(TestMail.smtpPort())))
                .run();
        secondNode = second.getBean(ClockReminders.class);
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void a_reminder_and_a_breach_notice_are_mailed_once_with_two_nodes() throws Exception {
        String dueSoon = caseWithAssignedClock(Instant.now().plus(2, ChronoUnit.HOURS), "RUNNING");
        String breached = caseWithAssignedClock(Instant.now().minus(2, ChronoUnit.HOURS), "BREACHED");

        raceBothNodes(ClockReminders::sendDueSoon);
        raceBothNodes(ClockReminders::sendBreachNotices);
        ClocksTest.await(() -> mailsAbout(dueSoon) + mailsAbout(breached), n -> n >= 2);
        raceBothNodes(ClockReminders::sendDueSoon);
        raceBothNodes(ClockReminders::sendBreachNotices);

        assertThat(mailsAbout(dueSoon)).isEqualTo(1);
        assertThat(mailsAbout(breached)).isEqualTo(1);
        MimeMessage reminder = Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> subject(m).contains(dueSoon)).findFirst().orElseThrow();
        assertThat(subject(reminder)).startsWith("Termijn verloopt binnenkort");
        assertThat(reminder.getAllRecipients()[0].toString()).isEqualTo("intake@meldpunt.example");
    }

    @Test
    void the_morning_digest_is_mailed_once_per_officer_and_day() throws Exception {
        String number = caseWithAssignedClock(Instant.now().plus(3, ChronoUnit.DAYS), "RUNNING", "senior");
        raceBothNodes(ClockReminders::sendDigests);
        raceBothNodes(ClockReminders::sendDigests);
        long digests = Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> subject(m).startsWith("Uw termijnen"))
                .filter(m -> recipient(m).equals("senior@meldpunt.example"))
                .count();
        assertThat(digests).isEqualTo(1);
        MimeMessage digest = Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> recipient(m).equals("senior@meldpunt.example")).findFirst().orElseThrow();
        assertThat(digest.getContent().toString()).contains(number);
    }

    private String caseWithAssignedClock(Instant due, String state) {
        return caseWithAssignedClock(due, state, "intake");
    }

    private String caseWithAssignedClock(Instant due, String state, String assignee) {
        String number = registration.register(new NewCase(Channel.INTERNAL, "INFORMATION", "GOVERNMENT", null, "HIGH",
                List.of(), "Signaal", null, null, null, List.of(), List.of(), null)).caseNumber().value();
        CaseClock clock = clocks.start(number, "INSPECTOR_DECISION", null, null);
        jdbc.sql("UPDATE case_clock SET assignee = :a, due_at = :due, state = :state WHERE id = :id")
                .param("a", assignee).param("due", java.sql.Timestamp.from(due)).param("state", state)
                .param("id", clock.id()).update();
        return number;
    }

    private void raceBothNodes(ToIntFunction<ClockReminders> job) {
        CountDownLatch start = new CountDownLatch(1);
        var a = CompletableFuture.supplyAsync(() -> run(start, firstNode, job));
        var b = CompletableFuture.supplyAsync(() -> run(start, secondNode, job));
        start.countDown();
        a.join();
        b.join();
    }

    private static int run(CountDownLatch start, ClockReminders node, ToIntFunction<ClockReminders> job) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job.applyAsInt(node);
    }

    private static long mailsAbout(String caseNumber) {
        return Arrays.stream(TestMail.server().getReceivedMessages()).filter(m -> subject(m).contains(caseNumber))
                .count();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
