package nl.meldpunt.reporting;

import java.util.Locale;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Provider search (by name, fuzzy, or KvK number; live with htmx, plain GET without JS) and the profile page. */
@Controller
class ProviderProfilePages {

    private final ProviderProfiles profiles;

    ProviderProfilePages(ProviderProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/rapportages/aanbieders")
    String search(@RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", profiles.search(q, 25));
        return htmx != null ? "reporting/providers :: hits" : "reporting/providers";
    }

    @GetMapping("/rapportages/aanbieders/profiel")
    String profile(@RequestParam String sleutel, Model model, Locale locale) {
        model.addAttribute("p", profiles.profile(sleutel, locale).orElseThrow(() -> new NotFound("Provider")));
        return "reporting/profile";
    }
}
