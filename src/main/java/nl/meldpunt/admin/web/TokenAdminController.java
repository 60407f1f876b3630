package nl.meldpunt.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.admin.ApiTokens;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** API tokens: issue one for a user (shown once, never stored in clear), list, revoke. */
@Controller
class TokenAdminController {

    private final ApiTokens tokens;
    private final StaffUsers users;
    private final MessageSource messages;
    private final Clock clock;

    TokenAdminController(ApiTokens tokens, StaffUsers users, MessageSource messages, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/tokens")
    String list(Model model) {
        return page(model, Map.of(), null, null, null);
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam(required = false) String name, @RequestParam(required = false) String username,
            @RequestParam(required = false) String expiresOn, Model model, HttpServletResponse response,
            Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        String tokenName = AdminForms.blankToNull(name);
        if (tokenName == null) {
            errors.put("name", messages.getMessage("admin.error.required", null, locale));
        } else if (tokenName.length() > 200) {
            errors.put("name", messages.getMessage("admin.tokens.error.nameTooLong", null, locale));
        }
        if (username == null || users.find(username).isEmpty()) {
            errors.put("username", messages.getMessage("admin.tokens.error.user", null, locale));
        }
        LocalDate expiry = null;
        if (AdminForms.blankToNull(expiresOn) != null) {
            try {
                expiry = LocalDate.parse(expiresOn.strip());
                if (!expiry.isAfter(LocalDate.now(clock.withZone(Amsterdam.ZONE)))) {
                    errors.put("expiresOn", messages.getMessage("admin.tokens.error.past", null, locale));
                }
            } catch (DateTimeParseException e) {
                errors.put("expiresOn", messages.getMessage("admin.error.date", null, locale));
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(400);
            return page(model, errors, name, username, expiresOn);
        }
        var issued = tokens.issue(tokenName, username,
                expiry == null ? null : expiry.plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant(),
                CurrentUser.name());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued.token());
        return page(model, Map.of(), null, null, null);
    }

    @PostMapping("/admin/tokens/{id}/intrekken")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("saved", "admin.tokens.revoked");
        return "redirect:/admin/tokens";
    }

    private String page(Model model, Map<String, String> errors, String name, String username, String expiresOn) {
        model.addAttribute("errors", errors);
        model.addAttribute("tokens", tokens.all());
        model.addAttribute("users", users.all());
        model.addAttribute("name", name);
        model.addAttribute("username", username);
        model.addAttribute("expiresOn", expiresOn);
        model.addAttribute("now", clock.instant());
        return "admin/tokens";
    }
}
