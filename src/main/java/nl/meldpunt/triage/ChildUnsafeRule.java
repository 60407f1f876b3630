package nl.meldpunt.triage;

import java.util.regex.Pattern;

/** A child is unsafe now: abused, neglected, left alone, or about to go back to where it is unsafe. */
final class ChildUnsafeRule extends CueRule {

    private static final Pattern CHILD = Pattern.compile(
            "\\b(kind|kinderen|kindje|zoon|zoontje|dochter|dochtertje|baby|zuigeling|pleegkind\\w*|pleegzoon|pleegdochter|pleegmeisje|pleegjongen|"
                    + "leerling|meisje|meisjes|jongen|jongens|minderjarig\\w*|tiener|peuter|kleuter|child|children)\\b|"
                    + "\\((\\d|1[0-7])( jaar)?\\)");

    ChildUnsafeRule() {
        super("onveilig|mishandel\\w*|\\bslaat\\b|geslagen|misbruik\\w*|verwaarloos\\w*|verwaarlozing|alleen (thuis|"
                + "gelaten|gelaten)|in gevaar|striem\\w*|blauwe plek\\w*|met de riem|zelfbeschadig\\w*|"
                + "opgehaald door|weggelopen|vermist|drugs (geeft|krijgt|gegeven)|buiten (in de kou|gezet|gelaten)|"
                + "niet naar binnen|brandwond\\w*|teruggeplaatst|schedelbreuk|niet (meer )?binnen (mag|mocht|hoefde)|op de stoep|onverklaarde? (\\w+ )?(botbreuk|breuk|letsel)\\w*|"
                + "durft (\\w+ ){0,2}niet (meer )?(te slapen|naar huis|terug|thuis)|niet (meer )?naar huis durft|"
                + "(mee te nemen|meenemen|ontvoer\\w*) (\\w+ ){0,2}buitenland|buitengesloten|achtergelaten|terug naar (haar|zijn) (moeder|vader|ouders)|loverboy|geen eten|honger|unsafe|neglect\\w*", NOW, 250);
    }

    @Override
    boolean alsoHolds(String window) {
        return CHILD.matcher(window).find();
    }
}
