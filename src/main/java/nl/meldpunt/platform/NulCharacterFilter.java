package nl.meldpunt.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes NUL characters from request parameters (forms and query strings): PostgreSQL cannot store U+0000 in text,
 * so one in a form field or search used to end in a 500. Found by the hostile-input harness. Lazy: parameters are
 * only read (and a broken body only fails) when the controller asks for them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return Text.withoutNul(super.getParameter(name));
            }

            @Override
            public String[] getParameterValues(String name) {
                String[] values = super.getParameterValues(name);
                if (values == null) {
                    return null;
                }
                String[] clean = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    clean[i] = Text.withoutNul(values[i]);
                }
                return clean;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                Map<String, String[]> clean = new LinkedHashMap<>();
                super.getParameterMap().forEach((k, v) -> clean.put(k, getParameterValues(k)));
                return java.util.Collections.unmodifiableMap(clean);
            }
        }, response);
    }
}
