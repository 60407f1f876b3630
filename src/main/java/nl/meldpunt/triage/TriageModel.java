package nl.meldpunt.triage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.sgd.AbstractLinearSGDModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.protos.core.ModelProto;

/**
 * The trained linear models of one model version, with what is needed to explain a prediction: the weights of
 * each model, and the words of the text behind every feature. Immutable and thread-safe after construction.
 */
final class TriageModel {

    static final String YES = "yes";
    static final String NO = "no";

    private final Map<String, Model<Label>> heads;
    private final Map<String, Weights> weights = new HashMap<>();
    private final TextFeatures features;

    TriageModel(Map<String, Model<Label>> heads, TextFeatures features) {
        this.heads = Map.copyOf(heads);
        this.features = features;
        heads.forEach((name, model) -> weights.put(name, Weights.of(model)));
    }

    /** Probabilities per label of one head (kind, sector, urgency, theme:X), highest first. */
    record HeadResult(Map<String, Double> probabilities, List<Contribution> because) {

        String best() {
            return probabilities.keySet().iterator().next();
        }

        double probability(String label) {
            return probabilities.getOrDefault(label, 0.0);
        }
    }

    /** A phrase of the text and how much it pushed towards the label. */
    record Contribution(String phrase, double weight) {}

    record Output(TextFeatures.Vector vector, Map<String, HeadResult> heads) {}

    List<String> themes() {
        return heads.keySet().stream().filter(h -> h.startsWith("theme:")).map(h -> h.substring(6)).sorted().toList();
    }

    Output predict(String text, String channel, String reporterType) {
        TextFeatures.Vector vector = features.extract(text, channel, reporterType);
        ArrayExample<Label> example = toExample(LabelUnknown.UNKNOWN, 1f, vector);
        Map<String, HeadResult> results = new LinkedHashMap<>();
        heads.forEach((name, model) -> {
            Prediction<Label> prediction = model.predict(example);
            Map<String, Double> probs = new LinkedHashMap<>();
            prediction.getOutputScores().values().stream()
                    .sorted(Comparator.comparingDouble(Label::getScore).reversed())
                    .forEach(l -> probs.put(l.getLabel(), l.getScore()));
            String explained = name.startsWith("theme:") ? YES : prediction.getOutput().getLabel();
            results.put(name, new HeadResult(probs, weights.get(name).contributions(explained, vector)));
        });
        return new Output(vector, results);
    }

    /** The contributions towards one label of one head (for an explanation of a label that was not the best). */
    List<Contribution> contributions(String head, String label, TextFeatures.Vector vector) {
        return weights.get(head).contributions(label, vector);
    }

    static ArrayExample<Label> toExample(Label label, float weight, TextFeatures.Vector vector) {
        String[] names = new String[vector.values().size()];
        double[] values = new double[names.length];
        int i = 0;
        for (Map.Entry<String, Double> e : vector.values().entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        ArrayExample<Label> example = new ArrayExample<>(label, names, values);
        example.setWeight(weight);
        return example;
    }

    byte[] serialize() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(heads.size());
            for (Map.Entry<String, Model<Label>> e : new java.util.TreeMap<>(heads).entrySet()) {
                byte[] proto = e.getValue().serialize().toByteArray();
                out.writeUTF(e.getKey());
                out.writeInt(proto.length);
                out.write(proto);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static TriageModel deserialize(byte[] data, TextFeatures features) {
        Map<String, Model<Label>> heads = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                byte[] proto = new byte[in.readInt()];
                in.readFully(proto);
                heads.put(name, (Model<Label>) Model.deserialize(ModelProto.parseFrom(proto)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TriageModel(heads, features);
    }

    /** Placeholder output for examples to predict (Tribuo needs an output on every example). */
    static final class LabelUnknown {
        static final Label UNKNOWN = new Label("?");

        private LabelUnknown() {}
    }

    /** The weight matrix of one linear model, for explanations. */
    private record Weights(Map<String, Integer> labels, ImmutableFeatureMap features, double[][] matrix) {

        static Weights of(Model<Label> model) {
            ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
            Map<String, Integer> labels = new HashMap<>();
            for (var pair : outputs) {
                labels.put(pair.getB().getLabel(), pair.getA());
            }
            DenseMatrix m = ((AbstractLinearSGDModel<Label>) model).getWeightsCopy();
            double[][] matrix = new double[m.getDimension1Size()][m.getDimension2Size()];
            for (int r = 0; r < matrix.length; r++) {
                for (int c = 0; c < matrix[r].length; c++) {
                    matrix[r][c] = m.get(r, c);
                }
            }
            return new Weights(labels, model.getFeatureIDMap(), matrix);
        }

        /**
         * What each phrase of the text adds to this label compared with the other labels (weight of the label
         * minus the mean weight of the others, times the feature value), summed per phrase, strongest first.
         */
        List<Contribution> contributions(String label, TextFeatures.Vector vector) {
            Integer row = labels.get(label);
            if (row == null) {
                return List.of();
            }
            Map<String, Double> perPhrase = new HashMap<>();
            for (Map.Entry<String, Double> e : vector.values().entrySet()) {
                VariableInfo info = features.get(e.getKey());
                String phrase = vector.surfaces().get(e.getKey());
                if (info == null || phrase == null) {
                    continue;
                }
                int id = ((org.tribuo.VariableIDInfo) info).getID();
                double others = 0;
                for (int r = 0; r < matrix.length; r++) {
                    if (r != row) {
                        others += matrix[r][id];
                    }
                }
                others = matrix.length > 1 ? others / (matrix.length - 1) : 0;
                double contribution = (matrix[row][id] - others) * e.getValue();
                perPhrase.merge(phrase.toLowerCase(java.util.Locale.ROOT), contribution, Double::sum);
            }
            List<Contribution> list = new ArrayList<>();
            perPhrase.forEach((phrase, w) -> {
                if (w > 0) {
                    list.add(new Contribution(phrase, w));
                }
            });
            list.sort(Comparator.comparingDouble(Contribution::weight).reversed());
            return list.size() > 5 ? List.copyOf(list.subList(0, 5)) : List.copyOf(list);
        }
    }
}
