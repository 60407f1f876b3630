package nl.meldpunt.casework;

import java.time.LocalDate;

/** Search criteria for the work list and the API; any may be null. {@code q} is Dutch full text. */
public record CaseFilter(
        String q,
        CaseStatus status,
        Channel channel,
        String kind,
        String sector,
        String urgency,
        LocalDate from,
        LocalDate to,
        Boolean open) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null);
    }
}
