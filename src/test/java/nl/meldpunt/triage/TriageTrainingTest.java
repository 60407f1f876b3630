package nl.meldpunt.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageTrainingTest {

    private List<TriageExample> examples;
    private TriageModel model;

    @BeforeAll
    void train() {
        examples = ExampleFiles.seed().stream().filter(e -> e.id().hashCode() % 3 == 0).toList();
        model = new TriageTrainer(new TextFeatures()).train(examples);
    }

    @Test
    void seed_examples_are_on_the_class_path() {
        assertThat(ExampleFiles.seed()).hasSizeGreaterThanOrEqualTo(520)
                .allSatisfy(e -> assertThat(e.text()).isNotBlank());
    }

    @Test
    void every_training_only_file_is_loaded_with_valid_labels_and_none_of_its_texts_is_a_seed_text() {
        var seedTexts = ExampleFiles.seed().stream().map(TriageExample::text).collect(java.util.stream.Collectors.toSet());
        List<TriageExample> written = ExampleFiles.trainingOnly();
        assertThat(written).hasSizeGreaterThanOrEqualTo(660)
                .allSatisfy(e -> {
                    assertThat(e.text()).isNotBlank().isNotIn(seedTexts);
                    assertThat(e.kind()).isIn("QUESTION", "COMPLAINT", "INFORMATION", "REPORT");
                    assertThat(e.urgency()).isIn("ACUTE", "HIGH", "NORMAL");
                    assertThat(e.sector()).isNotBlank();
                });
        assertThat(written.stream().map(TriageExample::id).distinct()).hasSize(written.size());
    }

    @Test
    void training_twice_on_the_same_examples_gives_the_same_predictions() {
        TriageModel again = new TriageTrainer(new TextFeatures()).train(examples);
        for (TriageExample e : examples.subList(0, 10)) {
            var a = model.predict(e.text(), e.channel(), e.reporterType()).heads().get("sector").probabilities();
            var b = again.predict(e.text(), e.channel(), e.reporterType()).heads().get("sector").probabilities();
            assertThat(b).isEqualTo(a);
        }
    }

    @Test
    void direct_scoring_gives_the_probabilities_of_the_trained_tribuo_models() {
        List<String> heads = new java.util.ArrayList<>(List.of("kind", "sector", "urgency"));
        model.themes().forEach(t -> heads.add("theme:" + t));
        for (TriageExample e : ExampleFiles.seed().subList(0, 60)) {
            var fast = model.predict(e.text(), e.channel(), e.reporterType()).heads();
            for (String head : heads) {
                var expected = model.tribuoProbabilities(head, e.text(), e.channel(), e.reporterType());
                assertThat(fast.get(head).probabilities()).containsOnlyKeys(expected.keySet());
                expected.forEach((label, p) -> assertThat(fast.get(head).probability(label))
                        .as("%s %s %s", e.id(), head, label).isCloseTo(p, org.assertj.core.data.Offset.offset(1e-9)));
            }
        }
    }

    @Test
    void a_stored_model_predicts_exactly_as_before() {
        TriageModel restored = TriageModel.deserialize(model.serialize(), new TextFeatures());
        TriageExample e = examples.get(0);
        assertThat(restored.predict(e.text(), e.channel(), e.reporterType()).heads().get("kind").probabilities())
                .isEqualTo(model.predict(e.text(), e.channel(), e.reporterType()).heads().get("kind").probabilities());
    }

    @Test
    void explanation_quotes_words_of_the_text_and_the_rule_that_fired() {
        TriageEngine engine = new TriageEngine(model, new UrgencyRules(), "test");
        Suggestion s = engine.suggest("Mijn moeder wordt in het verpleeghuis nog steeds elke nacht vastgebonden aan "
                + "haar bed. Ze is erg bang.", "PHONE", "CITIZEN");
        assertThat(s.urgency().code()).isEqualTo("ACUTE");
        assertThat(s.explanation().urgencyDecidedBy()).isEqualTo("RULE");
        assertThat(s.explanation().rules()).extracting(RuleFiring::rule).contains("OngoingCoercion");
        assertThat(s.explanation().rules().getFirst().summary()).contains("'vastgebonden'").endsWith("→ ACUTE");
        String text = "mijn moeder wordt in het verpleeghuis nog steeds elke nacht vastgebonden aan haar bed. ze is erg bang.";
        assertThat(s.explanation().sector().phrases()).isNotEmpty()
                .allSatisfy(p -> assertThat(text).contains(p));
    }

    @Test
    void past_and_dealt_with_wording_is_not_acute_by_rule() {
        TriageEngine engine = new TriageEngine(model, new UrgencyRules(), "test");
        Suggestion s = engine.suggest("Tien jaar geleden ben ik in de separeer vastgebonden. Dat was verschrikkelijk "
                + "en ik denk er nog steeds aan. Ik wil mijn dossier van toen inzien.", "WEB_FORM", "CITIZEN");
        assertThat(s.explanation().rules()).isEmpty();
    }
}
