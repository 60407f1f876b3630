package nl.meldpunt.casework;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three calls nobody answered, and the person not reached yet: Meldpunt offers the standard "we could not reach
 * you" letter. Announced once, with {@link CallbackAttemptsFailed}, in the transaction of the third failed call;
 * the case page shows the offer from {@link CaseHandling#offersCallbackFailedLetter()}.
 */
@Component
class FailedCallbackPolicy {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    FailedCallbackPolicy(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    static boolean isFailedAttempt(ContactLogged event) {
        return event.medium() == ContactMedium.PHONE && event.direction() == ContactDirection.OUTGOING
                && event.outcome() == ContactOutcome.NO_ANSWER;
    }

    @EventListener
    void on(ContactLogged event) {
        if (!isFailedAttempt(event)) {
            return;
        }
        var counts = jdbc.sql("""
                SELECT count(*) FILTER (WHERE medium = 'PHONE' AND direction = 'OUTGOING' AND outcome = 'NO_ANSWER')
                           AS failed,
                       count(*) FILTER (WHERE outcome = 'REACHED' AND medium <> 'NOTE') AS reached
                FROM case_contact WHERE case_id = :id
                """)
                .param("id", event.caseId())
                .query((rs, n) -> new long[] {rs.getLong("failed"), rs.getLong("reached")})
                .single();
        if (counts[1] == 0 && counts[0] == CaseHandling.FAILED_ATTEMPTS_FOR_LETTER) {
            events.publishEvent(new CallbackAttemptsFailed(event.caseId(), event.caseNumber(), (int) counts[0]));
        }
    }
}
