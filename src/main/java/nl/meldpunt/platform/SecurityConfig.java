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
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenVerifier tokens, ProblemWriter problems) throws Exception {
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
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)))
                .authorizeHttpRequests(AccessRules::api);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        http.formLogin(form -> form.loginPage("/login").successHandler(startPage()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        // SAMEORIGIN so an attachment preview (own CSP frame-ancestors 'self') can be framed; pages keep
                        // frame-ancestors 'none', which browsers apply over X-Frame-Options.
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(AccessRules::pages);
        return http.build();
    }

    /** After login: the page asked for, else staff start at their work, provider users at their reports. */
    private static AuthenticationSuccessHandler startPage() {
        var staff = new SavedRequestAwareAuthenticationSuccessHandler();
        staff.setDefaultTargetUrl("/werk");
        var provider = new SavedRequestAwareAuthenticationSuccessHandler();
        provider.setDefaultTargetUrl("/aanbieder");
        return (request, response, auth) -> (auth.getAuthorities().stream()
                        .anyMatch(a -> Role.PROVIDER_USER.authority().equals(a.getAuthority())) ? provider : staff)
                .onAuthenticationSuccess(request, response, auth);
    }

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
