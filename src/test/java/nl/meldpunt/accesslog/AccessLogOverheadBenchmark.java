package nl.meldpunt.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the access log costs the case page. Not part of the normal run (no Test suffix); run with
 * {@code ./mvnw -o test -Dtest=AccessLogOverheadBenchmark}. Measures (1) the case page as a logged-in senior,
 * (2) the cost on the request thread of recording one access (building the record, putting it on the queue) and
 * (3) the writer's cost per record (batched insert with hash chain, on its own thread). (2)+(3) over (1) is an
 * upper bound of the overhead: it assumes the writer's work competes with the page for the same CPU.
 */
class AccessLogOverheadBenchmark extends IntegrationTest {

    @Autowired
    CaseRegistration registration;
    @Autowired
    AccessLogWriter writer;

    @Test
    void case_page_overhead_of_the_access_log() throws Exception {
        var reporter = new NewReporter(false, null, "Bench Persoon", "bench@example.org", "0612345678", null,
                ContactPreference.PHONE);
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL",
                List.of(), "Klacht voor de meting", null, null, reporter, List.of(), List.of(), null))
                .caseNumber().value();
        LoggedInSession senior = LoggedInSession.login(baseUrl(), "senior", "senior");
        for (int i = 0; i < 100; i++) {
            assertThat(senior.get("/zaken/" + number).status()).isEqualTo(200);
        }
        int n = 400;
        long[] page = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            senior.get("/zaken/" + number);
            page[i] = System.nanoTime() - t;
        }
        writer.flush();

        int m = 20_000;
        long t = System.nanoTime();
        for (int i = 0; i < m; i++) {
            writer.record(AccessAction.VIEW, number, null);
        }
        long enqueueNanos = (System.nanoTime() - t) / m;
        t = System.nanoTime();
        writer.flush();
        long[] write = new long[1];
        List<AccessRecord> batch = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            batch.add(new AccessRecord(0, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                    "bench", "SENIOR", AccessAction.VIEW, number, null, "127.0.0.1", "session", null, "GET /zaken"));
        }
        t = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            writer.append(batch.subList(i * 500, (i + 1) * 500));
        }
        write[0] = (System.nanoTime() - t) / 5_000;

        Arrays.sort(page);
        double p50 = page[n / 2] / 1e6;
        double p95 = page[n * 95 / 100] / 1e6;
        double perRecord = (enqueueNanos + write[0]) / 1e6;
        System.out.printf("ACCESSLOG-BENCH case page p50=%.2f ms p95=%.2f ms; record on request thread=%.4f ms; "
                + "writer per record=%.4f ms; overhead upper bound=%.1f%%%n", p50, p95, enqueueNanos / 1e6,
                write[0] / 1e6, 100 * perRecord / p50);
    }
}
