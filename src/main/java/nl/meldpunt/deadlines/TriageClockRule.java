package nl.meldpunt.deadlines;

import nl.meldpunt.casework.CaseRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every new case starts a triage clock by its urgency, from receipt: ACUTE 4 office hours, HIGH 1 working day,
 * NORMAL 5 working days. A case whose urgency is not known yet is treated as NORMAL.
 */
@Component
class TriageClockRule {

    private final Clocks clocks;

    TriageClockRule(Clocks clocks) {
        this.clocks = clocks;
    }

    static String clockFor(CaseRegistered event) {
        return clockFor(event.urgency());
    }

    /** The triage clock type for an urgency code (also for imported cases). */
    static String clockFor(String urgency) {
        return switch (urgency == null ? "NORMAL" : urgency) {
            case "ACUTE" -> "TRIAGE_ACUTE";
            case "HIGH" -> "TRIAGE_HIGH";
            default -> "TRIAGE_NORMAL";
        };
    }

    /** Runs inside casework's follow-up transaction: the clock starts in the same commit that marks it done. */
    @EventListener
    void on(CaseRegistered event) {
        clocks.startIfAbsent(event.caseNumber(), clockFor(event), event.receivedAt(), null);
    }
}
