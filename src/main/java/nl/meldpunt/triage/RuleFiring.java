package nl.meldpunt.triage;

import java.util.List;

/**
 * A named urgency rule that fired: which rule, the urgency it demands, and the words of the text that made it
 * fire, e.g. {@code 'vastgebonden' + 'nog steeds' → ACUTE}.
 */
public record RuleFiring(String rule, String urgency, List<String> evidence) {

    public RuleFiring {
        evidence = List.copyOf(evidence);
    }

    /** "'vastgebonden' + 'nog steeds' → ACUTE". */
    @com.fasterxml.jackson.annotation.JsonProperty(value = "summary", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
    public String summary() {
        return String.join(" + ", evidence.stream().map(e -> "'" + e + "'").toList()) + " → " + urgency;
    }
}
