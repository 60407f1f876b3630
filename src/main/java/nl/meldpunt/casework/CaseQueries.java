package nl.meldpunt.casework;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.casework.CaseView.AttachmentView;
import nl.meldpunt.casework.CaseView.ReporterView;
import nl.meldpunt.casework.CaseView.SubjectView;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads cases: one whole case, search pages for work lists and the API, history and attachments. */
@Component
public class CaseQueries {

    /** The columns {@link #mapSummary} reads, for every query that lists cases. */
    private static final String SUMMARY_COLUMNS = """
            c.id, c.case_number, c.status, c.channel, c.kind, c.sector, c.urgency, c.themes, c.received_at,
                left(c.description, 160) AS excerpt,
                (SELECT s.name FROM case_subject s WHERE s.case_id = c.id ORDER BY s.id LIMIT 1) AS subject_name""";

    /** The time windows tried, newest first, when a full-text search has many hits (decision 2690). */
    private static final List<Duration> HIT_WINDOWS = List.of(Duration.ofDays(31), Duration.ofDays(366));
    /** Runs the capped count of a full-text search beside the page lookup. */
    private static final Executor COUNTING = Executors.newVirtualThreadPerTaskExecutor();

    private final JdbcClient jdbc;
    private final CaseAccessPolicy access;
    private final AnalystShield shield;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    CaseQueries(JdbcClient jdbc, CaseAccessPolicy access, AnalystShield shield, Clock clock,
            PlatformTransactionManager transactions) {
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.jdbc = jdbc;
        this.access = access;
        this.shield = shield;
    }

    /** The case with the given number; the reporter's details only when {@code withReporter}. */
    @Transactional(readOnly = true)
    public Optional<CaseView> find(String caseNumber, boolean withReporter) {
        if (!CaseNumber.isValid(caseNumber)) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String visible = access.visibleCondition(params); // need-to-know (CaseAccessPolicy)
        return jdbc.sql("SELECT * FROM case_file c WHERE c.case_number = :n AND " + visible)
                .params(params)
                .param("n", caseNumber)
                .query((rs, row) -> mapCase(rs, withReporter))
                .optional()
                .map(this::shieldCase);
    }

    /** Analysts get the case's texts with persons, e-mail addresses and phone numbers pseudonymised. */
    private CaseView shieldCase(CaseView c) {
        if (!AnalystShield.applies()) {
            return c;
        }
        var persons = shield.identities(List.of(c.id())).getOrDefault(c.id(), List.of());
        return new CaseView(c.id(), c.caseNumber(), c.version(), c.status(), c.channel(), c.kind(), c.reporterType(),
                c.sector(), c.urgency(), c.themes(), shield.mask(c.description(), persons),
                shield.mask(c.inspectorSummary(), persons), c.occurredOn(), c.receivedAt(), c.registeredAt(),
                c.registeredBy(), c.assignedTeam(), c.assignee(), null, c.subjects(), c.attachments());
    }

    /** Analysts get list excerpts with persons, e-mail addresses and phone numbers pseudonymised. */
    private List<CaseSummary> shieldSummaries(List<CaseSummary> items) {
        if (!AnalystShield.applies() || items.isEmpty()) {
            return items;
        }
        var persons = shield.identities(items.stream().map(CaseSummary::id).toList());
        return items.stream().map(s -> new CaseSummary(s.id(), s.caseNumber(), s.status(), s.channel(), s.kind(),
                s.sector(), s.urgency(), s.themes(), s.receivedAt(), s.subjectName(),
                shield.mask(s.excerpt(), persons.getOrDefault(s.id(), List.of())))).toList();
    }

    /** The case, or {@link NotFound} (also when the current user may not see it: decision 2441). */
    public CaseView require(String caseNumber, boolean withReporter) {
        return find(caseNumber, withReporter).orElseThrow(() -> new NotFound("Case " + caseNumber));
    }

    /**
     * Routing and classification of one case the current user may see, or {@link NotFound}: one row, for work that
     * needs no more than that (starting a clock), where {@link #require} also reads attachments and subjects.
     */
    public CaseRouting requireRouting(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            throw new NotFound("Case " + caseNumber);
        }
        Map<String, Object> params = new HashMap<>();
        String visible = access.visibleCondition(params); // need-to-know (CaseAccessPolicy)
        return jdbc.sql("SELECT id, case_number, assigned_team, assignee, sector, urgency FROM case_file c"
                        + " WHERE c.case_number = :n AND " + visible)
                .params(params)
                .param("n", caseNumber)
                .query(CaseQueries::mapRouting)
                .optional()
                .orElseThrow(() -> new NotFound("Case " + caseNumber));
    }

    private static CaseRouting mapRouting(ResultSet rs, int row) throws SQLException {
        return new CaseRouting(rs.getLong("id"), rs.getString("case_number"), rs.getString("assigned_team"),
                rs.getString("assignee"), rs.getString("sector"), rs.getString("urgency"));
    }

    /** The database id of the case, or {@link NotFound}. */
    public long requireId(String caseNumber) {
        return idOf(caseNumber).orElseThrow(() -> new NotFound("Case " + caseNumber));
    }

    public Optional<Long> idOf(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM case_file WHERE case_number = :n").param("n", caseNumber)
                .query(Long.class).optional();
    }

    public CasePage search(CaseFilter filter, int page, int size) {
        return search(filter, page, size, CasePage.COUNT_LIMIT);
    }

    /**
     * {@link #search(CaseFilter, int, int)} with the count cut off at {@code countLimit} (tests use a small one).
     * Not one transaction: with words, the capped count runs on its own connection while the page is looked up, and
     * no thread holds a connection while it waits for the other (decision 2690).
     */
    CasePage search(CaseFilter filter, int page, int size, int countLimit) {
        boolean text = filter.q() != null && !filter.q().isBlank();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        where.append(" AND ").append(access.visibleCondition(params)); // need-to-know (CaseAccessPolicy)
        if (text) {
            where.append(" AND c.search_vector @@ websearch_to_tsquery('dutch', unaccent(:q))");
            params.put("q", filter.q().strip());
        }
        addEquals(where, params, "status", filter.status() == null ? null : filter.status().name());
        addEquals(where, params, "channel", filter.channel() == null ? null : filter.channel().name());
        addEquals(where, params, "kind", filter.kind());
        addEquals(where, params, "sector", filter.sector());
        addEquals(where, params, "urgency", filter.urgency());
        if (filter.open() != null) {
            where.append(filter.open() ? " AND c.status <> 'CLOSED'" : " AND c.status = 'CLOSED'");
        }
        if (filter.from() != null) {
            where.append(" AND c.received_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND c.received_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        String count = "SELECT count(*) FROM (SELECT 1 FROM case_file c " + where + " LIMIT " + (countLimit + 1)
                + ") limited";
        Map<String, Object> countParams = new HashMap<>(params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<CaseSummary> items = null;
        long total;
        if (!text) {
            total = jdbc.sql(count).params(countParams).query(Long.class).single();
        } else {
            // the count starts at the table's start, not where another sequential scan happens to be
            CompletableFuture<Long> counting = CompletableFuture.supplyAsync(() -> readOnly.execute(tx -> {
                setLocal("synchronize_seqscans", "off");
                return jdbc.sql(count).params(countParams).query(Long.class).single();
            }), COUNTING);
            // Meanwhile the newest month's hits, then the newest year's, from the text index combined with the
            // received-time index: a window that holds the whole page holds the newest hits of all. Walking newest
            // first and testing each case costs a row per case passed, which a burst of recent cases without the
            // words makes slow; collecting every hit of a common word costs more (decisions 2591, 2690).
            items = readOnly.execute(tx -> {
                // a common word's bitmap of hits must fit in memory: a lossy bitmap rechecks every case on its pages
                setLocal("work_mem", "32MB");
                for (Duration window : HIT_WINDOWS) {
                    params.put("since", Timestamp.from(clock.instant().minus(window)));
                    List<CaseSummary> found = summaries(
                            "(SELECT * FROM case_file c " + where + " AND c.received_at >= :since OFFSET 0) c", params);
                    if (found.size() == size) {
                        return found;
                    }
                }
                return null;
            });
            try {
                total = counting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        boolean lowerBound = total > countLimit;
        if (items == null) {
            // Few hits (exact count): all of them from the text index, sorted (decision 2591). Many hits and the page
            // lies beyond the newest year, or no words: walk newest first.
            items = summaries(text && !lowerBound ? "(SELECT * FROM case_file c " + where + " OFFSET 0) c"
                    : "case_file c " + where, params);
        }
        items = shieldSummaries(items);
        return new CasePage(items, page, size, Math.min(total, countLimit), lowerBound);
    }

    /** Sets a PostgreSQL setting until the end of the current transaction. */
    private void setLocal(String setting, String value) {
        jdbc.sql("SELECT set_config(:setting, :value, true)").param("setting", setting).param("value", value)
                .query(String.class).single();
    }

    /** One page of case summaries from {@code source} (aliased {@code c}), newest first. */
    private List<CaseSummary> summaries(String source, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT %s
                FROM %s
                ORDER BY c.received_at DESC, c.id DESC
                LIMIT :limit OFFSET :offset
                """.formatted(SUMMARY_COLUMNS, source))
                .params(params)
                .query(this::mapSummary)
                .list();
    }

    /** Cases whose reporter matches a name (fuzzy), e-mail address or phone number: "is this person known?". */
    @Transactional(readOnly = true)
    public List<CaseSummary> findByPerson(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 3) {
            return List.of();
        }
        String digits = q.replaceAll("[^0-9]", "");
        Map<String, Object> params = new HashMap<>();
        String visible = access.visibleCondition(params); // need-to-know (CaseAccessPolicy)
        return jdbc.sql("""
                SELECT %s
                FROM case_reporter r JOIN case_file c ON c.id = r.case_id
                WHERE (lower(r.name) %% lower(:q) OR lower(r.email) = lower(:q)
                   OR (length(:digits) >= 6 AND regexp_replace(r.phone, '[^0-9]', '', 'g') LIKE '%%' || :digits))
                  AND %s
                ORDER BY c.received_at DESC
                LIMIT :limit
                """.formatted(SUMMARY_COLUMNS, visible))
                .params(params)
                .param("q", q)
                .param("digits", digits)
                .param("limit", limit)
                .query(this::mapSummary)
                .list()
                .stream().collect(java.util.stream.Collectors.collectingAndThen(
                        java.util.stream.Collectors.toList(), this::shieldSummaries));
    }

    /**
     * The case's history, oldest first. Reasons and details are typed by officers and may name the citizen: an
     * analyst gets them with the case's persons, e-mail addresses and phone numbers pseudonymised, as the case text.
     */
    public List<HistoryEntry> history(long caseId) {
        List<HistoryEntry> entries = rawHistory(caseId);
        if (!AnalystShield.applies() || entries.isEmpty()) {
            return entries;
        }
        var persons = shield.identities(List.of(caseId)).getOrDefault(caseId, List.of());
        return entries.stream().map(h -> new HistoryEntry(h.id(), h.occurredAt(), h.actor(), h.action(),
                shield.mask(h.details(), persons), shield.mask(h.reason(), persons))).toList();
    }

    private List<HistoryEntry> rawHistory(long caseId) {
        return jdbc.sql("""
                SELECT id, occurred_at, actor, action, details::text AS details, reason
                FROM case_history WHERE case_id = :id ORDER BY id
                """)
                .param("id", caseId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        HistoryAction.valueOf(rs.getString("action")),
                        rs.getString("details"),
                        rs.getString("reason")))
                .list();
    }

    /** Routing and classification of many cases at once (bulk work such as the import); unknown ids are left out. */
    public Map<Long, CaseRouting> routing(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CaseRouting> result = new HashMap<>();
        jdbc.sql("""
                SELECT id, case_number, assigned_team, assignee, sector, urgency FROM case_file
                WHERE id = ANY(:ids)""")
                .param("ids", caseIds.toArray(Long[]::new))
                .query(CaseQueries::mapRouting)
                .list()
                .forEach(r -> result.put(r.caseId(), r));
        return result;
    }

    public Optional<AttachmentContent> attachment(long caseId, long attachmentId) {
        return jdbc.sql("""
                SELECT id, filename, content_type, content FROM case_attachment WHERE case_id = :case AND id = :id
                """)
                .param("case", caseId)
                .param("id", attachmentId)
                .query((rs, n) -> new AttachmentContent(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    private CaseView mapCase(ResultSet rs, boolean withReporter) throws SQLException {
        long id = rs.getLong("id");
        ReporterView reporter = withReporter ? reporter(id) : null;
        return new CaseView(
                id,
                rs.getString("case_number"),
                rs.getLong("version"),
                CaseStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("kind"),
                rs.getString("reporter_type"),
                rs.getString("sector"),
                rs.getString("urgency"),
                strings(rs.getArray("themes")),
                rs.getString("description"),
                rs.getString("inspector_summary"),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                rs.getString("assigned_team"),
                rs.getString("assignee"),
                reporter,
                subjects(id),
                attachments(id));
    }

    private ReporterView reporter(long caseId) {
        return jdbc.sql("SELECT * FROM case_reporter WHERE case_id = :id")
                .param("id", caseId)
                .query((rs, n) -> new ReporterView(
                        rs.getBoolean("anonymous"),
                        rs.getString("relation") == null ? null : ReporterRelation.valueOf(rs.getString("relation")),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        rs.getString("postal_address"),
                        ContactPreference.valueOf(rs.getString("contact_preference"))))
                .optional()
                .orElse(null);
    }

    private List<SubjectView> subjects(long caseId) {
        return jdbc.sql("SELECT * FROM case_subject WHERE case_id = :id ORDER BY id")
                .param("id", caseId)
                .query((rs, n) -> new SubjectView(
                        rs.getLong("id"),
                        SubjectType.valueOf(rs.getString("type")),
                        rs.getString("name"),
                        rs.getString("place"),
                        rs.getString("kvk_number"),
                        rs.getString("establishment_number"),
                        rs.getString("big_number"),
                        rs.getString("udi_di"),
                        rs.getString("lot_number")))
                .list();
    }

    private List<AttachmentView> attachments(long caseId) {
        return jdbc.sql("""
                SELECT id, filename, content_type, size_bytes, added_at, added_by
                FROM case_attachment WHERE case_id = :id ORDER BY id
                """)
                .param("id", caseId)
                .query((rs, n) -> new AttachmentView(
                        rs.getLong("id"),
                        rs.getString("filename"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getTimestamp("added_at").toInstant(),
                        rs.getString("added_by")))
                .list();
    }

    private CaseSummary mapSummary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(
                rs.getLong("id"),
                rs.getString("case_number"),
                CaseStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("kind"),
                rs.getString("sector"),
                rs.getString("urgency"),
                strings(rs.getArray("themes")),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("subject_name"),
                rs.getString("excerpt"));
    }

    private static void addEquals(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" AND c.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    private static Timestamp startOf(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(Amsterdam.ZONE).toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return new ArrayList<>(List.of((String[]) array.getArray()));
    }
}
