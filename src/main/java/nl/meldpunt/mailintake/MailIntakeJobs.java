package nl.meldpunt.mailintake;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mailbox poll as a db-scheduler recurring task: with several nodes, one node at a time runs it. */
@Configuration(proxyBeanMethods = false)
class MailIntakeJobs {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeJobs.class);

    @Bean
    @ConditionalOnProperty(name = "meldpunt.mail-intake.enabled", havingValue = "true")
    RecurringTask<Void> mailIntakePoll(MailboxPoller poller, MailIntakeProperties properties) {
        return Tasks.recurring("mail-intake-poll", FixedDelay.of(properties.pollInterval()))
                .execute((instance, context) -> {
                    try {
                        PollResult result = poller.poll();
                        if (result.read() > 0) {
                            log.info("Intake mailbox: {}", result);
                        }
                    } catch (MailboxPoller.MailboxUnavailable e) {
                        log.warn("{}", e.getMessage());
                    }
                });
    }

    /** Attachments whose text extraction or OCR failed are tried again until they are dead (decision 2551). */
    @Bean
    RecurringTask<Void> attachmentTextRetry(AttachmentTextJob job,
            @org.springframework.beans.factory.annotation.Value("${meldpunt.mail-intake.retry-interval:PT5M}")
            java.time.Duration interval) {
        return Tasks.recurring("attachment-text-retry", FixedDelay.of(interval))
                .execute((instance, context) -> job.retryFailed());
    }
}
