package nl.meldpunt.casework;

/** The part another person plays in a case besides the reporter. */
public enum PartyRole {
    PATIENT,
    RELATIVE,
    REPRESENTATIVE,
    WITNESS,
    OTHER
}
