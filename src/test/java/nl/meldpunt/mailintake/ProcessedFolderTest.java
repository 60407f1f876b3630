package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/** With {@code processed-folder} set, a processed message leaves the inbox for that folder instead of being flagged. */
class ProcessedFolderTest extends IntegrationTest {

    @Autowired
    MailIntakeProperties properties;

    @Autowired
    MailParser parser;

    @Autowired
    MailFiling filing;

    @Autowired
    MailLedger ledger;

    @Autowired
    Acknowledgements acknowledgements;

    @Autowired
    ConfigurableListableBeanFactory beans;

    @Autowired
    CaseQueries queries;

    @Autowired
    IntakeFailures failures;

    @Test
    void a_processed_message_is_moved_to_the_verwerkt_folder() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String login = "verwerkt-" + run;
        String mailbox = login + "@meldpunt.test";
        TestMail.server().setUser(mailbox, login, login);
        MailIntakeProperties moving = new MailIntakeProperties(true, properties.host(), properties.port(),
                properties.protocol(), login, login, "INBOX", "Verwerkt", Duration.ofHours(1), 50,
                properties.timeout(), properties.acknowledgement(), properties.ocr());
        MailboxPoller poller = new MailboxPoller(moving, parser, filing, ledger, acknowledgements,
                beans.getBeanProvider(MailProcessingHook.class), failures);
        String sender = "iris-" + run + "@example.nl";
        MimeMessage message = TestMailbox.plain(sender, "Klacht apotheek " + run, "Verkeerde dosering meegekregen.");
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mailbox));
        TestMailbox.send(message);

        assertThat(poller.poll().filed()).isEqualTo(1);

        assertThat(queries.findByPerson(sender, 5)).hasSize(1);
        assertThat(count(login, "INBOX")).isZero();
        assertThat(count(login, "Verwerkt")).isEqualTo(1);
        assertThat(poller.poll().read()).isZero();
    }

    private static int count(String login, String folderName) throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", TestMail.imapPort(), login, login);
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        }
    }
}
