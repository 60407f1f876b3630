package nl.meldpunt.providers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the register with about 30 invented providers in the demo profile only (never in production: a register
 * of fictitious providers would link real cases to them). Runs before the demo cases are registered, so those link
 * to their providers; idempotent (an entry whose identifiers exist is skipped), so restarts and a second node are
 * harmless.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "meldpunt.demo.enabled", havingValue = "true")
class DemoProviders implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoProviders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int added = 0;
        try (InputStream in = new ClassPathResource("providers/demo-providers.csv").getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                added += jdbc.sql("""
                        INSERT INTO provider (sector, name, kvk_number, establishment_number, agb_code, street, postcode,
                            place, created_at, created_by, updated_at, updated_by)
                        VALUES (:sector, :name, :kvk, :est, :agb, :street, :postcode, :place, :now, 'demo', :now, 'demo')
                        ON CONFLICT DO NOTHING""")
                        .param("sector", f[0])
                        .param("name", f[1])
                        .param("kvk", blankToNull(f[2]))
                        .param("est", blankToNull(f[3]))
                        .param("agb", blankToNull(f[4]))
                        .param("street", f[5])
                        .param("postcode", f[6])
                        .param("place", f[7].strip())
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            }
        }
        if (added > 0) {
            log.info("Demo data: {} providers added to the register", added);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
