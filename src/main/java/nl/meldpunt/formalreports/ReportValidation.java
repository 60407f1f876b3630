package nl.meldpunt.formalreports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.casework.Identifiers;

/**
 * Checks a report's fields. Returns field name to error code (message key {@code formalreports.error.<code>}), in
 * form order; empty when the report may be submitted. A draft is only checked for length.
 */
final class ReportValidation {

    private static final String UDI_DI = "[A-Za-z0-9+\\-./:*()]{6,120}";
    /** RVG 12345 (national) or EU/1/23/456/789 (central authorisation). */
    private static final String REGISTRATION = "(?i)(RVG\\s?\\d{1,7}|EU/\\d/\\d{2}/\\d{3,4}/\\d{3,4})";

    private static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu")
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private ReportValidation() {}

    static Map<String, String> forDraft(ReportType type, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            String v = values.get(f.name());
            if (v != null && v.length() > f.kind().maxLength()) {
                errors.put(f.name(), "tooLong");
            }
        }
        return errors;
    }

    static Map<String, String> forSubmission(ReportType type, Map<String, String> values, LocalDate today) {
        Map<String, String> errors = forDraft(type, values);
        for (FieldSpec f : type.fields()) {
            String v = values.get(f.name());
            if (errors.containsKey(f.name())) {
                continue;
            }
            if (v == null || v.isBlank()) {
                if (f.required()) {
                    errors.put(f.name(), "required");
                }
                continue;
            }
            String problem = switch (f.kind()) {
                case DATE -> checkDate(v, today, f.name().endsWith("ExpectedOn"));
                case CHOICE -> f.options().contains(v) ? null : "choice";
                case BIG_NUMBER -> Identifiers.isBigNumber(v) ? null : "bigNumber";
                case UDI_DI -> v.matches(UDI_DI) ? null : "udiDi";
                case REGISTRATION_NUMBER -> v.matches(REGISTRATION) ? null : "registrationNumber";
                case TEXT, TEXTAREA -> null;
            };
            if (problem != null) {
                errors.put(f.name(), problem);
            }
        }
        crossChecks(type, values, errors);
        return errors;
    }

    private static void crossChecks(ReportType type, Map<String, String> values, Map<String, String> errors) {
        LocalDate occurred = date(values.get("occurredOn"));
        LocalDate aware = date(values.get(type.awarenessField()));
        if (occurred != null && aware != null && aware.isBefore(occurred) && !errors.containsKey("awareOn")) {
            errors.put(type.awarenessField(), "awareBeforeOccurred");
        }
        LocalDate expected = date(values.get("investigationReportExpectedOn"));
        if (expected != null && aware != null && expected.isBefore(aware)) {
            errors.put("investigationReportExpectedOn", "expectedBeforeAware");
        }
        if (type == ReportType.DEVICE_INCIDENT && blank(values.get("lotNumber")) && blank(values.get("serialNumber"))) {
            errors.putIfAbsent("lotNumber", "lotOrSerial");
        }
    }

    private static String checkDate(String v, LocalDate today, boolean futureAllowed) {
        LocalDate d = date(v);
        if (d == null) {
            return "date";
        }
        if (!futureAllowed && d.isAfter(today)) {
            return "future";
        }
        return d.isAfter(today.plusYears(1)) || d.isBefore(LocalDate.of(1990, 1, 1)) ? "dateRange" : null;
    }

    static LocalDate date(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String t = v.strip();
        try {
            return t.matches("\\d{1,2}-\\d{1,2}-\\d{4}") ? LocalDate.parse(t, DUTCH_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String v) {
        return v == null || v.isBlank();
    }
}
