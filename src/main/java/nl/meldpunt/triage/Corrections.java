package nl.meldpunt.triage;

import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.HistoryAction;
import org.springframework.stereotype.Component;

/** Where officers changed the suggestion: recent classified cases whose labels differ from what was suggested. */
@Component
class Corrections {

    private static final int RECENT = 300;

    record Correction(String caseNumber, String field, String suggested, String confirmed) {}

    private final SuggestionStore store;
    private final CaseQueries cases;

    Corrections(SuggestionStore store, CaseQueries cases) {
        this.store = store;
        this.cases = cases;
    }

    List<Correction> recent() {
        List<Correction> found = new ArrayList<>();
        for (String number : store.caseNumbers(RECENT)) {
            cases.find(number, false).ifPresent(c -> {
                if (cases.history(c.id()).stream().noneMatch(h -> h.action() == HistoryAction.CLASSIFIED)) {
                    return;
                }
                store.forCase(c.id()).ifPresent(stored -> {
                    Suggestion s = stored.suggestion();
                    compare(found, number, "kind", s.kind().code(), c.kind());
                    compare(found, number, "sector", s.sector().code(), c.sector());
                    compare(found, number, "urgency", s.urgency().code(), c.urgency());
                });
            });
        }
        return found;
    }

    private static void compare(List<Correction> into, String number, String field, String suggested, String confirmed) {
        if (confirmed != null && !confirmed.equals(suggested)) {
            into.add(new Correction(number, field, suggested, confirmed));
        }
    }
}
