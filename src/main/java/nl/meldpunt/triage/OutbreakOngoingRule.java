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
                    + "gaat (gewoon )?door|geen (isolatie|maatregelen)|niet onder controle|overplaats\\w*|ongevaccineerd\\w*|(is|blijft) (nog )?(gewoon )?open|houdt (\\w+ ){0,3}open|nog (steeds )?open"
                    + "|nog steeds (geplaatst|opgenomen)|(nog )?niet (gestart|begonnen)|still open|source (is )?unknown");

    OutbreakOngoingRule() {
        super("uitbraak|outbreak|multiresistent\\w*|klebsiella|difterie|kinkhoest|bloederige diarree|(multi)?resistente bacterie|\\bbrmo\\b|\\bmrsa\\b|legionella|"
                + "mazelen|tbc|tuberculose|meningitis|(kinderen|bewoners|patienten|clienten|mensen|gasten) (\\w+ ){0,3}(besmet|ziek "
                + "geworden|ziek (met|door)|diarree)", null, 300);
    }

    @Override
    boolean alsoHolds(String window) {
        return NOT_CONTAINED.matcher(window).find();
    }
}
