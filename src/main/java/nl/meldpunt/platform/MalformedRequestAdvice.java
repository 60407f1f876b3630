package nl.meldpunt.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A request body the container cannot parse (a multipart body cut off or without its boundary, a file name with a
 * NUL byte, too many parameters) is the client's fault: a 400 page, not a 500. Found by the hostile-input harness.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestAdvice {

    @ExceptionHandler({MultipartException.class, org.apache.tomcat.util.http.InvalidParameterException.class})
    String malformed(Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("messageKey", "error.badRequest");
        return "error";
    }
}
