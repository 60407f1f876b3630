package nl.meldpunt.admin;

import java.time.Instant;
import java.util.Set;
import nl.meldpunt.platform.Role;

/** A person (or system) that logs in to Meldpunt. */
public record StaffUser(
        long id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String team,
        boolean enabled,
        Instant createdAt,
        long version) {}
