package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Model choices by cross-validation on the <em>training part</em> only: the held-out 20% of the seed is never
 * looked at here, so it stays an honest estimate. Settings come from system properties (see
 * {@link TrainingSettings#fromSystemProperties}); themes are not trained (they do not take part in the choice).
 * The examples written for training only are added to the training side of every fold.
 */
final class TriageTuning {

    private TriageTuning() {}

    static void run(int k, boolean verbose) {
        TrainingSettings settings = TrainingSettings.fromSystemProperties();
        List<TriageExample> trainPart = Splits.holdout(ExampleFiles.seed()).train();
        List<TriageExample> extra = ExampleFiles.trainingOnly();
        System.out.printf(Locale.ROOT, "tune: %d-fold CV on the training part (%d) + %d training-only, %s%n", k,
                trainPart.size(), extra.size(), settings);
        EvaluationReport pooled = new EvaluationReport();
        UrgencyRules rules = new UrgencyRules();
        AcuteSweep acute = new AcuteSweep();
        long start = System.nanoTime();
        for (int i = 0; i < k; i++) {
            Splits.Split fold = Splits.fold(trainPart, k, i);
            List<TriageExample> train = new ArrayList<>(fold.train());
            train.addAll(extra);
            TriageModel model = new TriageTrainer(new TextFeatures(settings), settings).train(train, false);
            TriageEngine engine = new TriageEngine(model, new UrgencyRules(), "tune");
            for (TriageExample e : fold.test()) {
                Suggestion s = engine.suggest(e.text(), e.channel(), e.reporterType());
                pooled.add(e, s);
                acute.add(e, model, rules);
                if (verbose && (!s.kind().code().equals(e.kind()) || !s.sector().code().equals(e.sector())
                        || "ACUTE".equals(e.urgency()) != "ACUTE".equals(s.urgency().code()))) {
                    System.out.printf(Locale.ROOT, "%s kind %s→%s sector %s→%s urgency %s→%s | %s%n", e.id(), e.kind(),
                            s.kind().code(), e.sector(), s.sector().code(), e.urgency(), s.urgency().code(),
                            e.text().length() > 160 ? e.text().substring(0, 160) + "…" : e.text());
                }
            }
        }
        System.out.printf(Locale.ROOT, "%.0f s%n%s%n", (System.nanoTime() - start) / 1e9,
                verbose ? pooled.full() : pooled.summary());
        System.out.println(acute.line());
    }
}
