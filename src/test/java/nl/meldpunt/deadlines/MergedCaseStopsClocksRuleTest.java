package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.casework.CaseLinks;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A duplicate merged into another case stops its own clocks; the surviving case keeps its clocks running. */
class MergedCaseStopsClocksRuleTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseLinks links;
    @Autowired Clocks clocks;

    @Test
    void merging_a_duplicate_stops_its_open_clocks_with_the_reason_in_its_history() {
        String duplicate = newCase("Dubbel gemeld: medicatie te laat");
        String survivor = newCase("Eerste melding: medicatie te laat");
        awaitOpenClock(duplicate);
        awaitOpenClock(survivor);

        links.merge(duplicate, survivor, "Zelfde klacht twee keer gemeld");

        List<CaseClock> stopped = Awaitility.await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(duplicate), all -> all.stream().noneMatch(c -> c.state().isOpen()));
        assertThat(stopped).isNotEmpty().allMatch(c -> c.state() == ClockState.STOPPED || !c.state().isOpen());
        assertThat(clocks.forCase(survivor)).anyMatch(c -> c.state().isOpen());
        assertThat(queries.history(queries.idOf(duplicate).orElseThrow()))
                .filteredOn(h -> h.action() == HistoryAction.CLOCK_CHANGED && h.details().contains("STOPPED"))
                .isNotEmpty()
                .allMatch(h -> h.reason() != null && h.reason().contains(survivor));
    }

    private void awaitOpenClock(String number) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(number).stream().anyMatch(c -> c.state().isOpen()));
    }

    private String newCase(String text) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL", null,
                text, null, Instant.now(),
                new NewReporter(false, null, "Test Persoon", null, "0612345678", null, ContactPreference.PHONE),
                null, null, null)).caseNumber().value();
    }
}
