package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * ACUTE recall and precision for a range of model thresholds (ACUTE when a rule fires or the model's P(ACUTE) ≥ t),
 * from one pass over the test examples: used by {@code tune} (cross-validation) and {@code eval FILE}.
 */
final class AcuteSweep {

    static final double[] THRESHOLDS = {0.05, 0.08, 0.10, 0.12, 0.15, 0.20, 0.30};

    private final List<double[]> seen = new ArrayList<>();

    /** One test example: whether it is ACUTE, whether a rule fired, and the model's P(ACUTE). */
    void add(boolean acute, boolean ruleFired, double probability) {
        seen.add(new double[] {acute ? 1 : 0, ruleFired ? 1 : 0, probability});
    }

    /** Adds an example, evaluating the rules and the model's urgency head on it. */
    void add(TriageExample e, TriageModel model, UrgencyRules rules) {
        add("ACUTE".equals(e.urgency()), !rules.evaluate(e.text()).isEmpty(),
                model.predict(e.text(), e.channel(), e.reporterType()).heads().get("urgency").probability("ACUTE"));
    }

    String line() {
        StringBuilder sweep = new StringBuilder("ACUTE threshold (rules or P ≥ t): recall/precision");
        for (double t : THRESHOLDS) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (double[] a : seen) {
                boolean predicted = a[1] > 0 || a[2] >= t;
                if (predicted && a[0] > 0) {
                    tp++;
                } else if (predicted) {
                    fp++;
                } else if (a[0] > 0) {
                    fn++;
                }
            }
            sweep.append(String.format(Locale.ROOT, " | %.2f: %.3f/%.3f", t, tp / (double) Math.max(1, tp + fn),
                    tp / (double) Math.max(1, tp + fp)));
        }
        return sweep.toString();
    }
}
