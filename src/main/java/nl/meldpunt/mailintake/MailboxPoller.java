package nl.meldpunt.mailintake;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import nl.meldpunt.mailintake.MailLedger.Entry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads the intake mailbox over IMAP and files each unprocessed message. The order per message is what makes
 * processing exactly-once: (1) file it and record its Message-ID in one transaction, (2) after commit, send the
 * acknowledgement, (3) only then mark it processed in the mailbox (\Seen, or moved to the processed folder). A crash
 * after (1) leaves the message unmarked: the next poll reads it again, finds its Message-ID and only completes
 * (2) and (3). Reading uses BODY.PEEK, so reading alone never marks a message.
 */
@Component
class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailIntakeProperties properties;
    private final MailParser parser;
    private final MailFiling filing;
    private final MailLedger ledger;
    private final Acknowledgements acknowledgements;
    private final ObjectProvider<MailProcessingHook> hooks;
    private final IntakeFailures failures;
    /** One poll at a time in this JVM; across nodes db-scheduler runs the job on one node at a time. */
    private final ReentrantLock polling = new ReentrantLock();

    MailboxPoller(MailIntakeProperties properties, MailParser parser, MailFiling filing, MailLedger ledger,
            Acknowledgements acknowledgements, ObjectProvider<MailProcessingHook> hooks, IntakeFailures failures) {
        this.properties = properties;
        this.parser = parser;
        this.filing = filing;
        this.ledger = ledger;
        this.acknowledgements = acknowledgements;
        this.hooks = hooks;
        this.failures = failures;
    }

    PollResult poll() {
        polling.lock();
        try {
            return readMailbox();
        } catch (MessagingException e) {
            throw new MailboxUnavailable(e);
        } finally {
            polling.unlock();
        }
    }

    private PollResult readMailbox() throws MessagingException {
        String protocol = properties.protocol();
        Properties settings = new Properties();
        settings.put("mail.store.protocol", protocol);
        settings.put("mail." + protocol + ".peek", "true");
        settings.put("mail." + protocol + ".connectiontimeout", String.valueOf(properties.timeout().toMillis()));
        settings.put("mail." + protocol + ".timeout", String.valueOf(properties.timeout().toMillis()));
        Session session = Session.getInstance(settings);
        try (Store store = session.getStore(protocol)) {
            store.connect(properties.host(), properties.port(), properties.username(), properties.password());
            Folder inbox = store.getFolder(properties.folder());
            inbox.open(Folder.READ_WRITE);
            Folder processed = processedFolder(store);
            int read = 0;
            int filed = 0;
            int already = 0;
            int failed = 0;
            int deadLetters = 0;
            try {
                Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                // Dead letters are skipped and do not count against the per-poll limit (nor as read).
                for (int i = 0; i < unseen.length && read < properties.maxMessagesPerPoll(); i++) {
                    Step step = process(inbox, processed, (MimeMessage) unseen[i]);
                    if (step != Step.DEAD_LETTER) {
                        read++;
                    }
                    switch (step) {
                        case FILED -> filed++;
                        case ALREADY_FILED -> already++;
                        case FAILED -> failed++;
                        case DEAD_LETTER -> deadLetters++;
                    }
                }
            } finally {
                inbox.close(processed != null);
            }
            return new PollResult(read, filed, already, failed, deadLetters);
        }
    }

    private enum Step {
        FILED,
        ALREADY_FILED,
        FAILED,
        DEAD_LETTER
    }

    /**
     * One message. A failure leaves this message unmarked (it is read again next time) and goes on with the next:
     * one unreadable message must not stop the intake of all others. Failures are counted per Message-ID; after
     * max-attempts the message is dead: it stays unmarked in the mailbox, is skipped by later polls and is shown on
     * the dead-letter page until an administrator retries it (processed again by the next poll) or marks it handled
     * (then marked processed in the mailbox without filing). Nothing is dropped silently.
     */
    private Step process(Folder inbox, Folder processed, MimeMessage message) {
        int number = message.getMessageNumber();
        String key = null;
        try {
            key = MailParser.messageId(message);
            var state = failures.stateOf(IntakeFailures.Kind.MAIL, key);
            if (state.isPresent() && state.get() == IntakeFailures.State.DEAD) {
                return Step.DEAD_LETTER;
            }
            if (state.isPresent() && state.get() == IntakeFailures.State.HANDLED) {
                markProcessed(inbox, processed, message);
                return Step.DEAD_LETTER;
            }
            String id = key;
            hooks.orderedStream().forEach(hook -> hook.beforeFiling(id));
            IncomingMail mail = parser.parse(message);
            Optional<Entry> filed = MailActor.call(() -> filing.file(mail));
            Entry entry = filed.or(() -> ledger.find(mail.messageId()))
                    .orElseThrow(() -> new IllegalStateException("Message filed but its ledger row is missing"));
            hooks.orderedStream().forEach(hook -> hook.afterCommit(mail.messageId()));
            MailActor.run(() -> acknowledgements.sendIfDue(entry, mail));
            markProcessed(inbox, processed, message);
            if (state.isPresent()) {
                failures.succeeded(IntakeFailures.Kind.MAIL, key);
            }
            return filed.isPresent() ? Step.FILED : Step.ALREADY_FILED;
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Intake mailbox message {} left unprocessed, will be read again: {}", number, e.toString());
            if (key != null) {
                try {
                    String caseNumber = ledger.find(key).map(Entry::caseNumber).orElse(null);
                    if (failures.failed(IntakeFailures.Kind.MAIL, key, caseNumber, e) == IntakeFailures.State.DEAD) {
                        return Step.DEAD_LETTER;
                    }
                } catch (RuntimeException counting) {
                    log.warn("Could not count the failure of message {}: {}", number, counting.toString());
                }
            }
            return Step.FAILED;
        }
    }

    private static void markProcessed(Folder inbox, Folder processed, MimeMessage message) throws MessagingException {
        if (processed != null) {
            inbox.copyMessages(new Message[] {message}, processed);
            message.setFlag(Flags.Flag.DELETED, true);
        }
        message.setFlag(Flags.Flag.SEEN, true);
    }

    private Folder processedFolder(Store store) throws MessagingException {
        if (properties.processedFolder() == null || properties.processedFolder().isBlank()) {
            return null;
        }
        Folder folder = store.getFolder(properties.processedFolder());
        if (!folder.exists()) {
            folder.create(Folder.HOLDS_MESSAGES);
        }
        return folder;
    }

    /** The mailbox could not be reached or opened; the next scheduled poll tries again. */
    static final class MailboxUnavailable extends RuntimeException {
        MailboxUnavailable(MessagingException cause) {
            super("Intake mailbox unavailable: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
