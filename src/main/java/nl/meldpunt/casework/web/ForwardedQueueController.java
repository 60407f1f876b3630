package nl.meldpunt.casework.web;

import nl.meldpunt.casework.ForwardedCases;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inspectors' queue (/werk/doorgezet): forwarded cases awaiting acceptance or a decision. */
@Controller
class ForwardedQueueController {

    private final ForwardedCases forwarded;

    ForwardedQueueController(ForwardedCases forwarded) {
        this.forwarded = forwarded;
    }

    @GetMapping("/werk/doorgezet")
    String queue(@RequestParam(required = false) String team, Model model) {
        String filter = team == null || team.isBlank() ? null : team.strip().substring(0, Math.min(team.strip().length(), 50));
        model.addAttribute("team", filter);
        model.addAttribute("items", forwarded.awaitingInspector(filter, ForwardedCases.MAX_ROWS));
        return "casework/forwarded";
    }
}
