package nl.meldpunt.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import nl.meldpunt.platform.NotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies {@link CaseAccessPolicy} before any handler whose URL has a {@code {caseNumber}} variable: the case
 * page and its sections, attachments, contacts, clocks, the case API, and whatever other modules add under those
 * patterns. A case the user may not see is a 404, as if it did not exist; the handler never runs.
 */
@Configuration(proxyBeanMethods = false)
class CaseAccessInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final CaseAccessPolicy policy;

    CaseAccessInterceptor(CaseAccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                && vars.get("caseNumber") instanceof String caseNumber
                && CaseNumber.isValid(caseNumber)
                && !policy.mayAccess(caseNumber)) {
            throw new NotFound("Case");
        }
        return true;
    }
}
