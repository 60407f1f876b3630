package nl.meldpunt.reporting;

import jakarta.servlet.http.HttpServletResponse;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A bad date, week or year in a report URL (page, PDF or CSV) is a 400 with a message, not a bug. */
@ControllerAdvice(assignableTypes = {SignalOverviewPages.class, KlachtbeeldPages.class, TrendPages.class,
    ProviderProfilePages.class, DashboardPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportPagesBadInputAdvice {

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class})
    String badInput(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", "reporting.badRequest");
        return "error";
    }
}
