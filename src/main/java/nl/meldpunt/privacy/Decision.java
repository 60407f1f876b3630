package nl.meldpunt.privacy;

/** What was decided on a data-subject request. */
public enum Decision {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED
}
