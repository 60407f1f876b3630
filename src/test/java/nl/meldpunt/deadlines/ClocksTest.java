package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.RuleViolation;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClocksTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries cases;
    @Autowired Clocks clocks;
    @Autowired WorkingDayCalendar calendar;
    @Autowired TestClock testClock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(Amsterdam.ZONE).toInstant();
    }

    RegisteredCase register(String urgency, ContactPreference contact, Instant receivedAt) {
        NewReporter reporter = new NewReporter(false, null, "Test Persoon", null, "0612345678", null, contact);
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, urgency, List.of(),
                "Klacht over de zorg", null, receivedAt, reporter, List.of(), List.of(), null));
    }

    static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        T current = value.get();
        while (!done.test(current)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in time, last value: " + current);
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            current = value.get();
        }
        return current;
    }

    @Test
    void a_registered_case_wanting_contact_runs_callback_and_triage_clocks() throws Exception {
        Instant received = at("2026-04-24T15:00");
        RegisteredCase registered = register("ACUTE", ContactPreference.PHONE, received);

        List<CaseClock> started = await(() -> clocks.forCase(registered.id()), list -> list.size() == 2);

        CaseClock callback = started.stream().filter(c -> c.type().equals("CALLBACK")).findFirst().orElseThrow();
        assertThat(callback.dueDay()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(callback.party()).isEqualTo(Party.US);
        CaseClock triage = started.stream().filter(c -> c.type().equals("TRIAGE_ACUTE")).findFirst().orElseThrow();
        assertThat(triage.dueAt()).isEqualTo(at("2026-04-28T11:00"));
        assertThat(cases.history(registered.id())).anyMatch(h -> h.action() == HistoryAction.CLOCK_CHANGED
                && h.details().contains("CALLBACK") && h.details().contains("STARTED"));
    }

    @Test
    void a_case_without_urgency_runs_the_normal_triage_clock() throws Exception {
        RegisteredCase registered = register(null, ContactPreference.NONE, at("2026-03-09T10:00"));
        List<CaseClock> started = await(() -> clocks.forCase(registered.id()), list -> !list.isEmpty());
        assertThat(started).extracting(CaseClock::type).containsExactly("TRIAGE_NORMAL");
        assertThat(started.get(0).dueDay()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void pausing_and_resuming_moves_the_due_day_by_the_working_days_paused() throws Exception {
        RegisteredCase registered = register("NORMAL", ContactPreference.NONE, at("2026-03-09T10:00"));
        await(() -> clocks.forCase(registered.id()), list -> !list.isEmpty());
        CaseClock callback = clocks.start(registered.caseNumber().value(), "CALLBACK", at("2026-03-09T10:00"), null);
        assertThat(callback.dueDay()).isEqualTo(LocalDate.of(2026, 3, 16));

        testClock.fixAt(at("2026-03-10T10:00"));
        CaseClock paused = clocks.pause(callback.id(), "Wacht op de burger");
        assertThat(paused.state()).isEqualTo(ClockState.PAUSED);

        testClock.fixAt(at("2026-03-12T10:00"));
        CaseClock resumed = clocks.resume(callback.id(), null);
        assertThat(resumed.state()).isEqualTo(ClockState.RUNNING);
        assertThat(resumed.dueDay()).isEqualTo(LocalDate.of(2026, 3, 18));

        assertThatThrownBy(() -> clocks.resume(callback.id(), null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("RUNNING");
        assertThatThrownBy(() -> clocks.pause(callback.id(), " ")).isInstanceOf(InvalidInput.class);
        assertThat(cases.history(registered.id())).filteredOn(h -> h.action() == HistoryAction.CLOCK_CHANGED)
                .anyMatch(h -> h.details().contains("PAUSED") && "Wacht op de burger".equals(h.reason()))
                .anyMatch(h -> h.details().contains("RESUMED"));
    }

    @Test
    void wkkgz_provider_clock_is_extendable_once_by_at_most_four_weeks() throws Exception {
        RegisteredCase registered = register("NORMAL", ContactPreference.NONE, at("2026-04-13T10:00"));
        String number = registered.caseNumber().value();
        CaseClock provider = clocks.start(number, "PROVIDER_COMPLAINT", at("2026-04-13T10:00"), "Klacht ingediend");
        assertThat(provider.dueDay()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(provider.party()).isEqualTo(Party.PROVIDER);

        assertThatThrownBy(() -> clocks.extend(provider.id(), "P5W", "Zorgaanbieder meldt verlenging"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("at most");
        CaseClock extended = clocks.extend(provider.id(), "P4W", "Zorgaanbieder meldt verlenging");
        assertThat(extended.dueDay()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(extended.extension()).isEqualTo("P4W");
        assertThatThrownBy(() -> clocks.extend(provider.id(), "P1D", "Nog eens"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("1 time");
    }

    @Test
    void callback_clock_cannot_be_extended() throws Exception {
        RegisteredCase registered = register("NORMAL", ContactPreference.NONE, at("2026-03-09T10:00"));
        CaseClock callback = clocks.start(registered.caseNumber().value(), "CALLBACK", null, null);
        assertThatThrownBy(() -> clocks.extend(callback.id(), "P1D", "Drukte"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("cannot be extended");
    }

    @Test
    void overdue_running_clocks_are_marked_breached_and_recorded() throws Exception {
        RegisteredCase registered = register("NORMAL", ContactPreference.NONE, at("2026-03-09T10:00"));
        CaseClock calamity = clocks.start(registered.caseNumber().value(), "CALAMITY_REPORT",
                at("2026-03-09T10:00"), null);
        assertThat(calamity.dueDay()).isEqualTo(LocalDate.of(2026, 3, 12));

        testClock.fixAt(at("2026-03-12T23:59"));
        clocks.markBreaches(BreachDetector.BATCH);
        assertThat(clocks.get(calamity.id()).state()).isEqualTo(ClockState.RUNNING);

        testClock.fixAt(at("2026-03-13T00:00"));
        while (clocks.markBreaches(BreachDetector.BATCH) == BreachDetector.BATCH) {
            // other tests' clocks may be due too
        }
        assertThat(clocks.get(calamity.id()).state()).isEqualTo(ClockState.BREACHED);
        assertThat(cases.history(registered.id())).anyMatch(h -> h.action() == HistoryAction.CLOCK_CHANGED
                && h.details().contains("BREACHED") && h.actor().equals(Clocks.SYSTEM));

        CaseClock completed = clocks.complete(calamity.id(), "Melding alsnog ontvangen");
        assertThat(completed.state()).isEqualTo(ClockState.COMPLETED);
        assertThat(completed.endedAt()).isEqualTo(at("2026-03-13T00:00"));
    }

    @Test
    void a_second_open_clock_of_the_same_type_is_refused() throws Exception {
        RegisteredCase registered = register("NORMAL", ContactPreference.NONE, at("2026-03-09T10:00"));
        clocks.start(registered.caseNumber().value(), "INSPECTOR_DECISION", null, null);
        assertThatThrownBy(() -> clocks.start(registered.caseNumber().value(), "INSPECTOR_DECISION", null, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("already");
    }
}
