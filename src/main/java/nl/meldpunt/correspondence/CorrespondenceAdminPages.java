package nl.meldpunt.correspondence;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.meldpunt.platform.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators maintain the letter and e-mail templates (per language, with placeholders), the standard advice
 * snippets and the referral catalogue. /admin/** is for the ADMIN role only (AccessRules).
 */
@Controller
class CorrespondenceAdminPages {

    static final String NEW = "nieuw";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final Templates templates;
    private final AdviceCatalogue catalogue;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    CorrespondenceAdminPages(Templates templates, AdviceCatalogue catalogue, MessageSource messages,
            TransactionTemplate tx) {
        this.templates = templates;
        this.catalogue = catalogue;
        this.messages = messages;
        this.tx = tx;
    }

    @GetMapping("/admin/correspondentie")
    String index(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("snippets", catalogue.snippets());
        model.addAttribute("organisations", catalogue.organisations());
        model.addAttribute("placeholders", Placeholder.values());
        return "correspondence/admin";
    }

    /** Both languages of a template in one form. */
    record TemplateForm(String code, RecipientKind recipient, DisclosureScope discloses, Integer sortOrder,
            Boolean retired, String titleNl, String subjectNl, String bodyNl, String titleEn, String subjectEn,
            String bodyEn) {

        static TemplateForm of(Template t) {
            Template.Text nl = t.texts().get("nl");
            Template.Text en = t.texts().get("en");
            return new TemplateForm(t.code(), t.recipient(), t.discloses(), t.sortOrder(), t.retired(),
                    nl == null ? null : nl.title(), nl == null ? null : nl.subject(), nl == null ? null : nl.body(),
                    en == null ? null : en.title(), en == null ? null : en.subject(), en == null ? null : en.body());
        }
    }

    @GetMapping("/admin/correspondentie/sjablonen/{code}")
    String template(@PathVariable String code, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NEW.equals(code)
                    ? new TemplateForm(null, RecipientKind.CITIZEN, null, 100, false, null, null, null, null, null,
                            null)
                    : TemplateForm.of(templates.find(code).orElseThrow(() -> new NotFound("Template"))));
        }
        model.addAttribute("isNew", NEW.equals(code));
        model.addAttribute("recipients", RecipientKind.values());
        model.addAttribute("scopes", DisclosureScope.values());
        model.addAttribute("placeholders", Placeholder.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "correspondence/admin-template";
    }

    @PostMapping("/admin/correspondentie/sjablonen/{code}")
    String saveTemplate(@PathVariable String code, @ModelAttribute("form") TemplateForm form,
            org.springframework.validation.BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) throws org.springframework.validation.BindException {
        if (form == null) {
            throw new org.springframework.validation.BindException(binding);
        }
        boolean isNew = NEW.equals(code);
        String target = isNew ? (form.code() == null ? "" : form.code().strip().toUpperCase(Locale.ROOT)) : code;
        if (!isNew) {
            templates.find(code).orElseThrow(() -> new NotFound("Template"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (isNew && (!CODE.matcher(target).matches() || templates.find(target).isPresent())) {
            errors.put("code", msg("correspondence.admin.error.code", locale));
        }
        if (form.recipient() == null) {
            errors.put("recipient", msg("correspondence.error.invalid", locale));
        }
        if (form.sortOrder() == null || form.sortOrder() < 0) {
            errors.put("sortOrder", msg("correspondence.error.invalid", locale));
        }
        require(errors, "titleNl", form.titleNl(), 200, locale);
        require(errors, "subjectNl", form.subjectNl(), 300, locale);
        require(errors, "bodyNl", form.bodyNl(), 20000, locale);
        require(errors, "titleEn", form.titleEn(), 200, locale);
        require(errors, "subjectEn", form.subjectEn(), 300, locale);
        require(errors, "bodyEn", form.bodyEn(), 20000, locale);
        placeholders(errors, "subjectNl", form.subjectNl(), locale);
        placeholders(errors, "bodyNl", form.bodyNl(), locale);
        placeholders(errors, "subjectEn", form.subjectEn(), locale);
        placeholders(errors, "bodyEn", form.bodyEn(), locale);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return template(code, model);
        }
        tx.executeWithoutResult(status -> {
            templates.saveSettings(target, form.recipient(), form.discloses(), form.sortOrder(),
                    Boolean.TRUE.equals(form.retired()));
            templates.saveText(target, "nl", form.titleNl().strip(), form.subjectNl().strip(), form.bodyNl());
            templates.saveText(target, "en", form.titleEn().strip(), form.subjectEn().strip(), form.bodyEn());
        });
        redirect.addFlashAttribute("saved", target);
        return "redirect:/admin/correspondentie";
    }

    /** The referral organisation form (boxed, so an empty or missing field is a message, not a binding error). */
    record OrgForm(String code, String name, String whenNl, String whenEn, String contact, String website,
            Integer sortOrder, Boolean retired) {

        static OrgForm of(ReferralOrganisation o) {
            return new OrgForm(o.code(), o.name(), o.whenNl(), o.whenEn(), o.contact(), o.website(), o.sortOrder(),
                    o.retired());
        }
    }

    /** The advice snippet form. */
    record SnippetForm(String code, String titleNl, String titleEn, String textNl, String textEn, Integer sortOrder,
            Boolean retired) {

        static SnippetForm of(AdviceSnippet s) {
            return new SnippetForm(s.code(), s.titleNl(), s.titleEn(), s.textNl(), s.textEn(), s.sortOrder(),
                    s.retired());
        }
    }

    @GetMapping("/admin/correspondentie/organisaties/{code}")
    String organisation(@PathVariable String code, Model model) {
        if (!model.containsAttribute("org")) {
            model.addAttribute("org", NEW.equals(code) ? new OrgForm(null, null, null, null, null, null, 1000, false)
                    : OrgForm.of(catalogue.organisation(code).orElseThrow(() -> new NotFound("Organisation"))));
        }
        model.addAttribute("isNew", NEW.equals(code));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "correspondence/admin-organisation";
    }

    @PostMapping("/admin/correspondentie/organisaties/{code}")
    String saveOrganisation(@PathVariable String code, @ModelAttribute("org") OrgForm org,
            org.springframework.validation.BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) throws org.springframework.validation.BindException {
        if (org == null) {
            throw new org.springframework.validation.BindException(binding);
        }
        boolean isNew = NEW.equals(code);
        String target = isNew ? (org.code() == null ? "" : org.code().strip().toUpperCase(Locale.ROOT)) : code;
        if (!isNew) {
            catalogue.organisation(code).orElseThrow(() -> new NotFound("Organisation"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (isNew && (!CODE.matcher(target).matches() || catalogue.organisation(target).isPresent())) {
            errors.put("code", msg("correspondence.admin.error.code", locale));
        }
        if (org.sortOrder() == null || org.sortOrder() < 0) {
            errors.put("sortOrder", msg("correspondence.error.invalid", locale));
        }
        require(errors, "name", org.name(), 200, locale);
        require(errors, "whenNl", org.whenNl(), 2000, locale);
        require(errors, "whenEn", org.whenEn(), 2000, locale);
        optional(errors, "contact", org.contact(), 500, locale);
        optional(errors, "website", org.website(), 300, locale);
        if (org.website() != null && !org.website().isBlank() && !org.website().strip().matches("https?://\\S+")) {
            errors.put("website", msg("correspondence.admin.error.website", locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return organisation(code, model);
        }
        catalogue.save(new ReferralOrganisation(target, org.name().strip(), org.whenNl().strip(), org.whenEn().strip(),
                Authorisations.blankToNull(org.contact()), Authorisations.blankToNull(org.website()),
                org.sortOrder(), Boolean.TRUE.equals(org.retired())));
        redirect.addFlashAttribute("saved", target);
        return "redirect:/admin/correspondentie#organisaties";
    }

    @GetMapping("/admin/correspondentie/advies/{code}")
    String snippet(@PathVariable String code, Model model) {
        if (!model.containsAttribute("snippet")) {
            model.addAttribute("snippet", NEW.equals(code) ? new SnippetForm(null, null, null, null, null, 1000, false)
                    : SnippetForm.of(catalogue.snippet(code).orElseThrow(() -> new NotFound("Snippet"))));
        }
        model.addAttribute("isNew", NEW.equals(code));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "correspondence/admin-snippet";
    }

    @PostMapping("/admin/correspondentie/advies/{code}")
    String saveSnippet(@PathVariable String code, @ModelAttribute("snippet") SnippetForm snippet,
            org.springframework.validation.BindingResult binding, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) throws org.springframework.validation.BindException {
        if (snippet == null) {
            throw new org.springframework.validation.BindException(binding);
        }
        boolean isNew = NEW.equals(code);
        String target = isNew ? (snippet.code() == null ? "" : snippet.code().strip().toUpperCase(Locale.ROOT)) : code;
        if (!isNew) {
            catalogue.snippet(code).orElseThrow(() -> new NotFound("Snippet"));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (isNew && (!CODE.matcher(target).matches() || catalogue.snippet(target).isPresent())) {
            errors.put("code", msg("correspondence.admin.error.code", locale));
        }
        if (snippet.sortOrder() == null || snippet.sortOrder() < 0) {
            errors.put("sortOrder", msg("correspondence.error.invalid", locale));
        }
        require(errors, "titleNl", snippet.titleNl(), 200, locale);
        require(errors, "titleEn", snippet.titleEn(), 200, locale);
        require(errors, "textNl", snippet.textNl(), 4000, locale);
        require(errors, "textEn", snippet.textEn(), 4000, locale);
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return snippet(code, model);
        }
        catalogue.save(new AdviceSnippet(target, snippet.titleNl().strip(), snippet.titleEn().strip(),
                snippet.textNl().strip(), snippet.textEn().strip(), snippet.sortOrder(),
                Boolean.TRUE.equals(snippet.retired())));
        redirect.addFlashAttribute("saved", target);
        return "redirect:/admin/correspondentie#advies";
    }

    private void require(Map<String, String> errors, String field, String value, int max, Locale locale) {
        if (value == null || value.isBlank()) {
            errors.putIfAbsent(field, msg("correspondence.error.required", locale));
        } else {
            optional(errors, field, value, max, locale);
        }
    }

    private void optional(Map<String, String> errors, String field, String value, int max, Locale locale) {
        if (value != null && value.length() > max) {
            errors.putIfAbsent(field, msg("correspondence.error.tooLong", locale));
        }
    }

    private void placeholders(Map<String, String> errors, String field, String value, Locale locale) {
        var unknown = Placeholders.unknown(value);
        if (!unknown.isEmpty()) {
            errors.putIfAbsent(field, messages.getMessage("correspondence.admin.error.placeholder",
                    new Object[] {String.join(", ", unknown.stream().map(u -> "{{" + u + "}}").toList())}, locale));
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
