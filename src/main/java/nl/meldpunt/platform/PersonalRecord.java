package nl.meldpunt.platform;

import java.util.Map;

/**
 * One piece of personal data a module holds: which source, which record (an id the source understands), on which
 * case, its fields (name → value, in display order), and how well it matched a search (1 = exact).
 */
public record PersonalRecord(String source, String recordId, String caseNumber, String kind,
        Map<String, String> fields, double score) {

    public PersonalRecord {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
