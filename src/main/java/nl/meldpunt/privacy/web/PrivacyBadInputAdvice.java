package nl.meldpunt.privacy.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A tampered URL or form on a privacy page, or a value a rule refused, is a 400 with a message, not a bug. */
@ControllerAdvice(basePackageClasses = PrivacyBadInputAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PrivacyBadInputAdvice {

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            InvalidInput.class, NumberFormatException.class})
    String badInput(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", "privacy.error.input");
        return "error";
    }
}
