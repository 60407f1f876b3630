package nl.meldpunt.deadlines;

/** Who a clock binds: whose deadline it is. */
public enum Party {
    US,
    PROVIDER,
    INSPECTOR,
    MANUFACTURER
}
