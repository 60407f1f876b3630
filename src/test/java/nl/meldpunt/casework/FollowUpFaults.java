package nl.meldpunt.casework;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A real listener (test sources only) that fails the follow-up of the cases a test names, a given number of times,
 * and remembers which cases it saw announced. Acts on no other case.
 */
@Component
class FollowUpFaults {

    final Map<Long, Integer> failuresLeft = new ConcurrentHashMap<>();
    /** How often each case was announced (successfully): exactly once is the rule. */
    final Map<Long, Integer> announced = new ConcurrentHashMap<>();

    @EventListener
    void on(CaseRegistered event) {
        Integer left = failuresLeft.computeIfPresent(event.caseId(), (id, n) -> n - 1);
        if (left != null && left >= 0) {
            throw new IllegalStateException("injected follow-up failure for case id " + event.caseId());
        }
        announced.merge(event.caseId(), 1, Integer::sum);
    }
}
