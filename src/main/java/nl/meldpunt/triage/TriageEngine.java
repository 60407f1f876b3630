package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes a suggestion from one model version plus the urgency rules. Urgency is ACUTE when a rule fires or when
 * the model gives ACUTE a probability of at least {@link #ACUTE_THRESHOLD} (lower than an even chance on
 * purpose: a missed acute case costs more than a false alarm). 0.30 was tried in session 4 (cross-validation
 * favoured it) but lost an acute case on the hold-out, so it stayed 0.15; see docs/triage.md. Themes are those with probability ≥ 0.5, or
 * else the single most likely one.
 */
final class TriageEngine {

    static final double ACUTE_THRESHOLD = 0.15;
    static final double THEME_THRESHOLD = 0.5;

    private final TriageModel model;
    private final UrgencyRules rules;
    private final String version;

    TriageEngine(TriageModel model, UrgencyRules rules, String version) {
        this.model = model;
        this.rules = rules;
        this.version = version;
    }

    String version() {
        return version;
    }

    TriageModel model() {
        return model;
    }

    Suggestion suggest(String text, String channel, String reporterType) {
        TriageModel.Output out = model.predict(text, channel, reporterType);
        TriageModel.HeadResult kind = out.heads().get("kind");
        TriageModel.HeadResult sector = out.heads().get("sector");
        TriageModel.HeadResult urgency = out.heads().get("urgency");
        List<RuleFiring> fired = rules.evaluate(text);

        String urgencyCode = urgency.best();
        String decidedBy = "MODEL";
        double pAcute = urgency.probability("ACUTE");
        if (!fired.isEmpty()) {
            urgencyCode = "ACUTE";
            decidedBy = "RULE";
        } else if (pAcute >= ACUTE_THRESHOLD) {
            urgencyCode = "ACUTE";
        } else if ("ACUTE".equals(urgencyCode)) {
            urgencyCode = urgency.probability("HIGH") >= urgency.probability("NORMAL") ? "HIGH" : "NORMAL";
        }
        double urgencyConfidence = "RULE".equals(decidedBy) ? Math.max(pAcute, 0.95) : urgency.probability(urgencyCode);
        List<TriageModel.Contribution> urgencyBecause = model.contributions("urgency", urgencyCode, out.vector());

        List<LabelScore> themes = new ArrayList<>();
        List<Explanation.Reason> themeReasons = new ArrayList<>();
        String bestTheme = null;
        double bestThemeP = -1;
        for (Map.Entry<String, TriageModel.HeadResult> e : out.heads().entrySet()) {
            if (!e.getKey().startsWith("theme:")) {
                continue;
            }
            String theme = e.getKey().substring(6);
            double p = e.getValue().probability(TriageModel.YES);
            if (p > bestThemeP) {
                bestThemeP = p;
                bestTheme = theme;
            }
            if (p >= THEME_THRESHOLD) {
                themes.add(new LabelScore(theme, p));
                themeReasons.add(reason(theme, model.contributions(e.getKey(), TriageModel.YES, out.vector())));
            }
        }
        if (themes.isEmpty() && bestTheme != null) {
            themes.add(new LabelScore(bestTheme, bestThemeP));
            themeReasons.add(reason(bestTheme, model.contributions("theme:" + bestTheme, TriageModel.YES, out.vector())));
        }
        themes.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));

        Explanation explanation = new Explanation(
                reason(kind.best(), model.contributions("kind", kind.best(), out.vector())),
                reason(sector.best(), model.contributions("sector", sector.best(), out.vector())),
                reason(urgencyCode, urgencyBecause),
                themeReasons,
                fired,
                decidedBy);
        return new Suggestion(
                new LabelScore(kind.best(), kind.probability(kind.best())),
                new LabelScore(sector.best(), sector.probability(sector.best())),
                new LabelScore(urgencyCode, urgencyConfidence),
                themes,
                explanation,
                version);
    }

    private static Explanation.Reason reason(String code, List<TriageModel.Contribution> because) {
        return new Explanation.Reason(code, because.stream().limit(4).map(TriageModel.Contribution::phrase).toList());
    }
}
