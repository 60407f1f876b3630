package nl.meldpunt.casework;

import java.time.Clock;
import java.time.LocalDate;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;

/** Checks on free text and dates that pages and the API share (blank is absent; the domain sets the limits). */
final class LifecycleInput {

    static final int MAX_TEXT = 4000;

    private LifecycleInput() {}

    static String required(String field, String value) {
        String text = optional(field, value);
        if (text == null) {
            throw InvalidInput.of(field, "Required.");
        }
        return text;
    }

    static String optional(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw InvalidInput.of(field, "At most " + MAX_TEXT + " characters.");
        }
        return text;
    }

    /** A date that has happened: required, not in the future (Amsterdam time). */
    static LocalDate pastDate(String field, LocalDate date, Clock clock) {
        if (date == null) {
            throw InvalidInput.of(field, "Required.");
        }
        if (date.isAfter(LocalDate.now(clock.withZone(Amsterdam.ZONE)))) {
            throw InvalidInput.of(field, "Cannot be in the future.");
        }
        return date;
    }
}
