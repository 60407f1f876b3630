package nl.meldpunt.migration.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * What to generate.
 *
 * @param end the last month with cases; pass it explicitly for byte-identical files across months (default: the
 *     month before the current one)
 */
public record GeneratorOptions(long cases, int years, long seed, Path out, YearMonth end) {

    public GeneratorOptions {
        if (cases < 1 || years < 1 || years > 50) {
            throw new IllegalArgumentException("--cases must be positive and --years between 1 and 50");
        }
    }

    /** From command-line options: {@code --cases --years --seed --out --end YYYY-MM}. */
    public static GeneratorOptions from(Map<String, String> options) {
        try {
            long cases = Long.parseLong(options.getOrDefault("cases", "10000").replace("_", ""));
            int years = Integer.parseInt(options.getOrDefault("years", "10"));
            long seed = Long.parseLong(options.getOrDefault("seed", "42"));
            Path out = Path.of(options.getOrDefault("out", "cases.jsonl"));
            YearMonth end = options.containsKey("end") ? YearMonth.parse(options.get("end"))
                    : YearMonth.from(LocalDate.now()).minusMonths(1);
            return new GeneratorOptions(cases, years, seed, out, end);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Usage: generate --cases 1000000 --years 10 --seed 42 "
                    + "--out cases.jsonl [--end 2026-10]  (" + e.getMessage() + ")");
        }
    }
}
