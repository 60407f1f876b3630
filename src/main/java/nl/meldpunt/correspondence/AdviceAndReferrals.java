package nl.meldpunt.correspondence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.meldpunt.casework.AnalystShield;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Advice given to the citizen and referrals to other organisations, recorded on the case and in its history. */
@Component
public class AdviceAndReferrals {

    private final JdbcClient jdbc;
    private final AnalystShield shield;
    private final CaseQueries cases;
    private final CaseJournal journal;
    private final AdviceCatalogue catalogue;
    private final Clock clock;

    AdviceAndReferrals(JdbcClient jdbc, CaseQueries cases, CaseJournal journal, AdviceCatalogue catalogue,
            Clock clock, AnalystShield shield) {
        this.shield = shield;
        this.jdbc = jdbc;
        this.cases = cases;
        this.journal = journal;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public GivenAdvice giveAdvice(CaseNumber caseNumber, List<String> snippets, String text) {
        long caseId = caseId(caseNumber);
        List<String> codes = snippets == null ? List.of() : snippets.stream().distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> unknown = codes.stream().filter(c -> catalogue.snippet(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.put("snippets", "Unknown advice snippet.");
        }
        String free = Authorisations.blankToNull(text);
        if (codes.isEmpty() && free == null) {
            errors.put("text", "Give a standard advice or a text.");
        }
        if (free != null && free.length() > Authorisations.MAX_TEXT) {
            errors.put("text", "Too long.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = jdbc.sql("""
                INSERT INTO correspondence_advice (case_id, snippets, text, given_by, given_at)
                VALUES (:case, :snippets, :text, :by, :at) RETURNING id
                """)
                .param("case", caseId)
                .param("snippets", codes.toArray(String[]::new))
                .param("text", free)
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        if (!codes.isEmpty()) {
            details.put("adviceSnippets", codes);
        }
        journal.record(caseNumber, CurrentUser.name(), HistoryAction.ADVICE_GIVEN, details, free);
        return advice(caseNumber).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public Referral refer(CaseNumber caseNumber, String organisation, String note) {
        long caseId = caseId(caseNumber);
        ReferralOrganisation org = catalogue.organisation(organisation == null ? "" : organisation)
                .filter(o -> !o.retired())
                .orElseThrow(() -> InvalidInput.of("organisation", "Unknown organisation."));
        String free = Authorisations.blankToNull(note);
        if (free != null && free.length() > Authorisations.MAX_TEXT) {
            throw InvalidInput.of("note", "Too long.");
        }
        long id = jdbc.sql("""
                INSERT INTO correspondence_referral (case_id, organisation, note, referred_by, referred_at)
                VALUES (:case, :org, :note, :by, :at) RETURNING id
                """)
                .param("case", caseId)
                .param("org", org.code())
                .param("note", free)
                .param("by", CurrentUser.name())
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        journal.record(caseNumber, CurrentUser.name(), HistoryAction.REFERRAL_MADE,
                Map.of("organisation", org.name()), free);
        return referrals(caseNumber).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The advice given on the case; for an analyst the free text pseudonymised ({@code AnalystShield}). */
    public List<GivenAdvice> advice(CaseNumber caseNumber) {
        List<GivenAdvice> all = rawAdvice(caseNumber);
        if (!AnalystShield.applies() || all.isEmpty()) {
            return all;
        }
        long id = caseId(caseNumber);
        return all.stream().map(a -> new GivenAdvice(a.id(), a.snippets(), shield.mask(a.text(), id), a.givenBy(),
                a.givenAt())).toList();
    }

    private List<GivenAdvice> rawAdvice(CaseNumber caseNumber) {
        return jdbc.sql("SELECT * FROM correspondence_advice WHERE case_id = :case ORDER BY id")
                .param("case", caseId(caseNumber))
                .query((rs, n) -> new GivenAdvice(rs.getLong("id"),
                        List.of((String[]) rs.getArray("snippets").getArray()), rs.getString("text"),
                        rs.getString("given_by"), rs.getTimestamp("given_at").toInstant()))
                .list();
    }

    /** The referrals of the case; for an analyst the note pseudonymised ({@code AnalystShield}). */
    public List<Referral> referrals(CaseNumber caseNumber) {
        List<Referral> all = rawReferrals(caseNumber);
        if (!AnalystShield.applies() || all.isEmpty()) {
            return all;
        }
        long id = caseId(caseNumber);
        return all.stream().map(r -> new Referral(r.id(), r.organisation(), r.organisationName(),
                shield.mask(r.note(), id), r.referredBy(), r.referredAt())).toList();
    }

    private List<Referral> rawReferrals(CaseNumber caseNumber) {
        return jdbc.sql("""
                SELECT r.*, o.name FROM correspondence_referral r
                JOIN correspondence_referral_org o ON o.code = r.organisation
                WHERE r.case_id = :case ORDER BY r.id
                """)
                .param("case", caseId(caseNumber))
                .query((rs, n) -> new Referral(rs.getLong("id"), rs.getString("organisation"), rs.getString("name"),
                        rs.getString("note"), rs.getString("referred_by"), rs.getTimestamp("referred_at").toInstant()))
                .list();
    }

    /** The latest advice as letter text in the given language: the snippets' texts, then the free text. */
    Optional<String> latestAdviceText(CaseNumber caseNumber, String language) {
        List<GivenAdvice> all = rawAdvice(caseNumber);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        GivenAdvice last = all.getLast();
        String snippets = last.snippets().stream()
                .map(code -> catalogue.snippet(code).map(s -> s.text(language)).orElse(""))
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n\n"));
        String text = last.text() == null ? "" : last.text();
        return Optional.of(snippets.isEmpty() ? text : text.isEmpty() ? snippets : snippets + "\n\n" + text);
    }

    private long caseId(CaseNumber caseNumber) {
        return cases.requireId(caseNumber.value());
    }
}
