package nl.meldpunt.admin;

import java.util.EnumSet;
import java.util.Set;
import nl.meldpunt.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The users a fresh installation starts with. With the {@code demo} profile: one demo user per role, password
 * equal to the user name. Otherwise: only the first administrator, and only when its password is configured
 * (there are no default passwords outside the demo).
 */
@Component
class InitialUsers {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);

    private final StaffUsers users;
    private final boolean demo;
    private final String adminUsername;
    private final String adminPassword;

    InitialUsers(
            StaffUsers users,
            @Value("${meldpunt.demo.enabled:false}") boolean demo,
            @Value("${meldpunt.bootstrap-admin.username:admin}") String adminUsername,
            @Value("${meldpunt.bootstrap-admin.password:}") String adminPassword) {
        this.users = users;
        this.demo = demo;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createInitialUsers() {
        if (demo) {
            createDemoUser("intake", "Ingrid Intake", EnumSet.of(Role.INTAKE), "LMZ");
            createDemoUser("senior", "Sander Senior", EnumSet.of(Role.SENIOR, Role.INTAKE), "LMZ");
            createDemoUser("inspector", "Ilse Inspecteur", EnumSet.of(Role.INSPECTOR), "TOEZICHT-CURE");
            createDemoUser("analyst", "Anton Analist", EnumSet.of(Role.ANALYST), null);
            createDemoUser("admin", "Anne Beheer", EnumSet.of(Role.ADMIN), null);
            createDemoUser("api", "Demo-koppeling", EnumSet.of(Role.API_CLIENT), null);
            createDemoUser("privacy", "Priya Privacy", EnumSet.of(Role.PRIVACY_OFFICER), null);
            return;
        }
        if (users.any()) {
            return;
        }
        if (adminPassword == null || adminPassword.length() < 12) {
            log.warn("No users exist. Set MELDPUNT_BOOTSTRAP_ADMIN_PASSWORD (12+ characters) to create the first "
                    + "administrator '{}', or start with the demo profile.", adminUsername);
            return;
        }
        users.create(new NewStaffUser(adminUsername, "Beheerder", null, adminPassword, EnumSet.of(Role.ADMIN), null));
        log.info("Created the first administrator '{}'", adminUsername);
    }

    private void createDemoUser(String username, String name, Set<Role> roles, String team) {
        if (users.find(username).isEmpty()) {
            users.create(new NewStaffUser(username, name, username + "@meldpunt.example", username, roles, team));
        }
    }
}
