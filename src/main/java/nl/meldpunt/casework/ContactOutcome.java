package nl.meldpunt.casework;

/** Whether the person was reached. A call nobody answered is logged too (NO_ANSWER). */
public enum ContactOutcome {
    REACHED,
    NO_ANSWER
}
