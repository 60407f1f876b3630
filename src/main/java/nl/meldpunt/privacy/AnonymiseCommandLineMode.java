package nl.meldpunt.privacy;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the web server (and demo data) off when the application is started as {@code anonymise}; registered in
 * {@code META-INF/spring.factories} because the web server is decided before any bean exists.
 */
public class AnonymiseCommandLineMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String first = environment.getProperty("nonOptionArgs", "").split(",", 2)[0].strip();
        if (AnonymiseCommand.COMMAND.equals(first)) {
            environment.getPropertySources().addFirst(new MapPropertySource("meldpuntAnonymise", Map.of(
                    "server.port", "-1", "spring.main.banner-mode", "off", "meldpunt.command", first,
                    "meldpunt.demo.enabled", "false")));
        }
    }
}
