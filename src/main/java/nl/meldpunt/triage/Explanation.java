package nl.meldpunt.triage;

import java.util.List;

/**
 * Why each label was suggested: the phrases of the text that weighed most for it, and the urgency rules that
 * fired. {@code urgencyDecidedBy} is {@code RULE} when a rule set the urgency, else {@code MODEL}.
 */
public record Explanation(
        Reason kind, Reason sector, Reason urgency, List<Reason> themes, List<RuleFiring> rules,
        String urgencyDecidedBy) {

    public Explanation {
        themes = List.copyOf(themes);
        rules = List.copyOf(rules);
    }

    /** The phrases (words of the original text) that pushed hardest towards {@code code}. */
    public record Reason(String code, List<String> phrases) {

        public Reason {
            phrases = List.copyOf(phrases);
        }

        /** "'vastgebonden' + 'nog steeds' → ACUTE". */
        @com.fasterxml.jackson.annotation.JsonProperty(value = "summary", access = com.fasterxml.jackson.annotation.JsonProperty.Access.READ_ONLY)
        public String summary() {
            if (phrases.isEmpty()) {
                return "→ " + code;
            }
            return String.join(" + ", phrases.stream().map(p -> "'" + p + "'").toList()) + " → " + code;
        }
    }
}
