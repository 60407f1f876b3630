package nl.meldpunt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactLogged;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CallbackCompletedByContactRuleTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired ContactLog contacts;
    @Autowired Clocks clocks;

    @Test
    void only_a_contact_that_reached_the_person_keeps_the_callback_promise() {
        assertThat(CallbackCompletedByContactRule.completesCallback(event(ContactMedium.PHONE, ContactOutcome.REACHED)))
                .isTrue();
        assertThat(CallbackCompletedByContactRule.completesCallback(event(ContactMedium.LETTER, ContactOutcome.REACHED)))
                .isTrue();
        assertThat(CallbackCompletedByContactRule.completesCallback(event(ContactMedium.PHONE, ContactOutcome.NO_ANSWER)))
                .isFalse();
        assertThat(CallbackCompletedByContactRule.completesCallback(event(ContactMedium.NOTE, ContactOutcome.REACHED)))
                .isFalse();
    }

    @Test
    void an_email_or_letter_from_the_person_does_not_keep_the_callback_promise_but_an_incoming_call_does() {
        assertThat(CallbackCompletedByContactRule.completesCallback(
                incoming(ContactMedium.EMAIL, ContactOutcome.REACHED))).isFalse();
        assertThat(CallbackCompletedByContactRule.completesCallback(
                incoming(ContactMedium.LETTER, ContactOutcome.REACHED))).isFalse();
        assertThat(CallbackCompletedByContactRule.completesCallback(
                incoming(ContactMedium.PHONE, ContactOutcome.REACHED))).isTrue();
        assertThat(CallbackCompletedByContactRule.completesCallback(event(ContactMedium.EMAIL, ContactOutcome.REACHED)))
                .as("an officer's e-mail to someone who prefers no phone contact").isTrue();
    }

    private static ContactLogged incoming(ContactMedium medium, ContactOutcome outcome) {
        return new ContactLogged(1, "MP-2026-000001", medium, ContactDirection.INCOMING, outcome, Instant.now());
    }

    @Test
    void a_callback_logged_completes_the_callback_clock_and_an_unanswered_call_does_not() {
        NewReporter reporter = new NewReporter(false, null, "Test Persoon", null, "0612345678", null,
                ContactPreference.PHONE);
        RegisteredCase registered = registration.register(new NewCase(Channel.WEB_FORM, "COMPLAINT", "CITIZEN", null,
                "NORMAL", List.of(), "Klacht over de thuiszorg", null, Instant.now(), reporter, List.of(), List.of(),
                null));
        String number = registered.caseNumber().value();
        CaseClock callback = awaitCallback(registered.id(), ClockState.RUNNING);

        contacts.log(number, new NewContact(null, ContactMedium.PHONE, ContactDirection.OUTGOING,
                ContactOutcome.NO_ANSWER, 30, "Geen gehoor"));
        contacts.log(number, new NewContact(null, ContactMedium.NOTE, ContactDirection.OUTGOING, null, null,
                "Morgen opnieuw bellen"));
        contacts.log(number, new NewContact(null, ContactMedium.PHONE, ContactDirection.OUTGOING,
                ContactOutcome.REACHED, 600, "Teruggebeld, advies gegeven"));

        CaseClock completed = awaitCallback(registered.id(), ClockState.COMPLETED);
        assertThat(completed.id()).isEqualTo(callback.id());
        assertThat(contacts.forCase(registered.id())).extracting(c -> c.outcome())
                .containsExactly(ContactOutcome.NO_ANSWER, ContactOutcome.REACHED, ContactOutcome.REACHED);
    }

    private CaseClock awaitCallback(long caseId, ClockState state) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(caseId).stream()
                        .filter(c -> c.type().equals(CallbackClockRule.TYPE) && c.state() == state)
                        .findFirst(), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static ContactLogged event(ContactMedium medium, ContactOutcome outcome) {
        return new ContactLogged(1, "MP-2026-000001", medium, ContactDirection.OUTGOING, outcome, Instant.now());
    }
}
