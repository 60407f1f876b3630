package nl.meldpunt.formalreports;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.admin.PasswordRules;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.Identifiers;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import nl.meldpunt.providers.Provider;
import nl.meldpunt.providers.ProviderRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators manage the logins of reporting organisations: list, create (linked to an entry of the provider
 * register by KvK number and establishment number), disable and enable, and set a new password. Every change is in
 * the access log (person reference {@code aanbieder-account:<username>}) and in the application log without any
 * password.
 */
@Controller
class ProviderAccountAdminPages {

    private static final Logger log = LoggerFactory.getLogger(ProviderAccountAdminPages.class);
    static final String BASE = "/admin/aanbieder-accounts";

    private final ProviderAccounts accounts;
    private final StaffUsers users;
    private final ProviderRegister register;
    private final AccessLog accessLog;
    private final MessageSource messages;

    ProviderAccountAdminPages(ProviderAccounts accounts, StaffUsers users, ProviderRegister register,
            AccessLog accessLog, MessageSource messages) {
        this.accounts = accounts;
        this.users = users;
        this.register = register;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    /** A row of the list: the account and its login. */
    record Row(ProviderAccounts.Account account, StaffUser user) {}

    /** What the administrator typed (the password is never shown again). */
    record AccountForm(String username, String email, String kvkNumber, String establishmentNumber) {}

    @GetMapping(BASE)
    String list(Model model) {
        List<Row> rows = accounts.all().stream()
                .flatMap(a -> users.find(a.username()).map(u -> new Row(a, u)).stream())
                .toList();
        model.addAttribute("rows", rows);
        return "formalreports/admin-accounts";
    }

    @GetMapping(BASE + "/nieuw")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForm("", "", "", ""));
        model.addAttribute("errors", Map.of());
        return "formalreports/admin-account-new";
    }

    @PostMapping(BASE + "/nieuw")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String kvkNumber,
            @RequestParam(defaultValue = "") String establishmentNumber,
            @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        AccountForm form = new AccountForm(username.strip().toLowerCase(Locale.ROOT), email.strip(),
                kvkNumber.replaceAll("[\\s.]", ""), establishmentNumber.replaceAll("[\\s.]", ""));
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.username().isEmpty()) {
            errors.put("username", "admin.error.required");
        } else if (form.username().length() > 80 || !form.username().matches("[a-z0-9][a-z0-9._-]*")) {
            errors.put("username", "admin.users.error.username");
        } else if (users.find(form.username()).isPresent()) {
            errors.put("username", "admin.users.error.exists");
        }
        if (form.email().isEmpty()) {
            errors.put("email", "admin.error.required");
        } else if (form.email().length() > 320 || !form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "admin.error.email");
        }
        if (!Identifiers.isKvkNumber(form.kvkNumber())) {
            errors.put("kvkNumber", "formalreports.accounts.error.kvk");
        }
        if (!Identifiers.isEstablishmentNumber(form.establishmentNumber())) {
            errors.put("establishmentNumber", "formalreports.accounts.error.establishment");
        }
        Optional<Provider> provider = Optional.empty();
        if (!errors.containsKey("kvkNumber") && !errors.containsKey("establishmentNumber")) {
            provider = register.search(form.establishmentNumber(), 5).stream()
                    .filter(p -> form.kvkNumber().equals(p.kvkNumber()))
                    .findFirst();
            if (provider.isEmpty()) {
                errors.put("establishmentNumber", "formalreports.accounts.error.notInRegister");
            }
        }
        PasswordRules.problem(form.username(), password).ifPresent(key -> errors.put("password", key));
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("form", form);
            model.addAttribute("errors", translated(errors, locale));
            return "formalreports/admin-account-new";
        }
        Provider p = provider.orElseThrow();
        accounts.create(form.username(), password, form.email(),
                new Organisation(p.name(), form.kvkNumber(), form.establishmentNumber()));
        audit(form.username(), "created");
        redirect.addFlashAttribute("saved", "formalreports.accounts.created");
        return "redirect:" + BASE;
    }

    @GetMapping(BASE + "/{username}")
    String account(@PathVariable String username, Model model) {
        fill(username, model);
        model.addAttribute("errors", Map.of());
        accessLog.record(AccessAction.VIEW, null, personRef(username));
        return "formalreports/admin-account";
    }

    @PostMapping(BASE + "/{username}/status")
    String status(@PathVariable String username, @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        StaffUser user = fill(username, null);
        users.update(user.username(), user.displayName(), user.email(), user.roles(), user.team(), enabled,
                user.version());
        audit(username, enabled ? "enabled" : "disabled");
        redirect.addFlashAttribute("saved", enabled ? "formalreports.accounts.enabled" : "formalreports.accounts.disabled");
        return "redirect:" + BASE + "/" + user.username();
    }

    @PostMapping(BASE + "/{username}/wachtwoord")
    String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String newPassword,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        StaffUser user = fill(username, model);
        var problem = PasswordRules.problem(user.username(), newPassword);
        if (problem.isPresent()) {
            response.setStatus(400);
            model.addAttribute("errors", translated(Map.of("newPassword", problem.get()), locale));
            return "formalreports/admin-account";
        }
        users.changePassword(user.username(), newPassword);
        audit(username, "passwordReset");
        redirect.addFlashAttribute("saved", "formalreports.accounts.passwordReset");
        return "redirect:" + BASE + "/" + user.username();
    }

    /** The account and its login, or 404 when it is no provider account (staff users are managed elsewhere). */
    private StaffUser fill(String username, Model model) {
        ProviderAccounts.Account account = accounts.find(username).orElseThrow(() -> new NotFound("Provider account"));
        StaffUser user = users.find(username).filter(u -> u.roles().contains(Role.PROVIDER_USER))
                .orElseThrow(() -> new NotFound("Provider account"));
        if (model != null) {
            model.addAttribute("row", new Row(account, user));
        }
        return user;
    }

    private void audit(String username, String what) {
        accessLog.record(AccessAction.CHANGE, null, personRef(username));
        log.info("Provider account {} {} by {}", username, what, CurrentUser.name());
    }

    private static String personRef(String username) {
        return "aanbieder-account:" + username;
    }

    private Map<String, String> translated(Map<String, String> keys, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach((field, key) -> out.put(field, messages.getMessage(key, null, locale)));
        return out;
    }
}
