package nl.meldpunt.platform;

/** Small text rules shared by every module. */
public final class Text {

    private Text() {}

    /** The text without NUL characters (U+0000), which PostgreSQL cannot store in a text column; null stays null. */
    public static String withoutNul(String s) {
        return s == null || s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
    }
}
