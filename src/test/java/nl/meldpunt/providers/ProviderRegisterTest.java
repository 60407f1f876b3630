package nl.meldpunt.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.casework.ApiCalls;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The provider register through its API: fuzzy search, identifiers, uniqueness, who may change it. */
class ProviderRegisterTest extends IntegrationTest {

    private ApiCalls api() {
        return new ApiCalls(baseUrl());
    }

    static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(ThreadLocalRandom.current().nextInt(10));
        }
        return s.toString();
    }

    static long create(ApiCalls api, String name, String kvk, String agb, String place) throws Exception {
        var answer = api.call("intake", "POST", "/api/v1/providers", """
                {"name":"%s","kvkNumber":%s,"agbCode":%s,"sector":"ELDERLY_CARE","place":"%s","postcode":"3700ab"}"""
                .formatted(name, kvk == null ? "null" : "\"" + kvk + "\"", agb == null ? "null" : "\"" + agb + "\"",
                        place));
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(201);
        assertThat(answer.json().get("postcode").asString()).isEqualTo("3700 AB");
        return answer.json().get("id").asLong();
    }

    @Test
    void misspelled_provider_name_finds_the_register_entry_first() throws Exception {
        long id = create(api(), "Zorggroep De Wilgenhoeve BV", null, null, "Wijk bij Duurstede");
        JsonNode found = api().call("analyst", "GET", "/api/v1/providers?q=zorggroep%20de%20wilgenhoef", null).json();
        assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
        JsonNode partial = api().call("analyst", "GET", "/api/v1/providers?q=Wilgenhoeve", null).json();
        assertThat(partial.get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void accents_and_legal_forms_do_not_matter_in_search() throws Exception {
        long id = create(api(), "Stichting Zorgcentrum Crève-Cœur B.V.", null, null, "Heerlen");
        JsonNode found = api().call("intake", "GET", "/api/v1/providers?q=zorgcentrum%20creve%20coeur", null).json();
        assertThat(found.get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void search_by_kvk_number_or_agb_code_finds_the_entry() throws Exception {
        String kvk = digits(8);
        String agb = digits(8);
        long id = create(api(), "Verpleeghuis Kvkzoek", kvk, agb, "Ede");
        assertThat(api().call("intake", "GET", "/api/v1/providers?q=" + kvk, null).json().get(0).get("id").asLong())
                .isEqualTo(id);
        assertThat(api().call("intake", "GET", "/api/v1/providers?q=" + agb, null).json().get(0).get("id").asLong())
                .isEqualTo(id);
    }

    @Test
    void a_kvk_number_in_the_register_already_is_refused_naming_the_rule() throws Exception {
        String kvk = digits(8);
        create(api(), "Thuiszorg Eerste", kvk, null, "Ede");
        var second = api().call("intake", "POST", "/api/v1/providers",
                "{\"name\":\"Thuiszorg Tweede\",\"kvkNumber\":\"" + kvk + "\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("https://meldpunt.nl/problems/provider-already-registered");
    }

    @Test
    void malformed_identifiers_are_refused_per_field() throws Exception {
        var answer = api().call("intake", "POST", "/api/v1/providers",
                "{\"name\":\"Kliniek Fout\",\"kvkNumber\":\"123\",\"agbCode\":\"12a45678\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").toString()).contains("kvkNumber").contains("agbCode");
    }

    @Test
    void an_analyst_may_search_but_not_add_providers() throws Exception {
        assertThat(api().call("analyst", "GET", "/api/v1/providers?q=zorg", null).status()).isEqualTo(200);
        assertThat(api().call("analyst", "POST", "/api/v1/providers", "{\"name\":\"Kliniek X\"}").status())
                .isEqualTo(403);
    }

    @Test
    void a_stale_provider_edit_is_refused() throws Exception {
        long id = create(api(), "Apotheek Versie", null, null, "Ede");
        String body = "{\"version\":0,\"provider\":{\"name\":\"Apotheek Versie Twee\"}}";
        assertThat(api().call("intake", "PUT", "/api/v1/providers/" + id, body).status()).isEqualTo(200);
        assertThat(api().call("intake", "PUT", "/api/v1/providers/" + id, body).status()).isEqualTo(409);
    }
}
