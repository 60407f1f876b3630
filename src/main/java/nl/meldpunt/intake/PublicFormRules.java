package nl.meldpunt.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.casework.SubjectType;

/**
 * The rules of the public web form, in one place and without Spring: which fields are required, how long they may
 * be, what a valid phone number, e-mail address and date are, and that the chosen contact channel needs its detail.
 * Errors are message keys per field, in the order the fields appear on the page.
 */
final class PublicFormRules {

    static final int DESCRIPTION_MAX = 10_000;
    static final int SUBJECT_MAX = 300;
    static final int PLACE_MAX = 200;
    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 40;
    static final int ADDRESS_MAX = 500;

    static final Set<String> KINDS = Set.of("QUESTION", "COMPLAINT", "INFORMATION");

    private static final String PREFIX = "intake-form.error.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern DUTCH_PHONE = Pattern.compile("^0[1-9]\\d{8}$");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("^(\\+|00)[1-9]\\d{7,14}$");
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private PublicFormRules() {}

    /** Field name to message key; empty when the input may be registered. */
    static Map<String, String> check(PublicFormInput in, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(in.kind())) {
            errors.put("kind", PREFIX + "kind.required");
        } else if (!KINDS.contains(in.kind())) {
            errors.put("kind", PREFIX + "kind.invalid");
        }
        if (blank(in.description())) {
            errors.put("description", PREFIX + "description.required");
        } else if (in.description().strip().length() > DESCRIPTION_MAX) {
            errors.put("description", PREFIX + "description.tooLong");
        }
        if (!blank(in.subjectType()) && !isEnum(SubjectType.class, in.subjectType())) {
            errors.put("subjectType", PREFIX + "subjectType.invalid");
        }
        tooLong(errors, "subjectName", in.subjectName(), SUBJECT_MAX);
        tooLong(errors, "subjectPlace", in.subjectPlace(), PLACE_MAX);
        if (!blank(in.occurredOn())) {
            Optional<LocalDate> date = parseDate(in.occurredOn());
            if (date.isEmpty()) {
                errors.put("occurredOn", PREFIX + "occurredOn.invalid");
            } else if (date.get().isAfter(today)) {
                errors.put("occurredOn", PREFIX + "occurredOn.future");
            } else if (date.get().isBefore(today.minusYears(100))) {
                errors.put("occurredOn", PREFIX + "occurredOn.invalid");
            }
        }
        if (blank(in.relation())) {
            errors.put("relation", PREFIX + "relation.required");
        } else if (!isEnum(ReporterRelation.class, in.relation())) {
            errors.put("relation", PREFIX + "relation.invalid");
        }
        if (!in.isAnonymous()) {
            checkContact(in, errors);
        }
        return errors;
    }

    private static void checkContact(PublicFormInput in, Map<String, String> errors) {
        tooLong(errors, "name", in.name(), NAME_MAX);
        ContactPreference preference = null;
        if (blank(in.contactPreference())) {
            errors.put("contactPreference", PREFIX + "contactPreference.required");
        } else if (!isEnum(ContactPreference.class, in.contactPreference())) {
            errors.put("contactPreference", PREFIX + "contactPreference.invalid");
        } else {
            preference = ContactPreference.valueOf(in.contactPreference());
        }
        if (blank(in.email())) {
            if (preference == ContactPreference.EMAIL) {
                errors.put("email", PREFIX + "email.required");
            }
        } else if (in.email().strip().length() > EMAIL_MAX || !EMAIL.matcher(in.email().strip()).matches()) {
            errors.put("email", PREFIX + "email.invalid");
        }
        if (blank(in.phone())) {
            if (preference == ContactPreference.PHONE) {
                errors.put("phone", PREFIX + "phone.required");
            }
        } else if (in.phone().strip().length() > PHONE_MAX || !isPhoneNumber(in.phone())) {
            errors.put("phone", PREFIX + "phone.invalid");
        }
        if (blank(in.postalAddress())) {
            if (preference == ContactPreference.LETTER) {
                errors.put("postalAddress", PREFIX + "postalAddress.required");
            }
        } else {
            tooLong(errors, "postalAddress", in.postalAddress(), ADDRESS_MAX);
        }
    }

    /** A Dutch number (0 and nine digits) or an international one (+ or 00, country code, 8 to 15 digits). */
    static boolean isPhoneNumber(String value) {
        String digits = PHONE_SEPARATORS.matcher(value.strip()).replaceAll("");
        return DUTCH_PHONE.matcher(digits).matches() || INTERNATIONAL_PHONE.matcher(digits).matches();
    }

    /** ISO (from a date picker, 2026-11-23) or as Dutch people write it (23-11-2026, 23/11/2026). */
    static Optional<LocalDate> parseDate(String value) {
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException iso) {
            try {
                return Optional.of(LocalDate.parse(v.replace('/', '-').replace('.', '-'), DUTCH_DATE));
            } catch (DateTimeParseException dutch) {
                return Optional.empty();
            }
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, PREFIX + field + ".tooLong");
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
