package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile import files: the parser (LineReader, CsvRows, RecordSource) and the RecordValidator turn every line into a
 * record or a rejection, never an exception — broken JSON, unbalanced CSV quotes, NUL, lone surrogates, RTL
 * overrides, a 1 MB single line, XSS and SQL in every text field. Size: {@code meldpunt.fuzz.import-lines}
 * (default 1,000; the full run uses 4,000, see docs/security-fuzzing.md).
 */
class ImportParserHostileInputTest extends IntegrationTest {

    static final int LINES = Integer.getInteger("meldpunt.fuzz.import-lines", 1_000);

    @Autowired RecordValidator validator;

    private static final List<String> NASTY = List.of("<script>alert('mpx55')</script>", "' OR '1'='1", "\u202Egnp",
            "a\u0000b", "\uD800", "e\u0301\u0301", "\"", "\\", "\",\"", "\n", "\r", "{}", "[]", "null", "😀", "%s%n");

    @Test
    void every_hostile_line_becomes_a_record_or_a_rejection_never_an_exception() throws Exception {
        Random random = new Random(Long.getLong("meldpunt.fuzz.seed", 20261124L));
        Path jsonl = Files.createTempFile("hostile", ".jsonl");
        Path csv = Files.createTempFile("hostile", ".csv");
        StringBuilder j = new StringBuilder();
        StringBuilder c = new StringBuilder("externalId,receivedAt,channel,kind,text,reporter.name,subjects\n");
        for (int i = 0; i < LINES / 2; i++) {
            String text = nasty(random);
            String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\u0000", "\\u0000");
            j.append(switch (random.nextInt(8)) {
                case 0 -> "{\"externalId\":\"H-" + i + "\",\"receivedAt\":\"2020-01-01T10:00:00Z\",\"channel\":\"PHONE\","
                        + "\"text\":\"" + escaped + "\",\"reporter\":{\"name\":\"" + escaped + "\"}}";
                case 1 -> "{\"externalId\":\"" + escaped + "\"";
                case 2 -> text;
                case 3 -> "{\"externalId\":\"H-" + i + "\",\"receivedAt\":\"" + escaped + "\",\"channel\":\"" + escaped + "\"}";
                case 4 -> "{\"externalId\":\"H-" + i + "\",\"subjects\":\"" + escaped + "\",\"contacts\":[{\"x\":1}]}";
                case 5 -> i % 50 == 0 ? "{\"description\":\"" + "x".repeat(1 << 20) + "\"}" : "{}";
                case 6 -> "[" + "[".repeat(2000);
                default -> "{\"externalId\":\"H-" + i + "\",\"receivedAt\":\"2020-01-01T10:00:00Z\",\"channel\":\"WEB_FORM\","
                        + "\"kind\":\"COMPLAINT\",\"text\":\"Klacht " + escaped + "\"}";
            }).append('\n');
            String field = "\"" + text.replace("\"", "\"\"") + "\"";
            c.append(switch (random.nextInt(6)) {
                case 0 -> "C-" + i + ",2020-01-01T10:00:00Z,PHONE,COMPLAINT," + field + "," + field + ",\"[]\"";
                case 1 -> "C-" + i + ",\"unbalanced," + text;
                case 2 -> field + "," + field;
                case 3 -> "C-" + i + ",2020-01-01T10:00:00Z,PHONE,COMPLAINT,x,y," + field;
                case 4 -> i % 50 == 0 ? "C-" + i + ",," + "y".repeat(1 << 20) : ",,,,,,";
                default -> text;
            }).append('\n');
        }
        Files.write(jsonl, j.toString().getBytes(StandardCharsets.UTF_8)); // lone surrogates become ? (what a file can hold)
        Files.write(csv, c.toString().getBytes(StandardCharsets.UTF_8));

        int[] outcome = new int[3];
        for (var file : List.of(jsonl, csv)) {
            try (RecordSource source = new RecordSource(file, RecordSource.formatOf(file), 0, 0)) {
                RecordSource.Item item;
                while ((item = source.next()) != null) {
                    if (item.record() == null) {
                        assertThat(item.rejections()).isNotEmpty();
                        outcome[0]++;
                        continue;
                    }
                    List<Rejection> rejections = new ArrayList<>();
                    ValidRecord valid = validator.validate(item.line(), item.record(), rejections);
                    outcome[valid == null ? 1 : 2]++;
                }
            }
        }
        System.out.printf("HOSTILE IMPORT lines=%d unparsable=%d rejected=%d valid=%d%n", LINES, outcome[0],
                outcome[1], outcome[2]);
        assertThat(outcome[0] + outcome[1] + outcome[2]).isGreaterThan(LINES / 2);
        Files.deleteIfExists(jsonl);
        Files.deleteIfExists(csv);
    }

    private static String nasty(Random random) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 1 + random.nextInt(4); k++) {
            s.append(NASTY.get(random.nextInt(NASTY.size())));
        }
        return s.toString();
    }
}
