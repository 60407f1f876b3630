package nl.meldpunt.correspondence;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes letters and e-mails from templates, previews them and sends them: an e-mail through SMTP, a letter as
 * PDF. Every sent item is stored on the case and in its history. A letter or e-mail to a provider that would
 * reveal the citizen is refused unless the case's authorisations cover it.
 */
@Component
public class Correspondence {

    private final JdbcClient jdbc;
    private final CaseQueries cases;
    private final CaseJournal journal;
    private final Templates templates;
    private final CaseFields fields;
    private final Authorisations authorisations;
    private final LetterPdf pdf;
    private final MailOut mail;
    private final ContactLog contacts;
    private final Clock clock;

    Correspondence(JdbcClient jdbc, CaseQueries cases, CaseJournal journal, Templates templates, CaseFields fields,
            Authorisations authorisations, LetterPdf pdf, MailOut mail, ContactLog contacts, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.journal = journal;
        this.templates = templates;
        this.fields = fields;
        this.authorisations = authorisations;
        this.pdf = pdf;
        this.mail = mail;
        this.contacts = contacts;
        this.clock = clock;
    }

    /** The composed text and whether it may be sent; never throws for a refused disclosure. */
    public Draft preview(Composition composition) {
        Draft draft = compose(composition);
        try {
            authorisations.requireDisclosure(composition.caseNumber(), draft.discloses());
            return draft;
        } catch (RuleViolation refused) {
            return withRefusal(draft, refused.rule());
        }
    }

    @Transactional
    public SentItem send(Composition composition) {
        Draft draft = compose(composition);
        authorisations.requireDisclosure(composition.caseNumber(), draft.discloses());
        if (draft.recipientAddress() == null) {
            throw InvalidInput.of("recipientAddress", "Required: the case has no address for this recipient.");
        }
        if (draft.medium() == Medium.EMAIL && !isEmailAddress(draft.recipientAddress())) {
            throw InvalidInput.of("recipientAddress", "Not an e-mail address.");
        }
        long caseId = cases.idOf(composition.caseNumber().value()).orElseThrow();
        Instant now = clock.instant();
        byte[] letter = draft.medium() == Medium.LETTER
                ? pdf.render(composition.caseNumber().value(), LocalDate.ofInstant(now, Amsterdam.ZONE),
                        draft.language(), draft.recipientName(), draft.recipientAddress(), draft.subject(),
                        draft.body())
                : null;
        long id = jdbc.sql("""
                INSERT INTO correspondence_item (case_id, template_code, language, medium, recipient_kind,
                    recipient_name, recipient_address, subject, body, pdf, disclosed, sent_by, sent_at)
                VALUES (:case, :template, :language, :medium, :kind, :name, :address, :subject, :body, :pdf,
                    :disclosed, :by, :at)
                RETURNING id
                """)
                .param("case", caseId)
                .param("template", draft.template())
                .param("language", draft.language())
                .param("medium", draft.medium().name())
                .param("kind", draft.recipientKind().name())
                .param("name", draft.recipientName())
                .param("address", draft.recipientAddress())
                .param("subject", draft.subject())
                .param("body", draft.body())
                .param("pdf", letter)
                .param("disclosed", draft.discloses() == null ? null : draft.discloses().name())
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("template", draft.template());
        details.put("medium", draft.medium().name());
        details.put("recipient", draft.recipientKind().name());
        if (draft.discloses() != null) {
            details.put("disclosed", draft.discloses().name());
        }
        journal.record(composition.caseNumber(), CurrentUser.name(), HistoryAction.CORRESPONDENCE_SENT, details,
                null);
        // Every sent item is an outgoing contact too, so the contact log shows all that went to and fro. SENT, not
        // REACHED: an e-mail or letter keeps no callback promise.
        contacts.log(composition.caseNumber().value(), new NewContact(now,
                draft.medium() == Medium.EMAIL ? ContactMedium.EMAIL : ContactMedium.LETTER,
                ContactDirection.OUTGOING, ContactOutcome.SENT, null, draft.subject()));
        if (draft.medium() == Medium.EMAIL) {
            mail.send(draft.recipientAddress(), draft.subject(), draft.body());
        }
        return get(composition.caseNumber(), id);
    }

    public List<SentItem> forCase(CaseNumber caseNumber) {
        return jdbc.sql("""
                SELECT i.id, i.template_code, i.language, i.medium, i.recipient_kind, i.recipient_name,
                    i.recipient_address, i.subject, i.body, i.pdf IS NOT NULL AS has_pdf, i.disclosed, i.sent_by,
                    i.sent_at, :number AS case_number
                FROM correspondence_item i WHERE i.case_id = :case ORDER BY i.id
                """)
                .param("number", caseNumber.value())
                .param("case", caseId(caseNumber))
                .query(Correspondence::map)
                .list();
    }

    public SentItem get(CaseNumber caseNumber, long id) {
        return forCase(caseNumber).stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Letter or e-mail " + id));
    }

    /** The PDF of a sent letter. */
    public Optional<byte[]> pdf(CaseNumber caseNumber, long id) {
        return jdbc.sql("SELECT pdf FROM correspondence_item WHERE case_id = :case AND id = :id AND pdf IS NOT NULL")
                .param("case", caseId(caseNumber))
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private Draft compose(Composition c) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.medium() == null) {
            errors.put("medium", "Required.");
        }
        if (c.recipientKind() == null) {
            errors.put("recipient", "Required.");
        }
        if (c.language() == null || !Templates.LANGUAGES.contains(c.language())) {
            errors.put("language", "One of " + Templates.LANGUAGES + ".");
        }
        Optional<Template> template = templates.find(c.template() == null ? "" : c.template())
                .filter(t -> !t.retired());
        if (template.isEmpty()) {
            errors.put("template", "Unknown template.");
        }
        if (c.organisation() != null && !c.organisation().isBlank()
                && template.isPresent() && fieldsCatalogueLacks(c.organisation())) {
            errors.put("organisation", "Unknown organisation.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CaseView view = cases.require(c.caseNumber().value(), true);
        Template.Text text = template.get().text(c.language());
        var values = fields.of(view, c);
        String subject = Placeholders.render(text.subject(), values).replaceAll("[\\r\\n]+", " ").strip();
        String body = Placeholders.render(text.body(), values);
        DisclosureScope discloses = c.recipientKind() == RecipientKind.PROVIDER
                ? DisclosureScope.union(template.get().discloses(), Placeholders.revealedBy(text.subject(), text.body()))
                : null;
        String name = Authorisations.blankToNull(c.recipientName());
        String address = Authorisations.blankToNull(c.recipientAddress());
        if (c.recipientKind() == RecipientKind.CITIZEN && view.reporter() != null) {
            name = name != null ? name : view.reporter().name();
            address = address != null ? address
                    : c.medium() == Medium.EMAIL ? view.reporter().email() : view.reporter().postalAddress();
        } else if (c.recipientKind() == RecipientKind.PROVIDER && name == null) {
            name = CaseFields.provider(view).orElse(null);
        }
        return new Draft(template.get().code(), c.language(), c.medium(), c.recipientKind(), name,
                Authorisations.blankToNull(address), subject, body, LetterHtml.paragraphs(body), discloses, null);
    }

    private boolean fieldsCatalogueLacks(String organisation) {
        return jdbc.sql("SELECT count(*) FROM correspondence_referral_org WHERE code = :c").param("c", organisation)
                .query(Long.class).single() == 0;
    }

    private static Draft withRefusal(Draft d, String rule) {
        return new Draft(d.template(), d.language(), d.medium(), d.recipientKind(), d.recipientName(),
                d.recipientAddress(), d.subject(), d.body(), d.bodyHtml(), d.discloses(), rule);
    }

    static boolean isEmailAddress(String value) {
        try {
            new InternetAddress(value, true).validate();
            return value.contains("@") && !value.contains(",");
        } catch (AddressException e) {
            return false;
        }
    }

    private long caseId(CaseNumber caseNumber) {
        return cases.requireId(caseNumber.value());
    }

    private static SentItem map(ResultSet rs, int row) throws SQLException {
        return new SentItem(rs.getLong("id"), rs.getString("case_number"), rs.getString("template_code"),
                rs.getString("language"), Medium.valueOf(rs.getString("medium")),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_name"),
                rs.getString("recipient_address"), rs.getString("subject"), rs.getString("body"),
                rs.getBoolean("has_pdf"),
                rs.getString("disclosed") == null ? null : DisclosureScope.valueOf(rs.getString("disclosed")),
                rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant());
    }
}
