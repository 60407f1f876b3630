package nl.meldpunt.migration.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The word lists of {@code migration/vocabulary.txt}, by section. */
final class Vocabulary {

    private final Map<String, List<String>> sections;

    private Vocabulary(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    static Vocabulary load() {
        Map<String, List<String>> sections = new HashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("/migration/vocabulary.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
                } else if (current != null) {
                    current.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Vocabulary(sections);
    }

    String[] get(String section) {
        List<String> words = sections.get(section);
        if (words == null || words.isEmpty()) {
            throw new IllegalStateException("Vocabulary section missing: " + section);
        }
        return words.toArray(String[]::new);
    }

    String[] getOr(String section, String fallback) {
        return sections.containsKey(section) ? get(section) : get(fallback);
    }
}
