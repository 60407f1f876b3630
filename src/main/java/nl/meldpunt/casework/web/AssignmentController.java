package nl.meldpunt.casework.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.CaseAssignment;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseView;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Seniors (re)assign a case to a team and a person, reached from the team queue and the case page. Without
 * JavaScript: a form page that returns to where the senior came from.
 */
@Controller
class AssignmentController {

    private final CaseQueries queries;
    private final CaseAssignment assignment;
    private final StaffUsers users;

    AssignmentController(CaseQueries queries, CaseAssignment assignment, StaffUsers users) {
        this.queries = queries;
        this.assignment = assignment;
        this.users = users;
    }

    @GetMapping("/zaken/{caseNumber}/toewijzing")
    String form(@PathVariable String caseNumber, @RequestParam(required = false) String terug, Model model) {
        CaseView c = load(caseNumber);
        return page(c, c.assignedTeam(), c.assignee(), null, safeReturn(terug, caseNumber), Map.of(), model);
    }

    @PostMapping("/zaken/{caseNumber}/toewijzing")
    String assign(@PathVariable String caseNumber, @RequestParam(required = false) String team,
            @RequestParam(required = false) String assignee, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String terug, Model model, RedirectAttributes redirect) {
        CaseView c = load(caseNumber);
        String back = safeReturn(terug, caseNumber);
        try {
            assignment.assign(caseNumber, team, assignee, reason);
        } catch (InvalidInput invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().keySet().forEach(field -> errors.put(field, "assignment.error." + field));
            return page(c, team, assignee, reason, back, errors, model);
        }
        redirect.addFlashAttribute("assigned", caseNumber);
        return "redirect:" + back;
    }

    private String page(CaseView c, String team, String assignee, String reason, String back,
            Map<String, String> errorKeys, Model model) {
        List<StaffUser> staff = users.all().stream().filter(StaffUser::enabled).toList();
        model.addAttribute("c", c);
        model.addAttribute("team", team);
        model.addAttribute("assignee", assignee);
        model.addAttribute("reason", reason);
        model.addAttribute("back", back);
        model.addAttribute("errors", errorKeys);
        model.addAttribute("staff", staff);
        model.addAttribute("teams", staff.stream().map(StaffUser::team).filter(Objects::nonNull)
                .filter(t -> !t.isBlank()).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        return "casework/assignment";
    }

    /** Only a path inside the application's own work pages or this case: never an open redirect. */
    static String safeReturn(String terug, String caseNumber) {
        if (terug != null && terug.matches("/(werk|zaken)(/[\\w./-]*)?(\\?[\\w=&%.+-]*)?") && !terug.contains("..")
                && !terug.startsWith("//")) {
            return terug;
        }
        return "/zaken/" + caseNumber;
    }

    private CaseView load(String caseNumber) {
        return queries.require(caseNumber, false);
    }
}
