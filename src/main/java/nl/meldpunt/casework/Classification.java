package nl.meldpunt.casework;

import java.util.List;

/** How a case is classified: reference-data codes, and the short description for inspectors. */
public record Classification(
        String kind,
        String reporterType,
        String sector,
        String urgency,
        List<String> themes,
        String inspectorSummary) {

    public Classification {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
