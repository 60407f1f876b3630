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

    /** Recounts the Klachtbeeld months that changed (e.g. after a bulk import), so no reader has to wait for it. */
    @Bean
    RecurringTask<Void> summaryRefreshJob(ReportSummaries summaries) {
        return Tasks.recurring("reporting-summary-refresh", Schedules.fixedDelay(java.time.Duration.ofMinutes(1)))
                .execute((instance, context) -> summaries.refreshStale());
    }

    /** Recomputes the per-case report facts of the cases that changed (decision 2600). */
    @Bean
    RecurringTask<Void> caseFactRefreshJob(ReportCaseFacts facts) {
        return Tasks.recurring("reporting-fact-refresh", Schedules.fixedDelay(java.time.Duration.ofMinutes(1)))
                .execute((instance, context) -> facts.refresh());
    }

    /** Nightly reconciliation of the per-case report facts: recomputes every case (decision 2600). */
    @Bean
    RecurringTask<Void> caseFactRebuildJob(ReportCaseFacts facts,
            @Value("${meldpunt.reporting.facts.rebuild-at:03:45}") LocalTime at) {
        return Tasks.recurring("reporting-fact-rebuild", new Daily(Amsterdam.ZONE, at))
                .execute((instance, context) -> facts.rebuild());
    }

    /** Nightly reconciliation: recounts every month of the summary from the cases (decision 2520). */
    @Bean
    RecurringTask<Void> summaryRebuildJob(ReportSummaries summaries,
            @Value("${meldpunt.reporting.summary.rebuild-at:03:15}") LocalTime at) {
        return Tasks.recurring("reporting-summary-rebuild", new Daily(Amsterdam.ZONE, at))
                .execute((instance, context) -> summaries.rebuild());
    }
}
