package nl.meldpunt.mailintake;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.mailintake.MailLedger.Entry;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the automatic acknowledgement of an e-mail intake, after the intake is committed: the reference number,
 * from the template in the module's bundle. The message carries our own Message-ID (stored, so an answer to it
 * finds the case), {@code Auto-Submitted: auto-replied} (RFC 3834: other systems do not answer it) and a header of
 * our own, so it is never acknowledged itself should it come back.
 */
@Component
class Acknowledgements {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final JavaMailSender sender;
    private final MailLedger ledger;
    private final CaseJournal journal;
    private final ContactLog contacts;
    private final MessageSource messages;
    private final MailIntakeProperties properties;
    private final TransactionTemplate tx;
    private final Clock clock;

    Acknowledgements(JavaMailSender sender, MailLedger ledger, CaseJournal journal, ContactLog contacts,
            MessageSource messages, MailIntakeProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.sender = sender;
        this.ledger = ledger;
        this.journal = journal;
        this.contacts = contacts;
        this.messages = messages;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Sends the acknowledgement when one is due and not sent yet. Claims it first, so it goes out at most once;
     * a failed send gives the claim back and throws, so the message stays unprocessed and is tried again.
     */
    void sendIfDue(Entry entry, IncomingMail mail) {
        if (!entry.ackDue() || entry.ackSentAt() != null || mail.replyAddress() == null) {
            return;
        }
        Boolean claimed = tx.execute(s -> ledger.claimAcknowledgement(entry.messageId(), clock.instant()));
        if (!Boolean.TRUE.equals(claimed)) {
            return;
        }
        try {
            sender.send(message(entry, mail));
        } catch (MailException | MessagingException e) {
            tx.executeWithoutResult(s -> ledger.releaseAcknowledgement(entry.messageId()));
            throw new AcknowledgementNotSent(entry.caseNumber(), e);
        }
        tx.executeWithoutResult(s -> {
            journal.record(new CaseNumber(entry.caseNumber()), MailActor.NAME,
                    HistoryAction.ACKNOWLEDGEMENT_SENT, Map.of("channel", "EMAIL"), null);
            contacts.log(entry.caseNumber(), new NewContact(null, ContactMedium.EMAIL, ContactDirection.OUTGOING,
                    ContactOutcome.SENT, null, messages.getMessage("mailintake.ack.contact", null, DUTCH)));
        });
    }

    private MimeMessage message(Entry entry, IncomingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.acknowledgement().from());
        helper.setTo(mail.replyAddress());
        String subject = mail.subject() == null || mail.subject().isBlank() ? "" : mail.subject();
        helper.setSubject(messages.getMessage("mailintake.ack.subject", new Object[] {entry.caseNumber(), subject},
                DUTCH).strip());
        helper.setText(messages.getMessage("mailintake.ack.body", new Object[] {entry.caseNumber()}, DUTCH));
        message.setHeader("Message-ID", entry.ackMessageId());
        message.setHeader("In-Reply-To", mail.messageId());
        message.setHeader("References", mail.messageId());
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader(AutomaticMessagePolicy.OWN_HEADER, entry.caseNumber());
        return message;
    }

    /** Sending failed (the mail server refused or was unreachable); the message will be read again. */
    static final class AcknowledgementNotSent extends RuntimeException {
        AcknowledgementNotSent(String caseNumber, Exception cause) {
            super("Acknowledgement for case " + caseNumber + " not sent: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
