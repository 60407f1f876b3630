package nl.meldpunt.reference;

import java.util.Locale;

/** One entry of a reference list: a stable code and its labels. */
public record ReferenceItem(
        ReferenceList list,
        String code,
        String labelNl,
        String labelEn,
        String description,
        int sortOrder,
        boolean retired,
        boolean system) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
