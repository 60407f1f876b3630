package nl.meldpunt.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorisations (machtigingen) on a case, and the one question other parts ask: may the citizen's name or
 * complaint be told to the provider? Only a standing (not revoked) authorisation of the needed scope allows it.
 */
@Component
public class Authorisations {

    static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final CaseQueries cases;
    private final CaseJournal journal;
    private final Clock clock;

    Authorisations(JdbcClient jdbc, CaseQueries cases, CaseJournal journal, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Authorisation record(CaseNumber caseNumber, NewAuthorisation a) {
        long caseId = caseId(caseNumber);
        validate(a);
        String contentType = null;
        String filename = null;
        if (a.form() == AuthorisationForm.SIGNED_DOCUMENT) {
            contentType = AttachmentPolicy.detectType(a.document()).orElseThrow();
            filename = AttachmentPolicy.safeFilename(a.documentFilename(), contentType);
        }
        String note = blankToNull(a.note());
        Instant now = clock.instant();
        long id = jdbc.sql("""
                INSERT INTO correspondence_authorisation (case_id, given_on, scope, form, document_filename,
                    document_type, document, note, recorded_by, recorded_at)
                VALUES (:case, :given, :scope, :form, :filename, :type, :document, :note, :by, :at)
                RETURNING id
                """)
                .param("case", caseId)
                .param("given", a.givenOn())
                .param("scope", a.scope().name())
                .param("form", a.form().name())
                .param("filename", filename)
                .param("type", contentType)
                .param("document", a.form() == AuthorisationForm.SIGNED_DOCUMENT ? a.document() : null)
                .param("note", note)
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("authorisationScope", a.scope().name());
        details.put("authorisationForm", a.form().name());
        details.put("givenOn", a.givenOn().toString());
        journal.record(caseNumber, CurrentUser.name(), HistoryAction.AUTHORISATION_RECORDED, details, null);
        return get(caseNumber, id);
    }

    @Transactional
    public Authorisation revoke(CaseNumber caseNumber, long id, LocalDate revokedOn, String reason) {
        Authorisation current = get(caseNumber, id);
        if (current.revoked()) {
            throw new AuthorisationAlreadyRevoked();
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (revokedOn == null) {
            errors.put("revokedOn", "Required.");
        } else if (revokedOn.isAfter(today())) {
            errors.put("revokedOn", "Cannot be in the future.");
        } else if (revokedOn.isBefore(current.givenOn())) {
            errors.put("revokedOn", "Cannot be before the authorisation was given.");
        }
        if (blankToNull(reason) == null) {
            errors.put("reason", "Required.");
        } else if (reason.length() > MAX_TEXT) {
            errors.put("reason", "Too long.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        jdbc.sql("""
                UPDATE correspondence_authorisation
                SET revoked_on = :on, revocation_reason = :reason, revoked_by = :by, revoked_at = :at
                WHERE id = :id AND revoked_on IS NULL
                """)
                .param("on", revokedOn)
                .param("reason", reason.strip())
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
        journal.record(caseNumber, CurrentUser.name(), HistoryAction.AUTHORISATION_REVOKED,
                Map.of("authorisationScope", current.scope().name(), "revokedOn", revokedOn.toString()),
                reason.strip());
        return get(caseNumber, id);
    }

    public List<Authorisation> forCase(CaseNumber caseNumber) {
        return jdbc.sql("""
                SELECT a.*, :number AS case_number FROM correspondence_authorisation a
                WHERE a.case_id = :case ORDER BY a.given_on, a.id
                """)
                .param("number", caseNumber.value())
                .param("case", caseId(caseNumber))
                .query(Authorisations::map)
                .list();
    }

    public Authorisation get(CaseNumber caseNumber, long id) {
        return forCase(caseNumber).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("Authorisation " + id));
    }

    /** The signed document of an authorisation: file name, content type and bytes. */
    public Optional<Document> document(CaseNumber caseNumber, long id) {
        return jdbc.sql("""
                SELECT document_filename, document_type, document FROM correspondence_authorisation
                WHERE case_id = :case AND id = :id AND document IS NOT NULL
                """)
                .param("case", caseId(caseNumber))
                .param("id", id)
                .query((rs, n) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    public record Document(String filename, String contentType, byte[] content) {}

    /** True when a standing authorisation (or several together) covers {@code scope}. */
    public boolean allowsDisclosure(CaseNumber caseNumber, DisclosureScope scope) {
        return standingScopes(forCase(caseNumber)).containsAll(scope.parts());
    }

    /**
     * Refuses a disclosure the case's authorisations do not cover: {@link AuthorisationRevoked} when a revoked one
     * would have covered it, {@link DisclosureRequiresAuthorisation} otherwise. Nothing needed: always allowed.
     */
    public void requireDisclosure(CaseNumber caseNumber, DisclosureScope needed) {
        if (needed == null) {
            return;
        }
        List<Authorisation> all = forCase(caseNumber);
        if (standingScopes(all).containsAll(needed.parts())) {
            return;
        }
        Set<DisclosureScope> withRevoked = EnumSet.noneOf(DisclosureScope.class);
        all.forEach(a -> withRevoked.addAll(a.scope().parts()));
        if (withRevoked.containsAll(needed.parts())) {
            throw new AuthorisationRevoked(needed);
        }
        throw new DisclosureRequiresAuthorisation(needed);
    }

    private Set<DisclosureScope> standingScopes(List<Authorisation> all) {
        LocalDate today = today();
        Set<DisclosureScope> parts = EnumSet.noneOf(DisclosureScope.class);
        all.stream().filter(a -> !a.revoked() && !a.givenOn().isAfter(today))
                .forEach(a -> parts.addAll(a.scope().parts()));
        return parts;
    }

    private void validate(NewAuthorisation a) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.givenOn() == null) {
            errors.put("givenOn", "Required.");
        } else if (a.givenOn().isAfter(today())) {
            errors.put("givenOn", "Cannot be in the future.");
        }
        if (a.scope() == null) {
            errors.put("scope", "Required.");
        }
        if (a.form() == null) {
            errors.put("form", "Required.");
        } else if (a.form() == AuthorisationForm.SIGNED_DOCUMENT) {
            AttachmentPolicy.check(a.document(), AttachmentPolicy.PUBLIC_TYPES)
                    .ifPresent(refusal -> errors.put("document", "attachment." + refusal.name()));
        } else if (blankToNull(a.note()) == null) {
            errors.put("note", "Required for a verbal authorisation.");
        }
        if (a.note() != null && a.note().length() > MAX_TEXT) {
            errors.put("note", "Too long.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private long caseId(CaseNumber caseNumber) {
        return cases.requireId(caseNumber.value());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Amsterdam.ZONE);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Authorisation map(ResultSet rs, int row) throws SQLException {
        return new Authorisation(rs.getLong("id"), rs.getString("case_number"),
                rs.getObject("given_on", LocalDate.class), DisclosureScope.valueOf(rs.getString("scope")),
                AuthorisationForm.valueOf(rs.getString("form")), rs.getString("document_filename"),
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("revoked_on", LocalDate.class), rs.getString("revocation_reason"),
                rs.getString("revoked_by"));
    }
}
