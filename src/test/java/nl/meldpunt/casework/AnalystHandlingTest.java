package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GET /handling: analysts see how handling went (dates, states, codes), never the unreviewed free text. */
class AnalystHandlingTest extends LifecycleApiSupport {

    @Test
    void analysts_get_the_handling_without_consultation_summaries_or_other_free_text() throws Exception {
        String number = citizenComplaint();
        inProgress(number);
        ok(post("intake", number, "/consultations", """
                {"version":%d,"consultedOn":"2026-11-20","medium":"PHONE",
                 "summary":"Mevrouw Jansen vertelt over haar diagnose","agreesToForwarding":true}
                """.formatted(version(number))));

        String staff = ok(post("intake", number, "/handling", null, "GET")).body();
        assertThat(staff).contains("Mevrouw Jansen vertelt over haar diagnose");

        String analyst = ok(post("analyst", number, "/handling", null, "GET")).body();
        assertThat(analyst).doesNotContain("Jansen", "diagnose")
                .contains("\"consultedOn\":\"2026-11-20\"", "\"agreesToForwarding\":true", "\"medium\":\"PHONE\"");
    }
}
