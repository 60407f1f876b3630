package nl.meldpunt.reporting;

import java.time.Instant;
import java.util.List;

/**
 * Everything Meldpunt knows about one provider over time (provider identity as in the report_provider view). No
 * personal data of citizens: codes, dates, statuses and the reviewed inspector summary.
 */
record ProviderProfile(String key, String name, String kvkNumber, List<String> namesAndPlaces, long cases,
        List<YearKinds> perYear, List<KlachtbeeldFigures.Count> themes, long openClockTotal,
        List<ClockCount> openClockCounts, List<OpenClock> openClocks,
        List<CaseLine> forwarded, List<CaseLine> recent, String timelineChart) {

    /** A hit of the provider search. */
    record Hit(String key, String name, String place, String kvkNumber, String agbCode, long cases) {}

    record YearKinds(int year, long total, List<KlachtbeeldFigures.Count> kinds) {}

    /** Open clocks of one type in one state, and how many of them are past their due time. */
    record ClockCount(String type, String state, long count, long overdue) {}

    /** One of the open clocks due soonest. */
    record OpenClock(String caseNumber, String type, String state, Instant dueAt) {}

    record CaseLine(String caseNumber, Instant receivedAt, String kind, String sector, String urgency, String status,
            boolean forwarded, String outcome, String summary) {}
}
