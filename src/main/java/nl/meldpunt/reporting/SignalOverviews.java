package nl.meldpunt.reporting;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reference.ReferenceList;
import nl.meldpunt.reporting.SignalOverview.Provider;
import nl.meldpunt.reporting.SignalOverview.SectorSignals;
import nl.meldpunt.reporting.SignalOverview.Signal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the daily signal overview. Read model: reads casework's case_file and the report_provider view in SQL,
 * never writes them.
 *
 * <p>Window: the overview of office working day D covers every case received (Amsterdam time) after the end of
 * the previous office working day up to the end of D, so Monday's overview holds Saturday, Sunday and Monday, and
 * the day after a holiday holds the holiday. A date that is no working day gives the overview of the next working
 * day, which covers it. Signals are all kinds except QUESTION (a case not yet given a kind is included).
 */
@Component
class SignalOverviews {

    /** Which cases are signals for inspectors: everything but plain questions. */
    static final String IS_SIGNAL = "(c.kind IS NULL OR c.kind <> 'QUESTION')";

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;
    private final ReportLabels labels;
    private final nl.meldpunt.casework.CaseAccessPolicy access;

    SignalOverviews(JdbcClient jdbc, WorkingDayCalendar calendar, ReportLabels labels,
            nl.meldpunt.casework.CaseAccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
        this.calendar = calendar;
        this.labels = labels;
    }

    /** The office working day whose overview covers {@code date}. */
    LocalDate overviewDayFor(LocalDate date) {
        return calendar.onOrAfter(CalendarType.OFFICE, date);
    }

    /** The last office working day before {@code day}. */
    LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!calendar.isWorkingDay(CalendarType.OFFICE, d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    SignalOverview forDate(LocalDate date, Locale locale) {
        LocalDate day = overviewDayFor(date);
        LocalDate from = previousWorkingDay(day).plusDays(1);
        Instant start = from.atStartOfDay(Amsterdam.ZONE).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant();
        // A page lists only the cases its viewer may see (restricted cases: the named people); the daily mail runs
        // without a user and lists all (CaseAccessPolicy).
        Map<String, Object> visibleParams = new java.util.HashMap<>();
        String visible = access.visibleCondition(visibleParams);
        List<Row> rows = jdbc.sql("""
                SELECT c.id, c.case_number, c.received_at, c.kind, c.sector, c.urgency, c.themes, c.inspector_summary
                FROM case_file c
                WHERE c.received_at >= :start AND c.received_at < :end AND """ + IS_SIGNAL + " AND " + visible + """
                 ORDER BY c.received_at, c.id
                """)
                .params(visibleParams)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("case_number"),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("kind"), rs.getString("sector"),
                        rs.getString("urgency"), strings(rs.getArray("themes")), rs.getString("inspector_summary")))
                .list();
        Map<Long, List<Provider>> providers = providers(rows.stream().map(Row::id).toList());
        String noSummary = labels.text("reporting.signals.noSummary", locale);

        Map<String, List<Row>> bySector = new LinkedHashMap<>();
        rows.stream()
                .sorted(Comparator.<Row>comparingInt(r -> labels.order(ReferenceList.SECTOR, r.sector()))
                        .thenComparingInt(r -> labels.order(ReferenceList.URGENCY, r.urgency()))
                        .thenComparing(Row::receivedAt))
                .forEach(r -> bySector.computeIfAbsent(r.sector() == null ? "" : r.sector(), k -> new ArrayList<>())
                        .add(r));
        List<SectorSignals> sectors = new ArrayList<>();
        bySector.forEach((sector, list) -> {
            String code = sector.isEmpty() ? null : sector;
            sectors.add(new SectorSignals(code, labels.of(ReferenceList.SECTOR, code, locale), list.stream()
                    .map(r -> new Signal(r.caseNumber(), r.receivedAt(), r.kind(),
                            labels.of(ReferenceList.KIND, r.kind(), locale), r.urgency(),
                            labels.of(ReferenceList.URGENCY, r.urgency(), locale), r.themes(),
                            labels.of(ReferenceList.THEME, r.themes(), locale),
                            providers.getOrDefault(r.id(), List.of()),
                            r.summary() == null ? noSummary : r.summary(), r.summary() != null))
                    .toList()));
        });
        return new SignalOverview(day, from, day, rows.size(), sectors);
    }

    private Map<Long, List<Provider>> providers(List<Long> caseIds) {
        Map<Long, List<Provider>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("SELECT case_id, name, place FROM report_provider WHERE case_id = ANY(:ids) ORDER BY case_id, name")
                .param("ids", caseIds.toArray(Long[]::new))
                .query(rs -> {
                    byCase.computeIfAbsent(rs.getLong("case_id"), k -> new ArrayList<>())
                            .add(new Provider(rs.getString("name"), rs.getString("place")));
                });
        return byCase;
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private record Row(long id, String caseNumber, Instant receivedAt, String kind, String sector, String urgency,
            List<String> themes, String summary) {}
}
