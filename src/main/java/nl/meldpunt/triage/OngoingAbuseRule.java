package nl.meldpunt.triage;

/** Abuse, violence or exploitation of a client that is still going on or may happen again any day. */
final class OngoingAbuseRule extends CueRule {

    OngoingAbuseRule() {
        super("\\bsla(at|an|agt)\\b|(een|hoorde|gaf|kreeg) (\\w+ )?klap(pen)?\\b|uitschelden|raakt (me|mij|haar|hem) aan|aanraakt|"
                + "foto'?s (\\w+ ){0,4}(in )?(ondergoed|naakt)|naaktfoto\\w*|touch(es|ed)? me|geslagen|mishandel\\w*|blauwe plek\\w*|misbruikt|seksueel misbruik|seksue\\w* (contact|"
                + "relatie|handeling|getint|grensoverschrijd|misbruik|intimidatie)|aangerand|verkracht\\w*|\\bruw\\b|"
                + "knijpt|schopt|striem\\w*|uitgebuit|uitbuiting|intimideert|bedreigt|dreigt (haar|hem)|"
                + "tegen de grond (gedrukt|drukt)|gepind|geld (weg|verdwijnt|opgenomen)|zoenen|berichten stuurt|"
                + "\\b(hits?|beats?|abus\\w*)\\b|betast\\w*|met een mes|mes (getrokken|in (zijn|haar) hand)|"
                + "dreigt (\\w+ ){0,3}(te )?(vermoorden|doden|steken|straffen)", NOW, 250);
    }
}
