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

    /** Fields from name, value pairs in display order, leaving out the null values. */
    public static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
