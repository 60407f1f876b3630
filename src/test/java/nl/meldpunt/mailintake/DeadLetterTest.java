package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.web.StaffBrowser;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A message that keeps failing ends, after max-attempts polls, as a dead letter: skipped by later polls, still
 * unread in the mailbox, shown to administrators with its reason; "retry" files it with the next poll, "mark
 * handled" marks it processed without filing. A letter scan whose OCR keeps failing ends there too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadLetterTest extends IntegrationTest {

    @Autowired MailIntakeProperties properties;
    @Autowired MailParser parser;
    @Autowired MailFiling filing;
    @Autowired MailLedger ledger;
    @Autowired Acknowledgements acknowledgements;
    @Autowired ApplicationContext beans;
    @Autowired IntakeFailures failures;
    @Autowired CrashingHook hook;
    @Autowired CaseQueries queries;
    @Autowired CaseRegistration registration;
    @Autowired AttachmentTextJob textJob;
    @Autowired JdbcClient jdbc;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true));
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    @Test
    void a_message_that_fails_max_attempts_times_is_a_dead_letter_until_an_administrator_retries_or_handles_it()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        MailboxPoller poller = ownMailbox("dood-" + run);
        String retried = "<dood-a." + run + "@example.nl>";
        String handled = "<dood-b." + run + "@example.nl>";
        String senderA = "dood-a-" + run + "@example.nl";
        String senderB = "dood-b-" + run + "@example.nl";
        send("dood-" + run, senderA, retried, "Klacht over de tandarts " + run);
        send("dood-" + run, senderB, handled, "Klacht over de fysiotherapeut " + run);
        hook.breakMessage(retried);
        hook.breakMessage(handled);

        int max = failures.maxAttempts();
        for (int attempt = 1; attempt < max; attempt++) {
            PollResult result = poller.poll();
            assertThat(result.failed()).as("attempt %d", attempt).isEqualTo(2);
            assertThat(result.deadLetters()).isZero();
        }
        PollResult last = poller.poll();
        assertThat(last.deadLetters()).isEqualTo(2);
        assertThat(failures.stateOf(IntakeFailures.Kind.MAIL, retried)).contains(IntakeFailures.State.DEAD);

        PollResult later = poller.poll();
        assertThat(later.read()).as("dead letters are skipped, not read again").isZero();
        assertThat(later.deadLetters()).isEqualTo(2);
        assertThat(queries.findByPerson(senderA, 5)).isEmpty();
        assertThat(unseen("dood-" + run)).as("nothing dropped: both still unread in the mailbox").isEqualTo(2);

        Page admin = login();
        admin.navigate(baseUrl() + "/admin/dode-berichten");
        String table = admin.locator("#dead-letters").textContent();
        assertThat(table).contains(retried).contains(handled).contains("UnprocessableMessage");
        assertThat(table).doesNotContain(senderA).doesNotContain("tandarts");
        StaffBrowser.assertAccessible(admin);

        long retriedId = idOf(retried);
        long handledId = idOf(handled);
        hook.repairMessage(retried);
        admin.waitForNavigation(() -> admin.click("#dead-letter-" + retriedId + " form[action$='/opnieuw'] button"));
        assertThat(admin.locator("[role=status]").textContent()).contains("opnieuw verwerkt");
        admin.waitForNavigation(() -> admin.click("#dead-letter-" + handledId + " form[action$='/afgehandeld'] button"));
        assertThat(admin.locator("#dead-letter-" + handledId).textContent()).contains("Afgehandeld").contains("admin");
        StaffBrowser.assertAccessible(admin);
        admin.context().close();

        PollResult afterActions = poller.poll();
        assertThat(afterActions.filed()).isEqualTo(1);
        assertThat(queries.findByPerson(senderA, 5)).as("the retried message became an intake").hasSize(1);
        assertThat(queries.findByPerson(senderB, 5)).as("the handled one did not").isEmpty();
        assertThat(failures.stateOf(IntakeFailures.Kind.MAIL, retried)).contains(IntakeFailures.State.RESOLVED);
        assertThat(failures.stateOf(IntakeFailures.Kind.MAIL, handled)).contains(IntakeFailures.State.HANDLED);
        assertThat(unseen("dood-" + run)).as("both marked processed in the mailbox").isZero();

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
                SELECT count(*) FROM accesslog.access_record WHERE person_ref IN (:a, :b) AND action = 'CHANGE'
                """).param("a", "dode-brief:" + retriedId).param("b", "dode-brief:" + handledId)
                .query(Long.class).single() == 2);
    }

    @Test
    void a_letter_scan_whose_recognition_keeps_failing_ends_as_a_dead_letter_with_its_case() {
        byte[] corruptPng = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
            'k', 'a', 'p', 'o', 't', 't', 'e', ' ', 's', 'c', 'a', 'n'};
        RegisteredCase letter = registration.register(new NewCase(Channel.LETTER, null, null, null, null, null,
                "Brief ontvangen, zie scan.", null, null, null, null,
                List.of(new NewAttachment("brief.png", "image/png", corruptPng)), null));
        String key = String.valueOf(queries.find(letter.caseNumber().value(), false).orElseThrow().attachments()
                .getFirst().id());

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                failures.stateOf(IntakeFailures.Kind.ATTACHMENT_TEXT, key).isPresent());
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> {
            textJob.retryFailed();
            return failures.stateOf(IntakeFailures.Kind.ATTACHMENT_TEXT, key)
                    .filter(s -> s == IntakeFailures.State.DEAD).isPresent();
        });
        var dead = failures.forAdministrators(500).stream().filter(f -> f.itemKey().equals(key)).findFirst()
                .orElseThrow();
        assertThat(dead.caseNumber()).isEqualTo(letter.caseNumber().value());
        assertThat(dead.attempts()).isEqualTo(failures.maxAttempts());
        assertThat(dead.reason()).contains("RecognitionFailed");
    }

    private long idOf(String key) {
        return failures.forAdministrators(500).stream().filter(f -> f.itemKey().equals(key)).findFirst()
                .orElseThrow().id();
    }

    private Page login() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
        page.navigate(baseUrl() + "/login");
        page.fill("#username", "admin");
        page.fill("#password", "admin");
        page.waitForNavigation(() -> page.click("main button[type=submit]"));
        return page;
    }

    private MailboxPoller ownMailbox(String login) {
        TestMail.server().setUser(login + "@meldpunt.test", login, login);
        MailIntakeProperties own = new MailIntakeProperties(true, properties.host(), properties.port(),
                properties.protocol(), login, login, "INBOX", "", Duration.ofHours(1), 50,
                properties.timeout(), properties.acknowledgement(), properties.ocr());
        return new MailboxPoller(own, parser, filing, ledger, acknowledgements,
                beans.getBeanProvider(MailProcessingHook.class), failures);
    }

    private static void send(String login, String from, String messageId, String subject) throws Exception {
        MimeMessage message = TestMailbox.plain(from, subject, "Graag contact.");
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(login + "@meldpunt.test"));
        message.setHeader("Message-ID", messageId);
        TestMailbox.send(message);
    }

    private static int unseen(String login) throws Exception {
        try (var store = jakarta.mail.Session.getInstance(new java.util.Properties()).getStore("imap")) {
            store.connect("127.0.0.1", TestMail.imapPort(), login, login);
            var inbox = store.getFolder("INBOX");
            inbox.open(jakarta.mail.Folder.READ_ONLY);
            try {
                return inbox.search(new jakarta.mail.search.FlagTerm(
                        new jakarta.mail.Flags(jakarta.mail.Flags.Flag.SEEN), false)).length;
            } finally {
                inbox.close(false);
            }
        }
    }
}
