package nl.meldpunt.migration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldpunt.migration.generator.CaseGenerator;
import nl.meldpunt.migration.generator.GeneratorOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line jobs: {@code import <file>} and {@code generate --cases N --years Y --seed S --out file}. Runs
 * only when the first argument names a job ({@link CommandLineMode} then keeps the web server off), then exits
 * with 0 on success, 1 when the import failed or was cancelled, 2 on wrong arguments.
 */
@Component
class MigrationCommands implements ApplicationRunner {

    private final ImportJob importJob;
    private final ConfigurableApplicationContext context;
    private final int batchSize;
    private final int writers;
    private final PrintStream out = System.out;

    MigrationCommands(ImportJob importJob, ConfigurableApplicationContext context,
            @Value("${meldpunt.migration.batch-size:5000}") int batchSize,
            @Value("${meldpunt.migration.writers:2}") int writers) {
        this.writers = writers;
        this.importJob = importJob;
        this.context = context;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        String[] args = arguments.getSourceArgs();
        if (args.length == 0 || !CommandLineMode.COMMANDS.contains(args[0])) {
            return;
        }
        int code;
        try {
            code = "import".equals(args[0]) ? runImport(args) : runGenerate(args);
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            code = 2;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private int runImport(String[] args) throws Exception {
        Map<String, String> options = options(args, 2);
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException("Usage: import <file.jsonl|file.csv> [--batch-size 5000] [--writers 2] [--initial-load] [--measure-ceiling [--ceiling-cases N]]");
        }
        Path file = Path.of(args[1]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No such file: " + file);
        }
        int batch = Integer.parseInt(options.getOrDefault("batch-size", Integer.toString(batchSize)));
        if (options.containsKey("measure-ceiling")) {
            out.println("Measuring the raw database ceiling (COPY into unlogged scratch tables) ...");
            ImportJob.Ceiling ceiling = importJob.measureCeiling(file, batch,
                    Long.parseLong(options.getOrDefault("ceiling-cases", Long.toString(Long.MAX_VALUE))));
            out.printf(java.util.Locale.ROOT, "Raw ceiling: %,d cases in %.1f s of COPY = %,.0f cases/s%n",
                    ceiling.cases(), ceiling.copyTime().toMillis() / 1000.0, ceiling.rate());
        }
        AtomicReference<ImportProgress> latest = new AtomicReference<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "import-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            ImportProgress p = latest.get();
            if (p != null) {
                out.print("\r" + p.terminalLine());
                out.flush();
            }
        }, 1, 1, TimeUnit.SECONDS);
        long started = System.nanoTime();
        ImportRun run;
        try {
            run = importJob.run(new ImportRequest(file, RecordValidator.ACTOR, batch,
                    Integer.parseInt(options.getOrDefault("writers", Integer.toString(writers))), 0, latest::set,
                    Boolean.parseBoolean(options.getOrDefault("initial-load", "false"))));
        } finally {
            ticker.shutdownNow();
        }
        ImportProgress last = latest.get();
        if (last != null) {
            out.print("\r" + last.terminalLine());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(java.util.Locale.ROOT, "%nImport run %d %s in %.1f s: %,d imported, %,d skipped, %,d rejected%n",
                run.id(), run.state(), seconds, run.imported(), run.skipped(), run.rejected());
        if (run.rejected() > 0) {
            out.println("Rejection report: /admin/import/" + run.id() + "/rejections.csv (admin page)");
        }
        return run.state() == ImportState.COMPLETED ? 0 : 1;
    }

    private int runGenerate(String[] args) throws Exception {
        Map<String, String> options = options(args, 1);
        GeneratorOptions generator = GeneratorOptions.from(options);
        long started = System.nanoTime();
        long written = new CaseGenerator(generator).writeTo(generator.out());
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(java.util.Locale.ROOT, "Generated %,d cases into %s in %.1f s (%,d bytes)%n", generator.cases(),
                generator.out(), seconds, written);
        return 0;
    }

    /** {@code --name value} and {@code --name=value} pairs after the first {@code skip} arguments. */
    static Map<String, String> options(String[] args, int skip) {
        Map<String, String> options = new HashMap<>();
        for (int i = skip; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(arg.substring(2), args[++i]);
            } else {
                options.put(arg.substring(2), "true");
            }
        }
        return options;
    }
}
