package nl.meldpunt.triage;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Turns the free text of an intake into model features: Lucene's Dutch analysis (lowercase, accents folded,
 * Dutch stop words, Snowball Dutch stems), word unigrams and bigrams, character 4-grams of each word (typos),
 * numbers and identifiers as a token class, plus the channel and reporter type. Each feature remembers the
 * words of the original text it came from, so an explanation can quote them. Thread-safe.
 */
final class TextFeatures {

    /** Longer texts are cut here: the start of an intake says what it is about, and time stays bounded. */
    static final int MAX_CHARS = 12_000;

    private static final int MAX_TOKENS = 1_500;

    private final TrainingSettings settings;
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,500}>");
    private static final Pattern ENTITY = Pattern.compile("&[a-zA-Z#0-9]{1,10};");
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}&&[^\\n\\t]]");

    /**
     * Dutch stop words minus the small words that carry urgency and negation ("niet meer", "nog steeds", "nu").
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new TokenClassFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new SnowballFilter(stream, new DutchStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };

    /** A word of the text after analysis: its stem (or class token) and where it stands in the cleaned text. */
    record Token(String term, String surface, int position) {}

    /** Features (name → value) and, per feature, the words of the text it came from. */
    record Vector(Map<String, Double> values, Map<String, String> surfaces, List<Token> tokens) {}

    TextFeatures() {
        this(TrainingSettings.DEFAULT);
    }

    /** Character n-grams of {@code minGram}–{@code maxGram} letters within each word, weights as in the settings. */
    TextFeatures(TrainingSettings settings) {
        this.settings = settings;
    }

    Vector extract(String text, String channel, String reporterType) {
        String clean = clean(text);
        List<Token> tokens = tokens(clean);
        Map<String, Double> words = new HashMap<>();
        Map<String, Double> bigrams = new HashMap<>();
        Map<String, Double> grams = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        Token previous = null;
        for (Token token : tokens) {
            String w = "w:" + token.term();
            words.merge(w, 1.0, Double::sum);
            surfaces.putIfAbsent(w, token.surface());
            if (previous != null && token.position() - previous.position() <= 2) {
                String b = "b:" + previous.term() + "_" + token.term();
                bigrams.merge(b, 1.0, Double::sum);
                surfaces.putIfAbsent(b, previous.surface() + " " + token.surface());
            }
            previous = token;
            if (!token.term().startsWith("#")) {
                String padded = "<" + fold(token.surface()) + ">";
                for (int n = settings.minGram(); n <= settings.maxGram(); n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        String g = "c:" + padded.substring(i, i + n);
                        grams.merge(g, 1.0, Double::sum);
                        surfaces.putIfAbsent(g, token.surface());
                    }
                }
            }
        }
        Map<String, Double> values = new LinkedHashMap<>();
        addNormalised(values, words, settings.wordWeight());
        addNormalised(values, bigrams, settings.bigramWeight());
        addNormalised(values, grams, settings.gramWeight());
        String ch = channel == null || channel.isBlank() ? "UNKNOWN" : channel;
        String rep = reporterType == null || reporterType.isBlank() ? "UNKNOWN" : reporterType;
        values.put("meta:channel=" + ch, settings.metaWeight());
        values.put("meta:reporter=" + rep, settings.metaWeight());
        values.put("meta:reporter+channel=" + rep + "+" + ch, settings.metaWeight());
        values.put("meta:always", 1.0);
        if (tokens.isEmpty()) {
            values.put("meta:empty", 1.0);
        }
        return new Vector(values, surfaces, tokens);
    }

    /** Cuts overlong text, removes markup, entities and control characters. Never null. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        cut = TAG.matcher(cut).replaceAll(" ");
        cut = ENTITY.matcher(cut).replaceAll(" ");
        cut = DATE.matcher(cut).replaceAll(TokenClassFilter.DATE_MARK);
        return CONTROL.matcher(cut).replaceAll(" ");
    }

    /** Lowercase with accents removed, for rules and character n-grams. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    private List<Token> tokens(String clean) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(clean))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute increment =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken() && tokens.size() < MAX_TOKENS) {
                position += increment.getPositionIncrement();
                int start = Math.min(offset.startOffset(), clean.length());
                int end = Math.min(Math.max(offset.endOffset(), start), clean.length());
                tokens.add(new Token(term.toString(), clean.substring(start, end), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void addNormalised(Map<String, Double> into, Map<String, Double> counts, double weight) {
        double norm = 0;
        for (Map.Entry<String, Double> e : counts.entrySet()) {
            double v = 1 + Math.log(e.getValue());
            e.setValue(v);
            norm += v * v;
        }
        if (norm == 0) {
            return;
        }
        double scale = weight / Math.sqrt(norm);
        counts.forEach((k, v) -> into.put(k, v * scale));
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
        CharArraySet kept = new CharArraySet(200, false);
        List<String> meaningful = List.of("niet", "geen", "nog", "nu", "meer", "weer", "al", "nooit", "toen", "zonder",
                "tegen", "zelf", "iets", "niets", "kan", "moet", "wil", "veel", "ook");
        for (Object word : set) {
            String w = new String((char[]) word);
            if (!meaningful.contains(w)) {
                kept.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(kept);
    }
}
