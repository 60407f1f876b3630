package nl.meldpunt.reference;

/** The lists of reference data (taxonomy.md). Their entries live in the database and are admin-managed. */
public enum ReferenceList {
    KIND,
    REPORTER_TYPE,
    SECTOR,
    URGENCY,
    THEME,
    CLOSURE_OUTCOME
}
