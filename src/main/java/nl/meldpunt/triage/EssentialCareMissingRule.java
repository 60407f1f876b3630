package nl.meldpunt.triage;

/** A patient has not had vital medication or care for some time, and still has not. */
final class EssentialCareMissingRule extends CueRule {

    EssentialCareMissingRule() {
        super("(geen|niet|zonder) (zijn |haar )?(insuline|levodopa|medicatie|medicijnen|antibiotica|zuurstof|"
                + "beademing|sondevoeding|eten|drinken|thuiszorg)|(insuline|levodopa|medicatie|medicijnen|antibiotica)"
                + " (\\w+ ){0,3}niet (gekregen|gegeven|toegediend|meer)|niemand (\\w+ ){0,4}(geweest|"
                + "gekomen)|ligt (\\w+ ){0,3}(op de grond|in bed)|bloedt nog|nog bloedt|op de grond (\\w+ )?(ligt|liggen)|reageert niet|flauwgevallen|blauw aan|niet aanspreekbaar|"
                + "nauwelijks aanspreekbaar|geen (dokter|arts|huisarts|verpleegkundige|specialist) (\\w+ ){0,2}(geweest|gekomen|langs)|"
                + "(not|never) (been )?(given|had|received|got) (her|his|their) (insulin|medication|medicine)|(is|wordt) suf|koorts en (is )?suf|uitgedroogd|drinkt (bijna )?niets?",
                NOW, 200);
    }
}
