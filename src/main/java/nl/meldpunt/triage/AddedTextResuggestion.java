package nl.meldpunt.triage;

import java.time.Clock;
import java.util.stream.Collectors;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseSearchText;
import nl.meldpunt.casework.CaseTextAdded;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.HistoryAction;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Looks again when text arrives after registration (the recognised text of a letter scan, an attachment, an
 * e-mail reply): a letter registered with "zie bijlage" as its description is only triaged for real once its
 * scan is read. The new suggestion uses the description followed by all added text, replaces the stored one and,
 * when ACUTE, raises the acute alert as for a new case. Once an officer has confirmed the labels (a
 * {@code CLASSIFIED} history entry) the stored suggestion is left alone: the officer has decided.
 */
@Component
class AddedTextResuggestion {

    private final CaseQueries cases;
    private final CaseSearchText texts;
    private final ActiveTriage active;
    private final SuggestionStore store;
    private final AcuteAlerts alerts;
    private final Clock clock;

    AddedTextResuggestion(CaseQueries cases, CaseSearchText texts, ActiveTriage active, SuggestionStore store,
            AcuteAlerts alerts, Clock clock) {
        this.cases = cases;
        this.texts = texts;
        this.active = active;
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CaseTextAdded event) {
        cases.find(event.caseNumber(), false)
                .filter(c -> !confirmedByOfficer(c))
                .ifPresent(this::resuggest);
    }

    /** @return whether a new suggestion was stored */
    boolean resuggest(CaseView c) {
        String added = texts.texts(c.id()).stream()
                .map(CaseSearchText.ExtractedText::text)
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        if (added.isEmpty()) {
            return false;
        }
        String description = c.description() == null ? "" : c.description().strip();
        String text = description.isEmpty() ? added : description + "\n\n" + added;
        Suggestion suggestion = active.engine().suggest(text, c.channel().name(), c.reporterType());
        store.replace(c.id(), c.caseNumber(), clock.instant(), suggestion);
        if (suggestion.acute()) {
            alerts.raise(c.id(), c.caseNumber(), suggestion);
        }
        return true;
    }

    private boolean confirmedByOfficer(CaseView c) {
        return cases.history(c.id()).stream().anyMatch(h -> h.action() == HistoryAction.CLASSIFIED);
    }
}
