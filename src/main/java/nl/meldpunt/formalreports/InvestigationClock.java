package nl.meldpunt.formalreports;

import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.ClockType;
import nl.meldpunt.deadlines.ClockTypes;
import nl.meldpunt.deadlines.ClockUnit;
import nl.meldpunt.deadlines.Party;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The clock type for the provider's calamity investigation report (8 weeks after the calamity report, Wkkgz), added
 * through deadlines' public {@link ClockTypes} when it does not exist yet, so administrators can then change it like
 * any other type.
 */
@Component
class InvestigationClock {

    static final String TYPE = "CALAMITY_INVESTIGATION";

    private final ClockTypes types;
    private final ReportText text;

    InvestigationClock(ClockTypes types, ReportText text) {
        this.types = types;
        this.text = text;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureType() {
        if (types.find(TYPE).isEmpty()) {
            types.save(new ClockType(TYPE, text.msg("formalreports.clock.investigation", ReportText.DUTCH),
                    text.msg("formalreports.clock.investigation", java.util.Locale.ENGLISH),
                    Party.PROVIDER, ClockUnit.TERM, CalendarType.STATUTORY, "P8W", null, 0, 12, false));
        }
    }
}
