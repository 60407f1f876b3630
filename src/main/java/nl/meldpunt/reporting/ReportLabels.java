package nl.meldpunt.reporting;

import java.util.List;
import java.util.Locale;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceItem;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Labels of codes in reports: reference data for taxonomy codes, the bundle for everything else. */
@Component
class ReportLabels {

    private final ReferenceData reference;
    private final MessageSource messages;

    ReportLabels(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    /** The label of a code; "unknown" from the bundle when the code is null. */
    String of(ReferenceList list, String code, Locale locale) {
        if (code == null) {
            return text("reporting.unknown", locale);
        }
        return reference.find(list, code).map(i -> i.label(locale)).orElse(code);
    }

    List<String> of(ReferenceList list, List<String> codes, Locale locale) {
        return codes.stream().map(c -> of(list, c, locale)).toList();
    }

    /** Sort position of a code in its list; unknown codes and null last. */
    int order(ReferenceList list, String code) {
        if (code == null) {
            return Integer.MAX_VALUE;
        }
        return reference.find(list, code).map(ReferenceItem::sortOrder).orElse(Integer.MAX_VALUE - 1);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
