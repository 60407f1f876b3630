package nl.meldpunt.casework;

/** Whether the contact came in or we made it. */
public enum ContactDirection {
    INCOMING,
    OUTGOING
}
