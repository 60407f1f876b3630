package nl.meldpunt.triage;

import java.util.regex.Pattern;

/**
 * Harmful treatment by an unqualified or rogue practitioner that goes on: patients told to stop their
 * treatment, dangerous substances, complications piling up, while the practice keeps treating and advertising.
 */
final class HarmfulPracticeOngoingRule extends CueRule {

    private static final Pattern GOES_ON = Pattern.compile(
            "dagelijks|elke dag|(morgen|weer) (\\w+ ){0,2}(sessie|afspraak|behandeling)|dit weekend|iedere dag|wekelijks|deze week|nog (steeds|meer)|wachtlijst|kortingsactie\\w*|"
                    + "reclame|ingepland|gepland|meer (patienten|clienten|klanten|vrouwen) (volgen|ingepland)|"
                    + "wordt (snel |steeds )?(zwakker|zieker|slechter)|gaat (\\w+ ){0,2}achteruit|"
                    + "(vertelt|adviseert|zegt) (\\w+ ){0,2}(patienten|kankerpatienten|mensen|clienten) dat|(de )?volgende (is|staat|week)|still|every day");

    HarmfulPracticeOngoingRule() {
        super("chloordioxide|\\bmms\\b|ozon\\w*|(stoppen|stopt|gestopt) met (de |haar |zijn |hun )?(chemo\\w*|"
                + "behandeling|medicatie|medicijnen|insuline)|abces\\w*|granulom\\w*|necrose|zonder (arts|anamnese|"
                + "opleiding|diploma|big-registratie|bevoegdheid)|wonderdokter|(botox|fillers?) (\\w+ ){0,3}aan huis|filler ?part\\w*", null, 400);
    }

    @Override
    boolean alsoHolds(String window) {
        return GOES_ON.matcher(window).find();
    }
}
