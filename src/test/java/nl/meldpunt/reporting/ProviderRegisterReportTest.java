package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.providers.NewProvider;
import nl.meldpunt.providers.ProviderRegister;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Provider identity follows the register: cases whose subject is linked to a register entry (here by its KvK
 * number) share the key reg:&lt;id&gt;, show the register's name, and are found by name, KvK number and AGB code.
 * Uses its own random KvK/AGB numbers and counts only its own cases.
 */
class ProviderRegisterReportTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired ProviderRegister register;
    @Autowired ProviderProfiles profiles;

    @Test
    void linked_cases_share_the_register_key_and_are_found_by_name_kvk_and_agb() throws Exception {
        String kvk = String.valueOf(ThreadLocalRandom.current().nextInt(70_000_000, 79_999_999));
        String agb = String.valueOf(ThreadLocalRandom.current().nextInt(30_000_000, 39_999_999));
        String name = "Kliniek Registerproef " + kvk;
        var provider = register.create(new NewProvider(name, kvk, null, agb, "HOSPITAL_CARE", null, null, "Zwolle"));
        var cases = new ReportCases(registration, queries, editing);
        var spec = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "HOSPITAL_CARE", "NORMAL",
                List.of("COMMUNICATION"), List.of(NewSubject.provider("Registerproef kliniek", "Zwolle", kvk)));
        String a = cases.register(spec, ReportCases.at(LocalDate.of(2034, 5, 2), 10));
        String b = cases.register(spec, ReportCases.at(LocalDate.of(2034, 5, 3), 10));

        String key = "reg:" + provider.id();
        List<ProviderProfile.Hit> byAgb = awaitHits(agb, 2);
        assertThat(byAgb).singleElement().satisfies(h -> {
            assertThat(h.key()).isEqualTo(key);
            assertThat(h.name()).isEqualTo(name);
            assertThat(h.agbCode()).isEqualTo(agb);
            assertThat(h.kvkNumber()).isEqualTo(kvk);
        });
        assertThat(profiles.search(kvk, 10)).extracting(ProviderProfile.Hit::key).containsExactly(key);
        assertThat(profiles.search("registerproef " + kvk, 10)).extracting(ProviderProfile.Hit::key).contains(key);

        var profile = profiles.profile(key, Locale.forLanguageTag("nl")).orElseThrow();
        assertThat(profile.cases()).isEqualTo(2);
        assertThat(profile.name()).isEqualTo(name);
        assertThat(profile.recent()).extracting(ProviderProfile.CaseLine::caseNumber).containsExactly(b, a);

        var analyst = LoggedInSession.login(baseUrl(), "analyst");
        JsonNode hits = JSON.readTree(analyst.api("GET", "/api/v1/reports/providers?q=" + agb, null).body());
        assertThat(hits.get(0).get("key").asString()).isEqualTo(key);
        assertThat(hits.get(0).get("agbCode").asString()).isEqualTo(agb);
        var page = analyst.get("/rapportages/aanbieders?q=" + agb);
        assertThat(page.body()).contains(name, agb);
    }

    /** The register link is made after the registering commit (casework's listener): wait for it. */
    private List<ProviderProfile.Hit> awaitHits(String q, long cases) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> profiles.search(q, 10),
                        hits -> hits.stream().mapToLong(ProviderProfile.Hit::cases).sum() >= cases);
    }
}
