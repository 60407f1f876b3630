package nl.meldpunt.deadlines;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.LocalTime;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder jobs, as db-scheduler recurring tasks (one node at a time per run). */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    @Bean
    RecurringTask<Void> clockReminderJob(ClockReminders reminders,
            @Value("${meldpunt.clocks.reminder-interval:PT1M}") Duration interval) {
        return Tasks.recurring("clock-reminders", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    while (reminders.sendDueSoon() == ClockReminders.BATCH) {
                        // next batch
                    }
                    while (reminders.sendBreachNotices() == ClockReminders.BATCH) {
                        // next batch
                    }
                });
    }

    @Bean
    RecurringTask<Void> clockDigestJob(ClockReminders reminders,
            @Value("${meldpunt.clocks.digest-at:07:30}") LocalTime at) {
        return Tasks.recurring("clock-morning-digest", new Daily(Amsterdam.ZONE, at))
                .execute((instance, context) -> reminders.sendDigests());
    }
}
