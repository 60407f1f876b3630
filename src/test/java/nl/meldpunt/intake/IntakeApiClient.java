package nl.meldpunt.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: real HTTP against the running application, as a system would call it. */
final class IntakeApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String baseUrl;
    private final String authorization;

    private IntakeApiClient(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    static IntakeApiClient basic(String baseUrl, String user, String password) {
        return new IntakeApiClient(baseUrl, "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static IntakeApiClient bearer(String baseUrl, String token) {
        return new IntakeApiClient(baseUrl, "Bearer " + token);
    }

    static IntakeApiClient anonymous(String baseUrl) {
        return new IntakeApiClient(baseUrl, null);
    }

    record Answer(int status, String body, HttpResponse<String> response) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    Answer postIntake(String json) {
        return postIntake(json, null);
    }

    Answer postIntake(String json, String idempotencyKey) {
        HttpRequest.Builder b = request("/api/v1/intakes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid intake with a marker word in its text, so a test can find its own cases. */
    static String intake(String marker) {
        return """
                {"channel":"API","kind":"COMPLAINT",
                 "reporter":{"type":"CITIZEN","name":"Jan Jansen","email":"jan@example.org","phone":"+31 6 1234 5678",
                   "anonymous":false,"contactPreference":"EMAIL","relation":"PATIENT"},
                 "subject":{"providerName":"Ziekenhuis De Linde","kvkNumber":"12345678","place":"Utrecht",
                   "professionalName":"Dr. Pieters","bigNumber":"%s","productName":"Insulinepomp X","udiDi":"0123456789",
                   "lotNumber":"L-77"},
                 "text":"Mijn moeder kreeg de verkeerde medicatie. Kenmerk %s",
                 "occurredOn":"2026-11-02","sector":"HOSPITAL_CARE","urgency":"NORMAL","themes":["MEDICATION"]}
                """.formatted(VALID_BIG, marker);
    }

    /** A BIG number that passes the eleven-check. */
    static final String VALID_BIG = validBig();

    private static String validBig() {
        for (long n = 12345678900L; ; n++) {
            String s = Long.toString(n);
            if (nl.meldpunt.casework.Identifiers.isBigNumber(s)) {
                return s;
            }
        }
    }
}
