package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accuracy, per-label precision/recall/F1, macro-F1 and the confusion matrix of one label (kind, sector, …). */
final class LabelMetrics {

    private final String name;
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final TreeSet<String> labels = new TreeSet<>();
    private int total;
    private int correct;

    LabelMetrics(String name) {
        this.name = name;
    }

    void add(String gold, String predicted) {
        confusion.computeIfAbsent(gold, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        labels.add(gold);
        labels.add(predicted);
        total++;
        if (gold.equals(predicted)) {
            correct++;
        }
    }

    double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    int count(String gold, String predicted) {
        return confusion.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
    }

    double precision(String label) {
        int tp = count(label, label);
        int predicted = 0;
        for (String gold : labels) {
            predicted += count(gold, label);
        }
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    double recall(String label) {
        int tp = count(label, label);
        int actual = confusion.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return actual == 0 ? 0 : (double) tp / actual;
    }

    double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 over the labels that occur in the gold data. */
    double macroF1() {
        return confusion.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    List<String> labels() {
        return new ArrayList<>(labels);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "== %s: accuracy %.3f, macro-F1 %.3f (n=%d)%n", name, accuracy(),
                macroF1(), total));
        out.append(String.format(Locale.ROOT, "  %-22s %9s %9s %9s %7s%n", "label", "precision", "recall", "F1",
                "support"));
        for (String label : labels) {
            int support = confusion.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            out.append(String.format(Locale.ROOT, "  %-22s %9.3f %9.3f %9.3f %7d%n", label, precision(label),
                    recall(label), f1(label), support));
        }
        out.append("  confusion (rows = true, columns = predicted):\n");
        out.append(String.format(Locale.ROOT, "  %-22s", ""));
        for (String label : labels) {
            out.append(String.format(Locale.ROOT, " %5s", abbreviate(label)));
        }
        out.append('\n');
        for (String gold : labels) {
            out.append(String.format(Locale.ROOT, "  %-22s", gold));
            for (String predicted : labels) {
                out.append(String.format(Locale.ROOT, " %5d", count(gold, predicted)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 5 ? label : label.substring(0, 5);
    }
}
