package nl.meldpunt.casework;

/** How two cases relate. MERGED_INTO is made only by a merge and points from the duplicate to the surviving case. */
public enum LinkType {
    SAME_PROVIDER,
    SAME_EVENT,
    FOLLOW_UP,
    MERGED_INTO
}
