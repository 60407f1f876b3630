package nl.meldpunt.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Applies {@link ApiRateLimit} to the API after authentication: 429 with Retry-After when a caller exceeds it. */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimit limit;
    private final ProblemWriter problems;

    ApiRateLimitFilter(ApiRateLimit limit, ProblemWriter problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = CurrentUser.authentication().map(a -> "user:" + a.getName())
                .orElse("addr:" + request.getRemoteAddr());
        if (!limit.tryAcquire(caller)) {
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            problems.write(response, 429, "rate-limited", "Too many requests; slow down and retry later.");
            return;
        }
        chain.doFilter(request, response);
    }
}
