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
    static final int EPOCHS = 5;
    static final double LEARNING_RATE = 1.0;
    static final int MIN_EXAMPLES_PER_FEATURE = 2;

    /** Acute examples count more in training: missing an acute case is the costliest mistake. */
    private static final Map<String, Float> URGENCY_WEIGHTS = Map.of("ACUTE", 3.0f, "HIGH", 1.5f, "NORMAL", 1.0f);

    private final TextFeatures features;

    TriageTrainer(TextFeatures features) {
        this.features = features;
    }

    TriageModel train(List<TriageExample> examples) {
        List<TextFeatures.Vector> vectors = pruneRare(examples.stream()
                .map(e -> features.extract(e.text(), e.channel(), e.reporterType()))
                .toList());
        List<TextFeatures.Vector> wordVectors = vectors.stream().map(TriageTrainer::withoutCharacterGrams).toList();
        Map<String, Model<Label>> heads = new LinkedHashMap<>();
        heads.put("kind", fit(examples, vectors, TriageExample::kind, e -> 1f));
        heads.put("sector", fit(examples, vectors, TriageExample::sector, e -> 1f));
        heads.put("urgency", fit(examples, vectors, TriageExample::urgency,
                e -> URGENCY_WEIGHTS.getOrDefault(e.urgency(), 1f)));
        TreeSet<String> themes = new TreeSet<>();
        examples.forEach(e -> themes.addAll(e.themes()));
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

    private static Model<Label> fit(List<TriageExample> examples, List<TextFeatures.Vector> vectors,
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
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, SEED);
        return trainer.train(data);
    }
}
