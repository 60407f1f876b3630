package nl.meldpunt.correspondence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} placeholders in a plain-text template. One pass: a value is inserted as it is and never
 * read again for placeholders, so case data cannot smuggle in another field. Templates and values are plain text;
 * HTML is made only by {@link LetterHtml}, which escapes everything.
 */
final class Placeholders {

    /** Anything between double braces; whether the name is known is decided afterwards. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]{0,60}?)\\s*\\}\\}");

    private Placeholders() {}

    static String render(String template, Map<Placeholder, String> values) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = Placeholder.byKey(m.group(1))
                    .map(p -> values.getOrDefault(p, ""))
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? "" : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names in the text that Meldpunt does not know, in order of appearance. */
    static List<String> unknown(String template) {
        List<String> unknown = new ArrayList<>();
        if (template == null) {
            return unknown;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (Placeholder.byKey(m.group(1)).isEmpty() && !unknown.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }

    static Set<Placeholder> used(String... templates) {
        Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
        for (String template : templates) {
            if (template != null) {
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    Placeholder.byKey(m.group(1)).ifPresent(used::add);
                }
            }
        }
        return used;
    }

    /** What the texts reveal about the citizen through their placeholders (null: nothing). */
    static DisclosureScope revealedBy(String... templates) {
        DisclosureScope scope = null;
        for (Placeholder p : used(templates)) {
            scope = DisclosureScope.union(scope, p.reveals());
        }
        return scope;
    }
}
