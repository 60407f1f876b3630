package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.platform.Pseudonymiser;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every surface of a case an analyst can reach — the case page, each of its sections, every case API — carries no
 * citizen's name, e-mail address, phone number or BSN, wherever an officer typed them: the case text, the contact
 * log, the persons involved, advice, referrals, the history (issue 9).
 */
class AnalystSurfacesTest extends IntegrationTest {

    private static final Pattern SECTION = Pattern.compile("hx-get=\"(/zaken/[^\"?]+)\"");

    @Autowired CaseRegistration registration;
    @Autowired CaseJournal journal;
    @Autowired Pseudonymiser pseudonyms;

    @Test
    void no_surface_of_a_case_shows_an_analyst_a_citizen() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String reporter = "Wilhelmina Markerdijk" + tag;
        String email = "w." + tag + "@prive.example";
        String phone = "0612" + String.format("%06d", Math.floorMod(System.nanoTime(), 1_000_000));
        String patient = "Bartholomeus Teststra" + tag;
        String number = registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "ELDERLY_CARE",
                "NORMAL", List.of(), "Ik bel over mijn vader " + patient + " (BSN 123456782). Mail " + email
                        + ", bel " + phone + ". Onderwerp " + tag + ".", null, null,
                new NewReporter(false, ReporterRelation.RELATIVE, reporter, email, phone, "Dorpsstraat 4",
                        ContactPreference.PHONE), List.of(), List.of(), null)).caseNumber().value();
        String base = "/api/v1/cases/" + number;
        intake("POST", base + "/contacts", """
                {"medium":"PHONE","direction":"OUTGOING","outcome":"REACHED","durationSeconds":120,
                 "summary":"%s gesproken over %s, bereikbaar op %s"}""".formatted(reporter, patient, phone));
        intake("POST", base + "/parties", """
                {"role":"PATIENT","name":"%s","relation":"vader","contact":"%s"}""".formatted(patient, email));
        intake("POST", base + "/advice", """
                {"snippets":[],"text":"Advies aan %s: bel %s"}""".formatted(reporter, phone));
        intake("POST", base + "/referrals", """
                {"organisation":"COMPLAINTS_OFFICER","note":"Verwezen; %s belt zelf"}""".formatted(reporter));
        journal.record(new CaseNumber(number), "intake", HistoryAction.NOTE_ADDED, Map.of(),
                "Teruggebeld door " + reporter + " over " + patient);

        LoggedInSession analyst = LoggedInSession.login(baseUrl(), "analyst");
        String page = analyst.get("/zaken/" + number).body();
        assertThat(page).as("the analyst does see the case, pseudonymised").contains(tag,
                pseudonyms.pseudonymFor(reporter));
        Set<String> paths = new LinkedHashSet<>();
        Matcher m = SECTION.matcher(page);
        while (m.find()) {
            paths.add(m.group(1));
        }
        assertThat(paths).as("the page's sections").hasSizeGreaterThanOrEqualTo(5);
        paths.add("/zaken/" + number + "?geschiedenis=alles");
        paths.add("/werk?status=ALL&q=" + tag);
        for (String api : List.of("", "/history", "/advice", "/referrals", "/handling", "/links", "/subjects",
                "/clocks", "/contacts", "/parties", "/correspondence", "/authorisations")) {
            paths.add(base + api);
        }
        paths.add("/api/v1/cases?q=" + tag);

        List<String> reached = new ArrayList<>();
        for (String path : paths) {
            var answer = path.startsWith("/api/") ? analyst.api("GET", path, null) : analyst.get(path);
            assertThat(answer.status()).as(path).isIn(200, 403);
            if (answer.status() == 200) {
                reached.add(path);
            }
            assertThat(answer.body()).as(path).doesNotContain(reporter, "Markerdijk", email, phone, patient,
                    "Teststra", "123456782");
        }
        assertThat(reached).as("most surfaces are open to analysts, pseudonymised").contains(base, base + "/history",
                base + "/advice", base + "/referrals");
        assertThat(LoggedInSession.api(baseUrl(), "senior", "GET", base + "/advice", null).body())
                .as("handlers see the advice as written").contains(reporter);
    }

    private void intake(String method, String path, String json) throws Exception {
        var answer = LoggedInSession.api(baseUrl(), "intake", method, path, json);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isIn(200, 201);
    }
}
