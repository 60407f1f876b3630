package nl.meldpunt.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (form POST to /login, or HTTP Basic on the API) for a locked user name or address
 * before the password is checked; the answer is the same as for a wrong password.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemWriter problems;

    LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            if (throttle.isLocked(request.getParameter("username"), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
        } else {
            String user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
            if (user != null && throttle.isLocked(user, request.getRemoteAddr())) {
                problems.write(response, 401, "unauthenticated", "Log in with HTTP Basic or an API token.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
