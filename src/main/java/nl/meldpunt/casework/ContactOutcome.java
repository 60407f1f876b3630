package nl.meldpunt.casework;

/**
 * Whether the person was reached. A call nobody answered is logged too (NO_ANSWER). An e-mail or letter we sent
 * from the case is SENT: it went out, but nobody was reached by it, so it keeps no callback promise.
 */
public enum ContactOutcome {
    REACHED,
    NO_ANSWER,
    SENT
}
