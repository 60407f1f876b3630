package nl.meldpunt.migration;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Starts imports in the background for the admin page and knows which files are being imported here. */
@Component
class ImportLauncher {

    private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

    private final ImportJob job;
    private final int batchSize;
    private final int writers;
    private final Set<Path> active = ConcurrentHashMap.newKeySet();

    ImportLauncher(ImportJob job, @Value("${meldpunt.migration.batch-size:5000}") int batchSize,
            @Value("${meldpunt.migration.writers:2}") int writers) {
        this.writers = writers;
        this.job = job;
        this.batchSize = batchSize;
    }

    /** Starts the import of a file unless it is being imported by this instance already. */
    boolean start(Path file, String actor) {
        Path key = file.toAbsolutePath().normalize();
        if (!active.add(key)) {
            return false;
        }
        Thread.ofPlatform().name("import-" + key.getFileName()).daemon().start(() -> {
            try {
                job.run(new ImportRequest(key, actor, batchSize, writers, 0, null));
            } catch (ImportAlreadyRunning e) {
                log.warn("Import of {} not started: it runs elsewhere already", key.getFileName());
            } catch (Exception e) {
                log.error("Import of {} failed", key.getFileName(), e);
            } finally {
                active.remove(key);
            }
        });
        return true;
    }

    boolean isActive(String fileName) {
        return active.contains(Path.of(fileName).toAbsolutePath().normalize());
    }
}
