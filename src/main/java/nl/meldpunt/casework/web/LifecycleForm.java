package nl.meldpunt.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.platform.InvalidInput;

/**
 * What a case-handling form sent, read field by field. Fields that cannot be read (a word where a date belongs)
 * are collected and refused together by {@link #check()}, before anything is changed.
 */
final class LifecycleForm {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    LifecycleForm(Map<String, String> values) {
        this.values = values;
    }

    String text(String field) {
        String v = values.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    long version() {
        Long v = number("version");
        return v == null ? -1 : v;
    }

    Long number(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            errors.put(field, "Not a number.");
            return null;
        }
    }

    Integer integer(String field) {
        Long v = number(field);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : v.intValue();
    }

    LocalDate date(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(field, "Not a date.");
            return null;
        }
    }

    Boolean yesNo(String field) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.put(field, "Yes or no.");
                yield null;
            }
        };
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String v = text(field);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        errors.put(field, "Unknown choice.");
        return null;
    }

    /** Refuses a choice that was readable but is not one this form offers. */
    void reject(String field) {
        errors.put(field, "Unknown choice.");
    }

    /** Requires the fields to be present (checked together with the unreadable ones). */
    LifecycleForm require(String... fields) {
        for (String field : fields) {
            if (text(field) == null) {
                errors.putIfAbsent(field, "Required.");
            }
        }
        return this;
    }

    /** Refuses the form when a field could not be read or is missing. */
    void check() {
        if (text("version") == null || version() < 0) {
            errors.putIfAbsent("version", "Required.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
