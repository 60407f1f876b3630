package nl.meldpunt.casework;

/** What a history entry records. */
public enum HistoryAction {
    REGISTERED,
    CLASSIFIED,
    STATUS_CHANGED,
    ASSIGNED,
    ATTACHMENT_ADDED,
    ATTACHMENT_DOWNLOADED,
    REPORTER_CHANGED,
    SUMMARY_CHANGED,
    CLOCK_CHANGED,
    NOTE_ADDED,
    CONTACT_LOGGED,
    TEXT_ADDED,
    ACKNOWLEDGEMENT_SENT
}
