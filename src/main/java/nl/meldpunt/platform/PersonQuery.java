package nl.meldpunt.platform;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * Who a data-subject request is about: any of name (matched fuzzily), e-mail address, phone number (digits) and
 * date of birth. Blank values are ignored.
 *
 * <p>The SQL pieces below are the one way every personal-data holder matches a person: a holder's find statement
 * uses the bound parameters {@code :name}, {@code :email}, {@code :digits} and {@code :limit} ({@link #bind}), scores
 * each row with {@link #scoreOf}, selects the rows with {@link #matchOf} and keeps the {@link #wellMatched} ones.
 */
public record PersonQuery(String name, String email, String phone, LocalDate dateOfBirth) {

    /** The score a found record needs to be shown: a fuzzy name this close, or any exact match (score 1). */
    public static final double MATCH_THRESHOLD = 0.35;

    public PersonQuery {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    /** The phone number's digits, or null. */
    public String phoneDigits() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() < 6 ? null : digits;
    }

    public boolean hasNoCriteria() {
        return (name == null || name.length() < 2) && email == null && phoneDigits() == null && dateOfBirth == null;
    }

    /** Whether a holder that keeps no date of birth can look for this person at all. */
    public boolean hasNameEmailOrPhone() {
        return name != null || email != null || phoneDigits() != null;
    }

    /** Binds {@code :name}, {@code :email}, {@code :digits} and {@code :limit} of a holder's find statement. */
    public StatementSpec bind(StatementSpec statement, int limit) {
        return statement.param("name", name).param("email", email).param("digits", phoneDigits()).param("limit", limit);
    }

    /** The records that matched well enough ({@link #MATCH_THRESHOLD}), in the order found. */
    public static List<PersonalRecord> wellMatched(List<PersonalRecord> records) {
        return records.stream().filter(r -> r.score() >= MATCH_THRESHOLD).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * SQL: how much the name in {@code column} resembles the bound parameter {@code :name} (pg_trgm similarity,
     * accents and case ignored; 0 when either is missing) — the one fuzzy name score of every personal-data holder.
     */
    public static String nameScore(String column) {
        return "CASE WHEN CAST(:name AS text) IS NULL OR " + column + " IS NULL THEN 0 ELSE similarity(lower(unaccent("
                + column + ")), lower(unaccent(CAST(:name AS text)))) END";
    }

    /**
     * SQL: how well a row matches — the best of the fuzzy name score of {@code nameColumn} ({@link #nameScore}) and
     * 1 for each of the {@code exactMatches} conditions that holds.
     */
    public static String scoreOf(String nameColumn, String... exactMatches) {
        StringBuilder sql = new StringBuilder("greatest(").append(nameScore(nameColumn));
        for (String condition : exactMatches) {
            sql.append(", CASE WHEN ").append(condition).append(" THEN 1 ELSE 0 END");
        }
        return sql.append(')').toString();
    }

    /**
     * SQL condition: the name in {@code nameColumn} resembles {@code :name} (pg_trgm) or is it (accents and case
     * ignored), or one of the {@code exactMatches} conditions holds.
     */
    public static String matchOf(String nameColumn, String... exactMatches) {
        StringBuilder sql = new StringBuilder("((CAST(:name AS text) IS NOT NULL AND lower(").append(nameColumn)
                .append(") % lower(CAST(:name AS text))) OR ").append(nameIs(nameColumn));
        for (String condition : exactMatches) {
            sql.append(" OR ").append(condition);
        }
        return sql.append(')').toString();
    }

    private static String nameIs(String column) {
        return "(CAST(:name AS text) IS NOT NULL AND lower(unaccent(" + column
                + ")) = lower(unaccent(CAST(:name AS text))))";
    }

    /** SQL condition: {@code column} is the e-mail address {@code :email}, case ignored. */
    public static String emailIs(String column) {
        return "lower(" + column + ") = lower(CAST(:email AS text))";
    }

    /** SQL condition: {@code column} (free contact text) contains the e-mail address {@code :email}, case ignored. */
    public static String emailWithin(String column) {
        return "(CAST(:email AS text) IS NOT NULL AND position(lower(CAST(:email AS text)) IN lower(" + column
                + ")) > 0)";
    }

    /** SQL condition: the digits of {@code column} end with the last nine digits of {@code :digits}. */
    public static String phoneEndsWith(String column) {
        return "(CAST(:digits AS text) IS NOT NULL AND " + lastNineDigitsIn(column) + ")";
    }

    /** SQL condition: the digits of {@code column} (free text) contain the last nine digits of {@code :digits}. */
    public static String phoneWithin(String column) {
        return "(CAST(:digits AS text) IS NOT NULL AND " + lastNineDigitsIn(column) + " || '%')";
    }

    private static String lastNineDigitsIn(String column) {
        return "regexp_replace(" + column + ", '[^0-9]', '', 'g') LIKE '%' || right(CAST(:digits AS text), 9)";
    }
}
