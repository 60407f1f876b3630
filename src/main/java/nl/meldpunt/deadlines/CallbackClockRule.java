package nl.meldpunt.deadlines;

import java.util.Optional;
import nl.meldpunt.casework.CaseRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every intake where the person wants contact starts the callback clock: we call back (or write) within 5 OFFICE
 * working days of receipt.
 */
@Component
class CallbackClockRule {

    static final String TYPE = "CALLBACK";

    private final Clocks clocks;

    CallbackClockRule(Clocks clocks) {
        this.clocks = clocks;
    }

    /** The clock type this rule starts for a new case, if any. */
    static Optional<String> clockFor(CaseRegistered event) {
        return event.wantsContact() ? Optional.of(TYPE) : Optional.empty();
    }

    /** Runs inside casework's follow-up transaction: the clock starts in the same commit that marks it done. */
    @EventListener
    void on(CaseRegistered event) {
        clockFor(event).ifPresent(type ->
                clocks.startIfAbsent(event.caseNumber(), type, event.receivedAt(), null));
    }
}
