package nl.meldpunt.correspondence;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A tampered form on this module's pages (a word where a date or choice belongs) is a 400, not a bug. */
@ControllerAdvice(assignableTypes = {CorrespondencePages.class, CorrespondenceAdminPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrespondenceBadInputAdvice {

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        BindException.class})
    String badInput(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", "correspondence.error.badRequest");
        return "error";
    }
}
