package nl.meldpunt.platform;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The one table of which role may call which URL. Business modules add their paths here, so that an endpoint
 * nobody listed is denied rather than silently open.
 */
final class AccessRules {

    private AccessRules() {}

    static void api(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/api/v1/intakes").hasAnyRole("INTAKE", "SENIOR", "INSPECTOR", "ADMIN", "API_CLIENT")
                .requestMatchers(GET, "/api/v1/cases/*/parties", "/api/v1/cases/*/parties/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers(GET, "/api/v1/cases/*/correspondence/**", "/api/v1/cases/*/authorisations/**").hasAnyRole(with(Role.CASE_HANDLERS, "INSPECTOR"))
                .requestMatchers(GET, "/api/v1/cases/*/contacts", "/api/v1/cases/*/contacts/**").hasAnyRole(with(Role.CASE_HANDLERS, "INSPECTOR"))
                .requestMatchers("/api/v1/cases/*/restriction", "/api/v1/cases/*/restriction/**").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers(GET, "/api/v1/cases", "/api/v1/cases/**").hasAnyRole(Role.STAFF)
                .requestMatchers(POST, "/api/v1/cases/*/clocks", "/api/v1/cases/*/clocks/**").hasAnyRole(with(Role.CASE_HANDLERS, "INSPECTOR"))
                .requestMatchers(POST, "/api/v1/cases/*/assignment").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers(POST, "/api/v1/cases/*/inspector-decision", "/api/v1/cases/*/inspector-decision/**").hasRole("INSPECTOR")
                .requestMatchers("/api/v1/cases/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers(GET, "/api/v1/calendar/**").hasAnyRole(with(Role.STAFF, "API_CLIENT"))
                .requestMatchers(POST, "/api/v1/triage/acute/*/acknowledge").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers("/api/v1/triage/**").hasAnyRole(with(Role.STAFF, "API_CLIENT"))
                .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                .requestMatchers(GET, "/api/v1/providers", "/api/v1/providers/**").hasAnyRole(with(Role.STAFF, "API_CLIENT"))
                .requestMatchers("/api/v1/providers", "/api/v1/providers/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers(GET, "/api/v1/reports/**").hasAnyRole("SENIOR", "INSPECTOR", "ANALYST", "ADMIN")
                .requestMatchers(POST, "/api/v1/reports/**").hasAnyRole("SENIOR", "ANALYST", "ADMIN")
                .requestMatchers(POST, "/api/v1/formal-reports/**").hasRole("API_CLIENT")
                .anyRequest().denyAll();
    }

    static void pages(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/", "/melden", "/melden/**", "/login", "/error", "/favicon.ico").permitAll()
                .requestMatchers("/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/vendor/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/toegangslog", "/toegangslog/**").hasAnyRole("ADMIN", "PRIVACY_OFFICER")
                .requestMatchers("/privacy/vernietiging", "/privacy/vernietiging/*/goedkeuren").hasAnyRole("SENIOR", "ADMIN", "PRIVACY_OFFICER")
                .requestMatchers("/privacy/**", "/privacy").hasAnyRole("ADMIN", "PRIVACY_OFFICER")
                .requestMatchers("/triage/acuut/**").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers("/intake/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers("/zaken/*/toewijzing").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers(POST, "/zaken/*/afscherming", "/zaken/*/afscherming/**").hasAnyRole("SENIOR", "ADMIN")
                .requestMatchers(POST, "/aanbieders", "/aanbieders/**", "/zaken/*/betrokkenen/**", "/zaken/*/koppelingen/**", "/zaken/*/bijlagen", "/zaken/*/bijlagen/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers("/rapportages/dashboard", "/rapportages/export.csv", "/rapportages/export.xlsx").hasAnyRole("SENIOR", "ANALYST", "ADMIN")
                .requestMatchers("/rapportages/**").hasAnyRole("SENIOR", "INSPECTOR", "ANALYST", "ADMIN")
                .requestMatchers(POST, "/zaken/*/behandeling/inspecteur/**").hasRole("INSPECTOR")
                .requestMatchers(POST, "/zaken/*/behandeling/**").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers(POST, "/zaken/*/contacten").hasAnyRole(Role.CASE_HANDLERS)
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/aanbieder", "/aanbieder/**").hasRole("PROVIDER_USER")
                .anyRequest().hasAnyRole(Role.STAFF);
    }

    private static String[] with(String[] roles, String extra) {
        String[] all = java.util.Arrays.copyOf(roles, roles.length + 1);
        all[roles.length] = extra;
        return all;
    }
}
