package nl.meldpunt.mailintake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseSearchText;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.TextSource;
import nl.meldpunt.mailintake.MailLedger.Entry;
import nl.meldpunt.mailintake.MailLedger.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files one message, in one transaction with its ledger row: a new intake (channel EMAIL), or an incoming e-mail
 * contact on the case it answers (reference number in the subject, or a reply header naming a message of that
 * case), or, for a machine's message that answers nothing, only the ledger row. Decides whether an
 * acknowledgement is due; sending it happens after commit.
 */
@Component
class MailFiling {

    private static final Pattern REFERENCE = Pattern.compile("MP-\\d{4}-\\d{6,}");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final MailLedger ledger;
    private final CaseRegistration registration;
    private final CaseQueries queries;
    private final ContactLog contacts;
    private final CaseEditing editing;
    private final CaseSearchText searchText;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final MailIntakeProperties properties;
    private final Clock clock;

    MailFiling(MailLedger ledger, CaseRegistration registration, CaseQueries queries, ContactLog contacts,
            CaseEditing editing, CaseSearchText searchText, ApplicationEventPublisher events, MessageSource messages,
            MailIntakeProperties properties, Clock clock) {
        this.ledger = ledger;
        this.registration = registration;
        this.queries = queries;
        this.contacts = contacts;
        this.editing = editing;
        this.searchText = searchText;
        this.events = events;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Files the message; empty when it was filed before (its ledger row already exists). */
    @Transactional
    public Optional<Entry> file(IncomingMail mail) {
        Instant now = clock.instant();
        if (!ledger.claim(mail.messageId(), now)) {
            return Optional.empty();
        }
        String sender = senderHash(mail.replyAddress());
        Optional<String> answered = answeredCase(mail);
        if (answered.isPresent()) {
            fileOnCase(answered.get(), mail, now);
            ledger.complete(mail.messageId(), Outcome.ADDED_TO_CASE, answered.get(), sender, false, null);
        } else if (mail.isAutomatic()) {
            ledger.complete(mail.messageId(), Outcome.IGNORED_AUTOMATIC, null, sender, false, null);
        } else {
            RegisteredCase registered = registration.register(newCase(mail, now));
            boolean ackDue = acknowledgementDue(mail, sender, now);
            String ackId = ackDue ? "<ack." + UUID.randomUUID() + "@" + domain(properties.acknowledgement().from()) + ">"
                    : null;
            ledger.complete(mail.messageId(), Outcome.NEW_CASE, registered.caseNumber().value(), sender, ackDue, ackId);
        }
        return ledger.find(mail.messageId());
    }

    /** The case the message answers: a known reference number in the subject, else a reply header we know. */
    Optional<String> answeredCase(IncomingMail mail) {
        if (mail.subject() != null) {
            Matcher m = REFERENCE.matcher(mail.subject());
            while (m.find()) {
                if (queries.idOf(m.group()).isPresent()) {
                    return Optional.of(m.group());
                }
            }
        }
        return ledger.caseOfAny(mail.references());
    }

    private void fileOnCase(String caseNumber, IncomingMail mail, Instant now) {
        String summary = text("mailintake.contact.summary", subjectOrNone(mail), mail.text());
        // A machine's answer (out-of-office, bounce) did not reach the person; a person's e-mail did.
        ContactOutcome outcome = mail.isAutomatic() ? ContactOutcome.NO_ANSWER : ContactOutcome.REACHED;
        contacts.log(caseNumber, new NewContact(now, ContactMedium.EMAIL, ContactDirection.INCOMING, outcome, null,
                summary));
        for (NewAttachment attachment : mail.attachments()) {
            editing.addAttachment(caseNumber, attachment);
        }
        if (!mail.isAutomatic()) {
            searchText.append(caseNumber, null, TextSource.MAIL, summary);
        }
        if (!mail.attachments().isEmpty()) {
            long caseId = queries.idOf(caseNumber).orElseThrow();
            events.publishEvent(new MailReplyFiled(caseId, caseNumber));
        }
    }

    private NewCase newCase(IncomingMail mail, Instant now) {
        String description = text("mailintake.case.description", subjectOrNone(mail),
                mail.text().isBlank() ? text("mailintake.case.noText") : mail.text());
        if (!mail.refused().isEmpty()) {
            description = description + "\n\n" + text("mailintake.case.refused", String.join(", ", mail.refused()));
        }
        // The reporter's columns are bounded (name 200, e-mail 320): a longer header is cut, an absurd address dropped.
        String address = mail.fromAddress() != null && mail.fromAddress().length() <= 320 ? mail.fromAddress() : null;
        String name = blankToNull(mail.fromName());
        NewReporter reporter = address == null ? null
                : new NewReporter(false, null, name == null ? null : name.substring(0, Math.min(200, name.length())),
                        address, null, null, ContactPreference.EMAIL);
        Instant received = mail.sentAt() == null || mail.sentAt().isAfter(now) ? now : mail.sentAt();
        return new NewCase(Channel.EMAIL, null, null, null, null, null, description, null, received, reporter, null,
                mail.attachments(), null);
    }

    private boolean acknowledgementDue(IncomingMail mail, String sender, Instant now) {
        var ack = properties.acknowledgement();
        return ack.enabled() && mail.replyAddress() != null && !mail.isAutomatic()
                && !mail.replyAddress().equalsIgnoreCase(ack.from())
                && ledger.acknowledgementsSince(sender, now.minus(ack.window())) < ack.maxPerSender();
    }

    private String subjectOrNone(IncomingMail mail) {
        return mail.subject() == null || mail.subject().isBlank() ? text("mailintake.case.noSubject") : mail.subject();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    static String senderHash(String address) {
        if (address == null) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "meldpunt.local" : address.substring(at + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
