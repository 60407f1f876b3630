package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Many full-text hits are paged through time windows (the newest month, the newest year, then everything): every
 * page holds exactly the hits a plain newest-first ordering of all hits would put there.
 */
class CaseSearchWindowsTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired java.time.Clock clock;

    @Test
    void pages_of_many_hits_are_the_newest_hits_whichever_window_holds_them() {
        String word = "zw" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Instant now = clock.instant();
        // newest first: two this month, two this year, two older; one case without the word in between
        List<String> expected = new ArrayList<>();
        for (Duration age : List.of(Duration.ofDays(2), Duration.ofDays(20), Duration.ofDays(100),
                Duration.ofDays(300), Duration.ofDays(500), Duration.ofDays(2000))) {
            expected.add(register("Melding over " + word, now.minus(age)));
        }
        register("Melding zonder het woord", now.minus(Duration.ofDays(1)));
        var filter = new CaseFilter(word, null, null, null, null, null, null, null, null);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            CasePage result = queries.search(filter, page, 2, 3);
            assertThat(result.totalIsLowerBound()).isTrue();
            result.items().forEach(i -> paged.add(i.caseNumber()));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        // one page of three straddles the month and the year
        assertThat(queries.search(filter, 1, 3, 3).items()).extracting(CaseSummary::caseNumber)
                .containsExactlyElementsOf(expected.subList(3, 6));
        // few hits (exact count) take the other path and agree
        assertThat(queries.search(filter, 0, 10).items()).extracting(CaseSummary::caseNumber)
                .containsExactlyElementsOf(expected);
    }

    private String register(String text, Instant receivedAt) {
        return registration.register(new NewCase(Channel.LETTER, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), text, null, receivedAt, null, List.of(), null, null)).caseNumber().value();
    }
}
