package nl.meldpunt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.deadlines.CaseClock;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider with more open clocks than the profile lists: every open clock is counted per type and state, and the
 * list holds the ones due soonest, soonest first.
 */
class ProviderProfileClocksTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired Clocks clocks;

    @Test
    void the_profile_counts_every_open_clock_and_lists_the_soonest_due_first() throws Exception {
        var cases = new ReportCases(registration, queries, editing);
        var spec = new ReportCases.Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", "HOME_CARE", "NORMAL", List.of(),
                List.of(NewSubject.provider("Thuiszorg Termijnentest", "Zwolle", "44112233")));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < ProviderProfiles.CLOCK_LIST + 5; i++) {
            numbers.add(cases.register(spec, ReportCases.at(LocalDate.of(2034, 1, 2).plusDays(i % 20), 9 + i % 8)));
        }
        List<CaseClock> open = new ArrayList<>();
        for (String n : numbers) {
            open.addAll(Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> clocks.forCase(n).stream().filter(c -> c.state().isOpen()).toList(),
                            l -> !l.isEmpty()));
        }
        assertThat(open).hasSizeGreaterThan(ProviderProfiles.CLOCK_LIST);
        Map<String, Long> expected = new TreeMap<>();
        open.forEach(c -> expected.merge(c.type() + "/" + c.state(), 1L, Long::sum));

        var analyst = LoggedInSession.login(baseUrl(), "analyst");
        JsonNode profile = JSON.readTree(
                analyst.api("GET", "/api/v1/reports/providers/profile?key=kvk:44112233", null).body());

        assertThat(profile.get("openClockTotal").asLong()).isEqualTo(open.size());
        Map<String, Long> counted = new TreeMap<>();
        profile.get("openClockCounts").forEach(k -> counted.put(k.get("type").asString() + "/"
                + k.get("state").asString(), k.get("count").asLong()));
        assertThat(counted).isEqualTo(expected);
        List<Instant> listed = new ArrayList<>();
        profile.get("openClocks").forEach(k -> listed.add(Instant.parse(k.get("dueAt").asString())));
        assertThat(listed).hasSize(ProviderProfiles.CLOCK_LIST).isSortedAccordingTo(Comparator.naturalOrder());
        List<Instant> allDue = open.stream().map(CaseClock::dueAt).sorted().toList();
        assertThat(listed).isEqualTo(allDue.subList(0, ProviderProfiles.CLOCK_LIST));

        var page = analyst.get("/rapportages/aanbieders/profiel?sleutel=kvk:44112233");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("(" + open.size() + " in totaal)",
                "De " + ProviderProfiles.CLOCK_LIST + " termijnen die het eerst aflopen");
    }
}
