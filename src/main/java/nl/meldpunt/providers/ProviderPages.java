package nl.meldpunt.providers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register pages (/aanbieders): search as you type (htmx; a plain form without JavaScript), add and change
 * entries. Staff may search; case handlers and administrators may add and change (AccessRules).
 */
@Controller
class ProviderPages {

    private final ProviderRegister register;
    private final ReferenceData reference;
    private final MessageSource messages;

    ProviderPages(ProviderRegister register, ReferenceData reference, MessageSource messages) {
        this.register = register;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/aanbieders")
    String list(@RequestParam(defaultValue = "") String q, HttpServletRequest request, Model model) {
        String query = q.length() > 300 ? q.substring(0, 300) : q;
        model.addAttribute("q", query);
        model.addAttribute("providers", register.search(query, 50));
        model.addAttribute("mayEdit", mayEdit());
        return "true".equals(request.getHeader("HX-Request")) ? "providers/list :: results" : "providers/list";
    }

    @GetMapping("/aanbieders/nieuw")
    String newForm(Model model) {
        return form(model, new NewProvider(null, null, null, null, null, null, null, null), null, Map.of());
    }

    @PostMapping("/aanbieders")
    String create(@Valid @ModelAttribute("provider") NewProvider provider, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            response.setStatus(400);
            return form(model, provider, null, errors(binding, locale));
        }
        try {
            Provider created = register.create(provider);
            redirect.addFlashAttribute("saved", "providers.saved");
            return "redirect:/aanbieders/" + created.id();
        } catch (ProviderAlreadyRegistered e) {
            response.setStatus(409);
            return form(model, provider, null, Map.of(e.field(), msg("providers.error.taken", locale)));
        } catch (InvalidInput e) {
            response.setStatus(400);
            return form(model, provider, null, Map.of("sector", msg("providers.error.sector", locale)));
        }
    }

    @GetMapping("/aanbieders/{id}")
    String edit(@PathVariable long id, Model model) {
        Provider p = register.find(id).orElseThrow(() -> new NotFound("Provider"));
        return form(model, new NewProvider(p.name(), p.kvkNumber(), p.establishmentNumber(), p.agbCode(), p.sector(),
                p.street(), p.postcode(), p.place()), p, Map.of());
    }

    @PostMapping("/aanbieders/{id}")
    String update(@PathVariable long id, @RequestParam long version,
            @Valid @ModelAttribute("provider") NewProvider provider, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
        Provider current = register.find(id).orElseThrow(() -> new NotFound("Provider"));
        if (binding.hasErrors()) {
            response.setStatus(400);
            return form(model, provider, current, errors(binding, locale));
        }
        try {
            register.update(id, version, provider);
        } catch (ProviderAlreadyRegistered e) {
            response.setStatus(409);
            return form(model, provider, current, Map.of(e.field(), msg("providers.error.taken", locale)));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            model.addAttribute("formMessage", "providers.error.conflict");
            return form(model, provider, current, Map.of());
        } catch (InvalidInput e) {
            response.setStatus(400);
            return form(model, provider, current, Map.of("sector", msg("providers.error.sector", locale)));
        }
        redirect.addFlashAttribute("saved", "providers.saved");
        return "redirect:/aanbieders/" + id;
    }

    private String form(Model model, NewProvider values, Provider existing, Map<String, String> errors) {
        model.addAttribute("provider", values);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("sectors", reference.all(ReferenceList.SECTOR).stream()
                .filter(s -> !s.retired() || s.code().equals(values.sector())).toList());
        model.addAttribute("mayEdit", mayEdit());
        if (!errors.isEmpty() && !model.containsAttribute("formMessage")) {
            model.addAttribute("formMessage", "providers.error.form");
        }
        return "providers/form";
    }

    private Map<String, String> errors(BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError e : binding.getFieldErrors()) {
            errors.putIfAbsent(e.getField(), messages.getMessage("providers.error." + e.getField(), null,
                    e.getDefaultMessage(), locale));
        }
        return errors;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static boolean mayEdit() {
        return CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.ADMIN);
    }
}
