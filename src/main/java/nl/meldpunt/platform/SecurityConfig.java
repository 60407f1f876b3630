package nl.meldpunt.platform;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Two chains: the stateless API ({@code /api/**}: HTTP Basic or an API token, problem details
 * on failure) and the pages (form login, CSRF, sessions). Fine-grained rules per endpoint live in
 * {@link AccessRules}, one table for both chains.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    /** Swagger UI ships an inline style; it is staff-only and gets a slightly wider policy. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /**
     * No Micrometer observation around each of the ~15 security filters, the authentication and the authorisation of
     * every request: they cost a measurable share of an intake's CPU time (issue 3) and the HTTP server observation
     * already times whole requests.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenVerifier tokens, ProblemWriter problems,
            LoginThrottle throttle, ApiRateLimit rateLimit) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, e) ->
                        problems.write(res, 401, "unauthenticated", "Log in with HTTP Basic or an API token.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) ->
                                problems.write(res, 401, "unauthenticated", "Log in with HTTP Basic or an API token."))
                        .accessDeniedHandler((req, res, e) ->
                                problems.write(res, 403, "forbidden", "Your role does not allow this action.")))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BearerTokenFilter.class)
                .addFilterAfter(new ApiRateLimitFilter(rateLimit, problems), BasicAuthenticationFilter.class)
                .headers(SecurityConfig::hardenedHeaders)
                .authorizeHttpRequests(AccessRules::api);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle throttle, ProblemWriter problems)
            throws Exception {
        http.formLogin(form -> form.loginPage("/login").successHandler(startPage()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                // SAMEORIGIN so an attachment preview (own CSP frame-ancestors 'self') can be framed; pages keep
                // CSP frame-ancestors 'none', which browsers apply over X-Frame-Options.
                .headers(h -> {
                    hardenedHeaders(h);
                    h.frameOptions(f -> f.sameOrigin());
                })
                .authorizeHttpRequests(AccessRules::pages);
        return http.build();
    }

    /** After login: the page asked for, else staff start at their work, provider users at their reports. */
    private static AuthenticationSuccessHandler startPage() {
        var staff = new SavedRequestAwareAuthenticationSuccessHandler();
        staff.setDefaultTargetUrl("/werk");
        var provider = new SavedRequestAwareAuthenticationSuccessHandler();
        provider.setDefaultTargetUrl("/aanbieder");
        var privacyOfficer = new SavedRequestAwareAuthenticationSuccessHandler();
        privacyOfficer.setDefaultTargetUrl("/toegangslog");
        return (request, response, auth) -> {
            var roles = auth.getAuthorities().stream().map(a -> a.getAuthority()).toList();
            var handler = roles.contains(Role.PROVIDER_USER.authority()) ? provider
                    : roles.contains(Role.PRIVACY_OFFICER.authority()) && roles.size() == 1 ? privacyOfficer : staff;
            handler.onAuthenticationSuccess(request, response, auth);
        };
    }

    /**
     * Headers on every page and API answer: the CSP (no inline script or style; frame-ancestors 'none'),
     * X-Frame-Options DENY, HSTS for a year with subdomains (sent always: behind a TLS-terminating proxy the
     * request looks like plain HTTP, and browsers ignore HSTS on real plain HTTP), Referrer-Policy same-origin,
     * a Permissions-Policy that switches off powerful browser features, nosniff, and no caching.
     */
    static void hardenedHeaders(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                        .requestMatcher(org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                        "Permissions-Policy", PERMISSIONS_POLICY));
    }

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** Swagger UI and the OpenAPI document: staff only, with the policy Swagger UI needs. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**")
                .formLogin(form -> form.loginPage("/login"))
                .httpBasic(basic -> {})
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CSP)))
                .authorizeHttpRequests(a -> a.requestMatchers(GET, "/**").hasAnyRole(Role.STAFF)
                        .requestMatchers(POST, "/**").denyAll());
        return http.build();
    }
}
