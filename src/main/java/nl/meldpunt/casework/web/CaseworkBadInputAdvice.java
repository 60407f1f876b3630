package nl.meldpunt.casework.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A tampered or truncated URL or form on a staff page (a word where a number belongs) is a 400, not a bug. */
@ControllerAdvice(basePackageClasses = CaseworkBadInputAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseworkBadInputAdvice {

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badInput(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", "casework.error.badRequest");
        return "error";
    }
}
