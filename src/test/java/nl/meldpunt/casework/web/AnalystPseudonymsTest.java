package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.platform.Pseudonymiser;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Analysts see stable pseudonyms instead of citizens' names, e-mail addresses and phone numbers. */
class AnalystPseudonymsTest extends IntegrationTest {

    @Autowired
    CaseRegistration registration;
    @Autowired
    Pseudonymiser pseudonyms;
    @Autowired
    nl.meldpunt.casework.CaseJournal journal;

    private final HttpClient http = HttpClient.newHttpClient();

    record Registered(String number, String word, String name, String email, String phone) {}

    private Registered register() {
        String word = "pseudo" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        String surname = "Wolters" + word.substring(word.length() - 5);
        String name = "Hendrik " + surname;
        String email = "h." + word + "@example.org";
        String phone = "06-" + (10_000_000 + Math.floorMod(System.nanoTime(), 89_999_999));
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL",
                List.of(), "Ik ben " + name + " (" + email + ", bel " + phone + "). Meneer " + surname
                        + " vertelt over " + word + ".",
                null, null, new NewReporter(false, ReporterRelation.PATIENT, name, email, phone, "Laan 1",
                        ContactPreference.PHONE), List.of(), List.of(), null)).caseNumber().value();
        return new Registered(number, word, name, email, phone);
    }

    private String api(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void an_analyst_sees_the_case_text_and_reporter_as_stable_pseudonyms() throws Exception {
        Registered r = register();
        String pseudonym = pseudonyms.pseudonymFor(r.name());
        assertThat(pseudonym).matches("P-[0-9A-Z]{8}");

        LoggedInSession analyst = LoggedInSession.login(baseUrl(), "analyst");
        String page = analyst.get("/zaken/" + r.number()).body();
        assertThat(page).contains(r.word(), pseudonym, pseudonyms.pseudonymFor(r.email()))
                .doesNotContain(r.name(), r.email(), r.phone(), r.name().substring(8));
        assertThat(page).contains("gepseudonimiseerd");

        String json = api("analyst", "/api/v1/cases/" + r.number());
        assertThat(json).contains(r.word(), pseudonym).doesNotContain(r.name(), r.email(), r.phone());

        String list = analyst.get("/werk?status=ALL&q=" + r.word()).body();
        assertThat(list).contains(r.number(), pseudonym).doesNotContain(r.name(), r.email());
        assertThat(api("analyst", "/api/v1/cases?q=" + r.word())).contains(pseudonym).doesNotContain(r.name());

        // Same person, same pseudonym on every page and for every analyst; staff who handle cases see the name.
        assertThat(LoggedInSession.login(baseUrl(), "analyst").get("/zaken/" + r.number()).body()).contains(pseudonym);
        assertThat(LoggedInSession.login(baseUrl(), "intake").get("/zaken/" + r.number()).body())
                .contains(r.name(), r.email()).doesNotContain(pseudonym);
    }

    @Test
    void an_analyst_sees_history_reasons_with_the_citizen_pseudonymised() throws Exception {
        Registered r = register();
        journal.record(new nl.meldpunt.casework.CaseNumber(r.number()), "intake",
                nl.meldpunt.casework.HistoryAction.NOTE_ADDED, java.util.Map.of(),
                "Teruggebeld: " + r.name() + " bereikbaar op " + r.phone() + " over " + r.word());

        String page = LoggedInSession.login(baseUrl(), "analyst").get("/zaken/" + r.number()).body();
        String json = api("analyst", "/api/v1/cases/" + r.number() + "/history");

        assertThat(page).contains(r.word(), pseudonyms.pseudonymFor(r.name())).doesNotContain(r.name(), r.phone());
        assertThat(json).contains(r.word()).doesNotContain(r.name(), r.phone());
        assertThat(api("senior", "/api/v1/cases/" + r.number() + "/history")).contains(r.name());
    }

    @Test
    void an_analyst_does_not_see_names_addresses_or_a_bsn_of_people_who_are_not_registered_on_the_case() throws Exception {
        String word = "vrij" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String neighbour = "Truus Vandermeulen" + word.substring(word.length() - 4);
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", null, "NORMAL",
                List.of(), "Mijn buurvrouw " + neighbour + " (BSN 123456782, Geheimstraat 12, geboren op 03-04-1938) "
                        + "krijgt geen zorg; het gaat over " + word + ".",
                null, null, NewReporter.anonymousReporter(ReporterRelation.OTHER), List.of(), List.of(), null))
                .caseNumber().value();

        String page = LoggedInSession.login(baseUrl(), "analyst").get("/zaken/" + number).body();
        String json = api("analyst", "/api/v1/cases/" + number);

        for (String seen : List.of(page, json)) {
            assertThat(seen).contains(word, "Mijn buurvrouw " + pseudonyms.pseudonymFor(neighbour))
                    .doesNotContain("Truus", "Vandermeulen", "123456782", "Geheimstraat", "03-04-1938");
        }
        assertThat(api("senior", "/api/v1/cases/" + number)).contains(neighbour, "123456782");
    }
}
