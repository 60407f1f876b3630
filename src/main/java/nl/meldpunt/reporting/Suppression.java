package nl.meldpunt.reporting;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How numbers are shown. In published output (PDF, CSV, the JSON of the API) every count under 5, zero included,
 * is shown as "&lt;5" so that no one can be recognised from a small number; internal pages show exact numbers.
 */
record Suppression(boolean published, Locale locale) {

    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    static boolean hides(long n) {
        return n < THRESHOLD;
    }

    /** A count as shown: "&lt;5" when published and under the threshold, else with Dutch thousands separators. */
    String n(long n) {
        if (published && hides(n)) {
            return SUPPRESSED;
        }
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A count for machine-readable output (CSV, JSON): "&lt;5" or the plain number. */
    String raw(long n) {
        return published && hides(n) ? SUPPRESSED : Long.toString(n);
    }

    /** A share in percent, left out ("") when either number is hidden. */
    String percent(long part, long whole) {
        if (whole == 0 || (published && (hides(part) || hides(whole)))) {
            return "";
        }
        return Math.round(100.0 * part / whole) + "%";
    }
}
