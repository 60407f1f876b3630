package nl.meldpunt.triage;

import java.util.regex.Pattern;

/**
 * A device, medicine or batch with a dangerous defect is still in use or on the market: a defect close to a sign
 * that it is still being used, sold or not yet recalled.
 */
final class DangerousProductStillInUseRule extends CueRule {

    private static final Pattern STILL_IN_USE = Pattern.compile(
            "gewoon (gebruikt|elke dag|in gebruik)|(gebruiken|gebruikt) (\\w+ ){0,3}gewoon|"
                    + "(gebeurt|gebeurd) (dit|het) nog|nog (steeds |altijd |gewoon )?(in gebruik|gebruikt|geleverd|in omloop|verkocht|uitgegeven|op voorraad|"
                    + "in de handel|afgeleverd|ingezet)|word(t|en) (nog |gewoon |weer )+(gebruikt|ingezet|geleverd|"
                    + "verkocht|uitgegeven)|in gebruik bij|in omloop|(staan|staat) nog (steeds )?aan|houdt (\\w+ ){0,3}open|(worden|wordt) (\\w+ ){0,3}(patienten|clienten) (behandeld|geholpen)|"
                    + "gebruiken (deze|die|de) (\\w+ )?nu|verkoopt (\\w+ ){0,3}door|(neemt|slikt|krijgt|gebruikt) (ze|hij|het|hem|die|deze) sinds|(zijn|is) (er )?(volledig )?afhankelijk van|depend(s)? on (it|them)|still have"
                    + "|moet (\\w+ ){0,2}(vanavond|vannacht|morgen) weer|pas (dinsdag|woensdag|donderdag|vrijdag|over \\w+ (dagen|weken))|nog niet (teruggeroepen|vervangen|gerepareerd|gemaakt|uit de handel)|"
                    + "niet teruggeroepen|geen terugroep|still (in use|used|sold|on the market)|blijv\\w* (ze |het |"
                    + "hem )?gebruiken|gebruik\\w* (het|ze|hem|deze) (nog|gewoon)|pas (maandag|morgen|volgende week)"
                    + "|(staat|staan) (\\w+ ){0,3}(morgen|vandaag|weer) (\\w+ ){0,3}(op het programma|gepland|ingepland)"
                    + "|(is|zijn) nog (steeds )?actief|nog steeds actief|verstuurt (\\w+ ){0,2}(ook|nog)|dagelijks (\\w+ ){0,4}(gebruikt|ingezet)|wel (gebruikt|ingezet)|ook vandaag"
                    + "|(slikt|neemt|gebruikt|krijgt) (ze|het|hem|deze|dit) (nu|nog|vandaag)|(still )?in clinical use"
                    + "|(alle|andere|meer) (patienten|clienten|bewoners|apotheken|ziekenhuizen)|hele partij|"
                    + "sinds (drie|twee|vier|\\d+) dagen|\\w+ (patienten|ziekenhuizen|apotheken) (hebben|gebruiken)");

    DangerousProductStillInUseRule() {
        super("defect\\w*|(foute|verkeerde|onjuiste) (waarden|metingen|uitslagen|meetwaarden|instructie|dosis)|"
                + "\\d+ ?mg (blijken|blijkt|bleken)|(het )?dubbele (van de )?(\\w+ )?dosis|twee keer zoveel|te (lage|hoge) waarde\\w*|etiket (\\w+ ){0,4}(vermeldt|staat) (\\w+ ){0,6}terwijl|alarm\\w* (\\w+ ){0,5}niet af|(telkens|steeds) (een )?alarm|"
                + "(autoclaaf|sterilisator|doseer\\w*) (\\w+ ){0,4}kapot|niet (\\w+ )?gesteriliseerd|dagelijks in plaats van wekelijks|ongelabeld\\w*|zonder alarm|foutmelding\\w*|"
                + "fractur\\w*|bolus (\\w+ ){0,4}zonder|namaak\\w*|vervalst\\w*|counterfeit|(geen|nauwelijks) (\\w+ ){0,2}"
                + "(ventilatie|beademing|afgifte)|productieresidu|verstopt|geblokkeerd|software error|"
                + "(elke|iedere) dag (\\w+ ){0,4}(maar|terwijl) (het|dat) (\\w+ ){0,4}per week|te hoge dosis|deeltjes|verkeerde (sterkte|dosering|opdruk|tabletten|etiket)|opdruk \\d+|te (hoog|"
                + "snel) (gedoseerd|doseren|doseert|dosering)|doseert te|doser\\w* te (snel|hoog|veel)|softwarefout|overdos\\w*|storing|gaat niet af|alarm "
                + "(werkt|gaat) niet|werkt niet (meer )?(goed|naar behoren)?|vals(e|-)?(negatie|positie)\\w*|"
                + "niet steriel|sterilisatie|verontreinig\\w*|scheur\\w*|breekt|afgebroken|klem (komen|gekomen)|"
                + "klem te zitten|\\blek(t|kage|ken)?\\b|hergebruik\\w*|opnieuw (in)?ge(zet|bruikt)|(uit gebruik|niet meer) te (nemen|gebruiken)|veiligheidsbericht|field safety|terugroepactie|contamin\\w*|malfunction\\w*|faulty", null, 400);
    }

    @Override
    boolean alsoHolds(String window) {
        return STILL_IN_USE.matcher(window).find();
    }
}
