package nl.meldpunt.admin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldpunt.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff users: who they are, their roles and team. Also what Spring Security logs in against. */
@Component
public class StaffUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
        this.events = events;
    }

    /** A user's roles, team or enabled flag changed (what a verified API token acts with). */
    record StaffUserChanged(String username) {}

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, roles, enabled FROM staff_user WHERE username = :u")
                .param("u", username == null ? "" : username.toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(roles(rs).stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    public Optional<StaffUser> find(String username) {
        return jdbc.sql("SELECT * FROM staff_user WHERE username = :u").param("u", username).query(this::map).optional();
    }

    public List<StaffUser> all() {
        return jdbc.sql("SELECT * FROM staff_user ORDER BY username").query(this::map).list();
    }

    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_user)").query(Boolean.class).single();
    }

    /** Creates a user; the password is stored as a bcrypt hash only. */
    @Transactional
    public StaffUser create(NewStaffUser user) {
        jdbc.sql("""
                INSERT INTO staff_user (username, display_name, email, password_hash, roles, team, enabled, created_at)
                VALUES (:username, :name, :email, :hash, :roles, :team, TRUE, :now)
                """)
                .param("username", user.username())
                .param("name", user.displayName())
                .param("email", user.email())
                .param("hash", passwords.encode(user.password()))
                .param("roles", user.roles().stream().map(Role::name).toArray(String[]::new))
                .param("team", user.team())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return find(user.username()).orElseThrow();
    }

    @Transactional
    public void update(String username, String displayName, String email, Set<Role> roles, String team,
            boolean enabled, long version) {
        int rows = jdbc.sql("""
                UPDATE staff_user SET display_name = :name, email = :email, roles = :roles, team = :team,
                    enabled = :enabled, version = version + 1
                WHERE username = :username AND version = :version
                """)
                .param("name", displayName)
                .param("email", email)
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .param("team", team)
                .param("enabled", enabled)
                .param("username", username)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException("staff_user " + username);
        }
        events.publishEvent(new StaffUserChanged(username));
    }

    @Transactional
    public void changePassword(String username, String password) {
        jdbc.sql("UPDATE staff_user SET password_hash = :hash, version = version + 1 WHERE username = :u")
                .param("hash", passwords.encode(password))
                .param("u", username)
                .update();
    }

    private StaffUser map(ResultSet rs, int row) throws SQLException {
        return new StaffUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                roles(rs),
                rs.getString("team"),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getLong("version"));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
