package nl.meldpunt.deadlines;

import java.util.Locale;
import nl.meldpunt.casework.CaseMerged;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A duplicate merged into another case is only a pointer: nothing is promised on it any more, so its open clocks
 * stop, each with a history entry naming the case it was merged into. The surviving case keeps its own clocks.
 */
@Component
class MergedCaseStopsClocksRule {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Clocks clocks;
    private final MessageSource messages;

    MergedCaseStopsClocksRule(Clocks clocks, MessageSource messages) {
        this.clocks = clocks;
        this.messages = messages;
    }

    /** The reason stored in the history, in Dutch (the office language; the history keeps it as written). */
    String reason(CaseMerged event) {
        return messages.getMessage("deadlines.clock.stoppedByMerge", new Object[] {event.survivorNumber()}, DUTCH);
    }

    @ApplicationModuleListener
    void on(CaseMerged event) {
        clocks.forCase(event.duplicateId()).stream()
                .filter(c -> c.state().canMoveTo(ClockState.STOPPED))
                .forEach(c -> clocks.stop(c.id(), reason(event)));
    }
}
