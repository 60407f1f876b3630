package nl.meldpunt.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem details for API errors that happen before a controller is chosen (wrong method: 405, wrong content
 * type: 415, not acceptable: 406). {@link ApiProblemHandler} only advises controllers, and without this the
 * servlet container's error page would answer in its own format.
 */
@Component
class ApiNoHandlerProblems implements HandlerExceptionResolver, Ordered {

    private final ApiProblemHandler handler;
    private final ProblemWriter problems;

    ApiNoHandlerProblems(ApiProblemHandler handler, ProblemWriter problems) {
        this.handler = handler;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object chosen,
            Exception ex) {
        if (chosen != null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        ResponseEntity<Object> standard;
        try {
            standard = handler.handleException(ex, new ServletWebRequest(request, response));
        } catch (Exception notStandard) {
            return null;
        }
        if (standard == null || response.isCommitted()) {
            return null;
        }
        try {
            standard.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            int status = standard.getStatusCode().value();
            HttpStatus known = HttpStatus.resolve(status);
            String type = known == null ? "error"
                    : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
            problems.write(response, status, type, ex.getMessage());
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }
}
