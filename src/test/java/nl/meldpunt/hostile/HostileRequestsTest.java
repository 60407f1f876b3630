package nl.meldpunt.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests against the public form {@code /melden}, the intake API and the staff searches: XSS in every
 * free-text field, SQL injection in every search parameter, malformed and oversized bodies, broken JSON and Unicode
 * edge cases. Then every page that shows the stored text is read back. The rules: no 500, no reflected script, no
 * acknowledged intake missing from the database.
 *
 * <p>CI size by default (2,000 requests); {@code -Dmeldpunt.fuzz.requests=10000} for the full run,
 * {@code -Dmeldpunt.fuzz.seed=N} to repeat a run. Figures of the full run: docs/security-fuzzing.md.
 */
class HostileRequestsTest extends IntegrationTest {

    static final int REQUESTS = Integer.getInteger("meldpunt.fuzz.requests", 2_000);
    static final long SEED = Long.getLong("meldpunt.fuzz.seed", 20261124L);
    static final int THREADS = 4;
    private static final Pattern REFERENCE = Pattern.compile("MP-\\d{4}-\\d{6,}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CaseQueries cases;

    private final Map<String, AtomicInteger> statuses = new ConcurrentSkipListMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger nextAddress = new AtomicInteger(2);

    @Test
    void hostile_requests_cause_no_500_no_reflected_script_and_no_lost_intake() throws Exception {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(pool.submit(() -> {
                run(thread, REQUESTS / THREADS);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        int readBack = readBack();
        long lost = acknowledged.stream().filter(n -> cases.idOf(n).isEmpty()).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "HOSTILE RUN seed=%d requests=%d readBackPages=%d seconds=%.1f acknowledged=%d lost=%d statuses=%s failures=%d%n",
                SEED, REQUESTS, readBack, seconds, acknowledged.size(), lost, statuses, failures.size());
        failures.stream().limit(20).forEach(f -> System.out.println("  " + f));

        assertThat(failures).as("500s, reflected scripts and I/O errors").isEmpty();
        assertThat(lost).as("acknowledged intakes missing from the database").isZero();
        assertThat(acknowledged).as("some hostile but valid intakes were accepted").isNotEmpty();
    }

    private void run(int thread, int count) throws Exception {
        Hostile h = new Hostile(SEED + thread);
        String base = "http://127.0.0.1:" + port;
        Client staff = new Client(base, InetAddress.getByName("127.0.0.1"));
        staff.login("intake");
        Client admin = new Client(base, InetAddress.getByName("127.0.0.1"));
        admin.login("admin");
        Client citizen = null;
        int submissions = 0;
        for (int i = 0; i < count; i++) {
            if (citizen == null || submissions >= 50) {
                citizen = new Client(base, InetAddress.getByName("127.0.0." + nextAddress.getAndIncrement()));
                citizen.get("/melden");
                submissions = 0;
            }
            int pick = h.random().nextInt(100);
            String what;
            try {
                if (pick < 30) {
                    what = "form";
                    submissions++;
                    form(citizen, h);
                } else if (pick < 38) {
                    what = "multipart";
                    submissions++;
                    multipart(citizen, h);
                } else if (pick < 68) {
                    what = "api";
                    api(citizen, h);
                } else if (pick < 78) {
                    what = "broken-json";
                    brokenJson(citizen, h);
                } else {
                    what = "search";
                    search(staff, admin, h);
                }
            } catch (IOException e) {
                failures.add("I/O error on request " + i + " of thread " + thread + ": " + e);
            }
            if ((i + 1) % 250 == 0) {
                System.out.printf(java.util.Locale.ROOT, "HOSTILE PROGRESS thread=%d done=%d failures=%d statuses=%s%n",
                        thread, i + 1, failures.size(), statuses);
            }
        }
    }

    private void form(Client c, Hostile h) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("_csrf", c.csrf);
        f.put("formStarted", h.random().nextBoolean() ? "0" : h.text());
        f.put("kind", h.random().nextInt(5) == 0 ? h.text() : h.pick(List.of("QUESTION", "COMPLAINT", "INFORMATION")));
        f.put("description", h.random().nextInt(4) == 0 ? h.text() : "Klacht over de zorg: " + h.pick(Hostile.XSS)
                + " " + h.pick(Hostile.UNICODE));
        f.put("subjectType", h.random().nextInt(6) == 0 ? h.text() : "PROVIDER");
        f.put("subjectName", h.random().nextBoolean() ? h.pick(Hostile.XSS) : "Zorginstelling " + h.pick(Hostile.UNICODE));
        f.put("subjectPlace", h.pick(Hostile.XSS));
        f.put("occurredOn", h.random().nextInt(3) == 0 ? h.text() : null);
        f.put("relation", h.random().nextInt(6) == 0 ? h.text() : "PATIENT");
        boolean anonymous = h.random().nextBoolean();
        f.put("anonymous", anonymous ? "true" : null);
        f.put("name", h.pick(Hostile.XSS) + " Jansen");
        f.put("email", h.random().nextInt(3) == 0 ? h.pick(Hostile.XSS) : "burger@example.nl");
        f.put("phone", h.random().nextInt(3) == 0 ? h.pick(Hostile.SQL) : "0612345678");
        f.put("postalAddress", h.pick(Hostile.XSS));
        f.put("contactPreference", h.random().nextInt(6) == 0 ? h.text() : "EMAIL");
        f.put("homepage", h.random().nextInt(20) == 0 ? h.pick(Hostile.XSS) : "");
        if (h.random().nextInt(10) == 0) {
            f.put("removeFiles", h.text());
        }
        var a = c.send(c.post("/melden", "application/x-www-form-urlencoded",
                Client.form(f).getBytes(StandardCharsets.UTF_8)));
        check("POST /melden", a);
        if (a.status() == 302 && a.location() != null && a.location().contains("/melden/ontvangen/")) {
            var receipt = c.get(a.location().replaceFirst("^https?://[^/]+", ""));
            check("GET receipt", receipt);
            Matcher m = REFERENCE.matcher(receipt.body());
            if (m.find()) {
                acknowledged.add(m.group());
            }
        }
    }

    private void multipart(Client c, Hostile h) throws Exception {
        String boundary = "----mp" + h.random().nextInt(1_000_000);
        StringBuilder body = new StringBuilder();
        int variant = h.random().nextInt(6);
        for (String[] field : new String[][] {{"_csrf", c.csrf}, {"kind", "COMPLAINT"}, {"relation", "PATIENT"},
                {"anonymous", "true"}, {"description", h.text()}}) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        String filename = h.pick(List.of("../../etc/passwd", "<script>alert('" + Hostile.MARKER + "')</script>.pdf",
                "a\u0000b.pdf", "\u202Efdp.exe", "CON", "x".repeat(1000) + ".pdf", "brief.pdf"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"")
                .append(filename).append("\"\r\nContent-Type: application/pdf\r\n\r\n")
                .append(h.random().nextBoolean() ? "%PDF-1.4 " + h.text() : "<html><script>alert('" + Hostile.MARKER + "')</script>")
                .append("\r\n");
        switch (variant) {
            case 0 -> { } // no closing boundary
            case 1 -> body.append("--").append(boundary).append("--\r\n");
            case 2 -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data\r\n\r\nnameless\r\n");
            case 3 -> body.setLength(body.length() / 2); // cut off in the middle
            case 4 -> body.append("--").append(boundary).append("--\r\n").append(h.longLine(100_000));
            default -> body.insert(0, "garbage before the first boundary\r\n");
        }
        String type = h.random().nextInt(5) == 0 ? "multipart/form-data" : "multipart/form-data; boundary=" + boundary;
        var a = c.send(c.post("/melden", type, body.toString().getBytes(StandardCharsets.UTF_8)));
        check("POST /melden multipart", a);
        if (a.status() == 302 && a.location() != null && a.location().contains("/melden/ontvangen/")) {
            Matcher m = REFERENCE.matcher(c.get(a.location().replaceFirst("^https?://[^/]+", "")).body());
            if (m.find()) {
                acknowledged.add(m.group());
            }
        }
    }

    private void api(Client c, Hostile h) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", h.random().nextInt(8) == 0 ? h.text() : "API");
        body.put("kind", h.random().nextInt(4) == 0 ? h.pick(Hostile.SQL) : "COMPLAINT");
        body.put("text", h.random().nextInt(3) == 0 ? h.text() : "Melding: " + h.pick(Hostile.XSS) + h.pick(Hostile.UNICODE));
        ObjectNode reporter = body.putObject("reporter");
        reporter.put("name", h.pick(Hostile.XSS));
        reporter.put("email", h.random().nextBoolean() ? "melder@example.nl" : h.pick(Hostile.XSS));
        reporter.put("postalAddress", h.pick(Hostile.UNICODE));
        reporter.put("anonymous", h.random().nextBoolean());
        ObjectNode subject = body.putObject("subject");
        subject.put("providerName", h.pick(Hostile.XSS));
        subject.put("place", h.pick(Hostile.SQL));
        if (h.random().nextInt(4) == 0) {
            subject.put("kvkNumber", h.pick(Hostile.SQL));
        }
        if (h.random().nextInt(5) == 0) {
            body.put("occurredOn", h.text());
        }
        if (h.random().nextInt(5) == 0) {
            body.putArray("themes").add(h.pick(Hostile.XSS)).add(h.pick(Hostile.SQL));
        }
        var request = c.post("/api/v1/intakes", "application/json",
                JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)).header("Authorization", Client.basic("intake"));
        var a = c.send(request);
        check("POST /api/v1/intakes", a);
        if (a.status() == 201) {
            acknowledged.add(JSON.readTree(a.body()).get("caseNumber").asString());
        }
    }

    private void brokenJson(Client c, Hostile h) throws Exception {
        String valid = "{\"channel\":\"API\",\"text\":\"tekst\"}";
        String body = switch (h.random().nextInt(12)) {
            case 0 -> valid.substring(0, h.random().nextInt(valid.length()));
            case 1 -> "[".repeat(50_000) + "]".repeat(50_000);
            case 2 -> "{\"channel\":\"API\",\"text\":\"" + "\\ud800" + "\"}";
            case 3 -> "{\"channel\":\"API\",\"text\":\"a\\u0000b\"}";
            case 4 -> "{\"channel\":\"API\",\"text\":123456789012345678901234567890}";
            case 5 -> "{\"channel\":\"API\",\"text\":\"x\",\"occurredOn\":\"2026-02-30\"}";
            case 6 -> "{\"channel\":\"API\",\"text\":\"" + "x".repeat(1_100_000) + "\"}";
            case 7 -> "{\"channel\":\"API\",\"text\":\"x\",\"themes\":\"" + h.pick(Hostile.XSS).replace("\"", "'") + "\"}";
            case 8 -> "{\"channel\":\"API\",\"text\":\"x\",\"unknown\":{\"a\":[1,2,{\"b\":null}]}}";
            case 9 -> "\u0000\u0001\u0002 not json " + h.pick(Hostile.UNICODE);
            case 10 -> "{\"channel\":\"API\",\"text\":\"x\",\"reporter\":[]}";
            default -> "{\"channel\":null,\"text\":null,\"receivedAt\":\"9999-99-99T99:99\"}";
        };
        String type = h.pick(List.of("application/json", "application/json", "text/plain", "application/xml",
                "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x"));
        var a = c.send(c.post("/api/v1/intakes", type, body.getBytes(StandardCharsets.UTF_8))
                .header("Authorization", Client.basic("intake")));
        check("POST /api/v1/intakes broken", a);
    }

    private void search(Client staff, Client admin, Hostile h) throws Exception {
        String q = URLEncoder.encode(h.search(), StandardCharsets.UTF_8);
        String junk = URLEncoder.encode(h.search(), StandardCharsets.UTF_8);
        String path = switch (h.random().nextInt(6)) {
            case 0 -> "/werk?q=" + q;
            case 1 -> "/werk?q=" + q + "&kind=" + junk + "&sector=" + junk + "&status=" + junk + "&page=" + junk;
            case 2 -> "/intake/zoeken?q=" + q;
            case 3 -> "/intake/nieuw?q=" + q;
            case 4 -> "/privacy/personen?name=" + q + "&email=" + junk + "&phone=" + q;
            default -> "/privacy/personen?dob=" + junk + "&name=" + q;
        };
        Client c = path.startsWith("/privacy") ? admin : staff;
        check("GET " + path.substring(0, path.indexOf('?')), c.get(path));
    }

    /** Reads back every page that shows stored text: case pages, the work list, the quarantine. */
    private int readBack() throws Exception {
        Client staff = new Client("http://127.0.0.1:" + port, InetAddress.getByName("127.0.0.1"));
        staff.login("intake");
        int pages = 0;
        for (String n : acknowledged.stream().limit(300).toList()) {
            check("GET /zaken/" + n, staff.get("/zaken/" + n));
            pages++;
        }
        for (String path : List.of("/werk", "/werk?status=ALL", "/werk?status=ALL&q=" + Hostile.MARKER,
                "/werk?status=ALL&q=klacht", "/intake/quarantaine", "/werk?status=ALL&page=1")) {
            check("GET " + path, staff.get(path));
            pages++;
        }
        return pages;
    }

    private void check(String what, Client.Answer a) {
        statuses.computeIfAbsent(Integer.toString(a.status()), k -> new AtomicInteger()).incrementAndGet();
        if (a.status() >= 500) {
            failures.add(a.status() + " on " + what);
        }
        if (a.contentType().startsWith("text/html") && Hostile.reflects(a.body())) {
            failures.add("reflected script on " + what);
        }
    }
}
