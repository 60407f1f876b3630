package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactDirection;
import nl.meldpunt.casework.ContactLog;
import nl.meldpunt.casework.ContactMedium;
import nl.meldpunt.casework.ContactOutcome;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewContact;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.deadlines.ClockState;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision 2550: an e-mail from the person answering a case is logged on it but does not keep the callback promise;
 * the officer's own e-mail to the person does.
 */
class MailReplyCallbackTest extends IntegrationTest {

    @Autowired MailboxPoller poller;
    @Autowired CaseRegistration registration;
    @Autowired ContactLog contacts;
    @Autowired Clocks clocks;

    @BeforeAll
    static void mailbox() {
        TestMailbox.ready();
    }

    @Test
    void an_email_from_the_person_leaves_the_callback_clock_running() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "terugbel-" + run + "@example.nl";
        RegisteredCase registered = registration.register(new NewCase(Channel.WEB_FORM, "COMPLAINT", "CITIZEN", null,
                "NORMAL", List.of(), "Klacht over de thuiszorg " + run, null, Instant.now(),
                new NewReporter(false, null, "Test Persoon", address, null, null, ContactPreference.EMAIL), List.of(),
                List.of(), null));
        String number = registered.caseNumber().value();
        awaitCallback(registered.id(), ClockState.RUNNING);

        TestMailbox.send(TestMailbox.plain(address, "Re: mijn klacht " + number,
                "Wanneer hoor ik iets? Ik heb nog een vraag."));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            poller.poll();
            return contacts.forCase(registered.id()).stream().anyMatch(c -> c.medium() == ContactMedium.EMAIL
                    && c.direction() == ContactDirection.INCOMING && c.outcome() == ContactOutcome.REACHED);
        });

        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> callbackState(registered.id()) == ClockState.RUNNING);

        contacts.log(number, new NewContact(null, ContactMedium.EMAIL, ContactDirection.OUTGOING, null, null,
                "Antwoord met advies gestuurd"));
        awaitCallback(registered.id(), ClockState.COMPLETED);
        assertThat(callbackState(registered.id())).isEqualTo(ClockState.COMPLETED);
    }

    private ClockState callbackState(long caseId) {
        return clocks.forCase(caseId).stream().filter(c -> c.type().equals("CALLBACK")).findFirst()
                .map(c -> c.state()).orElse(null);
    }

    private void awaitCallback(long caseId, ClockState state) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> callbackState(caseId) == state);
    }
}
