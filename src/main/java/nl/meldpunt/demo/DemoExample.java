package nl.meldpunt.demo;

import java.util.List;

/** One labelled example text (resources/demo/triage-examples-*.jsonl), as the officer would have decided it. */
record DemoExample(String id, String channel, String reporterType, String text, String kind, String sector,
        String urgency, List<String> themes) {

    DemoExample {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
