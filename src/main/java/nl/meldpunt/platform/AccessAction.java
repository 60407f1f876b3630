package nl.meldpunt.platform;

/** What someone did with a case's or person's data, as recorded in the access log. */
public enum AccessAction {
    VIEW,
    SEARCH_RESULT,
    EXPORT,
    PRINT,
    CHANGE,
    DOWNLOAD
}
