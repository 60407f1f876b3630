package nl.meldpunt.triage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled examples from JSONL: the seed files on the class path, or any file for evaluation. */
final class ExampleFiles {

    static final List<String> SEED = List.of(
            "triage/seed/triage-examples-a.jsonl",
            "triage/seed/triage-examples-b.jsonl",
            "triage/seed/triage-examples-extra.jsonl");

    /**
     * Examples written by the team for training only (thin classes, unusual wording). They are never part of a
     * held-out split or a cross-validation test fold: they are added to the training side only.
     */
    static final List<String> TRAINING_ONLY = List.of(
            "triage/training-only/triage-examples-written-for-training.jsonl",
            "triage/training-only/triage-examples-written-for-training-2.jsonl",
            "triage/training-only/triage-examples-written-for-training-3.jsonl");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ExampleFiles() {}

    /** All seed examples, in file order (training is deterministic). */
    static List<TriageExample> seed() {
        return resources(SEED);
    }

    /** The examples written for training only (see {@link #TRAINING_ONLY}); a missing file is skipped. */
    static List<TriageExample> trainingOnly() {
        return resources(TRAINING_ONLY);
    }

    private static List<TriageExample> resources(List<String> names) {
        List<TriageExample> all = new ArrayList<>();
        for (String resource : names) {
            InputStream in = ExampleFiles.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                continue;
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                all.addAll(parse(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    static List<TriageExample> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TriageExample> parse(BufferedReader reader) throws IOException {
        List<TriageExample> examples = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank()) {
                examples.add(JSON.readValue(line, TriageExample.class));
            }
        }
        return examples;
    }
}
