package nl.meldpunt.accesslog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every successful request to a URL with a case number in its path ({@code /zaken/{caseNumber}/**},
 * {@code /api/v1/cases/{caseNumber}/**}, and any endpoint another module adds with a {@code {caseNumber}}
 * variable), so controllers need no logging code. GET is a view (or download, print, export by the pattern);
 * any other method is a change. Refused requests (401, 403, 404, 5xx) read no data and are not recorded; a
 * page form refused with 400/409 shows the case again and counts as a view.
 */
class AccessLogInterceptor implements HandlerInterceptor {

    private final AccessLog accessLog;

    AccessLogInterceptor(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        int status = response.getStatus();
        boolean pageShownAgain = (status == 400 || status == 409) && !request.getRequestURI().startsWith("/api/");
        if (ex != null || (status >= 400 && !pageShownAgain)) {
            return;
        }
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)) {
            return;
        }
        Object number = vars.get("caseNumber");
        if (!(number instanceof String caseNumber) || !CaseNumber.isValid(caseNumber)) {
            return;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        AccessAction action = pageShownAgain ? AccessAction.VIEW
                : action(request.getMethod(), pattern == null ? "" : pattern.toString());
        accessLog.record(action, caseNumber, null);
    }

    static AccessAction action(String method, String pattern) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return AccessAction.CHANGE;
        }
        String p = pattern.toLowerCase(Locale.ROOT);
        if (p.contains("bijlage") || p.contains("attachment") || p.contains("download")) {
            return AccessAction.DOWNLOAD;
        }
        if (p.contains("print") || p.contains("afdruk") || p.contains("pdf")) {
            return AccessAction.PRINT;
        }
        if (p.contains("export")) {
            return AccessAction.EXPORT;
        }
        return AccessAction.VIEW;
    }
}
