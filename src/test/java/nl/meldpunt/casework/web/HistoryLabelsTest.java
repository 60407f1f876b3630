package nl.meldpunt.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseLifecycle;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.correspondence.AuthorisationForm;
import nl.meldpunt.correspondence.Authorisations;
import nl.meldpunt.correspondence.DisclosureScope;
import nl.meldpunt.correspondence.NewAuthorisation;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/** The case history names coded details (closure outcome, authorisation scope) in words, in Dutch and English. */
class HistoryLabelsTest extends IntegrationTest {

    @Autowired CaseRegistration registration;
    @Autowired CaseQueries queries;
    @Autowired CaseEditing editing;
    @Autowired CaseLifecycle lifecycle;
    @Autowired Authorisations authorisations;
    @Autowired HistoryText historyText;
    @Autowired Clocks clocks;

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_clock_stopped_by_the_closure_reads_as_words() {
        String number = newCase();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> clocks.forCase(number).stream().anyMatch(c -> c.state().isOpen()));
        long version = editing.changeStatus(number, version(number), CaseStatus.IN_PROGRESS, null);
        lifecycle.close(number, version, "WITHDRAWN", null);
        long id = queries.idOf(number).orElseThrow();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> queries.history(id).stream().anyMatch(h -> h.action() == HistoryAction.CLOCK_CHANGED
                        && h.details().contains("STOPPED")));

        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        List<HistoryText.HistoryLine> stops = historyText.lines(queries.history(id)).stream()
                .filter(l -> l.details().contains("Wijziging: gestopt")).toList();

        assertThat(stops).isNotEmpty().allSatisfy(l -> {
            assertThat(l.details()).contains("Naar: Gestopt").noneMatch(d -> d.contains("STOPPED"));
            assertThat(l.reason()).contains("Zaak afgesloten (Ingetrokken)").doesNotContain("WITHDRAWN");
        });
    }

    @Test
    void closure_outcome_and_authorisation_scope_show_as_labels_not_codes() {
        String number = newCase();
        authorisations.record(new CaseNumber(number), new NewAuthorisation(LocalDate.of(2026, 1, 5),
                DisclosureScope.BOTH, AuthorisationForm.VERBAL, null, null, "Telefonisch toestemming"));
        long version = editing.changeStatus(number, version(number), CaseStatus.IN_PROGRESS, null);
        lifecycle.close(number, version, "WITHDRAWN", "Melder trekt de melding in");
        long id = queries.idOf(number).orElseThrow();

        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        List<String> dutch = details(id);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        List<String> english = details(id);

        assertThat(dutch).contains("Reikwijdte: Naam en inhoud van de klacht", "Vorm: Mondeling", "Uitkomst: Ingetrokken")
                .noneMatch(line -> line.contains("BOTH") || line.contains("VERBAL") || line.contains("WITHDRAWN"));
        assertThat(english).contains("Scope: Name and content of the complaint", "Form: Verbal", "Outcome: Withdrawn")
                .noneMatch(line -> line.contains("BOTH") || line.contains("VERBAL") || line.contains("WITHDRAWN"));
    }

    private List<String> details(long caseId) {
        return historyText.lines(queries.history(caseId)).stream().flatMap(l -> l.details().stream()).toList();
    }

    private String newCase() {
        return registration.register(new NewCase(Channel.PHONE, "COMPLAINT", "CITIZEN", "HOME_CARE",
                "NORMAL", null, "Klacht over de thuiszorg", null, null,
                new NewReporter(false, null, "Hanna Hoek", null, "0612345678", null, ContactPreference.PHONE),
                null, null, null)).caseNumber().value();
    }

    private long version(String number) {
        return queries.find(number, false).orElseThrow().version();
    }
}
