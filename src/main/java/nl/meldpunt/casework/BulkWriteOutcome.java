package nl.meldpunt.casework;

import java.util.List;
import java.util.Map;

/**
 * What a bulk write stored.
 *
 * @param written external id → case id of every case stored by this write
 * @param skipped external ids not stored because they already existed (an earlier or concurrent import)
 */
public record BulkWriteOutcome(Map<String, Long> written, List<String> skipped) {}
