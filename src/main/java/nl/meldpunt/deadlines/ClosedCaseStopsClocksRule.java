package nl.meldpunt.deadlines;

import nl.meldpunt.casework.CaseClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed case has nothing left to wait for: its open clocks stop (the history says why). */
@Component
class ClosedCaseStopsClocksRule {

    private final Clocks clocks;

    ClosedCaseStopsClocksRule(Clocks clocks) {
        this.clocks = clocks;
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        clocks.forCase(event.caseId()).stream()
                .filter(c -> c.state().canMoveTo(ClockState.STOPPED))
                .forEach(c -> clocks.stop(c.id(), "case closed (" + event.outcome() + ")"));
    }
}
