package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Subjects and parties of a case: register links, identifier checks, history, who may see persons. */
class CaseSubjectsTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseSubjects subjects;

    @Autowired
    CaseQueries queries;

    private ApiCalls api() {
        return new ApiCalls(baseUrl());
    }

    private String register(NewSubject subject) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), "Klacht over de zorg", null, null, null, subject == null ? List.of() : List.of(subject), null,
                null)).caseNumber().value();
    }

    private static String kvk() {
        return String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private long provider(String name, String kvk, String place) throws Exception {
        var answer = api().call("senior", "POST", "/api/v1/providers",
                "{\"name\":\"%s\",\"kvkNumber\":\"%s\",\"place\":\"%s\"}".formatted(name, kvk, place));
        assertThat(answer.status()).isEqualTo(201);
        return answer.json().get("id").asLong();
    }

    private Long linkedProvider(String caseNumber) {
        long id = queries.idOf(caseNumber).orElseThrow();
        return subjects.forCase(id).getFirst().providerId();
    }

    @Test
    void misspelled_provider_name_links_to_same_provider() throws Exception {
        String kvk = kvk();
        long id = provider("Zorggroep de Ruwenhof BV", kvk, "Oud-Beijerland");
        String exact = register(NewSubject.provider("Zorggroep de Ruwenhof BV", "Oud-Beijerland", kvk));
        String typo = register(NewSubject.provider("zorggroep De Ruwehof", "Oud Beijerland", null));
        ApiCalls.await("both linked", () -> linkedProvider(exact) != null && linkedProvider(typo) != null);
        assertThat(linkedProvider(exact)).isEqualTo(id);
        assertThat(linkedProvider(typo)).isEqualTo(id);
        long caseId = queries.idOf(typo).orElseThrow();
        assertThat(queries.history(caseId)).anyMatch(h -> h.action() == HistoryAction.SUBJECT_LINKED
                && h.actor().equals(CaseSubjects.SYSTEM) && h.details().contains("NAME"));
    }

    @Test
    void a_different_provider_in_the_same_place_is_not_linked() throws Exception {
        provider("Huisartsenpraktijk De Kastanjelaan", kvk(), "Kapelle");
        String other = register(NewSubject.provider("Huisartsenpraktijk De Kas", "Kapelle", null));
        String marker = register(NewSubject.provider("Huisartsenpraktijk De Kastanjelaan", "Kapelle", null));
        ApiCalls.await("the exact name linked", () -> linkedProvider(marker) != null);
        assertThat(linkedProvider(other)).isNull();
    }

    @Test
    void a_known_kvk_number_links_whatever_the_name() throws Exception {
        String kvk = kvk();
        long id = provider("Tandartspraktijk Kvkkoppeling", kvk, "Goes");
        String number = register(NewSubject.provider("De tandarts op de hoek", null, kvk));
        ApiCalls.await("linked by KvK", () -> Objects.equals(linkedProvider(number), id));
    }

    @Test
    void big_number_with_bad_check_digit_is_refused() throws Exception {
        String number = register(null);
        var answer = api().call("intake", "POST", "/api/v1/cases/" + number + "/subjects",
                "{\"type\":\"PROFESSIONAL\",\"name\":\"Dr. Jansen\",\"bigNumber\":\"12345678901\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("bigNumber");
        String valid = validBig();
        var ok = api().call("intake", "POST", "/api/v1/cases/" + number + "/subjects",
                "{\"type\":\"PROFESSIONAL\",\"name\":\"Dr. Jansen\",\"bigNumber\":\"%s\",\"reason\":\"Genoemd in gesprek\"}"
                        .formatted(valid));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().get("bigNumber").asString()).isEqualTo(valid);
    }

    @Test
    void medicine_needs_a_well_formed_registration_number_and_a_device_keeps_udi_and_lot() throws Exception {
        String number = register(null);
        var bad = api().call("intake", "POST", "/api/v1/cases/" + number + "/subjects",
                "{\"type\":\"PRODUCT\",\"productKind\":\"MEDICINE\",\"name\":\"Pijnstiller\",\"registrationNumber\":\"ABC\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("registrationNumber");
        assertThat(api().call("intake", "POST", "/api/v1/cases/" + number + "/subjects",
                "{\"type\":\"PRODUCT\",\"productKind\":\"MEDICINE\",\"name\":\"Pijnstiller\",\"registrationNumber\":\"RVG 12345\"}")
                .status()).isEqualTo(201);
        assertThat(api().call("intake", "POST", "/api/v1/cases/" + number + "/subjects",
                "{\"type\":\"PRODUCT\",\"productKind\":\"DEVICE\",\"name\":\"Insulinepomp\",\"udiDi\":\"08712345678906\",\"lotNumber\":\"L-42\"}")
                .status()).isEqualTo(201);
        JsonNode list = api().call("analyst", "GET", "/api/v1/cases/" + number + "/subjects", null).json();
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("lotNumber").asString()).isEqualTo("L-42");
    }

    @Test
    void subject_changes_are_in_the_history_with_who_and_why() throws Exception {
        String number = register(NewSubject.provider("Kliniek Geschiedenis", "Ede", null));
        long caseId = queries.idOf(number).orElseThrow();
        long subjectId = subjects.forCase(caseId).getFirst().id();
        var changed = api().call("senior", "PUT", "/api/v1/cases/" + number + "/subjects/" + subjectId,
                "{\"type\":\"PROVIDER\",\"name\":\"Kliniek Geschiedenis\",\"place\":\"Wageningen\",\"reason\":\"Plaats verbeterd\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api().call("senior", "DELETE", "/api/v1/cases/" + number + "/subjects/" + subjectId
                + "?reason=Verkeerde%20zaak", null).status()).isEqualTo(204);
        var history = queries.history(caseId);
        assertThat(history).anyMatch(h -> h.action() == HistoryAction.SUBJECT_CHANGED && h.actor().equals("senior")
                && "Plaats verbeterd".equals(h.reason()) && h.details().contains("Wageningen"));
        assertThat(history).anyMatch(h -> h.action() == HistoryAction.SUBJECT_REMOVED
                && "Verkeerde zaak".equals(h.reason()));
    }

    @Test
    void persons_involved_are_for_case_handlers_only_and_kept_out_of_the_history() throws Exception {
        String number = register(null);
        var added = api().call("intake", "POST", "/api/v1/cases/" + number + "/parties",
                "{\"role\":\"PATIENT\",\"name\":\"Geheime Patient\",\"relation\":\"moeder van de melder\",\"contact\":\"06-11112222\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(api().call("intake", "GET", "/api/v1/cases/" + number + "/parties", null).json().get(0)
                .get("name").asString()).isEqualTo("Geheime Patient");
        assertThat(api().call("analyst", "GET", "/api/v1/cases/" + number + "/parties", null).status()).isEqualTo(403);
        assertThat(api().call("inspector", "GET", "/api/v1/cases/" + number + "/parties", null).status())
                .isEqualTo(403);
        var history = queries.history(queries.idOf(number).orElseThrow());
        assertThat(history).anyMatch(h -> h.action() == HistoryAction.PARTY_ADDED);
        assertThat(history).noneMatch(h -> String.valueOf(h.details()).contains("Geheime"));
    }

    static String validBig() {
        for (long n = 98765432100L; ; n++) {
            if (Identifiers.isBigNumber(Long.toString(n))) {
                return Long.toString(n);
            }
        }
    }
}
