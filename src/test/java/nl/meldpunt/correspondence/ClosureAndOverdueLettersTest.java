package nl.meldpunt.correspondence;

import static nl.meldpunt.correspondence.CorrespondenceApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseLifecycle;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The closure letter tells the outcome; the standard letter to a provider whose complaint term passed. */
class ClosureAndOverdueLettersTest extends IntegrationTest {

    private static final String TO_PROVIDER = "\"recipientAddress\":\"Postbus 1\\n3500 AA Utrecht\"";

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired CaseLifecycle lifecycle;

    private CorrespondenceApiClient api() {
        return new CorrespondenceApiClient(baseUrl());
    }

    @Test
    void closure_letter_names_the_closure_outcome_in_the_letters_language() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Iris Ipenburg", null);
        long version = editing.changeStatus(number, queries.find(number, false).orElseThrow().version(),
                CaseStatus.IN_PROGRESS, null);
        lifecycle.close(number, version, "REFERRED", null);

        var dutch = api().send(number, "CLOSURE", "LETTER", "CITIZEN", null);
        var english = api().post("intake", "/api/v1/cases/" + number + "/correspondence",
                "{\"template\":\"CLOSURE\",\"language\":\"en\",\"medium\":\"LETTER\",\"recipient\":\"CITIZEN\"}");

        assertThat(dutch.statusCode()).isEqualTo(201);
        assertThat(json(dutch).path("body").asString()).contains(number, "Uitkomst: Doorverwezen.");
        assertThat(english.statusCode()).isEqualTo(201);
        assertThat(json(english).path("body").asString()).contains("Outcome: Referred.");
    }

    @Test
    void provider_overdue_letter_names_the_citizen_so_it_needs_an_authorisation() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Joris Jansen", null);

        var refused = api().send(number, "PROVIDER_OVERDUE", "LETTER", "PROVIDER", TO_PROVIDER);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(json(refused).path("type").asString()).endsWith("/disclosure-requires-authorisation");

        assertThat(api().authoriseVerbally(number, "NAME", "2026-01-05").statusCode()).isEqualTo(201);
        var sent = api().send(number, "PROVIDER_OVERDUE", "LETTER", "PROVIDER", TO_PROVIDER);
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(json(sent).path("body").asString())
                .contains("Joris Jansen", "Verpleeghuis De Zonnehoek", "Wkkgz", number)
                .doesNotContain("verkeerde medicijnen");
    }
}
