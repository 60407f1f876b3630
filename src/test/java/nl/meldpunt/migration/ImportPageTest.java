package nl.meldpunt.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class ImportPageTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("CSRF field on the page").isTrue();
        return m.group(1);
    }

    private void login(String user) throws Exception {
        String token = csrf(get("/login").body());
        String form = "username=" + user + "&password=" + user + "&_csrf=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void only_administrators_see_the_import_page() throws Exception {
        login("intake");
        assertThat(get("/admin/import").statusCode()).isEqualTo(403);
    }

    @Test
    void an_uploaded_file_is_imported_and_its_rejections_can_be_downloaded() throws Exception {
        login("admin");
        HttpResponse<String> page = get("/admin/import");
        assertThat(page.statusCode()).isEqualTo(200);
        String content = """
                {"externalId":"PAGE-1","channel":"EMAIL","text":"Vraag via de beheerpagina.","receivedAt":"2021-01-05T10:00:00Z"}
                {"externalId":"PAGE-2","channel":"FAX","text":"Onbekend kanaal.","receivedAt":"2021-01-05T10:00:00Z"}
                """;
        String boundary = "----meldpunt" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page.body())
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"page.jsonl\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).isEqualTo(302);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String report = null;
        String runs = "";
        while (report == null && Instant.now().isBefore(deadline)) {
            runs = get("/admin/import/runs").body();
            Matcher link = Pattern.compile("/admin/import/(\\d+)/rejections\\.csv").matcher(runs);
            while (link.find()) {
                HttpResponse<String> csv = get(link.group());
                assertThat(csv.statusCode()).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
                if (csv.body().contains("2,channel,")) {
                    report = csv.body();
                }
            }
        }
        assertThat(runs).contains("hx-trigger=\"every 1s\"");
        assertThat(report).as("rejection report of the uploaded file").startsWith("line,field,reason");
    }
}
