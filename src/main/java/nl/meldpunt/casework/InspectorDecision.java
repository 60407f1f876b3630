package nl.meldpunt.casework;

/** What the inspector decides on a forwarded case. INVESTIGATE puts the case under monitoring. */
public enum InspectorDecision {
    INVESTIGATE,
    NO_INVESTIGATION,
    OTHER_MEASURE
}
