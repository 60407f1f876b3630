package nl.meldpunt.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The window between committing a message's intake and marking the message processed in the mailbox: a crash there
 * must neither lose the message (it is still unmarked, so it is read again) nor duplicate it (its Message-ID is in
 * the ledger, committed with the intake).
 */
class MailIntakeCrashWindowTest extends IntegrationTest {

    @Autowired
    MailboxPoller poller;

    @Autowired
    CrashingHook crash;

    @Autowired
    CaseQueries queries;

    @BeforeAll
    static void mailbox() {
        TestMailbox.ready();
    }

    @Test
    void a_crash_after_commit_and_before_flagging_neither_loses_nor_duplicates_the_message() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String sender = "crash-" + run + "@example.nl";
        String messageId = "<crash." + run + "@example.nl>";
        MimeMessage message = TestMailbox.plain(sender, "Klacht over de thuiszorg " + run,
                "De thuiszorg kwam drie keer niet opdagen.");
        message.setHeader("Message-ID", messageId);
        TestMailbox.send(message);
        crash.failOnceAfterCommit(messageId);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            poller.poll();
            return crash.fired(messageId);
        });

        assertThat(queries.findByPerson(sender, 5)).as("the intake was committed").hasSize(1);
        assertThat(TestMailbox.seen(messageId)).as("but the message is not marked processed").isFalse();
        assertThat(TestMailbox.deliveredTo(sender)).as("nor acknowledged yet").isEmpty();

        PollResult second = poller.poll();

        assertThat(second.alreadyFiled()).isGreaterThanOrEqualTo(1);
        assertThat(queries.findByPerson(sender, 5)).as("no second case").hasSize(1);
        assertThat(TestMailbox.seen(messageId)).as("now marked processed").isTrue();
        assertThat(TestMailbox.deliveredTo(sender)).as("acknowledged exactly once").hasSize(1);

        assertThat(poller.poll().alreadyFiled()).as("a third poll does not see it").isZero();
        assertThat(TestMailbox.deliveredTo(sender)).hasSize(1);
    }
}
