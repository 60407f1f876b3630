package nl.meldpunt.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily signal overview (signaaloverzicht) of one office working day: the complaints and signals received
 * since the previous working day, per sector. Holds no personal data of citizens: only codes, providers and the
 * short description reviewed for inspectors.
 *
 * @param date the office working day the overview is for
 * @param coversFrom the first calendar day covered (the day after the previous working day)
 */
record SignalOverview(LocalDate date, LocalDate coversFrom, LocalDate coversTo, int total, List<SectorSignals> sectors) {

    /** The signals of one sector; {@code sector} is null for cases not yet given a sector. */
    record SectorSignals(String sector, String sectorLabel, List<Signal> signals) {}

    /**
     * One case in the overview. {@code summary} is the reviewed inspector summary, or the "no summary yet" text
     * when there is none ({@code summaryReviewed} false); never the citizen's own words.
     */
    record Signal(String caseNumber, Instant receivedAt, String kind, String kindLabel, String urgency,
            String urgencyLabel, List<String> themes, List<String> themeLabels, List<Provider> providers,
            String summary, boolean summaryReviewed) {

        /** The moment received, in Dutch local time (for display). */
        public java.time.LocalDateTime receivedLocal() {
            return java.time.LocalDateTime.ofInstant(receivedAt, nl.meldpunt.platform.Amsterdam.ZONE);
        }
    }

    /** A provider as the overview names it. */
    record Provider(String name, String place) {}
}
