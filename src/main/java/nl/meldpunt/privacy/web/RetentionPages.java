package nl.meldpunt.privacy.web;

import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.privacy.DestructionLists;
import nl.meldpunt.privacy.DestructionLists.DestructionList;
import nl.meldpunt.privacy.LegalHolds;
import nl.meldpunt.privacy.RetentionSchedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Retention pages: the schedule and legal holds (administrator), and destruction lists, which a senior or an
 * administrator approves (two different people). PRIVACY_OFFICER joins once that role exists.
 */
@Controller
class RetentionPages {

    static final int ITEMS_SHOWN = 500;

    private final RetentionSchedule schedule;
    private final LegalHolds holds;
    private final DestructionLists lists;
    private final CaseQueries cases;

    RetentionPages(RetentionSchedule schedule, LegalHolds holds, DestructionLists lists, CaseQueries cases) {
        this.schedule = schedule;
        this.holds = holds;
        this.lists = lists;
        this.cases = cases;
    }

    @GetMapping("/privacy/vernietiging")
    String overview(Model model) {
        model.addAttribute("rules", schedule.rules());
        model.addAttribute("holds", holds.active());
        var recent = lists.recent(20);
        DestructionList open = recent.stream()
                .filter(l -> l.status() == DestructionLists.Status.PROPOSED).findFirst().orElse(null);
        model.addAttribute("open", open);
        model.addAttribute("items", open == null ? java.util.List.of() : lists.items(open.id(), ITEMS_SHOWN));
        model.addAttribute("lists", recent);
        return "privacy/retention";
    }

    @PostMapping("/privacy/vernietiging/voorstellen")
    String propose() {
        lists.propose();
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/vernietiging/{id}/goedkeuren")
    String approve(@PathVariable long id) {
        lists.approve(id);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/vernietiging/{id}/afwijzen")
    String reject(@PathVariable long id) {
        lists.reject(id);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/vernietiging/{id}/uitsluiten")
    String exclude(@PathVariable long id, @RequestParam String caseNumber,
            @RequestParam(defaultValue = "true") boolean excluded) {
        lists.exclude(id, caseNumber, excluded);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/bewaartermijnen")
    String saveRule(@RequestParam(required = false) String kind, @RequestParam(required = false) String outcome,
            @RequestParam int years, @RequestParam String description) {
        schedule.save(kind, outcome, years, description);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/bewaartermijnen/{id}/verwijderen")
    String deleteRule(@PathVariable long id) {
        schedule.delete(id);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/bewaarplicht")
    String placeHold(@RequestParam String caseNumber, @RequestParam String reason) {
        String number = caseNumber.strip();
        if (cases.idOf(number).isEmpty()) {
            throw InvalidInput.of("caseNumber", "Unknown case.");
        }
        holds.place(number, reason);
        return "redirect:/privacy/vernietiging";
    }

    @PostMapping("/privacy/bewaarplicht/{id}/opheffen")
    String liftHold(@PathVariable long id) {
        holds.lift(id);
        return "redirect:/privacy/vernietiging";
    }
}
