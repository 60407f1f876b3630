package nl.meldpunt.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CasePage;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoCasesTest extends IntegrationTest {

    @Autowired
    CaseQueries queries;

    @Autowired
    DemoCases demo;

    private CasePage findDemo(CaseStatus status) {
        return queries.search(new CaseFilter("Proefanker OR Voorbeeldstad OR Oefenboom OR Schijnschoon", status, null,
                null, null, null, null, null, null), 0, 50);
    }

    @Test
    void the_demo_profile_seeds_sample_cases_with_fictitious_providers_in_several_statuses() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> findDemo(CaseStatus.CLOSED).total() > 0);
        assertThat(findDemo(null).total()).isPositive();
        assertThat(findDemo(CaseStatus.CLOSED).total()).isPositive();
        assertThat(findDemo(null).items()).allSatisfy(c -> assertThat(c.receivedAt())
                .isAfter(Instant.now().minus(Duration.ofDays(181))));
    }

    @Test
    void seeding_is_skipped_when_cases_already_exist() {
        long before = findDemo(null).total();
        demo.seedInBackground();
        assertThat(findDemo(null).total()).isGreaterThanOrEqualTo(before);
        assertThat(queries.search(CaseFilter.none(), 0, 1).total()).isPositive();
    }
}
