package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the triage models with Tribuo's linear SGD (multinomial logistic regression, AdaGrad, fixed seed, fixed
 * example order), so the same examples always give the same model: one model each for kind, sector and urgency,
 * and one yes/no model per theme. Text is analysed once per example and shared by all models.
 */
final class TriageTrainer {

    static final long SEED = 20261123L;
    static final int MIN_EXAMPLES_PER_FEATURE = 2;

    private final TextFeatures features;
    private final TrainingSettings settings;
    /** Acute examples count more in training: missing an acute case is the costliest mistake. */
    private final Map<String, Float> urgencyWeights;

    TriageTrainer(TextFeatures features) {
        this(features, TrainingSettings.DEFAULT);
    }

    TriageTrainer(TextFeatures features, TrainingSettings settings) {
        this.features = features;
        this.settings = settings;
        this.urgencyWeights = Map.of("ACUTE", settings.acuteWeight(), "HIGH", settings.highWeight(), "NORMAL", 1.0f);
    }

    TriageModel train(List<TriageExample> examples) {
        return train(examples, true);
    }

    /** Without themes: only kind, sector and urgency (for quicker model comparisons). */
    TriageModel train(List<TriageExample> examples, boolean withThemes) {
        List<TextFeatures.Vector> vectors = pruneRare(examples.stream()
                .map(e -> features.extract(e.text(), e.channel(), e.reporterType()))
                .toList());
        List<TextFeatures.Vector> wordVectors = vectors.stream().map(TriageTrainer::withoutCharacterGrams).toList();
        Map<String, Model<Label>> heads = new LinkedHashMap<>();
        heads.put("kind", fit(examples, vectors, TriageExample::kind, balanced(examples, TriageExample::kind)));
        heads.put("sector", fit(examples, vectors, TriageExample::sector, balanced(examples, TriageExample::sector)));
        heads.put("urgency", fit(examples, vectors, TriageExample::urgency,
                e -> urgencyWeights.getOrDefault(e.urgency(), 1f)));
        TreeSet<String> themes = new TreeSet<>();
        if (withThemes) {
            examples.forEach(e -> themes.addAll(e.themes()));
        }
        for (String theme : themes) {
            heads.put("theme:" + theme, fit(examples, wordVectors,
                    e -> e.themes().contains(theme) ? TriageModel.YES : TriageModel.NO, e -> 1f));
        }
        return new TriageModel(heads, features);
    }

    /** Features seen in only one training example teach nothing general; dropping them halves training time. */
    private static List<TextFeatures.Vector> pruneRare(List<TextFeatures.Vector> vectors) {
        Map<String, Integer> df = new java.util.HashMap<>();
        vectors.forEach(v -> v.values().keySet().forEach(f -> df.merge(f, 1, Integer::sum)));
        return vectors.stream().map(v -> {
            Map<String, Double> kept = new LinkedHashMap<>();
            v.values().forEach((f, x) -> {
                if (df.get(f) >= MIN_EXAMPLES_PER_FEATURE || f.startsWith("meta:")) {
                    kept.put(f, x);
                }
            });
            return new TextFeatures.Vector(kept, v.surfaces(), v.tokens());
        }).toList();
    }

    /** Theme models learn from words and phrases only (themes are about what is said, not how it is spelt). */
    private static TextFeatures.Vector withoutCharacterGrams(TextFeatures.Vector v) {
        Map<String, Double> kept = new LinkedHashMap<>();
        v.values().forEach((f, x) -> {
            if (!f.startsWith("c:")) {
                kept.put(f, x);
            }
        });
        return new TextFeatures.Vector(kept, v.surfaces(), v.tokens());
    }

    /**
     * With balanced classes each class weighs as much in total (weight n / (classes × class count)), so a thin
     * sector is not drowned by the common ones; otherwise every example weighs 1.
     */
    private Function<TriageExample, Float> balanced(List<TriageExample> examples,
            Function<TriageExample, String> label) {
        if (!settings.balancedClasses()) {
            return e -> 1f;
        }
        Map<String, Integer> counts = new java.util.HashMap<>();
        examples.forEach(e -> counts.merge(label.apply(e), 1, Integer::sum));
        double n = examples.size();
        int k = counts.size();
        return e -> (float) (n / (k * counts.get(label.apply(e))));
    }

    private Model<Label> fit(List<TriageExample> examples, List<TextFeatures.Vector> vectors,
            Function<TriageExample, String> label, Function<TriageExample, Float> weight) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("triage examples", factory), factory);
        List<ArrayExample<Label>> rows = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            TriageExample example = examples.get(i);
            rows.add(TriageModel.toExample(new Label(label.apply(example)), weight.apply(example), vectors.get(i)));
        }
        data.addAll(rows);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(settings.learningRate(), 0.1),
                settings.epochs(),
                Integer.MAX_VALUE, 1, SEED);
        return trainer.train(data);
    }
}
