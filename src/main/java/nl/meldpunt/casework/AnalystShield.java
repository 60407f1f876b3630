package nl.meldpunt.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Pseudonymiser;
import nl.meldpunt.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Analysts see pseudonymised data (issue 9): wherever a case's text reaches an analyst (case page, case API, work
 * list and search excerpts), the names, e-mail addresses and phone numbers of the case's reporter and other persons
 * involved — and any e-mail address or phone number at all, and names, BSNs, addresses and dates of birth that
 * {@link FreeTextIdentities} finds in the text — are replaced by stable pseudonyms ({@code P-XXXXXXXX},
 * the same person the same pseudonym on every page and in analysts' exports). The reporter is shown as a pseudonym
 * only. There is no "show real data" for analysts: the issue gives them pseudonymised data, and the privacy officer
 * reverses a pseudonym where the law allows ({@code /privacy/pseudoniemen}).
 */
@Component
public class AnalystShield {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+31|0031|0)[ .-]?(?:[0-9][ .-]?){8}[0-9](?![0-9])");

    private final JdbcClient jdbc;
    private final Pseudonymiser pseudonyms;

    AnalystShield(JdbcClient jdbc, Pseudonymiser pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    /** Whether the current user sees pseudonymised data: an analyst who does not also handle cases. */
    public static boolean applies() {
        return CurrentUser.hasAnyRole(Role.ANALYST)
                && !CurrentUser.hasAnyRole(Role.INTAKE, Role.SENIOR, Role.INSPECTOR, Role.ADMIN);
    }

    /** The reporter's pseudonym, or null for an anonymous reporter or none. */
    public String reporterPseudonym(long caseId) {
        return jdbc.sql("""
                SELECT coalesce(name, email, phone) FROM case_reporter WHERE case_id = :id AND NOT anonymous""")
                .param("id", caseId).query(String.class).optional().map(pseudonyms::pseudonymFor).orElse(null);
    }

    /** The text with the case's persons and every e-mail address and phone number replaced by pseudonyms. */
    public String mask(String text, long caseId) {
        return text == null ? null : mask(text, identities(List.of(caseId)).getOrDefault(caseId, List.of()));
    }

    /** Per case: the persons known on it, as {name-or-part → pseudonym of the person}. */
    Map<Long, List<Map.Entry<String, String>>> identities(Collection<Long> caseIds) {
        Map<Long, List<Map.Entry<String, String>>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        jdbc.sql("""
                SELECT case_id, name, email, phone FROM case_reporter WHERE case_id = ANY(:ids) AND NOT anonymous
                UNION ALL
                SELECT case_id, name, CASE WHEN contact LIKE '%@%' THEN contact END, NULL FROM case_party
                WHERE case_id = ANY(:ids)""")
                .param("ids", caseIds.toArray(Long[]::new))
                .query(rs -> {
                    List<Map.Entry<String, String>> list = byCase.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                    String name = rs.getString(2);
                    String person = pseudonyms.pseudonymFor(name != null ? name
                            : rs.getString(3) != null ? rs.getString(3) : rs.getString(4));
                    if (person == null) {
                        return;
                    }
                    if (name != null && name.strip().length() >= 3) {
                        list.add(Map.entry(name.strip(), person));
                        int space = name.strip().indexOf(' ');
                        String surname = space < 0 ? null : name.strip().substring(space + 1);
                        if (surname != null && surname.length() >= 4) {
                            list.add(Map.entry(surname, person));
                        }
                    }
                });
        byCase.values().forEach(l -> l.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
                .reversed()));
        return byCase;
    }

    String mask(String text, List<Map.Entry<String, String>> persons) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replaceAll(EMAIL, text);
        out = replaceAll(PHONE, out);
        for (Map.Entry<String, String> p : persons) {
            out = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(p.getKey()) + "(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(out)
                    .replaceAll(Matcher.quoteReplacement(p.getValue()));
        }
        return FreeTextIdentities.mask(out, pseudonyms::pseudonymFor);
    }

    private String replaceAll(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String identity = pattern == PHONE ? m.group().replaceAll("[^0-9]", "").replaceFirst("^(0031|31)", "0")
                    : m.group().toLowerCase(Locale.ROOT);
            m.appendReplacement(out, Matcher.quoteReplacement(pseudonyms.pseudonymFor(identity)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
