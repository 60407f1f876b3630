package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Links between cases and merging a duplicate. */
class CaseLinksTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseQueries queries;

    private ApiCalls api() {
        return new ApiCalls(baseUrl());
    }

    private String register(String text, NewReporter reporter, List<NewAttachment> attachments) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "HOME_CARE", "NORMAL",
                List.of(), text, null, null, reporter, List.of(NewSubject.provider("Thuiszorg Samenvoeg", "Ede", null)),
                attachments, null)).caseNumber().value();
    }

    private String register(String text) {
        return register(text, null, List.of());
    }

    @Test
    void a_link_shows_on_both_cases() throws Exception {
        String first = register("Eerste melding");
        String followUp = register("Vervolgmelding");
        var linked = api().call("intake", "POST", "/api/v1/cases/" + followUp + "/links",
                "{\"otherCaseNumber\":\"%s\",\"type\":\"FOLLOW_UP\",\"reason\":\"Zelfde klacht, nieuw voorval\"}"
                        .formatted(first));
        assertThat(linked.status()).isEqualTo(201);
        JsonNode fromFollowUp = api().call("analyst", "GET", "/api/v1/cases/" + followUp + "/links", null).json();
        JsonNode fromFirst = api().call("analyst", "GET", "/api/v1/cases/" + first + "/links", null).json();
        assertThat(fromFollowUp.get(0).get("otherCaseNumber").asString()).isEqualTo(first);
        assertThat(fromFollowUp.get(0).get("outgoing").asBoolean()).isTrue();
        assertThat(fromFirst.get(0).get("otherCaseNumber").asString()).isEqualTo(followUp);
        assertThat(fromFirst.get(0).get("outgoing").asBoolean()).isFalse();
        assertThat(queries.history(queries.idOf(first).orElseThrow()))
                .anyMatch(h -> h.action() == HistoryAction.CASE_LINKED && h.details().contains(followUp));
    }

    @Test
    void linking_a_case_to_itself_is_refused() throws Exception {
        String number = register("Zelf");
        var answer = api().call("intake", "POST", "/api/v1/cases/" + number + "/links",
                "{\"otherCaseNumber\":\"%s\",\"type\":\"SAME_EVENT\"}".formatted(number));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).endsWith("/link-to-itself");
    }

    @Test
    void merge_moves_contacts_and_keeps_pointer() throws Exception {
        byte[] pdf = "%PDF-1.4\n%%EOF".getBytes();
        String duplicate = register("Dubbel binnengekomen",
                new NewReporter(false, ReporterRelation.RELATIVE, "Dubbel Melder", "dubbel@voorbeeld.example", null,
                        null, ContactPreference.EMAIL),
                List.of(new NewAttachment("brief.pdf", "application/pdf", pdf)));
        String survivor = register("Origineel");
        assertThat(api().call("intake", "POST", "/api/v1/cases/" + duplicate + "/contacts",
                "{\"medium\":\"PHONE\",\"direction\":\"OUTGOING\",\"outcome\":\"REACHED\",\"summary\":\"Teruggebeld\"}")
                .status()).isEqualTo(201);
        assertThat(api().call("intake", "POST", "/api/v1/cases/" + duplicate + "/parties",
                "{\"role\":\"PATIENT\",\"name\":\"Patient Dubbel\"}").status()).isEqualTo(201);

        var merged = api().call("senior", "POST", "/api/v1/cases/" + duplicate + "/merge",
                "{\"intoCaseNumber\":\"%s\",\"reason\":\"Zelfde klacht twee keer gemeld\"}".formatted(survivor));
        assertThat(merged.status()).isEqualTo(200);

        JsonNode target = api().call("intake", "GET", "/api/v1/cases/" + survivor, null).json();
        JsonNode pointer = api().call("intake", "GET", "/api/v1/cases/" + duplicate, null).json();
        assertThat(api().call("intake", "GET", "/api/v1/cases/" + survivor + "/contacts", null).json()).hasSize(1);
        assertThat(api().call("intake", "GET", "/api/v1/cases/" + duplicate + "/contacts", null).json()).isEmpty();
        assertThat(target.get("attachments")).hasSize(1);
        assertThat(target.get("subjects")).hasSize(2);
        JsonNode parties = api().call("intake", "GET", "/api/v1/cases/" + survivor + "/parties", null).json();
        assertThat(parties.toString()).contains("Patient Dubbel").contains("Dubbel Melder");
        assertThat(pointer.get("status").asString()).isEqualTo("CLOSED");
        assertThat(pointer.get("subjects")).isEmpty();
        JsonNode links = api().call("intake", "GET", "/api/v1/cases/" + duplicate + "/links", null).json();
        assertThat(links.get(0).get("type").asString()).isEqualTo("MERGED_INTO");
        assertThat(links.get(0).get("otherCaseNumber").asString()).isEqualTo(survivor);

        var survivorHistory = queries.history(queries.idOf(survivor).orElseThrow());
        var pointerHistory = queries.history(queries.idOf(duplicate).orElseThrow());
        assertThat(survivorHistory).anyMatch(h -> h.action() == HistoryAction.MERGED_FROM
                && h.details().contains(duplicate) && "senior".equals(h.actor()));
        assertThat(survivorHistory).anyMatch(h -> h.action() == HistoryAction.CONTACT_LOGGED);
        // (its clocks stop after the merge, each with an entry of its own: MergedCaseStopsClocksRuleTest)
        assertThat(pointerHistory).extracting(HistoryEntry::action)
                .filteredOn(a -> a != HistoryAction.CLOCK_CHANGED)
                .containsExactly(HistoryAction.STATUS_CHANGED, HistoryAction.MERGED_INTO);
    }

    @Test
    void merge_into_itself_is_refused() throws Exception {
        String number = register("Zichzelf");
        var answer = api().call("senior", "POST", "/api/v1/cases/" + number + "/merge",
                "{\"intoCaseNumber\":\"%s\"}".formatted(number));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("https://meldpunt.nl/problems/merge-into-itself");
    }

    @Test
    void merge_into_a_merged_or_closed_case_is_refused_and_a_merged_case_cannot_merge_again() throws Exception {
        String a = register("A");
        String b = register("B");
        String c = register("C");
        assertThat(api().call("senior", "POST", "/api/v1/cases/" + a + "/merge",
                "{\"intoCaseNumber\":\"%s\"}".formatted(b)).status()).isEqualTo(200);
        var intoMerged = api().call("senior", "POST", "/api/v1/cases/" + c + "/merge",
                "{\"intoCaseNumber\":\"%s\"}".formatted(a));
        assertThat(intoMerged.status()).isEqualTo(409);
        assertThat(intoMerged.problemType()).endsWith("/merge-into-closed-case");
        var again = api().call("senior", "POST", "/api/v1/cases/" + a + "/merge",
                "{\"intoCaseNumber\":\"%s\"}".formatted(c));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).endsWith("/case-already-merged");
        assertThat(api().call("intake", "GET", "/api/v1/cases/" + c, null).json().get("status").asString())
                .isNotEqualTo("CLOSED");
    }
}
