package nl.meldpunt.deadlines;

import java.util.Locale;
import nl.meldpunt.casework.CaseClosed;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A closed case has nothing left to wait for: its open clocks stop (the history says why, naming the closure
 * outcome by its label, in Dutch: the history keeps reasons as written).
 */
@Component
class ClosedCaseStopsClocksRule {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Clocks clocks;
    private final ReferenceData reference;
    private final MessageSource messages;

    ClosedCaseStopsClocksRule(Clocks clocks, ReferenceData reference, MessageSource messages) {
        this.clocks = clocks;
        this.reference = reference;
        this.messages = messages;
    }

    String reason(CaseClosed event) {
        String outcome = event.outcome() == null ? ""
                : reference.label(ReferenceList.CLOSURE_OUTCOME, event.outcome(), DUTCH);
        return messages.getMessage("deadlines.clock.stoppedByClosure", new Object[] {outcome}, DUTCH);
    }

    @ApplicationModuleListener
    void on(CaseClosed event) {
        String reason = reason(event);
        clocks.forCase(event.caseId()).stream()
                .filter(c -> c.state().canMoveTo(ClockState.STOPPED))
                .forEach(c -> clocks.stop(c.id(), reason));
    }
}
