package nl.meldpunt.casework;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A subject as staff enter it on the case page or through the API. {@link #errors()} names every field that breaks
 * a rule: a BIG number must pass the eleven-check, KvK has 8 digits, an establishment number 12, a medicine's
 * registration number looks like {@code RVG 12345} or {@code EU/1/23/1234/001}.
 */
public record SubjectInput(
        SubjectType type,
        String name,
        String place,
        String kvkNumber,
        String establishmentNumber,
        String bigNumber,
        CaseSubject.ProductKind productKind,
        String registrationNumber,
        String udiDi,
        String lotNumber,
        Long providerId) {

    public SubjectInput {
        name = clean(name);
        place = clean(place);
        kvkNumber = digits(kvkNumber);
        establishmentNumber = digits(establishmentNumber);
        bigNumber = digits(bigNumber);
        registrationNumber = clean(registrationNumber);
        udiDi = clean(udiDi);
        lotNumber = clean(lotNumber);
        if (type != SubjectType.PRODUCT) {
            productKind = null;
        }
    }

    /** Field name to an English message; empty when the input is acceptable. */
    public Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (type == null) {
            errors.put("type", "Choose provider, professional or product.");
            return errors;
        }
        tooLong(errors, "name", name, 300);
        tooLong(errors, "place", place, 200);
        tooLong(errors, "udiDi", udiDi, 100);
        tooLong(errors, "lotNumber", lotNumber, 100);
        switch (type) {
            case PROVIDER -> {
                if (name == null && kvkNumber == null && providerId == null) {
                    errors.put("name", "Give the provider's name or KvK number.");
                }
                if (kvkNumber != null && !Identifiers.isKvkNumber(kvkNumber)) {
                    errors.put("kvkNumber", "A KvK number has 8 digits.");
                }
                if (establishmentNumber != null && !Identifiers.isEstablishmentNumber(establishmentNumber)) {
                    errors.put("establishmentNumber", "An establishment number has 12 digits.");
                }
            }
            case PROFESSIONAL -> {
                if (name == null && bigNumber == null) {
                    errors.put("name", "Give the professional's name or BIG number.");
                }
                if (bigNumber != null && !Identifiers.isBigNumber(bigNumber)) {
                    errors.put("bigNumber", "Not a valid BIG number (11 digits passing the eleven-check).");
                }
            }
            case PRODUCT -> {
                if (name == null) {
                    errors.put("name", "Give the product's name.");
                }
                if (registrationNumber != null && !isRegistrationNumber(registrationNumber)) {
                    errors.put("registrationNumber", "Expected RVG 12345 or EU/1/23/1234/001.");
                }
            }
        }
        return errors;
    }

    /** RVG number (Dutch marketing authorisation, also RVG 12345//67890 for parallel import) or EU number. */
    static boolean isRegistrationNumber(String value) {
        return value.matches("(?i)RVG ?\\d{1,6}(//\\d{1,6})?") || value.matches("(?i)EU/\\d/\\d{2}/\\d{1,4}(/\\d{1,4})?");
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "At most " + max + " characters.");
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String digits(String s) {
        String c = clean(s);
        return c == null ? null : c.replaceAll("[\\s.]", "");
    }
}
