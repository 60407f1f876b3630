package nl.meldpunt.accesslog;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseSummary;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The two questions a privacy officer asks: "who looked at this person's data" (by case number, or by the
 * reporter's name, e-mail or phone, which casework turns into the person's cases) and "what did this employee
 * look at" (by user and date range).
 */
@Component
public class AccessLogSearch {

    static final int MAX_ROWS = 5_000;

    private final JdbcClient jdbc;
    private final CaseQueries cases;
    private final AccessLogWriter writer;

    AccessLogSearch(JdbcClient jdbc, CaseQueries cases, AccessLogWriter writer) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.writer = writer;
    }

    /** What to search for; every part optional, but at least a case, person or employee is needed. */
    public record Criteria(String caseNumber, String person, String actor, LocalDate from, LocalDate to) {
        public boolean empty() {
            return blank(caseNumber) && blank(person) && blank(actor);
        }
    }

    /** The case numbers the criteria are about (the given case, plus the cases of the person searched for). */
    public Set<String> casesOf(Criteria c) {
        Set<String> numbers = new LinkedHashSet<>();
        if (!blank(c.caseNumber()) && CaseNumber.isValid(c.caseNumber().strip())) {
            numbers.add(c.caseNumber().strip());
        }
        if (!blank(c.person())) {
            cases.findByPerson(c.person(), 200).stream().map(CaseSummary::caseNumber).forEach(numbers::add);
        }
        return numbers;
    }

    public List<AccessRecord> search(Criteria c) {
        if (c.empty()) {
            return List.of();
        }
        writer.flush();
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        var params = new java.util.HashMap<String, Object>();
        if (!blank(c.caseNumber()) || !blank(c.person())) {
            Collection<String> numbers = casesOf(c);
            if (numbers.isEmpty()) {
                return List.of();
            }
            where.append(" AND case_number = ANY(:numbers)");
            params.put("numbers", numbers.toArray(String[]::new));
        }
        if (!blank(c.actor())) {
            where.append(" AND actor = :actor");
            params.put("actor", c.actor().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (c.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", Timestamp.from(c.from().atStartOfDay(Amsterdam.ZONE).toInstant()));
        }
        if (c.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", Timestamp.from(c.to().plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant()));
        }
        return new ArrayList<>(jdbc.sql("SELECT * FROM accesslog.access_record" + where
                        + " ORDER BY seq DESC LIMIT " + MAX_ROWS)
                .params(params)
                .query((rs, n) -> AccessLogVerifier.map(rs))
                .list());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
