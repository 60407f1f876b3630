package nl.meldpunt.migration;

import nl.meldpunt.platform.RuleViolation;
import org.springframework.http.HttpStatus;

/** The same file is being imported already (here or on another node). */
class ImportAlreadyRunning extends RuleViolation {

    ImportAlreadyRunning() {
        super("import-already-running", HttpStatus.CONFLICT, "The same file is being imported already.");
    }
}
