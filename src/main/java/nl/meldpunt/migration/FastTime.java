package nl.meldpunt.migration;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import nl.meldpunt.platform.Amsterdam;

/**
 * ISO 8601 date-times as import files write them, parsed without {@code DateTimeFormatter} (which costs more than
 * the whole rest of a record on a million-case import). Unusual forms fall back to the JDK parser.
 */
final class FastTime {

    private FastTime() {}

    /** {@code 2017-03-02T09:15:00Z}, {@code …+01:00}, with optional fraction; without offset = Amsterdam. */
    static Instant parseInstant(String s) {
        int n = s.length();
        if (n >= 19 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':') {
            try {
                int year = digits(s, 0, 4);
                int month = digits(s, 5, 7);
                int day = digits(s, 8, 10);
                int hour = digits(s, 11, 13);
                int minute = digits(s, 14, 16);
                int second = digits(s, 17, 19);
                int i = 19;
                int nanos = 0;
                if (i < n && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (i == start || i - start > 9) {
                        return slow(s);
                    }
                    nanos = digits(s, start, i) * (int) Math.pow(10, 9 - (i - start));
                }
                LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
                if (i == n) {
                    return local.atZone(Amsterdam.ZONE).toInstant();
                }
                if (i == n - 1 && s.charAt(i) == 'Z') {
                    return local.toInstant(ZoneOffset.UTC);
                }
                if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                    int sign = s.charAt(i) == '-' ? -1 : 1;
                    return local.toInstant(ZoneOffset.ofHoursMinutes(sign * digits(s, i + 1, i + 3),
                            sign * digits(s, i + 4, i + 6)));
                }
            } catch (RuntimeException e) {
                throw new DateTimeParseException("Not an ISO date-time", s, 0);
            }
        }
        return slow(s);
    }

    /** {@code 2017-03-02}. */
    static java.time.LocalDate parseDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            try {
                return java.time.LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            } catch (RuntimeException e) {
                throw new DateTimeParseException("Not an ISO date", s, 0);
            }
        }
        return java.time.LocalDate.parse(s);
    }

    private static Instant slow(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).atZone(Amsterdam.ZONE).toInstant();
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException();
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
