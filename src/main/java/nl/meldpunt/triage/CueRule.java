package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape most urgency rules share: a danger cue (abuse, coercion, a defect…) with, close by, a cue that the
 * danger is still there now (still, since, tonight…), and no sign close by that it is over ("niet meer",
 * "inmiddels opgelost", "jaren geleden"). Patterns work on {@link RuleText#folded()}.
 */
abstract class CueRule implements UrgencyRule {

    /** Signs that what is described is over or long past: they silence a rule near them. */
    static final Pattern RESOLVED = Pattern.compile(
            "niet meer (het geval|gebeurd|voor ?gekomen|aan de orde)|inmiddels (is |zijn |werd |wordt )?(het |alles )?"
                    + "(opgelost|verholpen|afgehandeld|gestopt|ontslagen|vervangen|teruggeroepen|overgeplaatst|veilig|"
                    + "voorbij|hersteld|weg|verhuisd|beeindigd|overleden)|(\\d+|een|twee|drie|vier|vijf|tien|twintig|"
                    + "dertig|veertig|vele|enkele|paar|aantal) jaar geleden|jaren geleden|destijds|in de jaren "
                    + "|toen ik (klein|kind|jong)|als kind|is (al )?(opgelost|verholpen|afgehandeld)|niet langer|"
                    + "long ago|years ago|has been (resolved|solved|fixed)|no longer|geen (direct )?gevaar (meer)?|"
                    + "(het )?gaat (nu |inmiddels )?(weer )?goed");

    /** Signs that a danger is present now or continuing. */
    static final String NOW = "nog steeds|nog altijd|nog (gewoon )?(aan het werk|in dienst|werkzaam)|werkt (er )?(nog|gewoon)"
            + "|elke (dag|avond|nacht|keer|week)|iedere (dag|avond|nacht|keer)|sinds (gisteren|vannacht|vanochtend|"
            + "vandaag|gisterochtend|gistermiddag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vorige week|deze week|een (week|paar)|enkele|twee|"
            + "drie|vier|vijf|zes|zeven|acht|negen|tien|\\d)|al (uren|weken|dagen|maanden|\\w+ dagen|\\w+ weken)|vanavond"
            + "|vannacht|vandaag|vanmiddag|vanochtend|gisteren|gisteravond|morgen|op dit moment|nu nog|het is nu|nu al|al \\d+ uur"
            + "|(de )?komende (nacht|nachten|dagen)|(dit|komend|volgend) weekend|(heeft|staat|staan|gaat) (\\w+ ){0,2}weer "
            + "(een afspraak|ingepland|dienst|naartoe|heen)"
            + "|gaat (gewoon )?door|blijft|opnieuw|still|ongoing|every (day|night|evening|morning|week)|right now|tonight|today"
            + "|(again )?last night|again (today|this morning|yesterday)"
            + "|since (yesterday|last night|this morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    private final Pattern danger;
    private final Pattern now;
    private final int window;

    CueRule(String danger, String now, int window) {
        this.danger = Pattern.compile(danger);
        this.now = now == null ? null : Pattern.compile(now);
        this.window = window;
    }

    @Override
    public String name() {
        String simple = getClass().getSimpleName();
        return simple.endsWith("Rule") ? simple.substring(0, simple.length() - 4) : simple;
    }

    /** The urgency this rule demands when it fires. */
    String urgency() {
        return "ACUTE";
    }

    /** Whether the window says the danger is over; a rule may narrow this (see {@link #RESOLVED}). */
    boolean resolved(String window) {
        return RESOLVED.matcher(window).find();
    }

    /** Extra conditions a rule may add on the window around the danger cue (e.g. a child is named). */
    boolean alsoHolds(String window) {
        return true;
    }

    @Override
    public Optional<RuleFiring> evaluate(RuleText text) {
        String folded = text.folded();
        Matcher m = danger.matcher(folded);
        while (m.find()) {
            int from = Math.max(0, m.start() - window);
            int to = Math.min(folded.length(), m.end() + window);
            String around = folded.substring(from, to);
            if (resolved(around) || negated(folded, m.start()) || !alsoHolds(around)) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add(m.group().strip());
            if (now != null) {
                Matcher n = now.matcher(around);
                if (!n.find()) {
                    continue;
                }
                evidence.add(n.group().strip());
            }
            return Optional.of(new RuleFiring(name(), urgency(), evidence));
        }
        return Optional.empty();
    }

    /** "geen suïcidale gedachten", "niet mishandeld": a negation just before the cue. */
    static boolean negated(String folded, int start) {
        String before = folded.substring(Math.max(0, start - 25), start);
        return before.matches(".*\\b(geen|niet|nooit|no|not|never|zonder)( \\w+)?\\s*$");
    }
}
