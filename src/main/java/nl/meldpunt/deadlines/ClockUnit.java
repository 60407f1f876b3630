package nl.meldpunt.deadlines;

/** How a clock's length is counted. */
public enum ClockUnit {
    /** A duration of office time (e.g. PT4H), on OFFICE working days within office hours. */
    OFFICE_HOURS,
    /** A number of working days of the clock's calendar (P5D = five working days); due at the end of the last. */
    WORKING_DAYS,
    /** A statutory term (ISO period such as P6W), ending by the Algemene termijnenwet. */
    TERM
}
