package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The inspector accepts or returns a forwarded case and decides; an investigation is monitored until its result. */
class InspectorDecisionTest extends LifecycleApiSupport {

    private static final String PROBLEMS = "https://meldpunt.nl/problems/";

    private String forwardedCase() throws Exception {
        String number = citizenComplaint();
        inProgress(number);
        consult(number, true);
        ok(forward("intake", number));
        return number;
    }

    private String versionBody(String number) {
        return "{\"version\":%d}".formatted(version(number));
    }

    @Test
    void only_an_inspector_accepts_or_decides() throws Exception {
        String number = forwardedCase();
        assertThat(post("intake", number, "/inspector-decision/acceptance", versionBody(number)).statusCode())
                .isEqualTo(403);
        assertThat(post("senior", number, "/inspector-decision", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void inspector_decision_requires_acceptance() throws Exception {
        String number = forwardedCase();

        var refused = post("inspector", number, "/inspector-decision",
                "{\"version\":%d,\"decision\":\"INVESTIGATE\",\"motivation\":\"Ernstig\"}".formatted(version(number)));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemType(refused)).isEqualTo(PROBLEMS + "inspector-decision-requires-acceptance");
    }

    @Test
    void a_returned_case_is_in_progress_again_with_the_reason_in_the_history() throws Exception {
        String number = forwardedCase();

        ok(post("inspector", number, "/inspector-decision/return",
                "{\"version\":%d,\"reason\":\"Eerst de zorgaanbieder laten reageren\"}".formatted(version(number))));

        assertThat(status(number)).isEqualTo(CaseStatus.IN_PROGRESS);
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.FORWARDING_RETURNED
                && h.actor().equals("inspector") && "Eerst de zorgaanbieder laten reageren".equals(h.reason()));
        var again = post("inspector", number, "/inspector-decision/acceptance", versionBody(number));
        assertThat(problemType(again)).isEqualTo(PROBLEMS + "forwarding-not-awaiting-inspector");
    }

    @Test
    void an_investigation_is_monitored_until_its_result_and_the_case_closes_after() throws Exception {
        String number = forwardedCase();
        ok(post("inspector", number, "/inspector-decision/acceptance", versionBody(number)));
        ok(post("inspector", number, "/inspector-decision",
                "{\"version\":%d,\"decision\":\"INVESTIGATE\",\"motivation\":\"Patroon bij deze aanbieder\"}"
                        .formatted(version(number))));
        assertThat(status(number)).isEqualTo(CaseStatus.MONITORING);

        var early = post("intake", number, "/closure",
                "{\"version\":%d,\"outcome\":\"FORWARDED_INVESTIGATED\"}".formatted(version(number)));
        assertThat(problemType(early)).isEqualTo(PROBLEMS + "closure-requires-investigation-result");

        ok(post("intake", number, "/investigation-result",
                "{\"version\":%d,\"result\":\"Aanwijzing gegeven\",\"citizenInformedOn\":\"2026-11-20\"}"
                        .formatted(version(number))));
        assertThat(status(number)).isEqualTo(CaseStatus.IN_PROGRESS);
        ok(post("intake", number, "/closure",
                "{\"version\":%d,\"outcome\":\"FORWARDED_INVESTIGATED\"}".formatted(version(number))));
        assertThat(status(number)).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void no_investigation_sends_the_case_back_to_meldpunt() throws Exception {
        String number = forwardedCase();
        ok(post("inspector", number, "/inspector-decision/acceptance", versionBody(number)));
        ok(post("inspector", number, "/inspector-decision",
                "{\"version\":%d,\"decision\":\"NO_INVESTIGATION\",\"motivation\":\"Geen risico\"}"
                        .formatted(version(number))));

        assertThat(status(number)).isEqualTo(CaseStatus.IN_PROGRESS);
        var result = post("intake", number, "/investigation-result",
                "{\"version\":%d,\"result\":\"x\",\"citizenInformedOn\":\"2026-11-20\"}".formatted(version(number)));
        assertThat(problemType(result)).isEqualTo(PROBLEMS + "investigation-not-monitored");
    }
}
