package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A burst of acute intakes must not make every staff page list them all (the banner is on every page). The alerts
 * here are raised a century ahead, so that alerts other tests raise (some with a clock set in the future) are older.
 */
class AcuteBannerLimitTest extends IntegrationTest {

    @Autowired
    AcuteAlerts alerts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_banner_shows_the_newest_alerts_and_counts_the_rest() {
        long before = alerts.banner(AcuteBanner.BANNER_SIZE, Integer.MAX_VALUE).total();
        List<Long> ids = insertAlerts(AcuteBanner.BANNER_SIZE + 5);
        try {
            AcuteAlerts.Banner banner = alerts.banner(AcuteBanner.BANNER_SIZE, Integer.MAX_VALUE);

            assertThat(banner.alerts()).hasSize(AcuteBanner.BANNER_SIZE);
            assertThat(banner.alerts().get(0).caseId()).isEqualTo(ids.get(ids.size() - 1));
            assertThat(banner.total()).isEqualTo(before + AcuteBanner.BANNER_SIZE + 5);
            assertThat(banner.capped()).isFalse();
            assertThat(banner.more()).isEqualTo(banner.total() - AcuteBanner.BANNER_SIZE);
        } finally {
            delete(ids);
        }
    }

    @Test
    void the_count_stops_at_the_cap_and_says_so() {
        long before = alerts.banner(AcuteBanner.BANNER_SIZE, Integer.MAX_VALUE).total();
        List<Long> ids = insertAlerts(AcuteBanner.BANNER_SIZE + 5);
        try {
            int cap = (int) before + AcuteBanner.BANNER_SIZE + 2;

            AcuteAlerts.Banner banner = alerts.banner(AcuteBanner.BANNER_SIZE, cap);

            assertThat(banner.total()).isEqualTo(cap);
            assertThat(banner.capped()).isTrue();
            assertThat(banner.alerts()).hasSize(AcuteBanner.BANNER_SIZE);
        } finally {
            delete(ids);
        }
    }

    private List<Long> insertAlerts(int count) {
        List<Long> ids = new ArrayList<>();
        long base = 9_000_000_000L + (System.nanoTime() % 1_000_000) * 100;
        for (int i = 0; i < count; i++) {
            long id = base + i;
            ids.add(id);
            jdbc.sql("""
                    INSERT INTO triage_acute_alert (case_id, case_number, raised_at, reasons)
                    VALUES (:id, :n, now() + interval '100 years' + make_interval(secs => :i), 'test')""")
                    .param("id", id).param("n", "MP-2099-" + i).param("i", 3600 + i).update();
        }
        return ids;
    }

    private void delete(List<Long> ids) {
        jdbc.sql("DELETE FROM triage_acute_alert WHERE case_id = ANY(:ids)").param("ids", ids.toArray(Long[]::new))
                .update();
    }
}
