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
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled Dutch example texts ({@code migration/texts/*.jsonl}), turned into templates: sentences with
 * markers where a known first name or place stood. A generated text shuffles the middle sentences, fills the
 * markers with other names and places, and now and then swaps two letters (a typo), so a million cases do not
 * repeat 520 texts verbatim.
 */
final class TextBank {

    private static final char PLACE = '\u0001';
    private static final char NAME = '\u0002';
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9'\"])");
    private static final String[] FILES = {"triage-examples-a.jsonl", "triage-examples-b.jsonl"};

    /** One example: its labels and its sentences with markers. */
    record Example(String channel, String reporterType, String kind, String sector, String urgency,
            List<String> themes, String[] sentences) {}

    private final Map<String, List<Example>> bySector = new HashMap<>();
    private final List<Example> all = new ArrayList<>();
    private final String[] places;
    private final String[] names;

    TextBank(Vocabulary vocabulary) {
        this.places = vocabulary.get("places");
        this.names = vocabulary.get("firstNames");
        JsonMapper json = JsonMapper.builder().build();
        for (String file : FILES) {
            try (InputStream in = TextBank.class.getResourceAsStream("/migration/texts/" + file);
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    List<String> themes = new ArrayList<>();
                    node.path("themes").forEach(t -> themes.add(t.asString()));
                    Example example = new Example(node.path("channel").asString(),
                            node.path("reporterType").asString(), node.path("kind").asString(),
                            node.path("sector").asString(), node.path("urgency").asString(), List.copyOf(themes),
                            SENTENCE.split(mark(node.path("text").asString())));
                    all.add(example);
                    bySector.computeIfAbsent(example.sector(), k -> new ArrayList<>()).add(example);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Example pick(String sector, SplittableRandom random) {
        List<Example> list = bySector.getOrDefault(sector, all);
        return list.get(random.nextInt(list.size()));
    }

    /** A varied text from the example. */
    String vary(Example example, SplittableRandom random) {
        String[] s = example.sentences().clone();
        if (s.length > 3 && random.nextInt(2) == 0) {
            int a = 1 + random.nextInt(s.length - 1);
            int b = 1 + random.nextInt(s.length - 1);
            String t = s[a];
            s[a] = s[b];
            s[b] = t;
        }
        StringBuilder text = new StringBuilder(600);
        for (int i = 0; i < s.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String sentence = s[i];
            for (int j = 0; j < sentence.length(); j++) {
                char c = sentence.charAt(j);
                if (c == PLACE) {
                    text.append(places[random.nextInt(places.length)]);
                } else if (c == NAME) {
                    text.append(names[random.nextInt(names.length)]);
                } else {
                    text.append(c);
                }
            }
        }
        int typos = random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0;
        for (int t = 0; t < typos && text.length() > 2; t++) {
            int p = random.nextInt(text.length() - 1);
            char a = text.charAt(p);
            char b = text.charAt(p + 1);
            if (Character.isLetter(a) && Character.isLetter(b) && Character.isLowerCase(a) && Character.isLowerCase(b)) {
                text.setCharAt(p, b);
                text.setCharAt(p + 1, a);
            }
        }
        return text.toString();
    }

    private String mark(String text) {
        String marked = text;
        for (String place : places) {
            marked = Pattern.compile("\\b" + Pattern.quote(place) + "\\b").matcher(marked)
                    .replaceAll(String.valueOf(PLACE));
        }
        for (String name : names) {
            marked = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(marked)
                    .replaceAll(String.valueOf(NAME));
        }
        return marked;
    }
}
