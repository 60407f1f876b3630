package nl.meldpunt.casework;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identities in free text that no known person on the case explains (issue 9, decision 2700): a name after a form
 * of address or a family relation ("mevrouw Truus Jansen", "dhr. P. van der Berg", "mijn buurvrouw Ans de Wit",
 * "dokter De Vries"), a BSN (nine digits passing the eleven-test), a postcode or a street with its house number, and a date after
 * "geboren"/"geb."/"geboortedatum". Each is replaced by a pseudonym ({@code P-…} for names and BSNs, the same person
 * the same pseudonym) or a fixed mark. Rule-based, so it misses a bare name without such a word before it ("Truus
 * belde"), and it also hides a professional's name after "dokter" — for analysts that is the right side to err on.
 * A provider's name ("Ziekenhuis De Vries", "Zorggroep De Linde") has no form of address before it and stays.
 */
final class FreeTextIdentities {

    private static final String ADDRESS = "(?:de heer|dhr\\.?|heer|mevrouw|mevr\\.?|mw\\.?|meneer|mr\\.?|mrs\\.?|ms\\.?"
            + "|miss|dokter|dr\\.?|zuster|broeder|juffrouw|juf|meester|mijn (?:moeder|vader|zoon|dochter|man|vrouw|broer"
            + "|zus|zuster|oma|opa|tante|oom|neef|nicht|partner|vriend|vriendin|buurvrouw|buurman|schoonmoeder"
            + "|schoonvader|kleinzoon|kleindochter|cliënt|client|patiënt|patient)|buurvrouw|buurman|cliënt|client"
            + "|patiënt|patient|bewoner|bewoonster)";
    private static final String INITIALS = "(?:\\p{Lu}\\.\\s?){1,4}";
    private static final String PARTICLE = "(?:(?:van|von|de|der|den|het|ter|ten|te|in 't|'t|op de|van de|van der"
            + "|van den|van het|el|al|da|di|du|le|la)\\s)";
    private static final String WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*";
    /** A form of address, then initials and/or a first name, particles, and a capitalised surname. */
    static final Pattern NAME = Pattern.compile("(?<![\\p{L}])(?i:" + ADDRESS + ")\\s+((?:" + INITIALS + ")?"
            + "(?:" + WORD + "\\s)?" + "(?i:" + PARTICLE + "){0,2}" + WORD + ")");
    static final Pattern BSN = Pattern.compile("(?<![0-9])(\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}[ .]\\d{3}[ .]\\d{3})"
            + "(?![0-9])");
    /** A Dutch postcode ("1234 AB"), or a street name with its house number ("Geheimstraat 1a"). */
    static final Pattern ADDRESS_PART = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{3}\\s?[A-Z]{2}(?![A-Za-z])"
            + "|(?<![\\p{L}])\\p{Lu}\\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef)"
            + "\\s+\\d+\\s?[a-zA-Z]?(?![0-9A-Za-z])");
    static final Pattern BIRTH_DATE = Pattern.compile("(?i)(geboren(?: op)?|geb\\.|geboortedatum:?|born(?: on)?|date "
            + "of birth:?)\\s*(\\d{1,2}[-/. ](?:\\d{1,2}|\\p{L}+)[-/. ]\\d{2,4})");

    static final String ADDRESS_MARK = "[adres]";
    static final String DATE_MARK = "[geboortedatum]";

    private FreeTextIdentities() {}

    /** The text with the identities replaced; {@code pseudonym} turns a normalised identity into its pseudonym. */
    static String mask(String text, UnaryOperator<String> pseudonym) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replace(ADDRESS_PART, text, m -> ADDRESS_MARK);
        out = replace(BIRTH_DATE, out, m -> m.group(1) + " " + DATE_MARK);
        out = replace(BSN, out, m -> elevenTest(m.group(1).replaceAll("[^0-9]", ""))
                ? pseudonym.apply("bsn:" + m.group(1).replaceAll("[^0-9]", "")) : m.group());
        return replace(NAME, out, m -> m.group().substring(0, m.start(1) - m.start())
                + pseudonym.apply(m.group(1).replaceAll("\\s+", " ")));
    }

    /** The BSN eleven-test: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros). */
    static boolean elevenTest(String nine) {
        if (nine.length() != 9 || nine.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nine.charAt(i) - '0');
        }
        sum -= nine.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
