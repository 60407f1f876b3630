package nl.meldpunt.correspondence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import nl.meldpunt.platform.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The correspondence of a case for staff: authorisations, compose → preview → send, the letters and e-mails sent,
 * advice and referrals. The case page loads a short section of it ({@code …/deel}) with htmx.
 */
@Controller
class CorrespondencePages {

    static final String HANDLERS = "hasAnyRole('INTAKE','SENIOR','ADMIN')";
    static final String READERS = "hasAnyRole('INTAKE','SENIOR','ADMIN','INSPECTOR')";

    private final CaseQueries cases;
    private final Authorisations authorisations;
    private final Correspondence correspondence;
    private final AdviceAndReferrals advice;
    private final AdviceCatalogue catalogue;
    private final Templates templates;
    private final MessageSource messages;

    CorrespondencePages(CaseQueries cases, Authorisations authorisations, Correspondence correspondence,
            AdviceAndReferrals advice, AdviceCatalogue catalogue, Templates templates, MessageSource messages) {
        this.cases = cases;
        this.authorisations = authorisations;
        this.correspondence = correspondence;
        this.advice = advice;
        this.catalogue = catalogue;
        this.templates = templates;
        this.messages = messages;
    }

    @GetMapping("/zaken/{caseNumber}/correspondentie/deel")
    String section(@PathVariable String caseNumber, Model model) {
        CaseNumber number = existing(caseNumber);
        boolean allowed = CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN, Role.INSPECTOR);
        model.addAttribute("caseNumber", number.value());
        model.addAttribute("allowed", allowed);
        if (allowed) {
            model.addAttribute("nameAllowed", authorisations.allowsDisclosure(number, DisclosureScope.NAME));
            model.addAttribute("complaintAllowed",
                    authorisations.allowsDisclosure(number, DisclosureScope.COMPLAINT_CONTENT));
            List<SentItem> sent = correspondence.forCase(number);
            model.addAttribute("sent", sent.reversed().stream().limit(5).toList());
            model.addAttribute("sentCount", sent.size());
            model.addAttribute("titles", titles());
        }
        return "correspondence/section :: section";
    }

    @GetMapping("/zaken/{caseNumber}/correspondentie")
    @PreAuthorize(READERS)
    String page(@PathVariable String caseNumber, @RequestParam(name = "sjabloon", required = false) String template,
            @RequestParam(name = "organisatie", required = false) String organisation, Model model) {
        CaseNumber number = existing(caseNumber);
        if (!model.containsAttribute("compose")) {
            model.addAttribute("compose", ComposeForm.initial(template, organisation));
        }
        return render(number, model);
    }

    @PostMapping("/zaken/{caseNumber}/correspondentie/opstellen")
    @PreAuthorize(HANDLERS)
    String compose(@PathVariable String caseNumber, @ModelAttribute("compose") ComposeForm form,
            org.springframework.validation.BindingResult binding, @RequestParam(defaultValue = "preview") String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) throws org.springframework.validation.BindException {
        CaseNumber number = existing(caseNumber);
        if (form == null) {
            throw new org.springframework.validation.BindException(binding);
        }
        try {
            if ("send".equals(action)) {
                SentItem sent = correspondence.send(form.composition(number));
                redirect.addFlashAttribute("saved", "correspondence.sent");
                return "redirect:/zaken/" + number.value() + "/correspondentie#verzonden";
            }
            model.addAttribute("draft", correspondence.preview(form.composition(number)));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("composeErrors", errors(e, locale));
        } catch (RuleViolation e) {
            if (e.status().value() == 404) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("refusal", e.messageKey());
            model.addAttribute("draft", correspondence.preview(form.composition(number)));
        }
        return render(number, model);
    }

    @PostMapping("/zaken/{caseNumber}/correspondentie/machtigingen")
    @PreAuthorize(HANDLERS)
    String authorise(@PathVariable String caseNumber, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
            @RequestParam(required = false) DisclosureScope scope, @RequestParam(required = false) AuthorisationForm form,
            @RequestParam(required = false) MultipartFile document, @RequestParam(required = false) String note,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) throws IOException {
        CaseNumber number = existing(caseNumber);
        try {
            byte[] bytes = document == null || document.isEmpty() ? null : document.getBytes();
            authorisations.record(number, new NewAuthorisation(givenOn, scope, form,
                    document == null ? null : document.getOriginalFilename(), bytes, note));
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("authErrors", errors(e, locale));
            model.addAttribute("authForm", new AuthForm(givenOn, scope, form, note));
            return render(number, model);
        }
        redirect.addFlashAttribute("saved", "correspondence.authorisation.saved");
        return "redirect:/zaken/" + number.value() + "/correspondentie#machtigingen";
    }

    record AuthForm(LocalDate givenOn, DisclosureScope scope, AuthorisationForm form, String note) {}

    @PostMapping("/zaken/{caseNumber}/correspondentie/machtigingen/{id}/intrekken")
    @PreAuthorize(HANDLERS)
    String revoke(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        CaseNumber number = existing(caseNumber);
        try {
            authorisations.revoke(number, id, revokedOn, reason);
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("revokeErrors", errors(e, locale));
            model.addAttribute("revokeId", id);
            return render(number, model);
        }
        redirect.addFlashAttribute("saved", "correspondence.authorisation.revoked");
        return "redirect:/zaken/" + number.value() + "/correspondentie#machtigingen";
    }

    @GetMapping("/zaken/{caseNumber}/correspondentie/machtigingen/{id}/document")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable long id) {
        Authorisations.Document d = authorisations.document(existing(caseNumber), id)
                .orElseThrow(() -> new NotFound("Document"));
        return CorrespondenceApi.download(d.content(), d.contentType(), d.filename());
    }

    @GetMapping("/zaken/{caseNumber}/correspondentie/{id}/download")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
        CaseNumber number = existing(caseNumber);
        SentItem item = correspondence.get(number, id);
        if (item.hasPdf()) {
            return CorrespondenceApi.download(correspondence.pdf(number, id).orElseThrow(),
                    MediaType.APPLICATION_PDF_VALUE, number.value() + "-" + id + ".pdf");
        }
        String text = "To: " + item.recipientAddress() + "\nSubject: " + item.subject() + "\n\n" + item.body();
        return CorrespondenceApi.download(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain;charset=UTF-8", number.value() + "-" + id + ".txt");
    }

    @PostMapping("/zaken/{caseNumber}/correspondentie/advies")
    @PreAuthorize(HANDLERS)
    String giveAdvice(@PathVariable String caseNumber, @RequestParam(required = false) List<String> snippets,
            @RequestParam(required = false) String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        CaseNumber number = existing(caseNumber);
        try {
            advice.giveAdvice(number, snippets, text);
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("adviceErrors", errors(e, locale));
            model.addAttribute("adviceText", text);
            return render(number, model);
        }
        redirect.addFlashAttribute("saved", "correspondence.advice.saved");
        return "redirect:/zaken/" + number.value() + "/correspondentie#advies";
    }

    @PostMapping("/zaken/{caseNumber}/correspondentie/verwijzingen")
    @PreAuthorize(HANDLERS)
    String refer(@PathVariable String caseNumber, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        CaseNumber number = existing(caseNumber);
        try {
            advice.refer(number, organisation, note);
        } catch (InvalidInput e) {
            response.setStatus(400);
            model.addAttribute("referralErrors", errors(e, locale));
            return render(number, model);
        }
        redirect.addFlashAttribute("saved", "correspondence.referral.saved");
        return "redirect:/zaken/" + number.value() + "/correspondentie#verwijzing";
    }

    private String render(CaseNumber number, Model model) {
        model.addAttribute("caseNumber", number.value());
        model.addAttribute("mayChange", CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN));
        model.addAttribute("authorisations", authorisations.forCase(number));
        model.addAttribute("sent", correspondence.forCase(number));
        model.addAttribute("templates", templates.active());
        model.addAttribute("titles", titles());
        model.addAttribute("snippets", catalogue.snippets().stream().filter(s -> !s.retired()).toList());
        model.addAttribute("organisations", catalogue.organisations().stream().filter(o -> !o.retired()).toList());
        model.addAttribute("advice", advice.advice(number));
        model.addAttribute("referrals", advice.referrals(number));
        model.addAttribute("scopes", DisclosureScope.values());
        model.addAttribute("forms", AuthorisationForm.values());
        model.addAttribute("media", Medium.values());
        model.addAttribute("recipients", RecipientKind.values());
        model.addAttribute("languages", Templates.LANGUAGES);
        for (String key : List.of("composeErrors", "authErrors", "revokeErrors", "adviceErrors", "referralErrors")) {
            if (!model.containsAttribute(key)) {
                model.addAttribute(key, Map.of());
            }
        }
        if (!model.containsAttribute("authForm")) {
            model.addAttribute("authForm", new AuthForm(null, DisclosureScope.BOTH, AuthorisationForm.VERBAL, null));
        }
        return "correspondence/case";
    }

    /** Template code → title in the viewer's language. */
    private Map<String, String> titles() {
        String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
        Map<String, String> titles = new LinkedHashMap<>();
        templates.all().forEach(t -> titles.put(t.code(),
                t.text(language) == null ? t.code() : t.text(language).title()));
        return titles;
    }

    private Map<String, String> errors(InvalidInput e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach((field, message) -> errors.put(field, messages.getMessage(
                message.startsWith("attachment.") ? "correspondence.error.document." + message.substring(11)
                        : "correspondence.error." + field,
                null, messages.getMessage("correspondence.error.invalid", null, locale), locale)));
        return errors;
    }

    private CaseNumber existing(String caseNumber) {
        CaseNumber number = CorrespondenceApi.number(caseNumber);
        cases.requireId(number.value());
        return number;
    }
}
