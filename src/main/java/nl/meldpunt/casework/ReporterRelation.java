package nl.meldpunt.casework;

/** Who the reporter is to the care the case is about (web form: "wie bent u?"). */
public enum ReporterRelation {
    PATIENT,
    RELATIVE,
    OTHER
}
