package nl.meldpunt.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.LocalTime;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every night one node (db-scheduler) proposes the cases whose retention term has ended for destruction. */
@Configuration(proxyBeanMethods = false)
class RetentionJob {

    @Bean
    RecurringTask<Void> destructionProposalJob(DestructionLists lists,
            @Value("${meldpunt.privacy.retention-run-at:02:30}") LocalTime at) {
        return Tasks.recurring("retention-destruction-proposal", new Daily(Amsterdam.ZONE, at))
                .execute((instance, context) -> lists.propose());
    }
}
