package nl.meldpunt.formalreports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.admin.NewStaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.Identifiers;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logins of reporting organisations: a user with role PROVIDER_USER (created through admin's users) and the KvK
 * number and establishment number it reports for (table {@code provider_account}).
 */
@Component
class ProviderAccounts {

    private final JdbcClient jdbc;
    private final StaffUsers users;
    private final Clock clock;

    ProviderAccounts(JdbcClient jdbc, StaffUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** Creates the user (without e-mail address) and its account in one transaction. */
    @Transactional
    Organisation create(String username, String password, Organisation org) {
        return create(username, password, null, org);
    }

    /** Creates the user and its account in one transaction; {@code email} receives notifications of questions. */
    @Transactional
    Organisation create(String username, String password, String email, Organisation org) {
        if (!Identifiers.isKvkNumber(org.kvkNumber())) {
            throw InvalidInput.of("kvkNumber", "A KvK number has 8 digits.");
        }
        if (!Identifiers.isEstablishmentNumber(org.establishmentNumber())) {
            throw InvalidInput.of("establishmentNumber", "An establishment number has 12 digits.");
        }
        users.create(new NewStaffUser(username, org.name(), email, password, EnumSet.of(Role.PROVIDER_USER), null));
        jdbc.sql("""
                INSERT INTO provider_account (username, organisation_name, kvk_number, establishment_number, created_at)
                VALUES (:u, :name, :kvk, :est, :now)
                """)
                .param("u", username)
                .param("name", org.name())
                .param("kvk", org.kvkNumber())
                .param("est", org.establishmentNumber())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return org;
    }

    /** Whether the account's login is enabled (an administrator may disable it while its session is still open). */
    boolean enabled(String username) {
        return users.find(username).map(nl.meldpunt.admin.StaffUser::enabled).orElse(false);
    }

    Optional<Organisation> of(String username) {
        return jdbc.sql("""
                SELECT organisation_name, kvk_number, establishment_number FROM provider_account WHERE username = :u
                """)
                .param("u", username)
                .query((rs, n) -> new Organisation(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The user names of every account of this organisation (same KvK number and establishment number). */
    List<String> usernamesOf(Organisation org) {
        return jdbc.sql("""
                SELECT username FROM provider_account WHERE kvk_number = :kvk AND establishment_number = :est
                ORDER BY username
                """)
                .param("kvk", org.kvkNumber())
                .param("est", org.establishmentNumber())
                .query(String.class)
                .list();
    }

    /** An account as listed for administrators (the login's e-mail and enabled flag are the user's). */
    record Account(String username, Organisation organisation, java.time.Instant createdAt) {}

    List<Account> all() {
        return accounts("", null);
    }

    Optional<Account> find(String username) {
        return accounts("WHERE username = :u", username).stream().findFirst();
    }

    private List<Account> accounts(String where, String username) {
        var sql = jdbc.sql("""
                SELECT username, organisation_name, kvk_number, establishment_number, created_at
                FROM provider_account %s ORDER BY organisation_name, username
                """.formatted(where));
        if (username != null) {
            sql = sql.param("u", username);
        }
        return sql.query((rs, n) -> new Account(rs.getString(1),
                        new Organisation(rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }
}
