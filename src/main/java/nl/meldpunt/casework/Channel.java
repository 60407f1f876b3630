package nl.meldpunt.casework;

/** How an intake reached Meldpunt. The software reasons about channels, so this is an enum, not reference data. */
public enum Channel {
    PHONE,
    WEB_FORM,
    EMAIL,
    LETTER,
    API,
    INTERNAL
}
