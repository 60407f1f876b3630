package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRestrictions;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case-page section "Afscherming": whether the case is restricted to named people, and (seniors and
 * administrators, as in the API and {@code AccessRules}) restricting it, changing the names, or lifting it, always
 * with a reason that goes into the case history. Works with htmx and, without JavaScript, as a page of its own.
 */
@Controller
class RestrictionSectionController {

    static final String TEMPLATE = "casework/restriction";
    private static final int MAX_REASON = 2000;

    private final CaseQueries queries;
    private final CaseRestrictions restrictions;
    private final StaffUsers users;

    RestrictionSectionController(CaseQueries queries, CaseRestrictions restrictions, StaffUsers users) {
        this.queries = queries;
        this.restrictions = restrictions;
        this.users = users;
    }

    static boolean mayRestrict() {
        return CurrentUser.hasAnyRole(Role.SENIOR, Role.ADMIN);
    }

    @GetMapping("/zaken/{caseNumber}/afscherming")
    String show(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        return Sections.render(TEMPLATE, request, fill(caseNumber, model, null, List.of()));
    }

    @PostMapping("/zaken/{caseNumber}/afscherming")
    String restrict(@PathVariable String caseNumber, @RequestParam(required = false) List<String> members,
            @RequestParam(required = false) String reason, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<String> chosen = members == null ? List.of() : members.stream().limit(50).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        String why = Forms.blankToNull(reason);
        if (why == null) {
            errors.put("reason", "restriction.error.reason");
        } else if (why.length() > MAX_REASON) {
            errors.put("reason", "restriction.error.reasonTooLong");
        }
        Set<String> known = staff().stream().map(StaffUser::username).collect(Collectors.toSet());
        if (!known.containsAll(chosen)) {
            errors.put("members", "restriction.error.members");
        }
        if (!errors.isEmpty()) {
            Sections.failed(request, response, 400);
            model.addAttribute("errors", errors);
            return Sections.render(TEMPLATE, request, fill(caseNumber, model, reason, chosen));
        }
        restrictions.restrict(caseNumber, why, chosen);
        return done(caseNumber, request, model, redirect, "restriction.saved");
    }

    @PostMapping("/zaken/{caseNumber}/afscherming/opheffen")
    String lift(@PathVariable String caseNumber, @RequestParam(required = false) String reason,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String why = Forms.blankToNull(reason);
        if (why == null || why.length() > MAX_REASON || restrictions.of(caseNumber).isEmpty()) {
            Sections.failed(request, response, 400);
            model.addAttribute("errors", Map.of("liftReason",
                    why == null ? "restriction.error.reason" : why.length() > MAX_REASON
                            ? "restriction.error.reasonTooLong" : "restriction.error.notRestricted"));
            model.addAttribute("liftReason", reason);
            return Sections.render(TEMPLATE, request, fill(caseNumber, model, null, List.of()));
        }
        restrictions.lift(caseNumber, why);
        return done(caseNumber, request, model, redirect, "restriction.lifted");
    }

    private String done(String caseNumber, HttpServletRequest request, Model model, RedirectAttributes redirect,
            String savedKey) {
        if (Sections.fromHtmx(request)) {
            fill(caseNumber, model, null, List.of());
        }
        return Sections.done(TEMPLATE, "/zaken/" + caseNumber + "/afscherming", request, model, redirect, savedKey);
    }

    private Model fill(String caseNumber, Model model, String reason, List<String> chosen) {
        queries.requireId(caseNumber);
        var restriction = restrictions.of(caseNumber).orElse(null);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("restriction", restriction);
        model.addAttribute("mayRestrict", mayRestrict());
        if (mayRestrict()) {
            List<String> ticked = new ArrayList<>(chosen);
            if (chosen.isEmpty() && restriction != null) {
                ticked.addAll(restriction.members());
            }
            model.addAttribute("candidates", staff());
            model.addAttribute("ticked", ticked);
            model.addAttribute("me", CurrentUser.name());
            model.addAttribute("reason", reason);
        }
        return model;
    }

    /** Staff who could be named: enabled accounts with a staff role (not API clients or provider users). */
    private List<StaffUser> staff() {
        Set<Role> staffRoles = Set.of(Role.INTAKE, Role.SENIOR, Role.INSPECTOR, Role.ANALYST, Role.ADMIN);
        return users.all().stream().filter(StaffUser::enabled)
                .filter(u -> u.roles().stream().anyMatch(staffRoles::contains)).toList();
    }
}
