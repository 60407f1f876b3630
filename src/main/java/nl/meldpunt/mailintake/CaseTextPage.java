package nl.meldpunt.mailintake;

import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseSearchText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The case page's section with the text taken from attachments, scans and e-mail answers: what the search finds,
 * so staff can see why a case was found. A fragment for htmx, a whole page without JavaScript.
 */
@Controller
class CaseTextPage {

    private final CaseQueries queries;
    private final CaseSearchText searchText;

    CaseTextPage(CaseQueries queries, CaseSearchText searchText) {
        this.queries = queries;
        this.searchText = searchText;
    }

    @GetMapping("/zaken/{number}/tekst")
    String show(@PathVariable String number, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        long id = queries.requireId(number);
        model.addAttribute("caseNumber", number);
        model.addAttribute("texts", searchText.texts(id).stream().filter(t -> !t.text().isBlank()).toList());
        return htmx != null ? "mailintake/case-text :: section" : "mailintake/case-text";
    }
}
