package nl.meldpunt.casework;

/** How the reporter wants to be contacted. NONE: no contact at all (the callback promise does not apply). */
public enum ContactPreference {
    PHONE,
    EMAIL,
    LETTER,
    NONE;

    public boolean wantsContact() {
        return this != NONE;
    }
}
