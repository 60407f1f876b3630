package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseSearchText;
import nl.meldpunt.casework.CaseTextAdded;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Classification;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.TextSource;
import nl.meldpunt.support.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AddedTextResuggestionTest extends IntegrationTest {

    /** What a recognised letter scan might say: calm wording, ongoing coercion, today. */
    private static final String ACUTE_LETTER = "Geachte inspectie, ik schrijf u over mijn vader (84) in verpleeghuis "
            + "De Wilg. Hij wordt sinds vorige week elke nacht vastgebonden in bed en ook vannacht weer, zonder dat "
            + "iemand met ons heeft overlegd. Hij is erg angstig en heeft schaafwonden aan zijn polsen.";

    @Autowired
    CaseRegistration registration;

    @Autowired
    CaseSearchText searchText;

    @Autowired
    CaseQueries cases;

    @Autowired
    CaseEditing editing;

    @Autowired
    TriageSuggestions suggestions;

    @Autowired
    AddedTextResuggestion resuggestion;

    @Autowired
    ActiveTriage active;

    /** The first model is trained in the background at start; on a busy machine that takes minutes. */
    @org.junit.jupiter.api.BeforeEach
    void firstModelIsReady() {
        Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1))
                .until(() -> active.ready().isPresent());
    }

    @Test
    void recognised_letter_text_that_reveals_acute_danger_replaces_the_suggestion_and_raises_the_alert() {
        RegisteredCase letter = registerLetter();
        StoredSuggestion first = awaitSuggestion(letter.id());
        assertThat(first.suggestion().urgency().code()).isNotEqualTo("ACUTE");

        searchText.append(letter.caseNumber().value(), null, TextSource.OCR, ACUTE_LETTER);

        StoredSuggestion second = Awaitility.await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions.forCase(letter.id()).orElseThrow(),
                        s -> s.suggestion().urgency().code().equals("ACUTE"));
        assertThat(second.suggestion().explanation().rules()).extracting(RuleFiring::rule).contains("OngoingCoercion");
        assertThat(second.suggestion().sector().code()).isEqualTo("ELDERLY_CARE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions.unacknowledged().stream().anyMatch(a -> a.caseId() == letter.id()));
    }

    @Test
    void added_text_leaves_the_suggestion_alone_once_an_officer_confirmed_the_labels() {
        RegisteredCase letter = registerLetter();
        StoredSuggestion first = awaitSuggestion(letter.id());
        var view = cases.require(letter.caseNumber().value(), false);
        editing.classify(view.caseNumber(), view.version(),
                new Classification("COMPLAINT", "CITIZEN", "ELDERLY_CARE", "NORMAL", List.of(), null), "checked");

        searchText.append(letter.caseNumber().value(), null, TextSource.OCR, ACUTE_LETTER);
        // The listener runs after the commit on its own thread; calling it here as well makes the check
        // deterministic (both must leave the confirmed case alone).
        resuggestion.on(new CaseTextAdded(letter.id(), view.caseNumber(), TextSource.OCR, null));

        StoredSuggestion after = suggestions.forCase(letter.id()).orElseThrow();
        assertThat(after.suggestedAt()).isEqualTo(first.suggestedAt());
        assertThat(after.suggestion().urgency().code()).isEqualTo(first.suggestion().urgency().code());
        assertThat(suggestions.unacknowledged()).extracting(AcuteAlert::caseId).doesNotContain(letter.id());
    }

    private RegisteredCase registerLetter() {
        return registration.register(new NewCase(Channel.LETTER, null, "CITIZEN", null, null, null,
                "Brief ontvangen, zie scan in de bijlage.", null, Instant.now(), null, null, null, null));
    }

    private StoredSuggestion awaitSuggestion(long caseId) {
        return Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> suggestions.forCase(caseId), java.util.Optional::isPresent).orElseThrow();
    }
}
