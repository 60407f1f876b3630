package nl.meldpunt.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a case: a team and, optionally, one person in it. Seniors (re)assign from the queues and the case
 * page; the change is in the history with the reason and announced with {@link CaseAssigned}.
 */
@Component
public class CaseAssignment {

    static final Pattern TEAM = Pattern.compile("[\\p{L}\\p{N} ._-]{1,50}");

    private final JdbcClient jdbc;
    private final CaseQueries queries;
    private final CaseHistory history;
    private final StaffUsers users;
    private final ApplicationEventPublisher events;

    CaseAssignment(JdbcClient jdbc, CaseQueries queries, CaseHistory history, StaffUsers users,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.history = history;
        this.users = users;
        this.events = events;
    }

    /**
     * Assigns the case. The team is required; the assignee, when given, must be an active staff member (their own
     * team is not enforced: a senior may lend a case to someone of another team). Nothing changes, and nothing is
     * recorded, when team and assignee stay the same.
     */
    @Transactional
    public void assign(String caseNumber, String team, String assignee, String reason) {
        String newTeam = blankToNull(team);
        String newAssignee = blankToNull(assignee);
        Map<String, String> errors = new LinkedHashMap<>();
        if (newTeam == null || !TEAM.matcher(newTeam).matches()) {
            errors.put("team", "Give a team: letters, digits, spaces, '.', '_' or '-', at most 50 characters.");
        }
        if (newAssignee != null && users.find(newAssignee).filter(StaffUser::enabled).isEmpty()) {
            errors.put("assignee", "No active staff member with this user name.");
        }
        if (reason != null && reason.length() > 2000) {
            errors.put("reason", "At most 2000 characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CaseView current = queries.require(caseNumber, false);
        if (Objects.equals(current.assignedTeam(), newTeam) && Objects.equals(current.assignee(), newAssignee)) {
            return;
        }
        jdbc.sql("UPDATE case_file SET assigned_team = :team, assignee = :assignee, version = version + 1 WHERE id = :id")
                .param("team", newTeam).param("assignee", newAssignee).param("id", current.id()).update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("team", newTeam);
        if (newAssignee != null) {
            details.put("assignee", newAssignee);
        }
        if (current.assignedTeam() != null) {
            details.put("previousTeam", current.assignedTeam());
        }
        if (current.assignee() != null) {
            details.put("previousAssignee", current.assignee());
        }
        history.record(current.id(), CurrentUser.name(), HistoryAction.ASSIGNED, details, blankToNull(reason));
        events.publishEvent(new CaseAssigned(current.id(), current.caseNumber(), newTeam, newAssignee));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
