package nl.meldpunt.triage;

/** A patient has not had vital medication or care for some time, and still has not. */
final class EssentialCareMissingRule extends CueRule {

    EssentialCareMissingRule() {
        super("(geen|niet|zonder) (zijn |haar )?(insuline|levodopa|medicatie|medicijnen|antibiotica|zuurstof|"
                + "beademing|sondevoeding|eten|drinken|thuiszorg)|(insuline|levodopa|medicatie|medicijnen|antibiotica|anti-?epileptica|epilepsiemedicatie)"
                + " (\\w+ ){0,3}niet (gekregen|gegeven|toegediend|meer)|(niks|niets) (te )?(gegeten|gedronken|drinken|eten)"
                + "|niemand komt( kijken)?|(thuiszorg|wijkverpleging|verzorging) (komt|kwam) (\\w+ ){0,3}niet|geen (enkele )?(verpleegkundige|verzorgende|begeleider|arts)\\w* (\\w+ ){0,4}(ingeroosterd|aanwezig|beschikbaar)|koud huis|verwarming (staat )?uit|natte kleding|(barely|does not|doesn't) respond\\w*|niemand (\\w+ ){0,4}(geweest|"
                + "gekomen)|ligt (\\w+ ){0,3}(op de grond|in bed)|bloedt nog|nog bloedt|op de grond (\\w+ )?(ligt|liggen)|reageert niet|flauwgevallen|blauw aan|niet aanspreekbaar|"
                + "nauwelijks aanspreekbaar|geen (dokter|arts|huisarts|verpleegkundige|specialist) (\\w+ ){0,2}(geweest|gekomen|langs|komt)|"
                + "(not|never) (been )?(given|had|received|got) (her|his|their) (insulin|medication|medicine)|(is|wordt) (heel |erg |zo )?suf|koorts en (is )?suf|uitgedroogd|drinkt (bijna )?niets?",
                NOW, 200);
    }
}
