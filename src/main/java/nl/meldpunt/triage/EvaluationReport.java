package nl.meldpunt.triage;

import java.util.List;
import java.util.Locale;

/** The quality of a model on a set of labelled examples: kind, sector, urgency (with ACUTE recall), themes. */
final class EvaluationReport {

    final LabelMetrics kind = new LabelMetrics("kind");
    final LabelMetrics sector = new LabelMetrics("sector");
    final LabelMetrics urgency = new LabelMetrics("urgency");
    private int themeTp;
    private int themeFp;
    private int themeFn;

    static EvaluationReport of(TriageEngine engine, List<TriageExample> examples) {
        EvaluationReport report = new EvaluationReport();
        for (TriageExample e : examples) {
            report.add(e, engine.suggest(e.text(), e.channel(), e.reporterType()));
        }
        return report;
    }

    void add(TriageExample gold, Suggestion s) {
        kind.add(gold.kind(), s.kind().code());
        sector.add(gold.sector(), s.sector().code());
        urgency.add(gold.urgency(), s.urgency().code());
        List<String> predicted = s.themes().stream().map(LabelScore::code).toList();
        for (String t : predicted) {
            if (gold.themes().contains(t)) {
                themeTp++;
            } else {
                themeFp++;
            }
        }
        for (String t : gold.themes()) {
            if (!predicted.contains(t)) {
                themeFn++;
            }
        }
    }

    double acuteRecall() {
        return urgency.recall("ACUTE");
    }

    double acutePrecision() {
        return urgency.precision("ACUTE");
    }

    double themeMicroF1() {
        double p = themeTp + themeFp == 0 ? 0 : (double) themeTp / (themeTp + themeFp);
        double r = themeTp + themeFn == 0 ? 0 : (double) themeTp / (themeTp + themeFn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line: the figures the activation decision and the quality bar look at. */
    String summary() {
        return String.format(Locale.ROOT,
                "kind acc %.3f | sector acc %.3f | urgency acc %.3f | ACUTE recall %.3f precision %.3f | "
                        + "macro-F1 kind %.3f sector %.3f urgency %.3f | themes micro-F1 %.3f",
                kind.accuracy(), sector.accuracy(), urgency.accuracy(), acuteRecall(), acutePrecision(),
                kind.macroF1(), sector.macroF1(), urgency.macroF1(), themeMicroF1());
    }

    String full() {
        return summary() + "\n\n" + kind.report() + "\n" + sector.report() + "\n" + urgency.report();
    }

    /** A single score to compare model versions: ACUTE recall counts double. */
    double score() {
        return (kind.accuracy() + sector.accuracy() + urgency.accuracy() + 2 * acuteRecall()) / 5;
    }
}
