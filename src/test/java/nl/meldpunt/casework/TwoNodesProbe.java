package nl.meldpunt.casework;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A db-scheduler task (test sources only) that counts, per application context, which task instances it ran. Every
 * node of {@link TwoNodesTest} registers it, so the test can see which node ran an instance and that none ran twice.
 * Scheduled only by that test; idle otherwise.
 */
@Configuration(proxyBeanMethods = false)
class TwoNodesProbe {

    static final String TASK = "two-nodes-probe";

    /** Instance id → how often this context ran it. */
    final Map<String, Integer> ran = new ConcurrentHashMap<>();

    @Bean
    OneTimeTask<Void> twoNodesProbeTask(JdbcClient jdbc) {
        return Tasks.oneTime(TASK).execute((instance, context) -> {
            // A little real work, so executions overlap and both nodes' pollers get a share.
            jdbc.sql("SELECT 1 FROM pg_sleep(0.02)").query(Integer.class).single();
            ran.merge(instance.getId(), 1, Integer::sum);
        });
    }
}
