package nl.meldpunt.triage;

import java.util.regex.Pattern;

/**
 * An infectious outbreak among vulnerable people that is not contained: the place stays open, the source is
 * unknown, the GGD has not been told.
 */
final class OutbreakOngoingRule extends CueRule {

    private static final Pattern NOT_CONTAINED = Pattern.compile(
            "blijft (gewoon )?open|open blijft|(is|zijn|wordt|worden) niet (gesloten|geisoleerd)|bron (is )?(nog )?onbekend|"
                    + "(ggd|niemand) (is )?(nog )?niet (ingelicht|op de hoogte|gemeld|gebeld)|nog steeds (nieuwe|meer)|"
                    + "gaat (gewoon )?door|geen (isolatie|maatregelen)|still open|source (is )?unknown");

    OutbreakOngoingRule() {
        super("uitbraak|outbreak|bloederige diarree|(multi)?resistente bacterie|\\bbrmo\\b|\\bmrsa\\b|legionella|"
                + "mazelen|tbc|tuberculose|meningitis|(kinderen|bewoners|patienten|clienten) (\\w+ ){0,3}(besmet|ziek "
                + "geworden|diarree)", null, 300);
    }

    @Override
    boolean alsoHolds(String window) {
        return NOT_CONTAINED.matcher(window).find();
    }
}
