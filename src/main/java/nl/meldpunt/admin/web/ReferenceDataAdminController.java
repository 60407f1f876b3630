package nl.meldpunt.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceItem;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reference data maintenance: per list the entries, add one, change labels, description and order, retire or
 * bring back. System entries (the taxonomy the software relies on) cannot be retired.
 */
@Controller
class ReferenceDataAdminController {

    private final ReferenceData reference;
    private final MessageSource messages;

    ReferenceDataAdminController(ReferenceData reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    public record ItemForm(
            @NotBlank(message = "{admin.error.required}") @Size(max = 40, message = "{admin.error.tooLong}")
            @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{admin.reference.error.code}") String code,
            @NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.tooLong}")
            String labelNl,
            @NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.tooLong}")
            String labelEn,
            @Size(max = 2000, message = "{admin.error.tooLong}") String description,
            @NotNull(message = "{admin.error.required}") @Min(0) @Max(100000) Integer sortOrder,
            Boolean retired) {

        public ItemForm {
            code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
            description = AdminForms.blankToNull(description);
            retired = Boolean.TRUE.equals(retired);
        }

        static ItemForm of(ReferenceItem i) {
            return new ItemForm(i.code(), i.labelNl(), i.labelEn(), i.description(), i.sortOrder(), i.retired());
        }

        ReferenceItem toItem(ReferenceList list) {
            return new ReferenceItem(list, code, labelNl.strip(), labelEn.strip(), description, sortOrder, retired,
                    false);
        }
    }

    @GetMapping("/admin/referentiedata")
    String lists(@RequestParam(name = "lijst", required = false) String listName, Model model) {
        ReferenceList list = list(listName == null ? ReferenceList.KIND.name() : listName);
        List<ReferenceItem> items = reference.all(list);
        int nextOrder = items.stream().mapToInt(ReferenceItem::sortOrder).max().orElse(0) + 10;
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ItemForm(null, null, null, null, nextOrder, false));
        }
        model.addAttribute("list", list);
        model.addAttribute("lists", ReferenceList.values());
        model.addAttribute("items", items);
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "admin/reference-list";
    }

    @PostMapping("/admin/referentiedata/{listName}")
    String add(@PathVariable String listName, @Valid @ModelAttribute("form") ItemForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        ReferenceList list = list(listName);
        Map<String, String> errors = new LinkedHashMap<>(AdminForms.errors(binding, messages, locale));
        if (form.code() != null && reference.find(list, form.code()).isPresent()) {
            errors.putIfAbsent("code", messages.getMessage("admin.reference.error.exists", null, locale));
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return lists(list.name(), model);
        }
        reference.save(form.toItem(list));
        redirect.addFlashAttribute("saved", form.code());
        return "redirect:/admin/referentiedata?lijst=" + list.name();
    }

    @GetMapping("/admin/referentiedata/{listName}/{code}")
    String edit(@PathVariable String listName, @PathVariable String code, Model model) {
        ReferenceList list = list(listName);
        ReferenceItem item = reference.find(list, code).orElseThrow(() -> new NotFound("Reference item"));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ItemForm.of(item));
        }
        model.addAttribute("list", list);
        model.addAttribute("item", item);
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : Map.of());
        return "admin/reference-item";
    }

    @PostMapping("/admin/referentiedata/{listName}/{code}")
    String update(@PathVariable String listName, @PathVariable String code,
            @Valid @ModelAttribute("form") ItemForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        ReferenceList list = list(listName);
        ReferenceItem item = reference.find(list, code).orElseThrow(() -> new NotFound("Reference item"));
        Map<String, String> errors = new LinkedHashMap<>(AdminForms.errors(binding, messages, locale));
        errors.remove("code");
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("errors", errors);
            return edit(list.name(), code, model);
        }
        boolean retired = form.retired() && !item.system();
        reference.save(new ReferenceItem(list, item.code(), form.labelNl().strip(), form.labelEn().strip(),
                form.description(), form.sortOrder(), retired, item.system()));
        redirect.addFlashAttribute("saved", item.code());
        return "redirect:/admin/referentiedata?lijst=" + list.name();
    }

    private static ReferenceList list(String name) {
        for (ReferenceList l : ReferenceList.values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new NotFound("Reference list");
    }
}
