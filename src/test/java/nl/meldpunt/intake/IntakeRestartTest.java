package nl.meldpunt.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.meldpunt.MeldpuntApplication;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intakes acknowledged before a restart are all there after it: the application is started twice on the same
 * durable data directory (a context of its own, not the shared test context).
 */
class IntakeRestartTest {

    private static final String DATA_DIR = "target/pgdata-restart";
    private static final int INTAKES = 25;

    private static ConfigurableApplicationContext start() {
        // Command-line arguments, not builder properties(): those are defaults, and the test profile's own
        // data-dir and clean=true would win (and wipe the data between the two starts).
        return new SpringApplicationBuilder(MeldpuntApplication.class)
                .profiles("test")
                .run(
                        "--meldpunt.embedded-postgres.data-dir=" + DATA_DIR,
                        "--meldpunt.embedded-postgres.clean=false",
                        "--meldpunt.embedded-postgres.durable=true",
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestMail.smtpPort());
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Test
    void intakes_acknowledged_before_a_restart_are_all_there_after_it() throws IOException {
        deleteRecursively(Path.of(DATA_DIR));
        Map<String, String> acknowledged = new LinkedHashMap<>();
        String token;
        try (ConfigurableApplicationContext first = start()) {
            token = first.getBean(ApiTokens.class).issue("restart", "api", null, "admin").token();
            var api = IntakeApiClient.bearer(baseUrl(first), token);
            for (int i = 0; i < INTAKES; i++) {
                String text = "Melding voor de herstart nummer " + i;
                var answer = api.postIntake("{\"channel\":\"API\",\"text\":\"" + text + "\"}");
                assertThat(answer.status()).isEqualTo(201);
                acknowledged.put(answer.json().get("caseNumber").asString(), text);
            }
        }

        try (ConfigurableApplicationContext second = start()) {
            Map<String, String> stored = new LinkedHashMap<>();
            second.getBean(JdbcClient.class)
                    .sql("SELECT case_number, description FROM case_file WHERE case_number = ANY(:numbers)")
                    .param("numbers", acknowledged.keySet().toArray(String[]::new))
                    .query((rs, n) -> stored.put(rs.getString(1), rs.getString(2)))
                    .list();
            assertThat(stored).isEqualTo(acknowledged);

            String number = acknowledged.keySet().iterator().next();
            var afterRestart = IntakeApiClient.basic(baseUrl(second), "intake", "intake").get("/api/v1/cases/" + number);
            assertThat(afterRestart.status()).isEqualTo(200);
            assertThat(afterRestart.json().get("description").asString()).isEqualTo(acknowledged.get(number));
            var sameToken = IntakeApiClient.bearer(baseUrl(second), token)
                    .postIntake("{\"channel\":\"API\",\"text\":\"Na de herstart\"}");
            assertThat(sameToken.status()).isEqualTo(201);
            assertThat(acknowledged).doesNotContainKey(sameToken.json().get("caseNumber").asString());
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
