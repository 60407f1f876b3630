package nl.meldpunt.casework;

import java.util.List;
import java.util.Map;

/**
 * A batch of imported cases made ready for {@link BulkCaseWriter#write}: ids reserved, cases whose external id is
 * already stored left out, rows encoded. Preparing needs no transaction, so it can run ahead of the writer.
 */
public final class PreparedBatch {

    final CopyBuffer cases;
    final CopyBuffer reporters;
    final CopyBuffer subjects;
    final CopyBuffer history;
    /** Per prepared case: its id, external id and where its rows start in each child buffer. */
    final long[] ids;
    final String[] externalIds;
    final int[] reporterStart;
    final int[] subjectStart;
    final int[] historyStart;
    final Map<Integer, Long> keptNumbersPerYear;
    private final List<String> alreadyStored;

    PreparedBatch(CopyBuffer cases, CopyBuffer reporters, CopyBuffer subjects, CopyBuffer history, long[] ids,
            String[] externalIds, int[] reporterStart, int[] subjectStart, int[] historyStart,
            Map<Integer, Long> keptNumbersPerYear, List<String> alreadyStored) {
        this.cases = cases;
        this.reporters = reporters;
        this.subjects = subjects;
        this.history = history;
        this.ids = ids;
        this.externalIds = externalIds;
        this.reporterStart = reporterStart;
        this.subjectStart = subjectStart;
        this.historyStart = historyStart;
        this.keptNumbersPerYear = keptNumbersPerYear;
        this.alreadyStored = List.copyOf(alreadyStored);
    }

    /** External ids that were already stored when the batch was prepared (an earlier import). */
    public List<String> alreadyStored() {
        return alreadyStored;
    }

    /** The case id reserved for each external id that will be written. */
    public Map<String, Long> reservedIds() {
        Map<String, Long> map = new java.util.HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            map.put(externalIds[i], ids[i]);
        }
        return map;
    }

    public int size() {
        return ids.length;
    }
}
