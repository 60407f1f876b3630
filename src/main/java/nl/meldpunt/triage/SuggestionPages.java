package nl.meldpunt.triage;

import java.util.List;
import java.util.Locale;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages: the suggestion fragment (htmx: the phone-intake screen and the case page include it, posting the
 * text as the officer types) and the model screen (versions, evaluation, corrections).
 */
@Controller
class SuggestionPages {

    /** One suggested label as the page shows it. */
    record LabelView(String code, String label, int percent, List<String> phrases) {}

    record SuggestionView(LabelView kind, LabelView sector, LabelView urgency, List<LabelView> themes,
            List<RuleFiring> rules, boolean acute, String modelVersion) {}

    private final TriageSuggestions suggestions;
    private final ReferenceData reference;
    private final ModelVersions versions;
    private final Corrections corrections;

    SuggestionPages(TriageSuggestions suggestions, ReferenceData reference, ModelVersions versions,
            Corrections corrections) {
        this.suggestions = suggestions;
        this.reference = reference;
        this.versions = versions;
        this.corrections = corrections;
    }

    @RequestMapping(value = "/triage/suggestion-fragment", method = {RequestMethod.GET, RequestMethod.POST})
    String fragment(@RequestParam(required = false) String text,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String reporterType,
            Locale locale, Model model) {
        String body = text != null && !text.isBlank() ? text : description;
        if (body != null && !body.isBlank()) {
            model.addAttribute("suggestion", view(suggestions.suggest(body, channel, reporterType), locale));
        }
        return "triage/suggestion :: suggestion";
    }

    @GetMapping("/triage/models")
    String models(Model model) {
        model.addAttribute("versions", versions.all());
        model.addAttribute("active", versions.active().orElse(null));
        model.addAttribute("corrections", corrections.recent());
        return "triage/models";
    }

    SuggestionView view(Suggestion s, Locale locale) {
        Explanation e = s.explanation();
        return new SuggestionView(
                label(ReferenceList.KIND, s.kind(), e.kind(), locale),
                label(ReferenceList.SECTOR, s.sector(), e.sector(), locale),
                label(ReferenceList.URGENCY, s.urgency(), e.urgency(), locale),
                s.themes().stream().map(t -> label(ReferenceList.THEME, t, e.themes().stream()
                        .filter(r -> r.code().equals(t.code())).findFirst().orElse(null), locale)).toList(),
                e.rules(),
                s.acute(),
                s.modelVersion());
    }

    private LabelView label(ReferenceList list, LabelScore score, Explanation.Reason reason, Locale locale) {
        return new LabelView(score.code(), reference.label(list, score.code(), locale),
                (int) Math.round(score.confidence() * 100), reason == null ? List.of() : reason.phrases());
    }
}
