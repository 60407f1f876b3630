package nl.meldpunt.platform;

import java.time.LocalDate;

/**
 * Who a data-subject request is about: any of name (matched fuzzily), e-mail address, phone number (digits) and
 * date of birth. Blank values are ignored.
 */
public record PersonQuery(String name, String email, String phone, LocalDate dateOfBirth) {

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
}
