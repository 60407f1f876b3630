package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The forwarding rules through the API: consent of the citizen, or a senior when the citizen cannot be asked. */
class ForwardingRulesTest extends LifecycleApiSupport {

    private static final String PROBLEMS = "https://meldpunt.nl/problems/";

    @Test
    void forwarding_requires_consultation() throws Exception {
        String number = citizenComplaint();
        inProgress(number);

        var refused = forward("intake", number);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemType(refused)).isEqualTo(PROBLEMS + "forwarding-requires-consultation");
        assertThat(status(number)).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void forwarding_is_refused_when_the_citizen_declined_in_the_last_consultation() throws Exception {
        String number = citizenComplaint();
        inProgress(number);
        consult(number, true);
        consult(number, false);

        var refused = forward("intake", number);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(problemType(refused)).isEqualTo(PROBLEMS + "citizen-declined-forwarding");
    }

    @Test
    void forwarding_after_the_citizen_agreed_moves_the_case_to_forwarded_with_the_consultation_recorded()
            throws Exception {
        String number = citizenComplaint();
        inProgress(number);
        consult(number, true);

        var forwarded = ok(forward("intake", number));

        assertThat(JSON.readTree(forwarded.body()).get("version").asLong()).isEqualTo(version(number));
        assertThat(status(number)).isEqualTo(CaseStatus.FORWARDED);
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.FORWARDED
                && h.actor().equals("intake") && h.details().contains("consultation")
                && "Structureel te laat met medicatie".equals(h.reason()));
    }

    @Test
    void anonymous_case_forwarding_requires_senior_approval() throws Exception {
        String number = anonymousComplaint();
        inProgress(number);

        var byIntake = forward("intake", number);
        assertThat(byIntake.statusCode()).isEqualTo(422);
        assertThat(problemType(byIntake)).isEqualTo(PROBLEMS + "anonymous-case-forwarding-requires-senior-approval");

        ok(forward("senior", number));
        assertThat(status(number)).isEqualTo(CaseStatus.FORWARDED);
        long id = queries.idOf(number).orElseThrow();
        assertThat(queries.history(id)).anyMatch(h -> h.action() == HistoryAction.FORWARDED
                && h.details().contains("\"approvedBySenior\": \"senior\""));
    }

    @Test
    void a_reporter_who_wants_no_contact_is_forwarded_only_by_a_senior() throws Exception {
        String number = register(new NewReporter(false, ReporterRelation.RELATIVE, "Piet", null, null, null,
                ContactPreference.NONE), "CITIZEN");
        inProgress(number);

        assertThat(problemType(forward("intake", number)))
                .isEqualTo(PROBLEMS + "anonymous-case-forwarding-requires-senior-approval");
        ok(forward("senior", number));
    }

    @Test
    void a_report_by_a_provider_needs_no_consultation() throws Exception {
        String number = register(new NewReporter(false, ReporterRelation.OTHER, "Zorggroep Noord", null, null, null,
                ContactPreference.EMAIL), "CARE_PROVIDER");
        inProgress(number);

        ok(forward("intake", number));
        assertThat(status(number)).isEqualTo(CaseStatus.FORWARDED);
    }

    @Test
    void forwarding_a_case_still_in_triage_is_an_illegal_transition() throws Exception {
        String number = citizenComplaint();
        consult(number, true);

        var refused = forward("intake", number);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(problemType(refused)).isEqualTo(PROBLEMS + "illegal-transition");
    }

    @Test
    void forwarding_needs_motivation_urgency_and_team() throws Exception {
        String number = citizenComplaint();
        inProgress(number);
        var invalid = post("intake", number, "/forwarding",
                "{\"version\":%d,\"urgency\":\"NOPE\",\"targetTeam\":\"\"}".formatted(version(number)));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"motivation\"").contains("\"field\":\"targetTeam\"");
    }
}
