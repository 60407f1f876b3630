package nl.meldpunt.admin.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.admin.NewStaffUser;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff users: list, create (with a password that meets {@link PasswordPolicy}), edit, reset password. */
@Controller
class UserAdminController {

    private final StaffUsers users;
    private final MessageSource messages;

    UserAdminController(StaffUsers users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    public record UserForm(
            @Size(max = 100, message = "{admin.error.tooLong}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{admin.users.error.username}") String username,
            @NotBlank(message = "{admin.error.required}") @Size(max = 200, message = "{admin.error.tooLong}")
            String displayName,
            @Email(message = "{admin.error.email}") @Size(max = 320, message = "{admin.error.tooLong}") String email,
            List<String> roles,
            @Size(max = 50, message = "{admin.error.tooLong}") String team,
            Boolean enabled,
            String password,
            Long version) {

        public UserForm {
            username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
            email = AdminForms.blankToNull(email);
            team = AdminForms.blankToNull(team);
            roles = roles == null ? List.of() : List.copyOf(roles);
            enabled = Boolean.TRUE.equals(enabled);
        }

        static UserForm empty() {
            return new UserForm(null, null, null, List.of(), null, true, null, null);
        }

        static UserForm of(StaffUser u) {
            return new UserForm(u.username(), u.displayName(), u.email(),
                    u.roles().stream().map(Role::name).toList(), u.team(), u.enabled(), null, u.version());
        }

        public boolean hasRole(String role) {
            return roles.contains(role);
        }

        Set<Role> roleSet() {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (Role r : Role.values()) {
                if (roles.contains(r.name())) {
                    set.add(r);
                }
            }
            return set;
        }
    }

    @GetMapping("/admin/gebruikers")
    String list(Model model) {
        model.addAttribute("users", users.all());
        return "admin/users";
    }

    @GetMapping("/admin/gebruikers/nieuw")
    String newUser(Model model) {
        model.addAttribute("form", UserForm.empty());
        return userPage(model, Map.of(), true);
    }

    @PostMapping("/admin/gebruikers/nieuw")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        Map<String, String> errors = common(form, binding, locale);
        if (form.username() == null || form.username().isBlank()) {
            errors.putIfAbsent("username", messages.getMessage("admin.error.required", null, locale));
        } else if (users.find(form.username()).isPresent()) {
            errors.putIfAbsent("username", messages.getMessage("admin.users.error.exists", null, locale));
        }
        PasswordPolicy.problem(form.username(), form.password())
                .ifPresent(key -> errors.putIfAbsent("password", messages.getMessage(key, null, locale)));
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("form", withoutPassword(form));
            return userPage(model, errors, true);
        }
        users.create(new NewStaffUser(form.username(), form.displayName().strip(), form.email(), form.password(),
                form.roleSet(), form.team()));
        redirect.addFlashAttribute("saved", "admin.users.created");
        return "redirect:/admin/gebruikers";
    }

    @GetMapping("/admin/gebruikers/{username}")
    String edit(@PathVariable String username, Model model) {
        StaffUser user = users.find(username).orElseThrow(() -> new NotFound("User"));
        model.addAttribute("form", UserForm.of(user));
        return userPage(model, Map.of(), false);
    }

    @PostMapping("/admin/gebruikers/{username}")
    String update(@PathVariable String username, @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Locale locale) {
        StaffUser user = users.find(username).orElseThrow(() -> new NotFound("User"));
        Map<String, String> errors = common(form, binding, locale);
        errors.remove("username");
        UserForm kept = new UserForm(user.username(), form.displayName(), form.email(), form.roles(), form.team(),
                form.enabled(), null, form.version() == null ? user.version() : form.version());
        if (!errors.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("form", kept);
            return userPage(model, errors, false);
        }
        try {
            users.update(user.username(), form.displayName().strip(), form.email(), form.roleSet(), form.team(),
                    form.enabled(), kept.version());
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            StaffUser current = users.find(username).orElseThrow();
            model.addAttribute("form", new UserForm(kept.username(), kept.displayName(), kept.email(), kept.roles(),
                    kept.team(), kept.enabled(), null, current.version()));
            model.addAttribute("formMessage", "admin.users.conflict");
            return userPage(model, Map.of(), false);
        }
        redirect.addFlashAttribute("saved", "admin.users.saved");
        return "redirect:/admin/gebruikers";
    }

    @PostMapping("/admin/gebruikers/{username}/wachtwoord")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String newPassword,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        StaffUser user = users.find(username).orElseThrow(() -> new NotFound("User"));
        var problem = PasswordPolicy.problem(user.username(), newPassword);
        if (problem.isPresent()) {
            response.setStatus(400);
            model.addAttribute("form", UserForm.of(user));
            return userPage(model, Map.of("newPassword", messages.getMessage(problem.get(), null, locale)), false);
        }
        users.changePassword(user.username(), newPassword);
        redirect.addFlashAttribute("saved", "admin.users.passwordReset");
        return "redirect:/admin/gebruikers";
    }

    private Map<String, String> common(UserForm form, BindingResult binding, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>(AdminForms.errors(binding, messages, locale));
        errors.remove("password");
        if (form.roleSet().isEmpty() || form.roleSet().size() != form.roles().size()) {
            errors.putIfAbsent("roles", messages.getMessage("admin.users.error.roles", null, locale));
        }
        return errors;
    }

    private static UserForm withoutPassword(UserForm f) {
        return new UserForm(f.username(), f.displayName(), f.email(), f.roles(), f.team(), f.enabled(), null,
                f.version());
    }

    private String userPage(Model model, Map<String, String> errors, boolean creating) {
        model.addAttribute("errors", errors);
        model.addAttribute("creating", creating);
        model.addAttribute("roles", Role.values());
        return "admin/user";
    }
}
