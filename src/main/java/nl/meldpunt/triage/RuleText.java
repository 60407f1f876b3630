package nl.meldpunt.triage;

/**
 * The intake text as rules read it: markup removed, lowercase, accents folded, whitespace collapsed, so that
 * "suïcidaal" and "SUICIDAAL" match one pattern.
 */
record RuleText(String folded) {

    static RuleText of(String text) {
        String clean = TextFeatures.clean(text);
        return new RuleText(TextFeatures.fold(clean).replaceAll("\\s+", " "));
    }
}
