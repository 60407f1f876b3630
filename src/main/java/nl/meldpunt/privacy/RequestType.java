package nl.meldpunt.privacy;

/** The data-subject rights Meldpunt handles (AVG art. 15, 16, 17, 18). */
public enum RequestType {
    ACCESS,
    RECTIFICATION,
    ERASURE,
    RESTRICTION
}
