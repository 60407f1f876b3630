package nl.meldpunt.migration;

/** Why a record of an import file was not imported. Never contains the record's personal data. */
record Rejection(long line, String field, String reason) {}
