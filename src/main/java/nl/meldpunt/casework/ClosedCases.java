package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed cases whose personal data has not been destroyed yet, with what the retention schedule needs: kind,
 * outcome and when the case was closed (the last move to CLOSED in its history; the registration moment when an
 * imported case has no such entry).
 */
@Component
public class ClosedCases {

    /** The outcome code for a case that was forwarded to an inspector at some point. */
    public static final String FORWARDED = "FORWARDED";

    public record ClosedCase(String caseNumber, String kind, String outcome, Instant closedAt) {}

    private final JdbcClient jdbc;

    ClosedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams the closed cases closed before {@code closedBefore}, oldest closure first. */
    @Transactional(readOnly = true)
    public void closedBefore(Instant closedBefore, Consumer<ClosedCase> each) {
        try (var rows = jdbc.sql("""
                SELECT c.case_number, c.kind, closed.at AS closed_at,
                       EXISTS (SELECT 1 FROM case_history f WHERE f.case_id = c.id AND f.action = 'STATUS_CHANGED'
                               AND f.details ->> 'to' = 'FORWARDED') AS forwarded
                FROM case_file c
                CROSS JOIN LATERAL (SELECT coalesce(
                    (SELECT max(h.occurred_at) FROM case_history h WHERE h.case_id = c.id
                        AND h.action = 'STATUS_CHANGED' AND h.details ->> 'to' = 'CLOSED'), c.registered_at) AS at) closed
                WHERE c.status = 'CLOSED' AND closed.at < :before
                  AND NOT EXISTS (SELECT 1 FROM case_history d WHERE d.case_id = c.id AND d.action = 'CASE_DESTROYED')
                ORDER BY closed.at
                """)
                .param("before", Timestamp.from(closedBefore))
                .query((rs, n) -> new ClosedCase(rs.getString("case_number"), rs.getString("kind"),
                        rs.getBoolean("forwarded") ? FORWARDED : null, rs.getTimestamp("closed_at").toInstant()))
                .stream()) {
            rows.forEach(each);
        }
    }
}
