package nl.meldpunt.triage;

import java.util.List;

/** One labelled intake, in the format of the seed files (one JSON object per line). */
record TriageExample(
        String id,
        String channel,
        String reporterType,
        String text,
        String kind,
        String sector,
        String urgency,
        List<String> themes) {

    TriageExample {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
