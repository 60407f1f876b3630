package nl.meldpunt.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import nl.meldpunt.migration.generator.CaseGenerator;
import nl.meldpunt.migration.generator.GeneratorOptions;

/** Generated import files for tests, in a fresh temporary directory. */
final class ImportFiles {

    private ImportFiles() {}

    static Path generated(long cases, long seed) throws IOException {
        Path file = Files.createTempDirectory("import-test").resolve("cases-" + seed + ".jsonl");
        new CaseGenerator(new GeneratorOptions(cases, 2, seed, file, YearMonth.of(2026, 9))).writeTo(file);
        return file;
    }

    static Path written(String name, String content) throws IOException {
        Path file = Files.createTempDirectory("import-test").resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
