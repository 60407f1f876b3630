package nl.meldpunt.admin.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Blank input is no input; field errors become one message per field, in the viewer's language. */
final class AdminForms {

    private AdminForms() {}

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Map<String, String> errors(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            String field = error.getField().replaceAll("\\[.*", "");
            errors.putIfAbsent(field, error.isBindingFailure()
                    ? messages.getMessage("admin.error.invalidValue", null, locale)
                    : error.getDefaultMessage());
        }
        return errors;
    }
}
