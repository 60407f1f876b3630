package nl.meldpunt.triage;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Retrains the triage model weekly (Sunday night), cluster-safe through db-scheduler. */
@Configuration(proxyBeanMethods = false)
class RetrainSchedule {

    @Bean
    RecurringTask<Void> triageWeeklyRetrain(ActiveTriage active) {
        return Tasks.recurring("triage-weekly-retrain",
                        Schedules.cron("0 0 2 * * SUN", nl.meldpunt.platform.Amsterdam.ZONE))
                .execute((instance, context) -> active.retrain("scheduler"));
    }
}
