package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.casework.HistoryAction;
import org.springframework.stereotype.Component;

/**
 * The labels officers confirmed: cases triage made a suggestion for, that an officer has since classified
 * (a {@code CLASSIFIED} history entry), read through casework's public queries. They become training examples.
 */
@Component
class ConfirmedLabels {

    private static final int MAX_CASES = 20_000;

    private final CaseQueries cases;
    private final SuggestionStore suggestions;

    ConfirmedLabels(CaseQueries cases, SuggestionStore suggestions) {
        this.cases = cases;
        this.suggestions = suggestions;
    }

    List<TriageExample> examples() {
        List<TriageExample> examples = new ArrayList<>();
        for (String number : suggestions.caseNumbers(MAX_CASES)) {
            cases.find(number, false).filter(this::confirmed).ifPresent(c -> examples.add(new TriageExample(
                    c.caseNumber(), c.channel().name(), c.reporterType(), c.description(), c.kind(), c.sector(),
                    c.urgency(), c.themes())));
        }
        return examples;
    }

    private boolean confirmed(CaseView c) {
        return c.kind() != null && c.sector() != null && c.urgency() != null && c.description() != null
                && cases.history(c.id()).stream().anyMatch(h -> h.action() == HistoryAction.CLASSIFIED);
    }
}
