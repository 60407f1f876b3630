package nl.meldpunt.hostile;

import java.util.List;
import java.util.Random;

/**
 * Hostile values for fuzzing: XSS payloads (each carrying the marker {@link #MARKER} so a reflection can be
 * recognised), SQL injection, Unicode edge cases and very long lines, mixed by a seeded random generator so a
 * failing run can be repeated with the same seed.
 */
final class Hostile {

    /** Every XSS payload holds this marker inside the executable part. */
    static final String MARKER = "mpx55";

    static final List<String> XSS = List.of(
            "<script>alert('" + MARKER + "')</script>",
            "\"><script>alert('" + MARKER + "')</script>",
            "'><img src=x onerror=alert('" + MARKER + "')>",
            "<svg onload=alert('" + MARKER + "')>",
            "<iframe src=javascript:alert('" + MARKER + "')>",
            "</textarea><script>alert('" + MARKER + "')</script>",
            "<scr<script>ipt>alert('" + MARKER + "')</scr</script>ipt>",
            "<a href=\"javascript:alert('" + MARKER + "')\">klik</a>",
            "<div hx-get=\"/admin\" hx-trigger=\"load\">" + MARKER + "</div>",
            "{{7*7}}[[${7*7}]]__${T(java.lang.Runtime)}__::." + MARKER,
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('" + MARKER + "')>");

    /** What a reflected payload looks like in HTML when it was not escaped. */
    static final List<String> REFLECTED = List.of(
            "<script>alert('" + MARKER, "onerror=alert('" + MARKER, "<svg onload=alert('" + MARKER,
            "<iframe src=javascript:alert('" + MARKER, "href=\"javascript:alert('" + MARKER,
            "<div hx-get=\"/admin\"", "ipt>alert('" + MARKER);

    static final List<String> SQL = List.of(
            "' OR '1'='1", "'; DROP TABLE case_file; --", "\" OR 1=1 --", "1) UNION SELECT password FROM staff_user --",
            "%' AND pg_sleep(5) --", "'||(SELECT version())||'", "\\'; SELECT 1; --", "admin'--", "' OR ''='",
            "1; UPDATE case_reporter SET name='x'", "$$ OR 1=1 $$", "'::text; --", "%%%%%%", "_%_%", "\\",
            "!!!&&&|||", "(((((", "\"\"\"\"", "& | ! <-> :* (", "tsquery:* & !", "' AND 1=CAST((SELECT 1) AS int) --");

    static final List<String> UNICODE = List.of(
            "\u202Egnp.exe", "a\u200Bb\u200Cc\u200Dd\uFEFF", "\uD800", "\uDC00x", "x\u0000y", "e\u0301\u0301\u0301\u0301",
            "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358", "\uFFFF\uFFFE", "\u0000", "𝕸𝖊𝖑𝖉𝖕𝖚𝖓𝖙 😀👩‍👩‍👧",
            "\u2028\u2029", "\r\n\r\n", "\t\u000B\u000C", "ﷺ ﷽", "İıŞş", "Ωmega ﻿BOM", "\u061C\u200E\u200F",
            "\u00A0 \u3000", "ǅ", "Ä ä Ö ö Ü ü ß", "\u001B[31mrood\u001B[0m");

    private final Random random;

    Hostile(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** A hostile text: mostly one payload kind, sometimes a mix, sometimes very long. */
    String text() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2 -> pick(XSS);
            case 3, 4 -> pick(SQL);
            case 5, 6 -> pick(UNICODE) + " " + pick(XSS);
            case 7 -> pick(XSS) + pick(UNICODE) + pick(SQL);
            case 8 -> "Normale klacht over de zorg. " + pick(XSS);
            default -> random.nextInt(20) == 0 ? longLine(1 << 20) : longLine(300 + random.nextInt(20_000));
        };
    }

    /** A search term. */
    String search() {
        return random.nextBoolean() ? pick(SQL) : (random.nextBoolean() ? pick(UNICODE) : pick(XSS));
    }

    String longLine(int length) {
        StringBuilder s = new StringBuilder(length + 100);
        s.append(pick(XSS));
        while (s.length() < length) {
            s.append(random.nextInt(8) == 0 ? pick(UNICODE) : "lang ");
        }
        return s.toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Whether an HTML body reflects one of our payloads unescaped. */
    static boolean reflects(String body) {
        if (body == null || !body.contains(MARKER)) {
            return false;
        }
        for (String r : REFLECTED) {
            if (body.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
