package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.meldpunt.MeldpuntApplication;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one PostgreSQL (docs/two-nodes.md): node A is the shared test context, node B a second
 * application started here against the same database on its own port. Shows that scheduled work runs once, that a
 * session started on one node is valid on the other, that a stale edit on one node conflicts with an edit on the
 * other, and that intake goes on when a node goes away. The last test stops node B, so it runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class TwoNodesTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesTest.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired DataSource dataSource;
    @Autowired Scheduler schedulerA;
    @Autowired TwoNodesProbe probeA;
    @Autowired FollowUpFaults followUpsA;
    @Autowired CaseRegistration registrationA;
    @Autowired CaseQueries queries;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;

    private ConfigurableApplicationContext nodeB;
    private String urlB;

    @BeforeAll
    void startNodeB() throws Exception {
        String jdbcUrl;
        String user;
        try (Connection c = dataSource.getConnection()) {
            jdbcUrl = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        long started = System.nanoTime();
        // Command-line arguments win over the test profile. What node B leaves out: the demo cases (node A seeded
        // them) and republishing node A's unfinished event publications at start (see docs/two-nodes.md).
        nodeB = new SpringApplicationBuilder(MeldpuntApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + user,
                        "--server.port=0",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + TestMail.smtpPort(),
                        "--meldpunt.test.imap-port=" + TestMail.imapPort(),
                        "--meldpunt.demo.cases=0",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--db-scheduler.scheduler-name=node-b");
        urlB = "http://localhost:" + nodeB.getEnvironment().getProperty("local.server.port");
        log.info("Node B started in {} ms at {}", (System.nanoTime() - started) / 1_000_000, urlB);
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        schedulerA.resume();
    }

    @Test
    @Order(1)
    void a_scheduled_task_runs_exactly_once_with_both_nodes_polling() throws Exception {
        Scheduler schedulerB = nodeB.getBean(Scheduler.class);
        TwoNodesProbe probeB = nodeB.getBean(TwoNodesProbe.class);
        String run = UUID.randomUUID().toString();

        // Node B's scheduler really works: with node A's paused, node B runs what node A scheduled.
        List<String> first = ids(run + "-b", 5);
        schedulerA.pause();
        try {
            first.forEach(id -> schedulerA.schedule(new TaskInstance<Void>(TwoNodesProbe.TASK, id), Instant.now()));
            await(() -> first.stream().allMatch(probeB.ran::containsKey));
        } finally {
            schedulerA.resume();
        }

        // Both polling the same table: every instance runs once, whichever node schedules it.
        List<String> both = ids(run + "-ab", 60);
        Instant due = Instant.now().plusSeconds(1);
        for (int i = 0; i < both.size(); i++) {
            (i % 2 == 0 ? schedulerA : schedulerB).schedule(new TaskInstance<Void>(TwoNodesProbe.TASK, both.get(i)),
                    due);
        }
        await(() -> both.stream().allMatch(id -> probeA.ran.containsKey(id) || probeB.ran.containsKey(id))
                && jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = :t AND task_instance LIKE :p")
                        .param("t", TwoNodesProbe.TASK).param("p", run + "%").query(Integer.class).single() == 0);
        for (String id : both) {
            assertThat(probeA.ran.getOrDefault(id, 0) + probeB.ran.getOrDefault(id, 0)).as(id).isEqualTo(1);
        }
        for (String id : first) {
            assertThat(probeA.ran).as("ran on node B only").doesNotContainKey(id);
            assertThat(probeB.ran).containsEntry(id, 1);
        }
        log.info("Probe instances run by node A: {}, by node B: {}",
                both.stream().filter(probeA.ran::containsKey).count(),
                both.stream().filter(probeB.ran::containsKey).count());
    }

    @Test
    @Order(2)
    void the_follow_up_of_each_new_case_runs_once_with_both_nodes_draining_the_queue() throws Exception {
        CaseRegistration registrationB = nodeB.getBean(CaseRegistration.class);
        FollowUpFaults followUpsB = nodeB.getBean(FollowUpFaults.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            CaseRegistration on = i % 2 == 0 ? registrationA : registrationB;
            ids.add(on.register(question("Vraag over twee knooppunten " + i)).id());
        }
        await(() -> ids.stream().allMatch(id -> followUpsA.announced.containsKey(id)
                || followUpsB.announced.containsKey(id))
                && jdbc.sql("SELECT count(*) FROM case_follow_up WHERE case_id = ANY(:ids)")
                        .param("ids", ids.toArray(Long[]::new)).query(Integer.class).single() == 0);
        for (long id : ids) {
            assertThat(followUpsA.announced.getOrDefault(id, 0) + followUpsB.announced.getOrDefault(id, 0))
                    .as("case id " + id + " announced once over both nodes").isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void a_session_started_on_node_a_is_valid_on_node_b_and_a_logout_there_ends_it() throws Exception {
        Web web = new Web();
        web.login(baseUrl(), "senior");

        HttpResponse<String> onB = web.get(urlB + "/werk");
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains(">senior</span>");
        assertThat(new Web().get(urlB + "/werk").statusCode()).as("without the cookie").isEqualTo(302);

        // The CSRF token lives in the session too: one taken from a page of node A is accepted by node B.
        String token = csrf(web.get(baseUrl() + "/werk").body());
        assertThat(web.post(urlB + "/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        HttpResponse<String> afterLogout = web.get(baseUrl() + "/werk");
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(afterLogout.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @Order(4)
    void an_edit_on_node_a_makes_a_stale_edit_on_node_b_a_conflict() throws Exception {
        String number = registrationA.register(question("Vraag die op twee knooppunten wordt bewerkt.")).caseNumber()
                .value();
        CaseView before = queries.require(number, false);
        Web web = new Web();
        web.login(baseUrl(), "senior");
        String token = csrf(web.get(baseUrl() + "/zaken/" + number).body());

        HttpResponse<String> onA = web.post(baseUrl() + "/zaken/" + number + "/classificatie",
                classification(before, "HOME_CARE", token));
        assertThat(onA.statusCode()).isEqualTo(302);

        // The same form, still holding the version node A just replaced, sent to node B.
        HttpResponse<String> stale = web.post(urlB + "/zaken/" + number + "/classificatie",
                classification(before, "MENTAL_HEALTH", token));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Iemand anders heeft deze zaak intussen gewijzigd");
        CaseView after = queries.require(number, false);
        assertThat(after.sector()).isEqualTo("HOME_CARE");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    @Order(5)
    void intake_goes_on_when_node_b_goes_away_and_every_acknowledged_intake_is_stored() throws Exception {
        String token = tokens.issue("two-nodes-" + UUID.randomUUID(), "api", null, "admin").token();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int intakes = 120;
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // idempotency key -> case number
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failedOverToA = new AtomicInteger();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String nodeBUrl = urlB;
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                work.add(clients.submit(() -> {
                    for (int i = client; i < intakes; i += 4) {
                        String key = "two-nodes-" + run + "-" + i;
                        String body = "{\"channel\":\"API\",\"text\":\"Melding " + i + " tijdens het stoppen van een knooppunt\"}";
                        // Like a load balancer: alternate the nodes; when a node does not answer, send the same
                        // intake (same idempotency key) to the other.
                        String first = i % 2 == 0 ? baseUrl() : nodeBUrl;
                        sent.incrementAndGet();
                        HttpResponse<String> answer = postIntake(http, first, token, key, body);
                        if (answer == null || answer.statusCode() >= 500) {
                            failedOverToA.incrementAndGet();
                            answer = postIntake(http, baseUrl(), token, key, body);
                        }
                        assertThat(answer).as("node A answers").isNotNull();
                        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                        acknowledged.put(key, caseNumber(answer.body()));
                    }
                    return null;
                }));
            }
            await(() -> sent.get() >= intakes / 3);
            nodeB.close(); // node B goes away mid-run
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(acknowledged).hasSize(intakes);
        assertThat(failedOverToA.get()).as("intakes sent to node B after it stopped").isPositive();
        List<String> stored = jdbc.sql("SELECT case_number FROM case_file WHERE case_number = ANY(:n)")
                .param("n", acknowledged.values().toArray(String[]::new)).query(String.class).list();
        assertThat(stored).as("every acknowledged intake stored, once").hasSize(intakes)
                .containsExactlyInAnyOrderElementsOf(acknowledged.values());
        HttpResponse<String> afterwards = postIntake(http, baseUrl(), token, null,
                "{\"channel\":\"API\",\"text\":\"Melding nadat knooppunt B weg is\"}");
        assertThat(afterwards.statusCode()).isEqualTo(201);
    }

    private static HttpResponse<String> postIntake(HttpClient http, String base, String token, String key,
            String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/intakes"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | java.net.http.HttpTimeoutException e) {
            return null;
        } catch (java.io.IOException e) {
            return null; // connection closed while the node stopped: not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String caseNumber(String json) {
        Matcher m = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static NewCase question(String text) {
        return new NewCase(Channel.PHONE, "QUESTION", "CITIZEN", null, null, List.of(), text, null, null,
                NewReporter.anonymousReporter(ReporterRelation.OTHER), List.of(), List.of(), null);
    }

    private static Map<String, String> classification(CaseView c, String sector, String token) {
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("version", Long.toString(c.version()));
        form.put("kind", c.kind() == null ? "" : c.kind());
        form.put("reporterType", c.reporterType() == null ? "" : c.reporterType());
        form.put("urgency", c.urgency() == null ? "" : c.urgency());
        form.put("sector", sector);
        form.put("reason", "Bewerkt op twee knooppunten");
        return form;
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + "-" + i).toList();
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field on the page").isTrue();
        return m.group(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 60 s").isLessThan(deadline);
            Thread.onSpinWait();
            Thread.sleep(50);
        }
    }

    /** A browser over plain HTTP: one cookie jar for both nodes (cookies are per host, not per port). */
    private static final class Web {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void login(String base, String user) throws Exception {
            String token = csrf(get(base + "/login").body());
            HttpResponse<String> answer = post(base + "/login",
                    Map.of("username", user, "password", user, "_csrf", token));
            assertThat(answer.headers().firstValue("Location").orElse("")).as("login of " + user)
                    .doesNotContain("error");
        }

        HttpResponse<String> get(String url) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
