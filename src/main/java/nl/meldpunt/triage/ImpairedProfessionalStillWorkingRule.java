package nl.meldpunt.triage;

import java.util.regex.Pattern;

/** A care professional who works under the influence, falls asleep or is otherwise unfit, and is still working. */
final class ImpairedProfessionalStillWorkingRule extends CueRule {

    private static final Pattern STILL_WORKING = Pattern.compile(
            "(werkt|opereert|behandelt|dienst) (nog|gewoon|weer|morgen|vandaag|vanavond|vannacht)|nog (steeds )?"
                    + "(aan het werk|werkzaam|in dienst|patienten)|(morgen|vandaag|vanavond|vannacht) (weer )?"
                    + "(dienst|opereren|werken)|gewoon door|(staat|is) (\\w+ ){0,2}(ingeroosterd|ingepland)|visites|still working|(houdt|heeft) (\\w+ ){0,2}spreekuur|schrijft (vandaag|nog|weer) (\\w+ )?recepten");

    ImpairedProfessionalStillWorkingRule() {
        super("onder invloed|dronken|aangeschoten|alcohollucht|drankkegel|naar (drank|alcohol) (ruikt|ruiken|rook)|ruikt (soms )?naar (drank|alcohol)|"
                + "in slaap (valt|vallen|gevallen)|valt (\\w+ )?in slaap|verslaafd|drugs gebruikt|cocaine|"
                + "(doseringen|recepten) die \\w+ (keer )?te hoog|drunk|under the influence", null, 400);
    }

    @Override
    boolean alsoHolds(String window) {
        return STILL_WORKING.matcher(window).find();
    }
}
