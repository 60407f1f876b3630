package nl.meldpunt.deadlines;

import java.util.Locale;

/**
 * A kind of clock (reference data): who it binds, how its length counts, and how far it may be extended.
 *
 * @param length ISO-8601: a duration (PT4H) for OFFICE_HOURS, P&lt;n&gt;D working days, or a period for TERM
 * @param maxExtension the most all extensions together may add (same notation), null when not extendable
 * @param maxExtensions how many times it may be extended
 */
public record ClockType(
        String code,
        String labelNl,
        String labelEn,
        Party party,
        ClockUnit unit,
        CalendarType calendar,
        String length,
        String maxExtension,
        int maxExtensions,
        int sortOrder,
        boolean retired) {

    public ClockType {
        ClockLength.check(unit, "length", length);
        if (maxExtension != null) {
            ClockLength.check(unit, "maxExtension", maxExtension);
        }
        if (unit == ClockUnit.TERM && calendar != CalendarType.STATUTORY) {
            throw nl.meldpunt.platform.InvalidInput.of("calendar", "A statutory term runs on the STATUTORY calendar.");
        }
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelNl;
    }
}
