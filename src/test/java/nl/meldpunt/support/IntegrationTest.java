package nl.meldpunt.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the running application: one shared context (one embedded PostgreSQL, one
 * server on a random port, one GreenMail SMTP/IMAP server) for the whole run. Extend it; do not add per-class
 * properties or {@code @MockitoBean}s, or the context is rebuilt. The clock is a {@link TestClock} that tests may
 * move (reset it afterwards).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::smtpPort);
        registry.add("meldpunt.test.imap-port", TestMail::imapPort);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
