package nl.meldpunt.triage;

import java.util.regex.Pattern;

/** Many patients or clients are without care or at risk now (a bankruptcy, an unmanned night, no ambulances). */
final class ManyPatientsAffectedRule extends CueRule {

    private static final Pattern WITHOUT_CARE = Pattern.compile(
            "geen (zorg|ambulance\\w*|verpleegkundige|arts|dokter|insuline|medicatie)|zonder (zorg|toezicht|"
                    + "verpleegkundige|arts|insuline|medicatie)|niet bemand|onbemand|alleen (een|1) (uitzendkracht|"
                    + "invaller|helpende)|naar huis gestuurd|failliet|enige verpleegkundige|no (care|staff)");

    ManyPatientsAffectedRule() {
        super("(\\b\\d{2,}|tientallen|honderden|alle|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|zestig|meer dan \\w+) "
                + "(\\w+ )?(patienten|clienten|bewoners|kinderen|mensen|ouderen|patients|residents)", NOW, 300);
    }

    @Override
    boolean alsoHolds(String window) {
        return WITHOUT_CARE.matcher(window).find();
    }
}
