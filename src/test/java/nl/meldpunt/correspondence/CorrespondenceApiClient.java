package nl.meldpunt.correspondence;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test helper: a case to write about, and the API as a given demo user. */
final class CorrespondenceApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    CorrespondenceApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static String registerComplaint(CaseRegistration registration, String reporterName, String email) {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL",
                List.of(), "Mijn moeder kreeg in verpleeghuis De Zonnehoek wekenlang de verkeerde medicijnen.", null,
                null, new NewReporter(false, ReporterRelation.RELATIVE, reporterName, email, "0612345678",
                        "Dorpsstraat 1\n1234 AB Ergenshuizen", ContactPreference.EMAIL),
                List.of(NewSubject.provider("Verpleeghuis De Zonnehoek", "Utrecht", "12345678")), List.of(), null))
                .caseNumber().value();
    }

    HttpResponse<String> post(String user, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(user))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", basic(user))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(String caseNumber, String template, String medium, String recipient,
            String extra) throws Exception {
        return post("intake", "/api/v1/cases/" + caseNumber + "/correspondence", """
                {"template":"%s","language":"nl","medium":"%s","recipient":"%s"%s}
                """.formatted(template, medium, recipient, extra == null ? "" : "," + extra));
    }

    HttpResponse<String> authoriseVerbally(String caseNumber, String scope, String givenOn) throws Exception {
        return post("intake", "/api/v1/cases/" + caseNumber + "/authorisations", """
                {"givenOn":"%s","scope":"%s","form":"VERBAL","note":"Telefonisch akkoord gegeven"}
                """.formatted(givenOn, scope));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
