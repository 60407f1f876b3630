package nl.meldpunt.casework;

import java.util.Map;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Need-to-know: which cases the current user may see, beyond what the role allows (the role table is
 * {@code platform.AccessRules}). One place, consulted for every URL with a {@code {caseNumber}} (by
 * {@code CaseAccessInterceptor}) and by the case lists and searches (as an SQL condition).
 * <ul>
 *   <li>A restricted case: only the people named on it, whatever their role.</li>
 *   <li>Administrators and analysts: every other case (analysts never get reporters' personal data).</li>
 *   <li>Everyone else (intake, senior, inspector, API clients): cases assigned to their team or to them, plus
 *       cases not yet assigned to any team (new intake, which every desk must be able to pick up).</li>
 *   <li>No logged-in user, or an internal actor without roles (background jobs, demo seeding, the public form's
 *       own receipt): not limited here.</li>
 *   <li>The privacy officer: not limited here, to find every case of a person in the access log; the URL rules
 *       keep the privacy officer out of case pages and the case API, so only case numbers are seen.</li>
 *   <li>A provider user: not limited here, because submitting a report registers a case and starts its clocks
 *       in the provider user's name; the URL rules keep provider users out of every staff page and the case API,
 *       and the provider portal shows only the organisation's own reports ({@code formalreports}).</li>
 * </ul>
 * A case the user may not see is answered exactly like a case that does not exist (404), so that not even its
 * existence leaks (decision 2441).
 */
@Component
public class CaseAccessPolicy {

    private final JdbcClient jdbc;

    CaseAccessPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the current user may see this case; false when it does not exist. */
    public boolean mayAccess(String caseNumber) {
        if (!CaseNumber.isValid(caseNumber)) {
            return false;
        }
        Map<String, Object> params = new java.util.HashMap<>();
        String condition = visibleCondition(params);
        params.put("acNumber", caseNumber);
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_file c WHERE c.case_number = :acNumber AND " + condition
                        + ")")
                .params(params).query(Boolean.class).single();
    }

    /** Throws {@link NotFound} unless the current user may see the case. */
    public void check(String caseNumber) {
        if (!mayAccess(caseNumber)) {
            throw new NotFound("Case");
        }
    }

    /**
     * An SQL condition over {@code case_file c} that holds for the cases the current user may see; puts its
     * parameters (named {@code ac*}) in {@code params}.
     */
    public String visibleCondition(Map<String, Object> params) {
        if (CurrentUser.authentication().isEmpty() || CurrentUser.hasAnyRole(Role.PRIVACY_OFFICER, Role.PROVIDER_USER)
                || systemActor()) {
            return "TRUE";
        }
        String user = CurrentUser.name();
        params.put("acUser", user);
        String notRestricted = """
                (NOT EXISTS (SELECT 1 FROM case_restriction cr WHERE cr.case_id = c.id)
                 OR EXISTS (SELECT 1 FROM case_restriction_member cm WHERE cm.case_id = c.id AND cm.username = :acUser))""";
        if (CurrentUser.hasAnyRole(Role.ADMIN, Role.ANALYST)) {
            return notRestricted;
        }
        if (!CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.INSPECTOR, Role.API_CLIENT)) {
            return "FALSE";
        }
        // The user's team is read in the same statement (staff_user is the admin module's: read only).
        return notRestricted + """
                 AND (c.assigned_team IS NULL OR c.assignee = :acUser
                      OR c.assigned_team = (SELECT su.team FROM staff_user su WHERE su.username = :acUser))""";
    }

    /**
     * The same condition for a list that is not read from {@code case_file} itself (a queue of clocks, forwardings,
     * alerts): holds when the case whose id is {@code caseIdColumn} is visible. {@code caseIdColumn} must be
     * qualified with the outer table's name or alias (not {@code c}, which the sub-query uses). Evaluated in the same
     * statement, per row the index already selected, so a list of a million clocks is never read to be filtered.
     */
    public String visibleCaseCondition(String caseIdColumn, Map<String, Object> params) {
        if (!caseIdColumn.matches("[a-z_]+\\.[a-z_]+")) {
            throw new IllegalArgumentException("qualified column expected");
        }
        String condition = visibleCondition(params);
        if ("TRUE".equals(condition)) {
            return "TRUE";
        }
        return "EXISTS (SELECT 1 FROM case_file c WHERE c.id = " + caseIdColumn + " AND " + condition + ")";
    }

    /**
     * Internal work that sets an actor name without roles (e.g. the demo seeding, imports) for the history; a web
     * login always carries roles, and the URL rules refuse a user without roles before any case is read.
     */
    private static boolean systemActor() {
        return CurrentUser.authentication().stream().flatMap(a -> a.getAuthorities().stream())
                .noneMatch(g -> g.getAuthority() != null && g.getAuthority().startsWith("ROLE_"));
    }
}
