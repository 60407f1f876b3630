package nl.meldpunt.reporting;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report jobs as db-scheduler recurring tasks: cluster-safe, one node runs each execution. The daily job
 * fires every day at the configured time and does nothing on days that are not office working days.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobs {

    @Bean
    RecurringTask<Void> dailySignalOverviewJob(SignalOverviewMail mail,
            @Value("${meldpunt.reporting.signal-overview.send-at:07:30}") LocalTime at) {
        return Tasks.recurring("reporting-daily-signal-overview", new Daily(Amsterdam.ZONE, at))
                .execute((instance, context) -> mail.runForToday());
    }

    @Bean
    RecurringTask<Void> weeklyTrendsJob(TrendMail mail,
            @Value("${meldpunt.reporting.trends.cron:0 0 8 * * MON}") String cron) {
        return Tasks.recurring("reporting-weekly-trends", Schedules.cron(cron, Amsterdam.ZONE))
                .execute((instance, context) -> mail.runForToday());
    }
}
