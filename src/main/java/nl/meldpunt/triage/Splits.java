package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic splits of labelled examples: a held-out ~20% and k folds, stratified by urgency (so each part
 * has its share of the rare ACUTE class), order fixed by a hash of the example id.
 */
final class Splits {

    private Splits() {}

    record Split(List<TriageExample> train, List<TriageExample> test) {}

    static Split holdout(List<TriageExample> examples) {
        return fold(examples, 5, 0);
    }

    static Split fold(List<TriageExample> examples, int k, int index) {
        Map<String, List<TriageExample>> byUrgency = new TreeMap<>();
        for (TriageExample e : examples) {
            byUrgency.computeIfAbsent(e.urgency(), u -> new ArrayList<>()).add(e);
        }
        List<TriageExample> train = new ArrayList<>();
        List<TriageExample> test = new ArrayList<>();
        for (List<TriageExample> group : byUrgency.values()) {
            List<TriageExample> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparingLong(Splits::hash).thenComparing(TriageExample::id));
            for (int i = 0; i < ordered.size(); i++) {
                (i % k == index ? test : train).add(ordered.get(i));
            }
        }
        train.sort(Comparator.comparingLong(Splits::hash));
        return new Split(train, test);
    }

    private static long hash(TriageExample e) {
        String key = e.id() == null ? e.text() : e.id();
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return h;
    }
}
