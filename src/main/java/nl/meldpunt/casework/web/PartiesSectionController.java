package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseLinks;
import nl.meldpunt.casework.CaseParties;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseSubject;
import nl.meldpunt.casework.CaseSubjects;
import nl.meldpunt.casework.PartyInput;
import nl.meldpunt.casework.PartyRole;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.Role;
import nl.meldpunt.providers.ProviderMatch;
import nl.meldpunt.providers.ProviderRegister;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-page section "Betrokkenen en onderwerpen": the providers (linked to the register), professionals and
 * products the case is about, and the other persons involved (only for case handlers, like the reporter).
 */
@Controller
class PartiesSectionController {

    static final String TEMPLATE = "casework/parties";

    private final CaseQueries queries;
    private final CaseSubjects subjects;
    private final CaseParties parties;
    private final CaseLinks links;
    private final ProviderRegister register;
    private final MessageSource messages;

    PartiesSectionController(CaseQueries queries, CaseSubjects subjects, CaseParties parties, CaseLinks links,
            ProviderRegister register, MessageSource messages) {
        this.queries = queries;
        this.subjects = subjects;
        this.parties = parties;
        this.links = links;
        this.register = register;
        this.messages = messages;
    }

    static boolean mayViewParties() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN);
    }

    @GetMapping("/zaken/{caseNumber}/betrokkenen")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        return Sections.render(TEMPLATE, request, fill(caseNumber, model));
    }

    /** Register entries for the provider picker (htmx), best first. */
    @GetMapping("/zaken/{caseNumber}/betrokkenen/aanbieders")
    String providerOptions(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "new") String target, Model model) {
        model.addAttribute("options", q.isBlank() ? List.of() : register.search(q.length() > 300 ? q.substring(0, 300) : q, 8));
        model.addAttribute("target", target.replaceAll("[^a-z0-9-]", ""));
        return TEMPLATE + " :: providerOptions";
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/onderwerpen")
    String addSubject(@PathVariable String caseNumber, @ModelAttribute SubjectForm form, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            subjects.add(caseNumber, form.input(true), Forms.blankToNull(form.reason()));
        } catch (InvalidInput e) {
            return subjectFailed(caseNumber, "new", form, e, request, response, model, locale);
        }
        return done(caseNumber, request, model, redirect, "parties.subject.added");
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}")
    String changeSubject(@PathVariable String caseNumber, @PathVariable long subjectId,
            @ModelAttribute SubjectForm form, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect, Locale locale) {
        try {
            subjects.change(caseNumber, subjectId, form.input(true), Forms.blankToNull(form.reason()));
        } catch (InvalidInput e) {
            return subjectFailed(caseNumber, String.valueOf(subjectId), form, e, request, response, model, locale);
        }
        return done(caseNumber, request, model, redirect, "parties.subject.changed");
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}/verwijderen")
    String removeSubject(@PathVariable String caseNumber, @PathVariable long subjectId,
            @RequestParam(required = false) String reason, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        subjects.remove(caseNumber, subjectId, Forms.blankToNull(reason));
        return done(caseNumber, request, model, redirect, "parties.subject.removed");
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/onderwerpen/{subjectId}/aanbieder")
    String linkProvider(@PathVariable String caseNumber, @PathVariable long subjectId,
            @RequestParam(required = false) String providerId, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
            Locale locale) {
        try {
            subjects.linkProvider(caseNumber, subjectId, SubjectForm.id(providerId), Forms.blankToNull(reason));
        } catch (InvalidInput e) {
            Sections.failed(request, response, 400);
            model.addAttribute("formMessage", "parties.error.form");
            return Sections.render(TEMPLATE, request, fill(caseNumber, model));
        }
        return done(caseNumber, request, model, redirect, "parties.subject.linked");
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/personen")
    String addParty(@PathVariable String caseNumber, @RequestParam(required = false) String role,
            @RequestParam(required = false) String name, @RequestParam(required = false) String relation,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
            Locale locale) {
        PartyInput input = new PartyInput(SubjectForm.parse(PartyRole.class, role), limit(name, 200),
                limit(relation, 200), limit(contact, 500));
        try {
            parties.add(caseNumber, input, Forms.blankToNull(reason));
        } catch (InvalidInput e) {
            Sections.failed(request, response, 400);
            model.addAttribute("partyForm", input);
            model.addAttribute("partyErrors", Sections.fieldErrors(e.errors(), messages, locale));
            model.addAttribute("formMessage", "parties.error.form");
            return Sections.render(TEMPLATE, request, fill(caseNumber, model));
        }
        return done(caseNumber, request, model, redirect, "parties.party.added");
    }

    @PostMapping("/zaken/{caseNumber}/betrokkenen/personen/{partyId}/verwijderen")
    String removeParty(@PathVariable String caseNumber, @PathVariable long partyId,
            @RequestParam(required = false) String reason, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        parties.remove(caseNumber, partyId, Forms.blankToNull(reason));
        return done(caseNumber, request, model, redirect, "parties.party.removed");
    }

    private String subjectFailed(String caseNumber, String formId, SubjectForm form, InvalidInput e,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Sections.failed(request, response, 400);
        model.addAttribute("errorsFor", formId);
        model.addAttribute("failedForm", form);
        model.addAttribute("subjectErrors", Sections.fieldErrors(e.errors(), messages, locale));
        model.addAttribute("formMessage", "parties.error.form");
        return Sections.render(TEMPLATE, request, fill(caseNumber, model));
    }

    private String done(String caseNumber, HttpServletRequest request, Model model, RedirectAttributes redirect,
            String savedKey) {
        if (Sections.fromHtmx(request)) {
            fill(caseNumber, model);
        }
        return Sections.done(TEMPLATE, "/zaken/" + caseNumber + "/betrokkenen", request, model, redirect, savedKey);
    }

    private Model fill(String caseNumber, Model model) {
        long caseId = queries.requireId(caseNumber);
        List<CaseSubject> list = subjects.forCase(caseId);
        Map<Long, List<ProviderMatch>> suggestions = new LinkedHashMap<>();
        list.stream().filter(s -> s.type() == SubjectType.PROVIDER && s.providerId() == null && s.name() != null)
                .forEach(s -> suggestions.put(s.id(), register.candidates(s.name(), s.place(), 3)));
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("mergedInto", links.mergedInto(caseId).orElse(null));
        model.addAttribute("subjects", list);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("mayViewParties", mayViewParties());
        model.addAttribute("mayEdit", mayViewParties());
        model.addAttribute("parties", mayViewParties() ? parties.forCase(caseId) : List.of());
        model.addAttribute("subjectTypes", SubjectType.values());
        model.addAttribute("productKinds", CaseSubject.ProductKind.values());
        model.addAttribute("partyRoles", PartyRole.values());
        model.addAttribute("noErrors", Map.of());
        if (!model.containsAttribute("newSubject")) {
            model.addAttribute("newSubject", "new".equals(model.getAttribute("errorsFor"))
                    ? model.getAttribute("failedForm") : SubjectForm.empty());
        }
        if (!model.containsAttribute("subjectErrors")) {
            model.addAttribute("subjectErrors", Map.of());
        }
        if (!model.containsAttribute("partyErrors")) {
            model.addAttribute("partyErrors", Map.of());
        }
        if (!model.containsAttribute("partyForm")) {
            model.addAttribute("partyForm", new PartyInput(PartyRole.PATIENT, null, null, null));
        }
        return model;
    }

    private static String limit(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }
}
