package nl.meldpunt.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line evaluation and benchmark, no Spring, no database:
 * <pre>
 * eval FILE.jsonl     train on all seed examples (minus any that are in FILE), evaluate on FILE
 * eval --holdout      train on a deterministic 80% of the seed, evaluate on the other 20%, then 5-fold CV
 * rules [-v] [FILE | --train-part]   how often the urgency rules fire per urgency (-v: misses and false
 *                     alarms); --train-part: only the training side of the hold-out split (to work on rules
 *                     without looking at the hold-out)
 * tune [-v]           5-fold CV on the training part with settings from system properties (-Dtriage.epochs=…)
 * bench               suggestion latency (p50/p95/p99) and training time on the seed
 * </pre>
 */
public final class TriageEvaluation {

    private TriageEvaluation() {}

    public static void main(String[] args) {
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
        if (args.length >= 1 && args[0].equals("bench")) {
            TriageBenchmark.run(args.length > 1 ? Integer.parseInt(args[1]) : 2000);
            return;
        }
        if (args.length >= 1 && args[0].equals("tune")) {
            TriageTuning.run(5, java.util.Arrays.asList(args).contains("-v"));
            return;
        }
        if (args.length >= 1 && args[0].equals("rules")) {
            boolean verbose = java.util.Arrays.asList(args).contains("-v");
            String file = args.length > 1 && !args[args.length - 1].equals("-v") ? args[args.length - 1] : null;
            boolean trainPart = java.util.Arrays.asList(args).contains("--train-part");
            if (trainPart) {
                file = null;
            }
            ruleReport(file != null ? ExampleFiles.read(Path.of(file))
                    : trainPart ? withTrainingOnly(Splits.holdout(ExampleFiles.seed()).train()) : ExampleFiles.seed(),
                    verbose);
            return;
        }
        if (args.length < 2 || !args[0].equals("eval")) {
            System.out.println("usage: eval FILE.jsonl | eval --holdout | bench [n]");
            return;
        }
        List<TriageExample> seed = ExampleFiles.seed();
        if (args[1].equals("--holdout")) {
            Splits.Split split = Splits.holdout(seed);
            List<TriageExample> train = withTrainingOnly(split.train());
            System.out.printf(Locale.ROOT, "Held-out split: train %d (of which %d written for training only), test %d%n",
                    train.size(), train.size() - split.train().size(), split.test().size());
            long start = System.nanoTime();
            TriageEngine engine = train(train);
            System.out.printf(Locale.ROOT, "trained in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            System.out.println(EvaluationReport.of(engine, split.test()).full());
            if (args.length < 3 || !args[2].equals("--no-cv")) {
                crossValidate(seed, 5);
            }
            return;
        }
        List<TriageExample> test = ExampleFiles.read(Path.of(args[1]));
        java.util.Set<String> testTexts = new java.util.HashSet<>();
        test.forEach(e -> testTexts.add(e.text()));
        seed = withTrainingOnly(seed).stream().filter(e -> !testTexts.contains(e.text())).toList();
        TriageModel model = new TriageTrainer(new TextFeatures()).train(seed);
        TriageEngine engine = new TriageEngine(model, new UrgencyRules(), "eval");
        System.out.printf(Locale.ROOT, "Trained on %d seed examples, evaluating on %d from %s%n", seed.size(),
                test.size(), args[1]);
        System.out.println(EvaluationReport.of(engine, test).full());
        AcuteSweep sweep = new AcuteSweep();
        UrgencyRules rules = new UrgencyRules();
        test.forEach(e -> sweep.add(e, model, rules));
        System.out.println(sweep.line());
        if (args.length > 2 && args[2].equals("-v")) {
            for (TriageExample e : test) {
                String predicted = engine.suggest(e.text(), e.channel(), e.reporterType()).urgency().code();
                if (!predicted.equals(e.urgency())) {
                    System.out.printf(Locale.ROOT, "%s urgency %s→%s | %s%n", e.id(), e.urgency(), predicted,
                            e.text().length() > 200 ? e.text().substring(0, 200) + "…" : e.text());
                }
            }
        }
    }

    /** How often the urgency rules fire on examples of each urgency (rules need no training). */
    private static void ruleReport(List<TriageExample> examples, boolean verbose) {
        UrgencyRules rules = new UrgencyRules();
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        for (TriageExample e : examples) {
            List<RuleFiring> fired = rules.evaluate(e.text());
            int[] c = counts.computeIfAbsent(e.urgency(), u -> new int[2]);
            c[0]++;
            if (!fired.isEmpty()) {
                c[1]++;
            }
            if (verbose && (fired.isEmpty() == "ACUTE".equals(e.urgency()))) {
                System.out.printf("%s %s %s | %s%n", e.id(), e.urgency(), fired.stream().map(RuleFiring::rule).toList(),
                        fired.stream().map(RuleFiring::summary).toList());
            }
        }
        counts.forEach((u, c) -> System.out.printf(Locale.ROOT, "%-7s %4d examples, a rule fired on %4d%n", u, c[0],
                c[1]));
    }

    /** The examples written for training only are added to the training side, never to a test side. */
    static List<TriageExample> withTrainingOnly(List<TriageExample> train) {
        List<TriageExample> all = new ArrayList<>(train);
        all.addAll(ExampleFiles.trainingOnly());
        return all;
    }

    static TriageEngine train(List<TriageExample> examples) {
        TriageModel model = new TriageTrainer(new TextFeatures()).train(examples);
        return new TriageEngine(model, new UrgencyRules(), "eval");
    }

    private static void crossValidate(List<TriageExample> seed, int k) {
        List<EvaluationReport> reports = new ArrayList<>();
        EvaluationReport pooled = new EvaluationReport();
        for (int i = 0; i < k; i++) {
            Splits.Split split = Splits.fold(seed, k, i);
            TriageEngine engine = train(withTrainingOnly(split.train()));
            EvaluationReport report = new EvaluationReport();
            for (TriageExample e : split.test()) {
                Suggestion s = engine.suggest(e.text(), e.channel(), e.reporterType());
                report.add(e, s);
                pooled.add(e, s);
            }
            reports.add(report);
            System.out.printf(Locale.ROOT, "fold %d: %s%n", i + 1, report.summary());
        }
        System.out.printf(Locale.ROOT, "%n%d-fold cross-validation, pooled over all %d examples:%n%s%n", k,
                seed.size(), pooled.full());
    }
}
