package nl.meldpunt.triage;

import java.util.List;

/** A suggested classification of an intake, with its explanation and the model version that made it. */
public record Suggestion(
        LabelScore kind,
        LabelScore sector,
        LabelScore urgency,
        List<LabelScore> themes,
        Explanation explanation,
        String modelVersion) {

    public Suggestion {
        themes = List.copyOf(themes);
    }

    public boolean acute() {
        return "ACUTE".equals(urgency.code());
    }
}
