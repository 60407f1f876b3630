package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFeaturesTest {

    private final TextFeatures features = new TextFeatures();

    @Test
    void dutch_words_are_lowercased_folded_and_stemmed_and_stop_words_dropped() {
        var v = features.extract("De cliënten werden VASTGEBONDEN in de nacht", "PHONE", "CITIZEN");
        assertThat(v.tokens()).extracting(TextFeatures.Token::term)
                .contains("client", "vastgebond", "nacht")
                .doesNotContain("de", "in");
    }

    @Test
    void urgency_words_like_niet_meer_and_nog_steeds_are_kept_as_a_phrase() {
        var v = features.extract("Het gebeurt nog steeds", null, null);
        assertThat(v.values()).containsKey("b:nog_sted");
    }

    @Test
    void lot_numbers_big_numbers_and_dates_become_a_token_class_not_words() {
        var v = features.extract("Partij MS3391B, BIG 19012345601, op 12-03-2026 geleverd", null, null);
        assertThat(v.values().keySet()).contains("w:#id", "w:#idnum", "w:#date")
                .noneMatch(k -> k.contains("ms3391b") || k.contains("19012345601"));
    }

    @Test
    void typos_share_character_grams_with_the_right_spelling() {
        var right = features.extract("gebeld", null, null).values().keySet();
        var typo = features.extract("gebelt", null, null).values().keySet();
        assertThat(right.stream().filter(k -> k.startsWith("c:") && typo.contains(k))).isNotEmpty();
    }

    @Test
    void channel_and_reporter_type_are_features() {
        var v = features.extract("vraag", "WEB_FORM", "CITIZEN");
        assertThat(v.values()).containsKeys("meta:channel=WEB_FORM", "meta:reporter=CITIZEN");
    }

    @Test
    void empty_text_gives_only_meta_features() {
        assertThat(features.extract("", null, null).values()).containsKey("meta:empty");
        assertThat(features.extract(null, null, null).tokens()).isEmpty();
    }

    @Test
    void a_megabyte_of_text_is_cut_to_a_sane_length() {
        String huge = "de patiënt kreeg verkeerde medicatie ".repeat(30_000);
        var v = features.extract(huge, null, null);
        assertThat(v.tokens().size()).isLessThanOrEqualTo(1_500);
    }

    @Test
    void binary_garbage_other_scripts_and_markup_do_not_break_analysis() {
        byte[] bytes = new byte[4096];
        new Random(1).nextBytes(bytes);
        String garbage = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(features.extract(garbage, null, null).values()).isNotEmpty();
        assertThat(features.extract("مرحبا، أمي في دار رعاية المسنين 医院的护士打了我的母亲", null, null).values()).isNotEmpty();
        var html = features.extract("<script>alert('x')</script><b>klacht</b> over de &amp; huisarts", null, null);
        assertThat(html.values().keySet()).noneMatch(k -> k.contains("<b") || k.contains("script>"));
        assertThat(html.tokens()).extracting(TextFeatures.Token::term).contains("klacht", "huisart");
    }
}
