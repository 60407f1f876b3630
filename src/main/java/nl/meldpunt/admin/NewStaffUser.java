package nl.meldpunt.admin;

import java.util.Set;
import nl.meldpunt.platform.Role;

/** What is needed to create a staff user. */
public record NewStaffUser(
        String username, String displayName, String email, String password, Set<Role> roles, String team) {}
