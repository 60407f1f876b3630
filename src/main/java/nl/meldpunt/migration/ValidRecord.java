package nl.meldpunt.migration;

import java.util.List;
import nl.meldpunt.casework.ImportedCase;

/** A record that passed validation: the case to write and its clocks. */
record ValidRecord(long line, ImportedCase kase, List<ImportClock> clocks) {}
