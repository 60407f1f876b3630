package nl.meldpunt.triage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Triage's public face for other modules and staff pages: a suggestion for any text, the suggestion stored for
 * a case, acute alerts awaiting acknowledgement, and retraining.
 */
@Component
public class TriageSuggestions {

    private final ActiveTriage active;
    private final SuggestionStore store;
    private final AcuteAlerts alerts;
    private final Clock clock;

    TriageSuggestions(ActiveTriage active, SuggestionStore store, AcuteAlerts alerts, Clock clock) {
        this.active = active;
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Suggests kind, sector, urgency and themes for a text. {@code channel} and {@code reporterType} may be null.
     *
     * @throws InvalidInput when the text is empty or only whitespace
     */
    public Suggestion suggest(String text, String channel, String reporterType) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("text", "Give the text of the intake.");
        }
        return active.engine().suggest(text, blankToNull(channel), blankToNull(reporterType));
    }

    public Optional<StoredSuggestion> forCase(long caseId) {
        return store.forCase(caseId);
    }

    /** Acute alerts no senior has acknowledged yet, oldest first: for the banner on every staff queue. */
    public List<AcuteAlert> unacknowledged() {
        return alerts.unacknowledged();
    }

    /** Trains a new model version from the seed and the officer-confirmed labels; activated if not worse. */
    public ModelVersion retrain() {
        return active.retrain(nl.meldpunt.platform.CurrentUser.name());
    }

    /** Suggests for a newly registered case, stores the suggestion and raises an acute alert when ACUTE. */
    void suggestForCase(long caseId, String caseNumber, String text, String channel, String reporterType) {
        String body = text == null || text.isBlank() ? "-" : text;
        Suggestion suggestion = active.engine().suggest(body, channel, reporterType);
        store.save(caseId, caseNumber, clock.instant(), suggestion);
        if (suggestion.acute()) {
            alerts.raise(caseId, caseNumber, suggestion);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
