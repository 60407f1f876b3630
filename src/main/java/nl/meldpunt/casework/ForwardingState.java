package nl.meldpunt.casework;

/** Where a forwarding to an inspector stands. */
public enum ForwardingState {
    /** Forwarded; the inspector has not accepted or returned it yet. */
    AWAITING_INSPECTOR,
    /** The inspector accepted it and will decide. */
    ACCEPTED,
    /** The inspector returned it to Meldpunt. */
    RETURNED,
    /** The inspector decided on no investigation or another measure. */
    DECIDED,
    /** The inspector started an investigation, which Meldpunt monitors. */
    MONITORING,
    /** The investigation's result is recorded and the citizen informed. */
    MONITORING_ENDED;

    public boolean awaitsInspector() {
        return this == AWAITING_INSPECTOR || this == ACCEPTED;
    }
}
