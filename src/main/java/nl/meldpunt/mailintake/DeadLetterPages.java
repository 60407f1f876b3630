package nl.meldpunt.mailintake;

import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dead-letter page for administrators: incoming messages and letter scans that failed processing
 * {@code max-attempts} times, with the reason, and the actions "retry" (processed again by the next poll or sweep)
 * and "mark handled" (dealt with by hand: a message is then marked processed in the mailbox without being filed).
 * Both actions are recorded (who and when, in the row; and in the access log).
 */
@Controller
class DeadLetterPages {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPages.class);
    static final String BASE = "/admin/dode-berichten";

    private final IntakeFailures failures;
    private final AccessLog accessLog;

    DeadLetterPages(IntakeFailures failures, AccessLog accessLog) {
        this.failures = failures;
        this.accessLog = accessLog;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("failures", failures.forAdministrators(500));
        model.addAttribute("maxAttempts", failures.maxAttempts());
        return "mailintake/dead-letters";
    }

    @PostMapping(BASE + "/{id}/opnieuw")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        var failure = failures.find(id).orElseThrow(() -> new NotFound("Dead letter " + id));
        boolean done = failures.retry(id, CurrentUser.name());
        audit(failure, done, "retry");
        redirect.addFlashAttribute("saved", done ? "mailintake.dead.retried" : "mailintake.dead.notDead");
        return "redirect:" + BASE;
    }

    @PostMapping(BASE + "/{id}/afgehandeld")
    String handled(@PathVariable long id, RedirectAttributes redirect) {
        var failure = failures.find(id).orElseThrow(() -> new NotFound("Dead letter " + id));
        boolean done = failures.markHandled(id, CurrentUser.name());
        audit(failure, done, "handled");
        redirect.addFlashAttribute("saved", done ? "mailintake.dead.handled" : "mailintake.dead.notDead");
        return "redirect:" + BASE;
    }

    private void audit(IntakeFailures.Failure failure, boolean done, String action) {
        if (done) {
            accessLog.record(AccessAction.CHANGE, failure.caseNumber(), "dode-brief:" + failure.id());
            log.info("Dead letter {} ({}) marked for {} by {}", failure.id(), failure.kind(), action,
                    CurrentUser.name());
        }
    }
}
