package nl.meldpunt.deadlines;

/**
 * The two working-day calendars. OFFICE: the days Meldpunt works (its promises, e.g. the callback). STATUTORY:
 * the days that count for legal terms (Algemene termijnenwet).
 */
public enum CalendarType {
    OFFICE,
    STATUTORY
}
