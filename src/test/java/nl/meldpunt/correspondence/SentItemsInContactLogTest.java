package nl.meldpunt.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What is sent from a case is in its contact log as an outgoing contact; it keeps no callback promise. */
class SentItemsInContactLogTest extends IntegrationTest {

    @Autowired CaseRegistration registration;

    private CorrespondenceApiClient api() {
        return new CorrespondenceApiClient(baseUrl());
    }

    @Test
    void an_email_sent_from_the_case_is_an_outgoing_email_contact_that_was_sent_not_reached() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Eva Elzinga", "eva@example.org");
        assertThat(api().send(number, "ACKNOWLEDGEMENT", "EMAIL", "CITIZEN", null).statusCode()).isEqualTo(201);

        JsonNode contacts = CorrespondenceApiClient.JSON.readTree(
                api().get("intake", "/api/v1/cases/" + number + "/contacts").body());
        assertThat(contacts).anySatisfy(c -> {
            assertThat(c.get("medium").asString()).isEqualTo("EMAIL");
            assertThat(c.get("direction").asString()).isEqualTo("OUTGOING");
            assertThat(c.get("outcome").asString()).isEqualTo("SENT");
            assertThat(c.get("summary").asString()).contains(number);
        });
    }

    @Test
    void a_referral_letter_is_an_outgoing_letter_contact() throws Exception {
        String number = CorrespondenceApiClient.registerComplaint(registration, "Fenna Fokkema", "fenna@example.org");
        assertThat(api().send(number, "REFERRAL", "LETTER", "CITIZEN", "\"organisation\":\"VEILIG_THUIS\"")
                .statusCode()).isEqualTo(201);

        JsonNode contacts = CorrespondenceApiClient.JSON.readTree(
                api().get("intake", "/api/v1/cases/" + number + "/contacts").body());
        assertThat(contacts).anySatisfy(c -> {
            assertThat(c.get("medium").asString()).isEqualTo("LETTER");
            assertThat(c.get("direction").asString()).isEqualTo("OUTGOING");
            assertThat(c.get("outcome").asString()).isEqualTo("SENT");
        });
    }
}
