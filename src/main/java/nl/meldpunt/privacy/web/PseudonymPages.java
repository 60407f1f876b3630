package nl.meldpunt.privacy.web;

import nl.meldpunt.privacy.Pseudonyms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Reversal of a pseudonym (P-XXXXXXXX) for the privacy officer (ADMIN now; PRIVACY_OFFICER later). */
@Controller
class PseudonymPages {

    private final Pseudonyms pseudonyms;

    PseudonymPages(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    @GetMapping("/privacy/pseudoniemen")
    String reveal(@RequestParam(required = false) String p, Model model) {
        model.addAttribute("p", p == null ? null : p.strip());
        model.addAttribute("identity", p == null ? null : pseudonyms.reveal(p).orElse(null));
        return "privacy/pseudonyms";
    }
}
