package nl.meldpunt.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Pages never show a stack trace: a broken rule or a stale edit gets a friendly message, an unexpected error a
 * generic one (and is logged as a bug).
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    String ruleViolation(RuleViolation ex, Model model, HttpServletResponse response) {
        response.setStatus(ex.status().value());
        model.addAttribute("messageKey", ex.status().value() == 404 ? "error.404" : ex.messageKey());
        return "error";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("messageKey", "error.conflict");
        return "error";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("messageKey", "error.404");
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception ex, Model model, HttpServletResponse response) throws Exception {
        if (ex instanceof org.springframework.security.access.AccessDeniedException
                || ex instanceof org.springframework.security.core.AuthenticationException) {
            throw ex;
        }
        log.error("Unexpected error on a page (a bug): {}", ex.getClass().getName(), ex);
        response.setStatus(500);
        model.addAttribute("messageKey", "error.generic");
        return "error";
    }
}
