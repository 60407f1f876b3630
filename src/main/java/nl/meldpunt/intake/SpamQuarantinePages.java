package nl.meldpunt.intake;

import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff review of the spam quarantine: each entry is either registered as a case after all (as received when it
 * first came in) or marked as spam. Nothing leaves the quarantine unseen.
 */
@Controller
class SpamQuarantinePages {

    private final SpamQuarantine quarantine;
    private final QuarantineRelease release;

    SpamQuarantinePages(SpamQuarantine quarantine, QuarantineRelease release) {
        this.quarantine = quarantine;
        this.release = release;
    }

    @GetMapping("/intake/quarantaine")
    String list(Model model) {
        model.addAttribute("entries", quarantine.waiting(200));
        model.addAttribute("zone", nl.meldpunt.platform.Amsterdam.ZONE);
        return "intake/spam-quarantine";
    }

    @PostMapping("/intake/quarantaine/{id}/registreren")
    String register(@PathVariable long id, RedirectAttributes flash) {
        flash.addFlashAttribute("registered", release.register(id));
        return "redirect:/intake/quarantaine";
    }

    @PostMapping("/intake/quarantaine/{id}/spam")
    String spam(@PathVariable long id, RedirectAttributes flash) {
        release.markSpam(id);
        flash.addFlashAttribute("markedSpam", true);
        return "redirect:/intake/quarantaine";
    }

    /** The review decisions, each in one transaction with the entry locked. */
    @org.springframework.stereotype.Component
    static class QuarantineRelease {

        private final SpamQuarantine quarantine;
        private final PublicFormSubmission submission;

        QuarantineRelease(SpamQuarantine quarantine, PublicFormSubmission submission) {
            this.quarantine = quarantine;
            this.submission = submission;
        }

        @Transactional
        String register(long id) {
            SpamQuarantine.Held held = quarantine.lockWaiting(id).orElseThrow(() -> new NotFound("Quarantine entry"));
            String number = submission.registerReleased(held.input(), held.files(), held.receivedAt());
            quarantine.markReviewed(id, CurrentUser.name(), "REGISTERED", number);
            return number;
        }

        @Transactional
        void markSpam(long id) {
            quarantine.lockWaiting(id).orElseThrow(() -> new NotFound("Quarantine entry"));
            quarantine.markReviewed(id, CurrentUser.name(), "SPAM", null);
        }
    }
}
