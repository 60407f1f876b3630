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
    record HeadResult(Map<String, Double> probabilities) {

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

    /**
     * Scores every head with its own weights directly (the same arithmetic as Tribuo's linear model: weights times
     * the features plus a bias, then softmax), looking each feature up once per feature map instead of once per
     * head. Explanations are not computed here: {@link #contributions} does that for the labels that are shown.
     */
    Output predict(String text, String channel, String reporterType) {
        TextFeatures.Vector vector = features.extract(text, channel, reporterType);
        Map<ImmutableFeatureMap, int[]> ids = new java.util.IdentityHashMap<>();
        double[] values = vector.values().values().stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, HeadResult> results = new LinkedHashMap<>();
        weights.forEach((name, w) -> {
            int[] featureIds = ids.computeIfAbsent(w.features(), map -> idsOf(map, vector));
            results.put(name, new HeadResult(w.probabilities(featureIds, values)));
        });
        return new Output(vector, results);
    }

    /** The words of the text that pushed one head towards one label, strongest first (at most five). */
    List<Contribution> contributions(String head, String label, TextFeatures.Vector vector) {
        return weights.get(head).contributions(label, vector);
    }

    /** The predictions of the trained Tribuo models themselves (to check {@link #predict} against). */
    Map<String, Double> tribuoProbabilities(String head, String text, String channel, String reporterType) {
        ArrayExample<Label> example = toExample(LabelUnknown.UNKNOWN, 1f, features.extract(text, channel, reporterType));
        Map<String, Double> probs = new HashMap<>();
        heads.get(head).predict(example).getOutputScores().values().forEach(l -> probs.put(l.getLabel(), l.getScore()));
        return probs;
    }

    private static int[] idsOf(ImmutableFeatureMap map, TextFeatures.Vector vector) {
        int[] ids = new int[vector.values().size()];
        int i = 0;
        for (String feature : vector.values().keySet()) {
            VariableInfo info = map.get(feature);
            ids[i++] = info == null ? -1 : ((org.tribuo.VariableIDInfo) info).getID();
        }
        return ids;
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

    /**
     * The weight matrix of one linear model ({@code [label][feature]}, the bias in the last column, as Tribuo keeps
     * it), and per label its weights minus the mean weights of the other labels, for explanations.
     */
    private record Weights(String[] labels, Map<String, Integer> rows, ImmutableFeatureMap features,
            double[][] matrix, double[][] lead) {

        static Weights of(Model<Label> model) {
            ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
            DenseMatrix m = ((AbstractLinearSGDModel<Label>) model).getWeightsCopy();
            int labelCount = m.getDimension1Size();
            String[] labels = new String[labelCount];
            Map<String, Integer> rows = new HashMap<>();
            for (var pair : outputs) {
                labels[pair.getA()] = pair.getB().getLabel();
                rows.put(pair.getB().getLabel(), pair.getA());
            }
            double[][] matrix = new double[labelCount][m.getDimension2Size()];
            for (int r = 0; r < labelCount; r++) {
                for (int c = 0; c < matrix[r].length; c++) {
                    matrix[r][c] = m.get(r, c);
                }
            }
            double[][] lead = new double[labelCount][matrix.length == 0 ? 0 : matrix[0].length];
            for (int c = 0; labelCount > 0 && c < matrix[0].length; c++) {
                double sum = 0;
                for (double[] row : matrix) {
                    sum += row[c];
                }
                for (int r = 0; r < labelCount; r++) {
                    double others = labelCount > 1 ? (sum - matrix[r][c]) / (labelCount - 1) : 0;
                    lead[r][c] = matrix[r][c] - others;
                }
            }
            return new Weights(labels, rows, model.getFeatureIDMap(), matrix, lead);
        }

        /** Softmax of weights · features + bias, per label, highest first. */
        Map<String, Double> probabilities(int[] featureIds, double[] values) {
            int bias = matrix[0].length - 1;
            double[] scores = new double[matrix.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < matrix.length; r++) {
                double[] row = matrix[r];
                double score = row[bias];
                for (int i = 0; i < featureIds.length; i++) {
                    if (featureIds[i] >= 0) {
                        score += row[featureIds[i]] * values[i];
                    }
                }
                scores[r] = score;
                max = Math.max(max, score);
            }
            double total = 0;
            for (int r = 0; r < scores.length; r++) {
                scores[r] = Math.exp(scores[r] - max);
                total += scores[r];
            }
            Integer[] order = new Integer[scores.length];
            for (int r = 0; r < order.length; r++) {
                order[r] = r;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
            Map<String, Double> probs = new LinkedHashMap<>();
            for (int r : order) {
                probs.put(labels[r], scores[r] / total);
            }
            return probs;
        }

        /**
         * What each phrase of the text adds to this label compared with the other labels (weight of the label
         * minus the mean weight of the others, times the feature value), summed per phrase, strongest first.
         */
        List<Contribution> contributions(String label, TextFeatures.Vector vector) {
            Integer row = rows.get(label);
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
                perPhrase.merge(phrase.toLowerCase(java.util.Locale.ROOT), lead[row][id] * e.getValue(), Double::sum);
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
