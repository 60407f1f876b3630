package nl.meldpunt.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule (bewaartermijnen): how many years after closure a case's personal data is kept, per case
 * kind and outcome. A rule with no kind or no outcome matches any. When several rules match, the longest term
 * applies (keeping too long can be corrected, destroying too early cannot).
 */
@Component
public class RetentionSchedule {

    public record Rule(long id, String kind, String outcome, int years, String description) {
        boolean matches(String caseKind, String caseOutcome) {
            return (kind == null || kind.equals(caseKind)) && (outcome == null || outcome.equals(caseOutcome));
        }
    }

    private final JdbcClient jdbc;

    RetentionSchedule(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> rules() {
        return jdbc.sql("SELECT * FROM retention_rule ORDER BY kind NULLS LAST, outcome NULLS LAST")
                .query((rs, n) -> new Rule(rs.getLong("id"), rs.getString("kind"), rs.getString("outcome"),
                        rs.getInt("years"), rs.getString("description")))
                .list();
    }

    /** The rule that decides for a case of this kind and outcome: the longest matching term. */
    public static Optional<Rule> decisive(List<Rule> rules, String kind, String outcome) {
        return rules.stream().filter(r -> r.matches(kind, outcome))
                .max(java.util.Comparator.comparingInt(Rule::years));
    }

    /** When a case closed on {@code closedOn} falls due for destruction under {@code rule}. */
    public static LocalDate dueOn(Rule rule, LocalDate closedOn) {
        return closedOn.plusYears(rule.years());
    }

    /** Adds a rule, or changes the term of the rule for the same kind and outcome. */
    @Transactional
    public void save(String kind, String outcome, int years, String description) {
        if (years < 0 || years > 100) {
            throw InvalidInput.of("years", "Between 0 and 100 years.");
        }
        if (description == null || description.isBlank() || description.length() > 300) {
            throw InvalidInput.of("description", "Describe the rule (at most 300 characters).");
        }
        jdbc.sql("""
                INSERT INTO retention_rule (kind, outcome, years, description) VALUES (:kind, :outcome, :years, :d)
                ON CONFLICT (kind, outcome) DO UPDATE SET years = EXCLUDED.years, description = EXCLUDED.description""")
                .param("kind", blankToNull(kind)).param("outcome", blankToNull(outcome)).param("years", years)
                .param("d", description.strip()).update();
    }

    @Transactional
    public void delete(long id) {
        jdbc.sql("DELETE FROM retention_rule WHERE id = :id").param("id", id).update();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
