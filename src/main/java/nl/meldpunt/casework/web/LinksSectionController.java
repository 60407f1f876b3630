package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meldpunt.casework.CaseLinks;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.LinkType;
import nl.meldpunt.casework.MergeRefused;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case-page section "Gerelateerde zaken": links both ways, cases about the same provider, and merging. */
@Controller
class LinksSectionController {

    static final String TEMPLATE = "casework/links";

    private final CaseQueries queries;
    private final CaseLinks links;

    LinksSectionController(CaseQueries queries, CaseLinks links) {
        this.queries = queries;
        this.links = links;
    }

    @GetMapping("/zaken/{caseNumber}/koppelingen")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        return Sections.render(TEMPLATE, request, fill(caseNumber, model));
    }

    @PostMapping("/zaken/{caseNumber}/koppelingen")
    String link(@PathVariable String caseNumber, @RequestParam(required = false) String otherCaseNumber,
            @RequestParam(required = false) String type, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String other = otherCaseNumber == null ? "" : otherCaseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            links.link(caseNumber, other, SubjectForm.parse(LinkType.class, type), Forms.blankToNull(reason));
        } catch (InvalidInput | MergeRefused e) {
            return failed(caseNumber, e, "linkMessage", request, response, model);
        }
        return done(caseNumber, request, model, redirect, "parties.link.added");
    }

    @PostMapping("/zaken/{caseNumber}/koppelingen/{linkId}/verwijderen")
    String unlink(@PathVariable String caseNumber, @PathVariable long linkId,
            @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        try {
            links.unlink(caseNumber, linkId, Forms.blankToNull(reason));
        } catch (InvalidInput e) {
            return failed(caseNumber, e, "linkMessage", request, response, model);
        }
        return done(caseNumber, request, model, redirect, "parties.link.removed");
    }

    @PostMapping("/zaken/{caseNumber}/koppelingen/samenvoegen")
    String merge(@PathVariable String caseNumber, @RequestParam(required = false) String intoCaseNumber,
            @RequestParam(required = false) String reason, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        String into = intoCaseNumber == null ? "" : intoCaseNumber.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            links.merge(caseNumber, into, Forms.blankToNull(reason));
        } catch (InvalidInput | MergeRefused e) {
            return failed(caseNumber, e, "mergeMessage", request, response, model);
        }
        return done(caseNumber, request, model, redirect, "parties.merge.done");
    }

    private String failed(String caseNumber, RuntimeException e, String attribute, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String key = e instanceof MergeRefused refused ? "parties.rule." + refused.rule() : "parties.error.otherCase";
        Sections.failed(request, response, e instanceof MergeRefused ? 409 : 400);
        model.addAttribute(attribute, key);
        return Sections.render(TEMPLATE, request, fill(caseNumber, model));
    }

    private String done(String caseNumber, HttpServletRequest request, Model model, RedirectAttributes redirect,
            String savedKey) {
        if (Sections.fromHtmx(request)) {
            fill(caseNumber, model);
        }
        return Sections.done(TEMPLATE, "/zaken/" + caseNumber + "/koppelingen", request, model, redirect, savedKey);
    }

    private Model fill(String caseNumber, Model model) {
        long caseId = queries.requireId(caseNumber);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("links", links.forCase(caseId));
        model.addAttribute("mergedInto", links.mergedInto(caseId).orElse(null));
        model.addAttribute("sameProvider", links.sameProviderCases(caseId, 10));
        model.addAttribute("linkTypes", java.util.List.of(LinkType.SAME_PROVIDER, LinkType.SAME_EVENT,
                LinkType.FOLLOW_UP));
        model.addAttribute("mayEdit", PartiesSectionController.mayViewParties());
        return model;
    }
}
