package nl.meldpunt.reporting;

import java.util.List;

/**
 * The numbers of one year's Klachtbeeld, as codes and exact counts (no labels, no suppression: those are added
 * when it is shown). This is what a publication freezes.
 *
 * @param monthly per month (1-12) the cases received in the year two before, the year before and the year
 * @param complaints cases of kind COMPLAINT received in the year; {@code complaintsYearBefore} the same a year earlier
 */
record KlachtbeeldFigures(
        int year,
        long total,
        long complaints,
        long complaintsYearBefore,
        List<Month> monthly,
        List<Count> channels,
        List<Count> sectors,
        List<SectorThemes> themesPerSector,
        long forwarded,
        List<Count> forwardedOutcomes,
        List<Count> kinds,
        List<Count> urgencies,
        List<Count> reporterTypes) {

    /** One month: counts for {@code year - 2}, {@code year - 1} and {@code year}. */
    record Month(int month, long twoYearsBefore, long yearBefore, long year) {}

    /** A count for a code; code null means "not (yet) classified". */
    record Count(String code, long count) {}

    /** The top themes within one sector. */
    record SectorThemes(String sector, long cases, List<Count> themes) {}
}
