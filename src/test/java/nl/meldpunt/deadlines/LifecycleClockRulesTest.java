package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseLifecycle;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.InspectorDecision;
import nl.meldpunt.casework.InspectorForwarding;
import nl.meldpunt.casework.LifecycleRules.ProviderExtensionOnceOnly;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewConsultation;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.ProviderComplaints;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The clocks that follow case handling: the provider's Wkkgz term and the inspector's decision term. */
class LifecycleClockRulesTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired CaseLifecycle lifecycle;
    @Autowired ProviderComplaints providerComplaints;
    @Autowired InspectorForwarding forwarding;
    @Autowired Clocks clocks;

    @Test
    void filing_the_complaint_with_the_provider_starts_the_six_week_statutory_term() {
        String number = newCase();
        providerComplaints.filed(number, version(number), LocalDate.of(2026, 11, 2));

        CaseClock clock = await(number, ProviderComplaintClockRule.TYPE, ClockState.RUNNING, 0);

        assertThat(clock.party()).isEqualTo(Party.PROVIDER);
        assertThat(clock.calendar()).isEqualTo(CalendarType.STATUTORY);
        assertThat(day(clock.startedAt())).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(lastDay(clock.dueAt())).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void provider_clock_is_extended_once_only() {
        String number = newCase();
        providerComplaints.filed(number, version(number), LocalDate.of(2026, 11, 2));
        await(number, ProviderComplaintClockRule.TYPE, ClockState.RUNNING, 0);

        providerComplaints.extended(number, version(number), 4, "Aanbieder wacht op verslag van de arts");
        CaseClock extended = await(number, ProviderComplaintClockRule.TYPE, ClockState.RUNNING, 1);
        assertThat(lastDay(extended.dueAt())).isEqualTo(LocalDate.of(2027, 1, 11));

        assertThatThrownBy(() -> providerComplaints.extended(number, version(number), 1, "Nog een keer"))
                .isInstanceOf(ProviderExtensionOnceOnly.class);
        assertThat(clocks.forCase(number)).filteredOn(c -> c.type().equals(ProviderComplaintClockRule.TYPE))
                .singleElement().satisfies(c -> assertThat(c.extensions()).isEqualTo(1));
    }

    @Test
    void the_providers_answer_completes_the_provider_clock() {
        String number = newCase();
        providerComplaints.filed(number, version(number), LocalDate.of(2026, 11, 2));
        await(number, ProviderComplaintClockRule.TYPE, ClockState.RUNNING, 0);

        providerComplaints.answered(number, version(number), LocalDate.of(2026, 11, 20), "Excuses aangeboden");

        await(number, ProviderComplaintClockRule.TYPE, ClockState.COMPLETED, 0);
    }

    @Test
    void forwarding_starts_the_inspector_decision_clock_and_the_decision_completes_it() {
        String number = newCase();
        editing.changeStatus(number, version(number), CaseStatus.IN_PROGRESS, null);
        forwarding.consult(number, version(number),
                new NewConsultation(LocalDate.of(2026, 11, 20), ContactMedium.PHONE, "Akkoord met doorzetten", true));
        forwarding.forward(number, version(number), "Ernstige signalen", "HIGH", "TOEZICHT-CURE");

        CaseClock running = await(number, InspectorDecisionClockRule.TYPE, ClockState.RUNNING, 0);
        assertThat(running.party()).isEqualTo(Party.INSPECTOR);
        assertThat(running.length()).isEqualTo("P10D");
        assertThat(running.calendar()).isEqualTo(CalendarType.OFFICE);

        forwarding.accept(number, version(number));
        forwarding.decide(number, version(number), InspectorDecision.INVESTIGATE, "Onderzoek nodig");
        await(number, InspectorDecisionClockRule.TYPE, ClockState.COMPLETED, 0);
    }

    @Test
    void a_returned_forwarding_stops_the_inspector_decision_clock() {
        String number = newCase();
        editing.changeStatus(number, version(number), CaseStatus.IN_PROGRESS, null);
        forwarding.consult(number, version(number),
                new NewConsultation(LocalDate.of(2026, 11, 20), ContactMedium.EMAIL, "Akkoord", true));
        forwarding.forward(number, version(number), "Signalen", "NORMAL", "TOEZICHT-CURE");
        await(number, InspectorDecisionClockRule.TYPE, ClockState.RUNNING, 0);

        forwarding.giveBack(number, version(number), "Hoort bij een andere afdeling");

        await(number, InspectorDecisionClockRule.TYPE, ClockState.STOPPED, 0);
    }

    @Test
    void closing_a_case_stops_its_open_clocks() {
        String number = newCase();
        providerComplaints.filed(number, version(number), LocalDate.of(2026, 11, 2));
        await(number, ProviderComplaintClockRule.TYPE, ClockState.RUNNING, 0);

        lifecycle.close(number, version(number), "WITHDRAWN", null);

        await(number, ProviderComplaintClockRule.TYPE, ClockState.STOPPED, 0);
    }

    @Test
    void an_overdue_provider_clock_shows_in_the_work_queue() {
        String number = newCase();
        providerComplaints.filed(number, version(number), LocalDate.of(2026, 9, 1));
        CaseClock clock = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(number).stream()
                        .filter(c -> c.type().equals(ProviderComplaintClockRule.TYPE) && c.state().isOpen())
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(clock.dueAt()).isBefore(Instant.now());
        // the queue lists every open clock due before the given moment, the breached provider term included
        assertThat(workQueue.open(new QueueFilter(null, null, "ELDERLY_CARE", "NORMAL", clock.dueAt().plusSeconds(1)),
                WorkQueue.MAX_ROWS)).anyMatch(i -> i.caseNumber().equals(number)
                        && i.type().equals(ProviderComplaintClockRule.TYPE));
    }

    @Autowired WorkQueue workQueue;

    private String newCase() {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL", null,
                "Klacht over het verpleeghuis", null, Instant.now(),
                new NewReporter(false, null, "Test Persoon", null, "0612345678", null, ContactPreference.PHONE),
                null, null, null)).caseNumber().value();
    }

    private long version(String number) {
        return queries.find(number, false).orElseThrow().version();
    }

    /** The last day of a term: its due moment is the first moment after that day. */
    private static LocalDate lastDay(Instant due) {
        return day(due.minusSeconds(1));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(Amsterdam.ZONE).toLocalDate();
    }

    private CaseClock await(String number, String type, ClockState state, int extensions) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(number).stream()
                        .filter(c -> c.type().equals(type) && c.state() == state && c.extensions() == extensions)
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }
}
