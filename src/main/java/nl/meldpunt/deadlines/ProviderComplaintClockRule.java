package nl.meldpunt.deadlines;

import java.time.Period;
import nl.meldpunt.casework.ProviderComplaintAnswered;
import nl.meldpunt.casework.ProviderComplaintExtended;
import nl.meldpunt.casework.ProviderComplaintFiled;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Wkkgz: the provider gives its written judgment within 6 weeks of the complaint (statutory term), extendable once
 * by at most 4 weeks. Filing the complaint with the provider starts the PROVIDER_COMPLAINT clock from that day; a
 * notified extension extends it; the provider's answer completes it. Casework checks "once, at most 4 weeks" when
 * the officer records it; the clock type's own limit guards the clock as well.
 */
@Component
class ProviderComplaintClockRule {

    static final String TYPE = "PROVIDER_COMPLAINT";

    private final Clocks clocks;

    ProviderComplaintClockRule(Clocks clocks) {
        this.clocks = clocks;
    }

    @ApplicationModuleListener
    void on(ProviderComplaintFiled event) {
        clocks.startIfAbsent(event.caseNumber(), TYPE, event.filedOn().atStartOfDay(Amsterdam.ZONE).toInstant(),
                null);
    }

    @ApplicationModuleListener
    void on(ProviderComplaintExtended event) {
        clocks.forCase(event.caseId()).stream()
                .filter(c -> TYPE.equals(c.type()) && c.state().isOpen() && c.extensions() == 0)
                .forEach(c -> clocks.extend(c.id(), Period.ofWeeks(event.weeks()).toString(), event.reason()));
    }

    @ApplicationModuleListener
    void on(ProviderComplaintAnswered event) {
        clocks.forCase(event.caseId()).stream()
                .filter(c -> TYPE.equals(c.type()) && c.state().canMoveTo(ClockState.COMPLETED))
                .forEach(c -> clocks.complete(c.id(), null));
    }
}
