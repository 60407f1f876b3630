package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.migration.generator.CaseGenerator;
import nl.meldpunt.migration.generator.GeneratorOptions;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {

    private static String generate(long cases, long seed) throws Exception {
        StringWriter out = new StringWriter();
        new CaseGenerator(new GeneratorOptions(cases, 3, seed, null, YearMonth.of(2026, 9))).write(out);
        return out.toString();
    }

    @Test
    void same_seed_gives_identical_bytes() throws Exception {
        assertThat(generate(300, 42)).isEqualTo(generate(300, 42));
    }

    @Test
    void another_seed_gives_other_data() throws Exception {
        assertThat(generate(300, 42)).isNotEqualTo(generate(300, 43));
    }

    @Test
    void channel_mix_and_forwarding_follow_the_published_figures() throws Exception {
        String file = generate(5000, 7);
        String[] lines = file.split("\n");
        assertThat(lines).hasSize(5000);
        Map<String, Integer> channels = count(file, "^\\{\"externalId\":\"[^\"]+\",\"channel\":\"([A-Z_]+)\"");
        assertThat(channels.get("PHONE") / 5000.0).isCloseTo(0.57, within(0.03));
        assertThat(channels.get("LETTER") / 5000.0).isCloseTo(0.03, within(0.015));
        long complaints = file.lines().filter(l -> l.contains("\"kind\":\"COMPLAINT\"")).count();
        long forwarded = file.lines().filter(l -> l.contains("\"kind\":\"COMPLAINT\"")
                && l.contains("\"to\":\"FORWARDED\"")).count();
        assertThat((double) forwarded / complaints).isCloseTo(0.20, within(0.04));
        assertThat(file).contains("\"state\":\"RUNNING\"", "\"state\":\"STOPPED\"", "\"state\":\"EXPIRED\"",
                "\"state\":\"PAUSED\"", "\"state\":\"EXTENDED\"");
    }

    @Test
    void a_few_providers_get_many_cases() throws Exception {
        String file = generate(5000, 11);
        Map<String, Integer> perProvider = count(file, "\"kvkNumber\":\"(\\d{8})\"");
        int[] sorted = perProvider.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int top = sorted[sorted.length - 1];
        int median = sorted[sorted.length / 2];
        assertThat(top).isGreaterThan(100);
        assertThat(median).isLessThan(top / 10);
    }

    private static Map<String, Integer> count(String file, String regex) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(file);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        return counts;
    }
}
