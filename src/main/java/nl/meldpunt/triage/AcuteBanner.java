package nl.meldpunt.triage;

import java.util.List;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An intake suggested ACUTE stays in a banner on every staff page (rendered by {@code layout.html}) until a senior
 * acknowledges it; the acknowledgement records who and when. Citizens on public pages never see it.
 */
@Controller
@ControllerAdvice(annotations = Controller.class)
class AcuteBanner {

    private static final Role[] STAFF = {Role.INTAKE, Role.SENIOR, Role.INSPECTOR, Role.ANALYST, Role.ADMIN};

    private final AcuteAlerts alerts;

    AcuteBanner(AcuteAlerts alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("acuteAlerts")
    List<AcuteAlert> acuteAlerts() {
        return CurrentUser.hasAnyRole(STAFF) ? alerts.unacknowledged() : List.of();
    }

    @PostMapping("/triage/acuut/{caseId}/bevestigen")
    String acknowledge(@PathVariable long caseId) {
        alerts.acknowledge(caseId, CurrentUser.name());
        return "redirect:/werk";
    }
}
