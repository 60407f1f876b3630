package nl.meldpunt.triage;

import java.util.regex.Pattern;

/**
 * A professional sent away for abuse, sexual misconduct, theft of medicines or working under the influence is
 * practising again elsewhere — the danger moved with them. The dismissal itself is not a sign that it is over,
 * so "inmiddels ontslagen" does not silence this rule; only a sign that they no longer work with patients does.
 */
final class MisconductProfessionalStillPractisingRule extends CueRule {

    private static final Pattern WORKS_AGAIN = Pattern.compile(
            "werkt (nu|inmiddels|weer|gewoon|alweer|sinds kort)( \\w+){0,3} (bij|in|als|op|voor)\\b|"
                    + "\\b(nu|inmiddels|weer|alweer|sinds kort) (\\w+ ){0,8}(werkt|werkzaam is|aan het werk is)\\b|"
                    + "is (nu|inmiddels|weer|alweer|sinds kort) (\\w+ ){0,3}(werkzaam|aan het werk|in dienst|aangenomen)|"
                    + "bij een andere (praktijk|instelling|organisatie|werkgever|zorgaanbieder|locatie)|"
                    + "(een )?eigen praktijk (begonnen|geopend|gestart)|(heeft|runt|begon) (hij|zij|ze) (\\w+ ){0,3}een eigen praktijk|via een (uitzendbureau|detacheerder|bemiddelaar)|"
                    + "(works|working) (now )?(at|in|for)|still practi[cs]ing");

    private static final Pattern NO_LONGER_WITH_PATIENTS = Pattern.compile(
            "niet meer (werkzaam|aan het werk|in de zorg)|geen patienten meer|werkt niet meer|is (overleden|"
                    + "met pensioen)|doorgehaald en");

    private static final Pattern MISCONDUCT = Pattern.compile(
            "ongepast|grensoverschrijd\\w*|seksue\\w*|misbruik\\w*|mishandel\\w*|aangerand|betast\\w*|"
                    + "onder invloed|verslaafd|drank|alcohol|diefstal|gestolen|ontvreemd\\w*|opiaten|morfine|"
                    + "fentanyl|oxycodon|zonder voorschrift|lorazepam|kalmeringsmiddel\\w*|geweld|geslagen|sexual|abuse|theft");

    MisconductProfessionalStillPractisingRule() {
        super("ontslagen|op staande voet|geschorst|schorsing|doorgehaald|beroepsverbod|tuchtrechter\\w*|"
                + "uit (zijn|haar) functie gezet|non-actief|dismissed|struck off", null, 400);
    }

    @Override
    boolean resolved(String window) {
        return NO_LONGER_WITH_PATIENTS.matcher(window).find();
    }

    @Override
    boolean alsoHolds(String window) {
        return WORKS_AGAIN.matcher(window).find() && MISCONDUCT.matcher(window).find();
    }
}
