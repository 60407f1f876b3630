package nl.meldpunt.deadlines;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks running clocks whose due moment has passed as BREACHED. A db-scheduler recurring task: with several
 * application nodes it runs on one node at a time; the update itself skips rows another transaction holds.
 */
@Configuration(proxyBeanMethods = false)
class BreachDetector {

    static final int BATCH = 500;

    @Bean
    RecurringTask<Void> clockBreachDetector(Clocks clocks,
            @Value("${meldpunt.clocks.breach-check-interval:PT1M}") Duration interval) {
        return Tasks.recurring("clock-breach-detector", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    while (clocks.markBreaches(BATCH) == BATCH) {
                        // keep going until a batch comes back short
                    }
                });
    }
}
