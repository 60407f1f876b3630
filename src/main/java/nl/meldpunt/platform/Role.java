package nl.meldpunt.platform;

/** What a user may do. Case access beyond the role (teams, restricted cases) is decided by casework. */
public enum Role {
    INTAKE,
    SENIOR,
    INSPECTOR,
    ANALYST,
    ADMIN,
    API_CLIENT,
    /** A logged-in user of a reporting organisation (provider, manufacturer); sees only its own reports. */
    PROVIDER_USER,

    /** Privacy officer (functionaris gegevensbescherming): reads the access log; sees no cases. */
    PRIVACY_OFFICER;

    /** The authority name Spring Security checks with {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles of people who work in Meldpunt (everyone but system clients). */
    public static final String[] STAFF = {"INTAKE", "SENIOR", "INSPECTOR", "ANALYST", "ADMIN"};

    /** Roles that handle cases and may see reporters' personal details. */
    public static final String[] CASE_HANDLERS = {"INTAKE", "SENIOR", "ADMIN"};
}
