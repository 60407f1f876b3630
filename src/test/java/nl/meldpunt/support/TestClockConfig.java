package nl.meldpunt.support;

import java.time.Clock;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock(Amsterdam.ZONE);
    }
}
