package nl.meldpunt.formalreports;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels of forms and fields in a language, and the case description a report gets: its fields, one per line. */
@Component
class ReportText {

    static final Locale DUTCH = Locale.of("nl");

    private final MessageSource messages;

    ReportText(MessageSource messages) {
        this.messages = messages;
    }

    /** The case description, in Dutch (what staff read and what search and triage use). */
    String description(ReportType type, Map<String, String> values) {
        StringBuilder text = new StringBuilder(msg("formalreports.type." + type.name(), DUTCH)).append('\n');
        for (FieldSpec f : type.fields()) {
            String v = values.get(f.name());
            if (v == null || v.isBlank()) {
                continue;
            }
            String shown = f.isChoice() ? msg("formalreports.option." + f.name() + "." + v, DUTCH) : v;
            text.append(msg("formalreports.field." + f.name(), DUTCH)).append(": ").append(shown).append('\n');
        }
        return text.toString().strip();
    }

    /** Field errors as messages in the given language (the API answers in English). */
    Map<String, String> errors(Map<String, String> codes, Locale locale) {
        var out = new java.util.LinkedHashMap<String, String>();
        codes.forEach((field, code) -> out.put(field, msg("formalreports.error." + code, locale)));
        return out;
    }

    String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
