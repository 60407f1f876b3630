package nl.meldpunt.casework;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.meldpunt.platform.Amsterdam;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes historic cases in bulk with PostgreSQL COPY: the one sanctioned way for another module (the migration)
 * to fill the case tables. The search vector is computed in SQL exactly as {@link CaseRegistration} does; a case
 * without a kept reference number gets one from {@code next_case_sequence} of its received year. No
 * {@link CaseRegistered} event is published: historic cases must not start clocks, triage or acute alerts. Provider
 * subjects are linked to the provider register in the same transaction ({@link ImportedSubjectLinks}).
 */
@Component
public class BulkCaseWriter {

    static final String STAGE = """
            CREATE TEMP TABLE bulk_stage_case (
              id BIGINT, case_number VARCHAR(20), yr INT, status VARCHAR(30), channel VARCHAR(20), kind VARCHAR(40),
              reporter_type VARCHAR(40), sector VARCHAR(40), urgency VARCHAR(20), themes VARCHAR(40)[],
              description TEXT, inspector_summary TEXT, occurred_on DATE, received_at TIMESTAMPTZ,
              registered_by VARCHAR(100), external_id VARCHAR(200), subject_text TEXT) ON COMMIT DROP""";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkCaseWriter.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ImportedSubjectLinks links;

    BulkCaseWriter(JdbcClient jdbc, DataSource dataSource, ImportedSubjectLinks links) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.links = links;
    }

    /**
     * Reserves ids, leaves out cases whose external id is already stored, and encodes the rows. Runs outside the
     * writing transaction (it only reads and draws from a sequence), so it can overlap with the previous write.
     */
    public PreparedBatch prepare(List<ImportedCase> batch, String registeredBy) {
        List<String> externalIds = batch.stream().map(ImportedCase::externalId).toList();
        Set<String> stored = externalIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                        "SELECT external_id FROM case_file WHERE external_id = ANY(:ids)")
                .param("ids", externalIds.toArray(String[]::new))
                .query(String.class)
                .list());
        List<ImportedCase> fresh = batch.stream().filter(c -> !stored.contains(c.externalId())).toList();
        List<Long> ids = fresh.isEmpty() ? List.of() : jdbc.sql(
                        "SELECT nextval(pg_get_serial_sequence('case_file', 'id')) FROM generate_series(1, :n)")
                .param("n", fresh.size())
                .query(Long.class)
                .list();

        int n = fresh.size();
        CopyBuffer cases = new CopyBuffer(n * 1024 + 64);
        CopyBuffer reporters = new CopyBuffer(n * 128 + 64);
        CopyBuffer subjects = new CopyBuffer(n * 128 + 64);
        CopyBuffer history = new CopyBuffer(n * 1024 + 64);
        long[] idArray = new long[n];
        String[] ext = new String[n];
        int[] reporterStart = new int[n + 1];
        int[] subjectStart = new int[n + 1];
        int[] historyStart = new int[n + 1];
        Map<Integer, Long> keptPerYear = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ImportedCase c = fresh.get(i);
            long id = ids.get(i);
            idArray[i] = id;
            ext[i] = c.externalId();
            int year = c.receivedAt().atZone(Amsterdam.ZONE).getYear();
            String kept = CaseNumber.isValid(c.caseNumber()) ? c.caseNumber() : null;
            if (kept != null) {
                keptPerYear.merge(Integer.parseInt(kept.substring(3, 7)), Long.parseLong(kept.substring(8)),
                        Math::max);
            }
            cases.field(id).field(kept).field(year).field(c.status().name()).field(c.channel().name())
                    .field(c.kind()).field(c.reporterType()).field(c.sector()).field(c.urgency())
                    .field(themes(c.themes())).field(c.description()).field(c.inspectorSummary())
                    .field(c.occurredOn()).field(c.receivedAt()).field(registeredBy).field(c.externalId())
                    .field(NewSubject.searchText(c.subjects()))
                    .endRow();
            reporterStart[i] = reporters.size();
            NewReporter r = c.reporter();
            reporters.field(id).field(r.anonymous() ? "t" : "f").field(r.relation()).field(r.name()).field(r.email())
                    .field(r.phone()).field(r.postalAddress()).field(r.contactPreference().name()).endRow();
            subjectStart[i] = subjects.size();
            for (NewSubject s : c.subjects()) {
                subjects.field(id).field(s.type().name()).field(s.name()).field(s.place()).field(s.kvkNumber())
                        .field(s.establishmentNumber()).field(s.bigNumber()).field(s.udiDi()).field(s.lotNumber())
                        .endRow();
            }
            historyStart[i] = history.size();
            historyRow(history, id, c.receivedAt(), registeredBy, HistoryAction.REGISTERED, registered(c), null);
            for (ImportedHistoryEntry h : c.history()) {
                historyRow(history, id, h.occurredAt(), h.actor(), h.action(), h.details(), h.reason());
            }
        }
        reporterStart[n] = reporters.size();
        subjectStart[n] = subjects.size();
        historyStart[n] = history.size();
        return new PreparedBatch(cases, reporters, subjects, history, idArray, ext, reporterStart, subjectStart,
                historyStart, keptPerYear, new ArrayList<>(stored));
    }

    /**
     * Writes a prepared batch in the caller's transaction: all of it or, when the transaction rolls back, none.
     * A case whose external id was stored meanwhile (a concurrent import) is skipped with its rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BulkWriteOutcome write(PreparedBatch batch) {
        if (batch.size() == 0) {
            return new BulkWriteOutcome(Map.of(), batch.alreadyStored());
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            long t0 = System.nanoTime();
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Statement st = connection.createStatement()) {
                st.execute(STAGE);
            }
            pg.getCopyAPI().copyIn("COPY bulk_stage_case FROM STDIN", batch.cases.stream());
            keepNumbersFree(batch.keptNumbersPerYear);
            Set<Long> written = new HashSet<>(jdbc.sql("""
                    INSERT INTO case_file (id, case_number, status, channel, kind, reporter_type, sector, urgency,
                        themes, description, inspector_summary, occurred_on, received_at, registered_at,
                        registered_by, external_id, search_vector)
                    SELECT id, COALESCE(kept, 'MP-' || yr || '-' || lpad(seq::text, greatest(6, length(seq::text)), '0')),
                        status, channel, kind, reporter_type, sector, urgency, themes, description,
                        inspector_summary, occurred_on, received_at, received_at, registered_by, external_id,
                        setweight(to_tsvector('dutch', unaccent(subject_text)), 'A')
                          || setweight(to_tsvector('dutch', unaccent(description)), 'B')
                    FROM (SELECT k.*, CASE WHEN kept IS NULL THEN next_case_sequence(yr) END AS seq
                          FROM (SELECT s.*, CASE WHEN NOT EXISTS (SELECT 1 FROM case_file c
                                                                  WHERE c.case_number = s.case_number)
                                                 THEN s.case_number END AS kept
                                FROM bulk_stage_case s) k
                          ORDER BY k.id) numbered
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """).query(Long.class).list());
            long t1 = System.nanoTime();
            boolean all = written.size() == batch.size();
            copy(pg, "COPY case_reporter (case_id, anonymous, relation, name, email, phone, postal_address,"
                    + " contact_preference) FROM STDIN", all ? batch.reporters
                    : only(batch, written, batch.reporters, batch.reporterStart));
            copy(pg, "COPY case_subject (case_id, type, name, place, kvk_number, establishment_number, big_number,"
                    + " udi_di, lot_number) FROM STDIN", all ? batch.subjects
                    : only(batch, written, batch.subjects, batch.subjectStart));
            copy(pg, "COPY case_history (case_id, occurred_at, actor, action, details, reason) FROM STDIN",
                    all ? batch.history : only(batch, written, batch.history, batch.historyStart));
            long t2 = System.nanoTime();
            // Like a live intake, but set-based for the whole batch (CaseSubjects.linkToRegister per case).
            int linked = links.link(written);
            if (log.isDebugEnabled()) {
                log.debug("Bulk write linked {} provider subjects to the register in {} ms", linked,
                        (System.nanoTime() - t2) / 1_000_000);
                log.debug("Bulk write of {} cases: case_file {} ms, reporter/subjects/history {} ms", batch.size(),
                        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            }
            Map<String, Long> writtenIds = new LinkedHashMap<>();
            List<String> skipped = new ArrayList<>(batch.alreadyStored());
            for (int i = 0; i < batch.size(); i++) {
                if (written.contains(batch.ids[i])) {
                    writtenIds.put(batch.externalIds[i], batch.ids[i]);
                } else {
                    skipped.add(batch.externalIds[i]);
                }
            }
            return new BulkWriteOutcome(writtenIds, skipped);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Bulk write of cases failed", e);
        }
    }

    /**
     * Benchmark only: COPYs the batch's rows into unlogged scratch tables without indexes, constraints or text
     * analysis — the raw ceiling of the database for the same rows. Returns the time spent in COPY.
     */
    public java.time.Duration copyToScratch(PreparedBatch batch) {
        jdbc.sql("""
                CREATE UNLOGGED TABLE IF NOT EXISTS bench_scratch_case (id BIGINT, case_number VARCHAR(20), yr INT,
                  status VARCHAR(30), channel VARCHAR(20), kind VARCHAR(40), reporter_type VARCHAR(40),
                  sector VARCHAR(40), urgency VARCHAR(20), themes VARCHAR(40)[], description TEXT,
                  inspector_summary TEXT, occurred_on DATE, received_at TIMESTAMPTZ, registered_by VARCHAR(100),
                  external_id VARCHAR(200), subject_text TEXT);
                CREATE UNLOGGED TABLE IF NOT EXISTS bench_scratch_reporter (case_id BIGINT, anonymous BOOLEAN,
                  relation VARCHAR(20), name VARCHAR(200), email VARCHAR(320), phone VARCHAR(40),
                  postal_address VARCHAR(500), contact_preference VARCHAR(20));
                CREATE UNLOGGED TABLE IF NOT EXISTS bench_scratch_subject (case_id BIGINT, type VARCHAR(20),
                  name VARCHAR(300), place VARCHAR(200), kvk_number VARCHAR(8), establishment_number VARCHAR(12),
                  big_number VARCHAR(11), udi_di VARCHAR(100), lot_number VARCHAR(100));
                CREATE UNLOGGED TABLE IF NOT EXISTS bench_scratch_history (case_id BIGINT, occurred_at TIMESTAMPTZ,
                  actor VARCHAR(100), action VARCHAR(60), details JSONB, reason TEXT)""").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            long t0 = System.nanoTime();
            copy(pg, "COPY bench_scratch_case FROM STDIN", batch.cases);
            copy(pg, "COPY bench_scratch_reporter FROM STDIN", batch.reporters);
            copy(pg, "COPY bench_scratch_subject FROM STDIN", batch.subjects);
            copy(pg, "COPY bench_scratch_history FROM STDIN", batch.history);
            return java.time.Duration.ofNanos(System.nanoTime() - t0);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Scratch copy failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** Benchmark only: drops the scratch tables of {@link #copyToScratch}. */
    public void dropScratch() {
        jdbc.sql("DROP TABLE IF EXISTS bench_scratch_case, bench_scratch_reporter, bench_scratch_subject,"
                + " bench_scratch_history").update();
    }

    /** Moves a year's sequence past the highest kept reference number, so new numbers never collide with it. */
    private void keepNumbersFree(Map<Integer, Long> keptPerYear) {
        keptPerYear.forEach((year, max) -> jdbc.sql("""
                        SELECT CASE WHEN next_case_sequence(:year) < :max
                               THEN setval(format('case_number_%s', :year), :max) END""")
                .param("year", year)
                .param("max", max)
                .query(Long.class)
                .optional());
    }

    private static void copy(PGConnection pg, String sql, CopyBuffer rows) throws SQLException, IOException {
        if (rows.size() > 0) {
            pg.getCopyAPI().copyIn(sql, rows.stream());
        }
    }

    private static CopyBuffer only(PreparedBatch batch, Set<Long> written, CopyBuffer rows, int[] start) {
        CopyBuffer kept = new CopyBuffer(rows.size() + 16);
        for (int i = 0; i < batch.size(); i++) {
            if (written.contains(batch.ids[i])) {
                kept.append(rows, start[i], start[i + 1]);
            }
        }
        return kept;
    }

    private static void historyRow(CopyBuffer history, long id, Instant at, String actor, HistoryAction action,
            Map<String, ?> details, String reason) {
        history.field(id).field(at).field(actor).field(action.name())
                .field(details == null || details.isEmpty() ? null : SmallJson.write(details))
                .field(reason)
                .endRow();
    }

    private static Map<String, Object> registered(ImportedCase c) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", c.channel().name());
        putIfPresent(details, "kind", c.kind());
        putIfPresent(details, "sector", c.sector());
        putIfPresent(details, "urgency", c.urgency());
        if (!c.themes().isEmpty()) {
            details.put("themes", c.themes());
        }
        details.put("attachments", 0);
        details.put("imported", true);
        details.put("externalId", c.externalId());
        putIfPresent(details, "givenCaseNumber", c.caseNumber());
        return details;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * The subject words that weigh most in search — the same as {@code CaseRegistration.subjectText} (kept apart
     * only to avoid a merge clash; fold the two together when merging).
     */
    private static String themes(List<String> themes) {
        return "{" + String.join(",", themes) + "}";
    }
}
