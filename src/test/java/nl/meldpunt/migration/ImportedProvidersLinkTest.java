package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.meldpunt.providers.NewProvider;
import nl.meldpunt.providers.Provider;
import nl.meldpunt.providers.ProviderRegister;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Imported cases link their providers to the provider register, as a live intake does. */
class ImportedProvidersLinkTest extends IntegrationTest {

    private static final Random RANDOM = new Random();

    @Autowired ImportJob job;
    @Autowired ProviderRegister register;
    @Autowired JdbcClient jdbc;

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    private static String word() {
        StringBuilder s = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    private static String record(String id, String subjects) {
        return """
                {"externalId":"%s","channel":"PHONE","kind":"COMPLAINT","text":"Klacht over de zorg.","receivedAt":"2021-05-04T10:15:00+02:00","subjects":%s}"""
                .formatted(id, subjects);
    }

    @Test
    void imported_provider_subjects_are_linked_to_the_register_like_a_live_intake() throws Exception {
        String w = word();
        Provider byName = register.create(new NewProvider("Zorggroep " + w + "velde B.V.", null, null, null, null,
                null, null, "Zwolle"));
        Provider byKvk = register.create(new NewProvider("Thuiszorg " + word(), digits(8), null, null, null, null,
                null, "Ede"));
        Provider byEstablishment = register.create(new NewProvider("Kliniek " + word(), digits(8), digits(12), null,
                null, null, null, "Assen"));
        String run = "LINK-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String file = String.join("\n",
                record(run + "1", "[{\"type\":\"PROVIDER\",\"name\":\"zorggroep " + w + "velde\",\"place\":\"Zwolle\"}]"),
                record(run + "2", "[{\"type\":\"PROVIDER\",\"name\":\"Heel andere naam\",\"kvkNumber\":\""
                        + byKvk.kvkNumber() + "\"}]"),
                record(run + "3", "[{\"type\":\"PROVIDER\",\"name\":\"Locatie Noord\",\"establishmentNumber\":\""
                        + byEstablishment.establishmentNumber() + "\"}]"),
                record(run + "4", "[{\"type\":\"PROVIDER\",\"name\":\"Onbekende " + word() + " Praktijk\"}]"),
                record(run + "5", "[{\"type\":\"PROFESSIONAL\",\"name\":\"Zorggroep " + w + "velde\"}]"),
                // The same spelling again, in the same batch: matched once, linked twice.
                record(run + "6", "[{\"type\":\"PROVIDER\",\"name\":\"zorggroep " + w + "velde\",\"place\":\"Zwolle\"}"
                        + ",{\"type\":\"PROVIDER\",\"name\":\"Nog een " + word() + "\"}]"),
                "");

        ImportRun imported = job.run(new ImportRequest(ImportFiles.written("links.jsonl", file), "import-test", 100,
                1, 0, null));
        assertThat(imported.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(imported.imported()).isEqualTo(6);

        Map<String, Long> linked = jdbc.sql("""
                SELECT c.external_id || ':' || s.name AS subject, s.provider_id FROM case_subject s
                JOIN case_file c ON c.id = s.case_id WHERE c.external_id LIKE :p""")
                .param("p", run + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2) == null ? 0L : rs.getLong(2)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(linked).containsEntry(run + "1:zorggroep " + w + "velde", byName.id())
                .containsEntry(run + "2:Heel andere naam", byKvk.id())
                .containsEntry(run + "3:Locatie Noord", byEstablishment.id())
                .containsEntry(run + "5:Zorggroep " + w + "velde", 0L)
                .containsEntry(run + "6:zorggroep " + w + "velde", byName.id());
        assertThat(linked.entrySet()).filteredOn(e -> e.getKey().startsWith(run + "4:")).extracting(Map.Entry::getValue)
                .containsExactly(0L);

        List<Map<String, Object>> history = jdbc.sql("""
                SELECT c.external_id, h.actor, h.details->>'matchedBy' AS matched_by,
                       CAST(h.details->>'providerId' AS bigint) AS provider_id
                FROM case_history h JOIN case_file c ON c.id = h.case_id
                WHERE c.external_id LIKE :p AND h.action = 'SUBJECT_LINKED' ORDER BY c.external_id""")
                .param("p", run + "%").query().listOfRows();
        assertThat(history).extracting(r -> r.get("external_id"), r -> r.get("actor"), r -> r.get("matched_by"),
                r -> r.get("provider_id")).containsExactly(
                org.assertj.core.groups.Tuple.tuple(run + "1", "system", "NAME", byName.id()),
                org.assertj.core.groups.Tuple.tuple(run + "2", "system", "KVK", byKvk.id()),
                org.assertj.core.groups.Tuple.tuple(run + "3", "system", "ESTABLISHMENT", byEstablishment.id()),
                org.assertj.core.groups.Tuple.tuple(run + "6", "system", "NAME", byName.id()));

        // The batch rules are the live rules: the register's own best match for each subject is the same entry.
        assertThat(register.bestMatch("zorggroep " + w + "velde", "Zwolle", null, null))
                .hasValueSatisfying(m -> assertThat(m.provider().id()).isEqualTo(byName.id()));
        assertThat(register.bestMatch("Heel andere naam", null, byKvk.kvkNumber(), null))
                .hasValueSatisfying(m -> assertThat(m.provider().id()).isEqualTo(byKvk.id()));
    }
}
