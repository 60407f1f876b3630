package nl.meldpunt.triage;

/** Someone is at risk of suicide now: suicidal thoughts or plans, farewell messages, a stated intention. */
final class SuicideRiskRule extends CueRule {

    SuicideRiskRule() {
        super("suicida\\w*|punt achter (zet|zetten|te zetten|wil zetten)|pillen (ge|op)?spaar\\w*|suicidegevaar|suiciderisico|zelfmoordgedachten|zelfmoord (plegen|wil|dreig)|dreigt met "
                + "(zelfmoord|suicide|zelfdoding)|(een|er een) eind(e)? aan (zijn|haar|mijn|z'n|het) leven|er een "
                + "eind(e)? aan (wil |wilt |te |gaat |gaan |zal )?maken|poging (\\w+ ){0,3}(met pillen|tot zelfdoding|tot suicide)|"
                + "(hele|volle) (strip|doos|pot|pak)\\w* (\\w+ ){0,3}(ingenomen|geslikt)|zichzelf'? (iets )?(gaat |wil |zal )?aan(doen|te doen)|has a plan|eind(e)? aan wil maken|afscheidsbrie\\w*|afscheidsbericht\\w*|"
                + "wil niet meer leven|niet meer wil leven|wil dood|dood wil|zichzelf (iets )?(aan )?(te )?"
                + "(doen|aandoen|aandoet|van kant)|van het leven (wil )?beroven|kill (him|her|my)self|"
                + "end (his|her|my) life|suicidal", null, 200);
    }
}
