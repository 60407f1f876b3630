package nl.meldpunt.casework.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Small helpers for page forms: blank input is no input, and field errors become one message per field. */
final class Forms {

    private Forms() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Field name → message (the first error of each field), in the viewer's language. */
    static Map<String, String> errors(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String field = error.getField().replaceAll("\\[.*", "");
            String message = error.isBindingFailure()
                    ? messages.getMessage("casework.error.invalidValue", null, locale)
                    : error.getDefaultMessage();
            errors.putIfAbsent(field, message);
        }
        return errors;
    }

    /** Field errors a business check found later (unknown codes and the like). */
    static Map<String, String> codeErrors(Map<String, String> found, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        found.keySet().forEach(field -> errors.put(field.replaceAll("\\[.*", ""),
                messages.getMessage("casework.error.code", null, locale)));
        return errors;
    }
}
