package nl.meldpunt.triage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Role;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An intake suggested ACUTE stays in a banner on every staff page (rendered by {@code layout.html}) until a senior
 * acknowledges it; the acknowledgement records who and when. Citizens on public pages never see it. The alerts are
 * looked up only when a page is rendered — not for API calls, redirects or downloads.
 */
@Controller
@Configuration(proxyBeanMethods = false)
class AcuteBanner implements WebMvcConfigurer {

    /** The banner lists the newest open alerts and counts the rest. */
    static final int BANNER_SIZE = 10;

    /** Open alerts are counted up to this number; beyond it the banner says "or more". */
    static final int COUNT_CAP = 100;

    private static final Role[] STAFF = {Role.INTAKE, Role.SENIOR, Role.INSPECTOR, Role.ANALYST, Role.ADMIN};

    private final AcuteAlerts alerts;

    AcuteBanner(AcuteAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView page) {
                boolean rendersPage = page != null && page.getViewName() != null
                        && !page.getViewName().startsWith("redirect:");
                if (rendersPage && CurrentUser.hasAnyRole(STAFF)) {
                    AcuteAlerts.Banner banner = alerts.banner(BANNER_SIZE, COUNT_CAP);
                    page.addObject("acuteAlerts", banner.alerts());
                    page.addObject("acuteAlertsMore", banner.more());
                    page.addObject("acuteAlertsMoreCapped", banner.capped());
                }
            }
        });
    }

    @PostMapping("/triage/acuut/{caseId}/bevestigen")
    String acknowledge(@PathVariable long caseId) {
        alerts.acknowledge(caseId, CurrentUser.name());
        return "redirect:/werk";
    }
}
