package nl.meldpunt.triage;

/**
 * The dangerous practice is described as going on regardless: "gaat gewoon door", "gebeurt nog steeds",
 * "staat morgen weer op het rooster", "er staan nog 90 patiënten gepland".
 */
final class OngoingRiskRule extends CueRule {

    OngoingRiskRule() {
        super("gaat gewoon door|(het|dit) gebeurt nog (steeds|altijd|elke)|gaan gewoon door|gebeurt (dit|het) (\\w+ )?nog (steeds|altijd|elke)|"
                + "staat (\\w+ ){0,3}(morgen|vandaag|vanavond|vannacht|overmorgen) (\\w+ ){0,3}(weer )?(op het "
                + "(ok-)?rooster|ingeroosterd|dienst)|staan (er )?(deze week |morgen )?nog (ongeveer )?\\d+ "
                + "(patienten|clienten|afspraken)|(morgen|vandaag|deze week) staan (er )?(weer|nog) (ongeveer )?\\d+ (patienten|clienten|afspraken|operaties)|(vanavond|morgen) staat er weer|still (going on|happening)", null, 0);
    }
}
