package nl.meldpunt.migration;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application is started as {@code java -jar meldpunt.jar import …} or {@code … generate …}, it runs
 * that job without serving HTTP and exits (see {@link MigrationCommands}). Registered in
 * {@code META-INF/spring.factories}, because the web server is decided before any bean exists.
 *
 * <p>{@code server.port=-1} rather than {@code spring.main.web-application-type=none}: the web application
 * context is still built (the security filter chains and page beans need it) but no connector listens, so a
 * job can run next to a running instance on the same machine. The background jobs (db-scheduler) stay off: they
 * belong to the serving instance, and during an import they would recount reports over half-loaded tables.
 */
public class CommandLineMode implements EnvironmentPostProcessor {

    static final Set<String> COMMANDS = Set.of("import", "generate");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String args = environment.getProperty("nonOptionArgs", "");
        String first = args.split(",", 2)[0].strip();
        if (COMMANDS.contains(first)) {
            environment.getPropertySources().addFirst(new MapPropertySource("meldpuntCommandLine", Map.of(
                    "server.port", "-1",
                    "spring.main.banner-mode", "off",
                    "db-scheduler.enabled", "false",
                    "meldpunt.command", first)));
        }
    }
}
