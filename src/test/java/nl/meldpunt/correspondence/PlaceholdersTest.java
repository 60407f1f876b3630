package nl.meldpunt.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void placeholders_are_filled_in_one_pass() {
        String text = Placeholders.render("Geachte {{ naam }}, zaak {{zaaknummer}}.",
                Map.of(Placeholder.NAAM, "{{omschrijving}}", Placeholder.ZAAKNUMMER, "MP-2026-000001",
                        Placeholder.OMSCHRIJVING, "geheim"));
        assertThat(text).isEqualTo("Geachte {{omschrijving}}, zaak MP-2026-000001.");
    }

    @Test
    void replacement_text_with_dollar_and_backslash_is_taken_literally() {
        assertThat(Placeholders.render("{{naam}}", Map.of(Placeholder.NAAM, "a$1\\b"))).isEqualTo("a$1\\b");
    }

    @Test
    void unknown_placeholders_are_named_and_kept_visible() {
        assertThat(Placeholders.unknown("{{naam}} {{Naam}} {{bestaatniet}} {{bestaatniet}}"))
                .containsExactly("Naam", "bestaatniet");
        assertThat(Placeholders.render("{{bestaatniet}}", Map.of())).isEqualTo("{{bestaatniet}}");
    }

    @Test
    void placeholders_that_reveal_the_citizen_add_up_to_the_disclosure() {
        assertThat(Placeholders.revealedBy("Over {{zorgaanbieder}}")).isNull();
        assertThat(Placeholders.revealedBy("{{naam}}")).isEqualTo(DisclosureScope.NAME);
        assertThat(Placeholders.revealedBy("{{naam}}", "{{omschrijving}}")).isEqualTo(DisclosureScope.BOTH);
    }

    @Test
    void html_of_a_letter_escapes_everything_and_keeps_paragraphs() {
        assertThat(LetterHtml.paragraphs("<b>a</b> & b\nregel\n\n\"c\""))
                .isEqualTo("<p>&lt;b&gt;a&lt;/b&gt; &amp; b<br/>regel</p>\n<p>&quot;c&quot;</p>\n");
    }

    @Test
    void both_covers_name_and_complaint_but_not_the_other_way_round() {
        assertThat(DisclosureScope.BOTH.covers(DisclosureScope.NAME)).isTrue();
        assertThat(DisclosureScope.NAME.covers(DisclosureScope.BOTH)).isFalse();
        assertThat(DisclosureScope.union(DisclosureScope.NAME, DisclosureScope.COMPLAINT_CONTENT))
                .isEqualTo(DisclosureScope.BOTH);
    }
}
