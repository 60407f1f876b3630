package nl.meldpunt.triage;

import java.io.IOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces numbers and identifiers by the class they belong to, so that "partij MS3391B" and "lot 24S0916" both
 * read as "partij #id" and no lot number, BIG number or date becomes a word of the model. Class tokens are
 * marked as keywords, so the stemmer leaves them alone.
 */
final class TokenClassFilter extends TokenFilter {

    private static final Pattern DATE = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern AGE_OR_SMALL = Pattern.compile("\\d{1,2}");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{8,}");

    /** Dates are replaced by this mark before tokenising (the tokenizer would split "12-03-2026"). */
    static final String DATE_MARK = " _date_ ";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    TokenClassFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String token = term.toString();
        String tokenClass = classify(token);
        if (tokenClass != null) {
            term.setEmpty().append(tokenClass);
            keyword.setKeyword(true);
        }
        return true;
    }

    /** The class of a token that holds a digit, or null for an ordinary word. */
    static String classify(String token) {
        if (token.equals("_date_")) {
            return "#date";
        }
        boolean digit = false;
        for (int i = 0; i < token.length() && !digit; i++) {
            digit = Character.isDigit(token.charAt(i));
        }
        if (!digit) {
            return null;
        }
        if (DATE.matcher(token).matches()) {
            return "#date";
        }
        if (YEAR.matcher(token).matches()) {
            return "#year";
        }
        if (AGE_OR_SMALL.matcher(token).matches()) {
            return "#small";
        }
        if (LONG_NUMBER.matcher(token).matches()) {
            return "#idnum";
        }
        if (NUMBER.matcher(token).matches()) {
            return "#num";
        }
        return "#id";
    }
}
