package nl.meldpunt.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log of a case: calls in and out (also those nobody answered), e-mails, letters and notes. Each
 * entry writes a history entry and announces {@link ContactLogged}, so that, for example, the callback clock
 * completes when the person is reached.
 */
@Component
public class ContactLog {

    /** A contact may be logged shortly after it happened, never in the future (clocks of devices differ a little). */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactLog(JdbcClient jdbc, CaseQueries queries, CaseHistory history, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Contact log(String caseNumber, NewContact contact) {
        long caseId = queries.requireId(caseNumber);
        Instant now = clock.instant();
        Instant occurredAt = contact.occurredAt() == null ? now : contact.occurredAt();
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw InvalidInput.of("occurredAt", "A contact cannot be logged in the future.");
        }
        String actor = CurrentUser.name();
        long id = jdbc.sql("""
                INSERT INTO case_contact (case_id, occurred_at, medium, direction, outcome, duration_seconds, summary,
                    recorded_by, recorded_at)
                VALUES (:case, :at, :medium, :direction, :outcome, :duration, :summary, :by, :now)
                RETURNING id
                """)
                .param("case", caseId)
                .param("at", Timestamp.from(occurredAt))
                .param("medium", contact.medium().name())
                .param("direction", contact.direction().name())
                .param("outcome", contact.outcome().name())
                .param("duration", contact.durationSeconds())
                .param("summary", contact.summary())
                .param("by", actor)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("medium", contact.medium().name());
        details.put("direction", contact.direction().name());
        details.put("outcome", contact.outcome().name());
        history.record(caseId, actor, HistoryAction.CONTACT_LOGGED, details, null);
        events.publishEvent(new ContactLogged(caseId, caseNumber, contact.medium(), contact.direction(),
                contact.outcome(), occurredAt));
        return new Contact(id, occurredAt, contact.medium(), contact.direction(), contact.outcome(),
                contact.durationSeconds(), contact.summary(), actor, now);
    }

    public List<Contact> forCase(long caseId) {
        return jdbc.sql("SELECT * FROM case_contact WHERE case_id = :id ORDER BY occurred_at, id")
                .param("id", caseId)
                .query((rs, n) -> new Contact(
                        rs.getLong("id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        ContactMedium.valueOf(rs.getString("medium")),
                        ContactDirection.valueOf(rs.getString("direction")),
                        ContactOutcome.valueOf(rs.getString("outcome")),
                        (Integer) rs.getObject("duration_seconds"),
                        rs.getString("summary"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
