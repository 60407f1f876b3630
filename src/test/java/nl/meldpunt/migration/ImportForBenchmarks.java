package nl.meldpunt.migration;

import java.nio.file.Path;
import org.springframework.context.ApplicationContext;

/** Lets the benchmark smoke test (another package) import a file in-process through the real import path. */
public final class ImportForBenchmarks {

    private ImportForBenchmarks() {}

    /** Imports {@code file} with 2 writers; returns the number imported, or throws when the run did not complete. */
    public static long importFile(ApplicationContext context, Path file) throws Exception {
        ImportRun run = context.getBean(ImportJob.class).run(new ImportRequest(file, "bench-smoke", 1000, 2, 0, null));
        if (run.state() != ImportState.COMPLETED || run.rejected() > 0) {
            throw new IllegalStateException("Import " + run.state() + ", " + run.rejected() + " rejected");
        }
        return run.imported();
    }
}
