package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseSummary;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Contact;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.support.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MailIntakeTest extends IntegrationTest {

    @Autowired
    MailboxPoller poller;

    @Autowired
    CaseQueries queries;

    @Autowired
    CaseRegistration registration;

    @Autowired
    ContactLog contacts;

    @BeforeAll
    static void mailbox() {
        TestMailbox.ready();
    }

    @Test
    void ten_emails_become_the_right_cases_with_acknowledgements_only_to_people_and_no_duplicates_on_rereading()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        RegisteredCase existing = registration.register(new NewCase(Channel.PHONE, null, null, null, null, null,
                "Telefonische klacht over de huisartsenpost", null, null, null, null, null, null));
        String plainA = "anna-" + run + "@example.nl";
        String plainB = "bart-" + run + "@example.nl";
        String html = "carla-" + run + "@example.nl";
        String answerer = "dirk-" + run + "@example.nl";
        String away = "eva-" + run + "@example.nl";
        String withPdf = "fenna-" + run + "@example.nl";
        String withMail = "gert-" + run + "@example.nl";
        String loop = "hans-" + run + "@example.nl";

        TestMailbox.send(TestMailbox.plain(plainA, "Onjuiste medicatie " + run,
                "Mijn moeder kreeg in het verpleeghuis de verkeerde medicijnen."));
        TestMailbox.send(TestMailbox.plain(plainB, "Lange wachttijd " + run,
                "Al drie maanden wacht ik op een afspraak bij de GGZ-instelling."));
        MimeMessage htmlOnly = TestMailbox.plain(html, "Bejegening " + run, "");
        htmlOnly.setContent("<html><body><p>De verpleegkundige was <b>onbeschoft</b> tegen mijn vader.</p>"
                + "<script>alert(1)</script></body></html>", "text/html; charset=UTF-8");
        TestMailbox.send(htmlOnly);
        TestMailbox.send(TestMailbox.plain(answerer, "Re: aanvulling op " + existing.caseNumber().value(),
                "Hierbij nog de naam van de arts: " + run));
        MimeMessage autoReply = TestMailbox.plain(away, "Automatisch antwoord: afwezig " + run,
                "Ik ben tot maandag afwezig.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        TestMailbox.send(autoReply);
        TestMailbox.send(bounce(run));
        TestMailbox.send(TestMailbox.withAttachment(withPdf, "Valincident " + run, "Zie de bijlage.",
                "rapport.pdf", "application/pdf", pdf("Rapport over het valincident in de nachtdienst " + run)));
        TestMailbox.send(TestMailbox.withAttachment(withMail, "Doorgestuurde klacht " + run,
                "Onderstaand bericht stuur ik door.", "doorgestuurd.eml", "message/rfc822",
                TestMailbox.bytes(TestMailbox.plain("iemand@example.nl", "Klacht tandarts",
                        "De tandarts trok de verkeerde kies " + run))));
        MimeMessage ownAck = TestMailbox.plain(loop, "Ontvangstbevestiging " + run, "Dit is een bevestiging.");
        ownAck.setHeader(AutomaticMessagePolicy.OWN_HEADER, "MP-2026-000001");
        TestMailbox.send(ownAck);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> poll().read() == 0
                && caseOf(plainA) != null && caseOf(withMail) != null);

        CaseView a = view(caseOf(plainA));
        assertThat(a.channel()).isEqualTo(Channel.EMAIL);
        assertThat(a.description()).contains("Onjuiste medicatie " + run).contains("verkeerde medicijnen");
        assertThat(view(caseOf(plainB)).description()).contains("drie maanden");
        assertThat(view(caseOf(html)).description()).contains("onbeschoft").doesNotContain("<b>", "alert");
        assertThat(queries.findByPerson(answerer, 5)).as("an answer is no new case").isEmpty();
        List<Contact> answers = contacts.forCase(existing.id());
        assertThat(answers).singleElement().satisfies(c -> {
            assertThat(c.medium()).isEqualTo(ContactMedium.EMAIL);
            assertThat(c.direction()).isEqualTo(ContactDirection.INCOMING);
            assertThat(c.summary()).contains(run);
        });
        assertThat(queries.findByPerson(away, 5)).as("auto-reply").isEmpty();
        assertThat(queries.findByPerson(loop, 5)).as("our own acknowledgement").isEmpty();
        assertThat(view(caseOf(withPdf)).attachments()).singleElement()
                .satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
        assertThat(view(caseOf(withMail)).attachments()).singleElement()
                .satisfies(f -> assertThat(f.contentType()).isEqualTo("message/rfc822"));

        for (String person : List.of(plainA, plainB, html, withPdf, withMail)) {
            List<MimeMessage> acks = TestMailbox.deliveredTo(person);
            assertThat(acks).as(person).hasSize(1);
            assertThat(acks.getFirst().getSubject()).contains(caseOf(person).caseNumber());
            assertThat(acks.getFirst().getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        }
        for (String machineOrAnswer : List.of(answerer, away, loop, "mailer-daemon-" + run + "@example.nl")) {
            assertThat(TestMailbox.deliveredTo(machineOrAnswer)).as(machineOrAnswer).isEmpty();
        }

        // The text inside the PDF and inside the attached e-mail becomes searchable (extracted after commit).
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> found("nachtdienst " + run, caseOf(withPdf)));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> found("tandarts kies " + run, caseOf(withMail)));

        // The tenth: an answer to our acknowledgement, found by its In-Reply-To header only.
        MimeMessage ackToA = TestMailbox.deliveredTo(plainA).getFirst();
        MimeMessage answer = TestMailbox.plain(plainA, "Nog een vraag", "Wanneer belt u mij terug? " + run);
        answer.setHeader("In-Reply-To", ackToA.getMessageID());
        TestMailbox.send(answer);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> poll().read() == 0 && incoming(a.id()).size() == 1);
        assertThat(incoming(a.id())).singleElement()
                .satisfies(c -> assertThat(c.summary()).contains("Wanneer belt u mij terug?"));
        assertThat(contacts.forCase(a.id())).as("the acknowledgement is an outgoing e-mail contact")
                .anyMatch(c -> c.direction() == ContactDirection.OUTGOING && c.medium() == ContactMedium.EMAIL);
        assertThat(queries.findByPerson(plainA, 5)).as("the answer is no new case").hasSize(1);
        assertThat(TestMailbox.deliveredTo(plainA)).as("answers are not acknowledged").hasSize(1);

        // Reading everything again (flags lost, mailbox restored) files nothing twice.
        TestMailbox.markAllUnseen();
        PollResult again = poll();
        assertThat(again.filed()).isZero();
        assertThat(again.alreadyFiled()).isGreaterThanOrEqualTo(10);
        for (String person : List.of(plainA, plainB, html, withPdf, withMail)) {
            assertThat(queries.findByPerson(person, 5)).as(person).hasSize(1);
            assertThat(TestMailbox.deliveredTo(person)).as(person).hasSize(1);
        }
        assertThat(contacts.forCase(existing.id())).hasSize(1);
        assertThat(incoming(a.id())).hasSize(1);
    }

    /** The contacts that came in (the acknowledgement we sent is logged too, as outgoing). */
    private List<Contact> incoming(long caseId) {
        return contacts.forCase(caseId).stream().filter(c -> c.direction() == ContactDirection.INCOMING).toList();
    }

    @Test
    void acknowledgements_to_one_sender_are_rate_limited() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = "flood-" + run + "@example.nl";
        for (int i = 0; i < 5; i++) {
            TestMailbox.send(TestMailbox.plain(sender, "Melding " + i + " " + run, "Tekst " + i));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> poll().read() == 0 && queries.findByPerson(sender, 10).size() == 5);
        assertThat(TestMailbox.deliveredTo(sender)).hasSize(3);
    }

    private boolean found(String q, CaseSummary expected) {
        return queries.search(new CaseFilter(q, null, null, null, null, null, null, null, null), 0, 10).items()
                .stream().anyMatch(c -> c.caseNumber().equals(expected.caseNumber()));
    }

    private PollResult poll() {
        return poller.poll();
    }

    private CaseSummary caseOf(String person) {
        List<CaseSummary> found = queries.findByPerson(person, 5);
        assertThat(found).as(person).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.getFirst();
    }

    private CaseView view(CaseSummary summary) {
        return queries.find(summary.caseNumber(), true).orElseThrow();
    }

    private static MimeMessage bounce(String run) throws MessagingException, IOException {
        MimeMessage m = TestMailbox.plain("mailer-daemon-" + run + "@example.nl", "Undelivered Mail Returned to Sender",
                "");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("This is the mail system. Your message could not be delivered.", "UTF-8");
        MimeBodyPart status = new MimeBodyPart();
        status.setDataHandler(new DataHandler(new ByteArrayDataSource(
                "Reporting-MTA: dns; mail.example.nl\r\n\r\nFinal-Recipient: rfc822; nobody@example.nl\r\n"
                        + "Action: failed\r\nStatus: 5.1.1\r\n", "message/delivery-status")));
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status", text, status);
        m.setContent(report);
        return m;
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
