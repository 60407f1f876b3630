package nl.meldpunt.triage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.PersonQuery;
import nl.meldpunt.platform.PersonalDataHolder;
import nl.meldpunt.platform.PersonalRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words of a case's text that triage keeps: the phrases explaining a suggestion ({@code triage_suggestion}) and
 * the reasons of an acute alert ({@code triage_acute_alert.reasons}, e.g. {@code 'vastgebonden' → ACUTE}). They can
 * hold a name or a diagnosis, so the privacy module finds them by name, exports them, and erases or destroys them:
 * the labels, scores and rule names stay (model evaluation and statistics), the quoted words go. Record id
 * {@code suggestion:<case number>}.
 */
@Component
class SuggestionPersonalData implements PersonalDataHolder {

    static final String SOURCE = "triage";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final JdbcClient jdbc;

    SuggestionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> find(PersonQuery query, int limit) {
        if (query.name() == null || query.name().length() < 3) {
            return List.of(); // only quoted words of the text: no e-mail, phone or date of birth
        }
        return jdbc.sql("""
                SELECT s.case_number, s.suggestion, a.reasons FROM triage_suggestion s
                LEFT JOIN triage_acute_alert a ON a.case_id = s.case_id
                WHERE position(lower(unaccent(:name)) IN lower(unaccent(s.suggestion))) > 0
                   OR position(lower(unaccent(:name)) IN lower(unaccent(coalesce(a.reasons, '')))) > 0
                ORDER BY s.suggested_at DESC LIMIT :limit""")
                .param("name", query.name()).param("limit", limit)
                .query((rs, n) -> record(rs.getString("case_number"), rs.getString("suggestion"),
                        rs.getString("reasons"), 0.9))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalRecord> forCase(String caseNumber) {
        return jdbc.sql("""
                SELECT s.case_number, s.suggestion, a.reasons FROM triage_suggestion s
                LEFT JOIN triage_acute_alert a ON a.case_id = s.case_id WHERE s.case_number = :n""")
                .param("n", caseNumber)
                .query((rs, n) -> record(caseNumber, rs.getString("suggestion"), rs.getString("reasons"), 1))
                .list().stream().filter(r -> r.fields().containsKey("phrases") || r.fields().containsKey("alertReasons"))
                .toList();
    }

    @Override
    public List<String> correctableFields() {
        return List.of();
    }

    @Override
    public void correct(String recordId, Map<String, String> values, String actor, String reason) {
        throw InvalidInput.of("records", "A triage explanation is not corrected; erase it instead.");
    }

    @Override
    @Transactional
    public void erase(String recordId, String actor, String reason) {
        if (recordId == null || !recordId.startsWith("suggestion:")) {
            throw new NotFound("Record " + recordId);
        }
        if (!withoutWords(recordId.substring("suggestion:".length()))) {
            throw new NotFound(recordId);
        }
    }

    @Override
    @Transactional
    public void destroyCase(String caseNumber, String actor) {
        withoutWords(caseNumber);
    }

    @Override
    @Transactional
    public long anonymiseAll(Anonymiser anonymiser) {
        List<String> numbers = jdbc.sql("SELECT case_number FROM triage_suggestion").query(String.class).list();
        numbers.forEach(this::withoutWords);
        return numbers.size() + jdbc.sql("UPDATE triage_acute_alert SET reasons = '-' WHERE reasons <> '-'").update();
    }

    /** Keeps labels, scores and rule names; drops every quoted word. False when there is no suggestion. */
    private boolean withoutWords(String caseNumber) {
        var stored = jdbc.sql("SELECT case_id, suggestion FROM triage_suggestion WHERE case_number = :n")
                .param("n", caseNumber)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        if (stored.isEmpty()) {
            return false;
        }
        Suggestion s = JSON.readValue(stored.get().getValue(), Suggestion.class);
        Explanation e = s.explanation();
        Explanation bare = e == null ? null : new Explanation(bare(e.kind()), bare(e.sector()), bare(e.urgency()),
                e.themes().stream().map(SuggestionPersonalData::bare).toList(),
                e.rules().stream().map(r -> new RuleFiring(r.rule(), r.urgency(), List.of())).toList(),
                e.urgencyDecidedBy());
        Suggestion cleaned = new Suggestion(s.kind(), s.sector(), s.urgency(), s.themes(), bare, s.modelVersion());
        jdbc.sql("UPDATE triage_suggestion SET suggestion = :s WHERE case_id = :id")
                .param("s", JSON.writeValueAsString(cleaned)).param("id", stored.get().getKey()).update();
        String ruleNames = e == null ? "-" : String.join("; ", e.rules().stream().map(RuleFiring::rule).toList());
        jdbc.sql("UPDATE triage_acute_alert SET reasons = :r WHERE case_id = :id")
                .param("r", ruleNames.isEmpty() ? "-" : ruleNames).param("id", stored.get().getKey()).update();
        return true;
    }

    private static Explanation.Reason bare(Explanation.Reason r) {
        return r == null ? null : new Explanation.Reason(r.code(), List.of());
    }

    private static PersonalRecord record(String caseNumber, String suggestion, String alertReasons, double score) {
        Map<String, String> fields = new LinkedHashMap<>();
        Suggestion s = JSON.readValue(suggestion, Suggestion.class);
        Explanation e = s.explanation();
        if (e != null) {
            List<String> phrases = new java.util.ArrayList<>();
            for (Explanation.Reason r : java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(e.kind(), e.sector(), e.urgency()), e.themes().stream()).toList()) {
                if (r != null) {
                    phrases.addAll(r.phrases());
                }
            }
            e.rules().forEach(r -> phrases.addAll(r.evidence()));
            if (!phrases.isEmpty()) {
                fields.put("phrases", String.join(", ", phrases.stream().distinct().toList()));
            }
        }
        if (alertReasons != null && alertReasons.contains("'")) {
            fields.put("alertReasons", alertReasons);
        }
        return new PersonalRecord(SOURCE, "suggestion:" + caseNumber, caseNumber, "triage", fields, score);
    }
}
