package nl.meldpunt.triage;

import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Makes a suggestion for every new intake, whatever the channel, as soon as it is registered. */
@Component
class CaseRegisteredListener {

    private final CaseQueries cases;
    private final TriageSuggestions suggestions;

    CaseRegisteredListener(CaseQueries cases, TriageSuggestions suggestions) {
        this.cases = cases;
        this.suggestions = suggestions;
    }

    @ApplicationModuleListener
    void on(CaseRegistered event) {
        cases.find(event.caseNumber(), false).ifPresent(c -> suggestions.suggestForCase(c.id(), c.caseNumber(),
                c.description(), c.channel().name(), c.reporterType()));
    }
}
