package nl.meldpunt.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the analysts' free-text filter hides, and what it leaves (decision 2700). */
class FreeTextIdentitiesTest {

    /** Stands in for the keyed pseudonymiser: the same identity, the same pseudonym. */
    private static String mask(String text) {
        return FreeTextIdentities.mask(text, id -> "P-" + Integer.toHexString(id.toLowerCase(Locale.ROOT).hashCode()));
    }

    @Test
    void names_after_a_form_of_address_or_a_relation_are_pseudonymised() {
        String masked = mask("Ik bel namens mevrouw Truus Jansen. Haar buurman dhr. P. van der Berg zag het, en "
                + "mijn buurvrouw Ans de Wit ook. Dokter De Vries wilde niet luisteren.");
        assertThat(masked).doesNotContain("Truus", "Jansen", "van der Berg", "Ans de Wit", "Vries")
                .contains("mevrouw P-", "dhr. P-", "mijn buurvrouw P-", "Dokter P-");
    }

    @Test
    void only_the_name_goes_not_the_words_after_it() {
        assertThat(mask("mijn moeder Geertruida viel uit bed")).startsWith("mijn moeder P-").endsWith(" viel uit bed");
    }

    @Test
    void the_same_name_gets_the_same_pseudonym() {
        String masked = mask("mevrouw Jansen belde; later belde mevrouw Jansen weer");
        String first = masked.substring(masked.indexOf("P-"), masked.indexOf(' ', masked.indexOf("P-")) - 1);
        assertThat(masked.indexOf(first)).isNotEqualTo(masked.lastIndexOf(first));
    }

    @Test
    void provider_names_and_ordinary_capitals_stay() {
        String text = "Ziekenhuis De Vries en Zorggroep De Linde in Utrecht. Het Verpleeghuis reageerde niet.";
        assertThat(mask(text)).isEqualTo(text);
    }

    @Test
    void a_bsn_passing_the_eleven_test_is_hidden_and_other_nine_digit_numbers_stay() {
        assertThat(FreeTextIdentities.elevenTest("123456782")).isTrue();
        assertThat(FreeTextIdentities.elevenTest("123456789")).isFalse();
        assertThat(mask("BSN 123456782, dossier 123456789")).doesNotContain("123456782").contains("123456789");
        assertThat(mask("bsn 1234.56.782")).doesNotContain("1234.56.782");
    }

    @Test
    void street_and_house_number_postcode_and_date_of_birth_are_hidden() {
        String masked = mask("Zij woont op de Geheimstraat 1a, 1234 AB Nergensdorp, geboren op 12-03-1941.");
        assertThat(masked).doesNotContain("Geheimstraat", "1234 AB", "12-03-1941")
                .contains(FreeTextIdentities.ADDRESS_MARK, "geboren op " + FreeTextIdentities.DATE_MARK);
    }
}
