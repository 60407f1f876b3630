package nl.meldpunt.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the demo texts and the invented names, providers and reasons from {@code resources/demo/}. */
final class DemoMaterial {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Provider(String sector, String name, String place, String kvkNumber) {}

    record Reason(String status, String text) {}

    final List<DemoExample> examples;
    final List<String[]> people;
    final List<Provider> providers;
    final List<Reason> reasons;

    private DemoMaterial(List<DemoExample> examples, List<String[]> people, List<Provider> providers,
            List<Reason> reasons) {
        this.examples = examples;
        this.people = people;
        this.providers = providers;
        this.reasons = reasons;
    }

    static DemoMaterial load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:demo/triage-examples-*.jsonl");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<DemoExample> examples = new ArrayList<>();
            for (Resource file : files) {
                for (String line : lines(file)) {
                    examples.add(JSON.readValue(line, DemoExample.class));
                }
            }
            var resolver = new PathMatchingResourcePatternResolver();
            List<String[]> people = lines(resolver.getResource("classpath:demo/people.txt")).stream()
                    .map(l -> l.split(";", 2)).toList();
            List<Provider> providers = lines(resolver.getResource("classpath:demo/providers.txt")).stream()
                    .map(l -> l.split(";", 4)).map(p -> new Provider(p[0], p[1], p[2], p[3])).toList();
            List<Reason> reasons = lines(resolver.getResource("classpath:demo/reasons.txt")).stream()
                    .map(l -> l.split(";", 2)).map(r -> new Reason(r[0], r[1])).toList();
            return new DemoMaterial(examples, people, providers, reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Resource resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
