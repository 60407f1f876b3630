package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.support.IntegrationTest;
import nl.meldpunt.support.LoggedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A long history: the case page shows the newest entries and links to the whole history. */
class CaseHistoryPagingTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseJournal journal;

    @Test
    void the_case_page_shows_the_newest_history_and_one_link_shows_all_of_it() throws Exception {
        String number = registration.register(new NewCase(Channel.PHONE, "QUESTION", "CITIZEN", "HOME_CARE", "NORMAL",
                null, "Vraag over de thuiszorg", null, Instant.now(),
                new NewReporter(true, null, null, null, null, null, ContactPreference.NONE), null, null, null))
                .caseNumber().value();
        int notes = CaseController.HISTORY_SHOWN + 7;
        for (int i = 1; i <= notes; i++) {
            journal.record(new CaseNumber(number), "intake", HistoryAction.CLASSIFIED, Map.of(),
                    String.format("aantekening-%03d", i));
        }
        var senior = LoggedInSession.login(baseUrl(), "senior");

        String page = senior.get("/zaken/" + number).body();
        assertThat(page).contains(String.format("aantekening-%03d<", notes),
                "/zaken/" + number + "?geschiedenis=alles#history-heading");
        assertThat(page).doesNotContain("aantekening-001<");
        // the registration (and any clock or triage entry written meanwhile) is older than the notes
        var earlier = java.util.regex.Pattern.compile("(\\d+) eerdere regels staan niet op deze pagina").matcher(page);
        assertThat(earlier.find()).isTrue();
        assertThat(Integer.parseInt(earlier.group(1))).isGreaterThanOrEqualTo(notes - CaseController.HISTORY_SHOWN + 1);
        String table = page.substring(page.indexOf("id=\"history\""));
        assertThat(table.split("<tr").length - 2).isEqualTo(CaseController.HISTORY_SHOWN);

        String whole = senior.get("/zaken/" + number + "?geschiedenis=alles").body();
        assertThat(whole).contains("aantekening-001<", String.format("aantekening-%03d<", notes))
                .doesNotContain("eerdere regels staan niet op deze pagina");
        assertThat(whole.indexOf("aantekening-001<")).isLessThan(whole.indexOf("aantekening-002<"));
    }
}
