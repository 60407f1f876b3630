package nl.meldpunt.deadlines;

import nl.meldpunt.casework.CaseForwardedToInspector;
import nl.meldpunt.casework.ForwardingReturned;
import nl.meldpunt.casework.InspectorDecisionRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A forwarded case starts the INSPECTOR_DECISION clock (default 10 OFFICE working days, see decision record
 * 2400): the inspector's decision completes it; a return to Meldpunt stops it.
 */
@Component
class InspectorDecisionClockRule {

    static final String TYPE = "INSPECTOR_DECISION";

    private final Clocks clocks;

    InspectorDecisionClockRule(Clocks clocks) {
        this.clocks = clocks;
    }

    @ApplicationModuleListener
    void on(CaseForwardedToInspector event) {
        clocks.startIfAbsent(event.caseNumber(), TYPE, event.forwardedAt(), null);
    }

    @ApplicationModuleListener
    void on(InspectorDecisionRecorded event) {
        clocks.forCase(event.caseId()).stream()
                .filter(c -> TYPE.equals(c.type()) && c.state().canMoveTo(ClockState.COMPLETED))
                .forEach(c -> clocks.complete(c.id(), null));
    }

    @ApplicationModuleListener
    void on(ForwardingReturned event) {
        clocks.forCase(event.caseId()).stream()
                .filter(c -> TYPE.equals(c.type()) && c.state().canMoveTo(ClockState.STOPPED))
                .forEach(c -> clocks.stop(c.id(), "returned by the inspector"));
    }
}
