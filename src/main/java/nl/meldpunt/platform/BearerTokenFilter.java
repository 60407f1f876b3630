package nl.meldpunt.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests carrying {@code Authorization: Bearer <token>}. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenVerifier verifier;
    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokenVerifier verifier, ProblemWriter problems) {
        this.verifier = verifier;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = verifier.verify(header.substring(7).trim());
        if (user.isEmpty()) {
            problems.write(response, 401, "unauthenticated", "The API token is unknown, expired or revoked.");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                user.get(), null, user.get().getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setAttribute(AccessLog.VIA_ATTRIBUTE, "api-token");
        chain.doFilter(request, response);
    }
}
