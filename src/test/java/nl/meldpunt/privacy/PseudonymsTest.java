package nl.meldpunt.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pseudonyms: stable per person, not the name itself, reversible only through the lookup table. */
class PseudonymsTest extends IntegrationTest {

    @Autowired Pseudonyms pseudonyms;

    @Test
    void the_same_person_gets_the_same_pseudonym_whatever_the_spelling_of_case_and_spaces() {
        String surname = PrivacyFixtures.uniqueSurname();
        String a = pseudonyms.of("Jan " + surname);
        String b = pseudonyms.of("  jan   " + surname.toUpperCase() + " ");
        String other = pseudonyms.of("Piet " + surname);

        assertThat(a).matches("P-[0-9A-HJKMNP-TV-Z]{8}").isEqualTo(b).isNotEqualTo(other).doesNotContain(surname);
        assertThat(pseudonyms.of(null)).isNull();
    }

    @Test
    void a_pseudonym_is_revealed_from_the_lookup_table_and_forgotten_after_destruction() {
        String surname = PrivacyFixtures.uniqueSurname();
        String p = pseudonyms.of("Joke " + surname);

        assertThat(pseudonyms.reveal(p)).contains("joke " + surname.toLowerCase());
        assertThat(pseudonyms.reveal(pseudonyms.compute("nooit opgeslagen " + surname))).isEmpty();
        pseudonyms.forget("JOKE " + surname);
        assertThat(pseudonyms.reveal(p)).isEmpty();
    }

    @Test
    void fake_values_for_test_copies_look_dutch_and_never_repeat_the_original() {
        DutchFakes fakes = new DutchFakes();
        String original = "Mijn moeder Truus Bakker-de Wit kreeg in Ziekenhuis Noord de verkeerde medicijnen.";

        assertThat(fakes.name("Truus Bakker")).matches("\\p{L}+ .+").isNotEqualTo("Truus Bakker");
        assertThat(fakes.email("truus@example.nl")).endsWith("@voorbeeld.nl");
        assertThat(fakes.phone("0612345678")).matches("06-\\d{8}");
        assertThat(fakes.address("Kerkstraat 1")).matches(".+ \\d+, \\d{4} [A-Z]{2} .+");
        assertThat(fakes.text(original)).doesNotContain("Truus").hasSizeGreaterThanOrEqualTo(40);
    }
}
