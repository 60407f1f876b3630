package nl.meldpunt.formalreports;

import java.util.Map;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's section for staff (loaded by htmx into {@code casework/case.html}, or as a page of its own without
 * JavaScript): the report's fields, whether it was reported on time ("te laat gemeld met N werkdagen"), other reports
 * about the same device, and the question thread with the reporter.
 */
@Controller
class CaseSection {

    private final FormalReports reports;

    CaseSection(FormalReports reports) {
        this.reports = reports;
    }

    @GetMapping("/zaken/{caseNumber}/verplichte-melding")
    String section(@PathVariable String caseNumber,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        fill(caseNumber, model);
        model.addAttribute("errors", Map.of());
        return htmx != null ? "formalreports/section :: section" : "formalreports/section-page";
    }

    @PostMapping("/zaken/{caseNumber}/verplichte-melding/vraag")
    String ask(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String message, Model model,
            RedirectAttributes redirect) {
        try {
            reports.ask(caseNumber, message);
        } catch (InvalidInput e) {
            fill(caseNumber, model);
            model.addAttribute("errors", e.errors());
            model.addAttribute("message", message);
            return "formalreports/section-page";
        }
        redirect.addFlashAttribute("saved", "formalreports.thread.asked");
        return "redirect:/zaken/" + caseNumber;
    }

    private void fill(String caseNumber, Model model) {
        model.addAttribute("caseNumber", caseNumber);
        var report = reports.forCase(caseNumber).orElse(null);
        model.addAttribute("report", report);
        if (report != null) {
            model.addAttribute("thread", reports.thread(report));
            String udi = report.fields().get("udiDi");
            model.addAttribute("sameDevice", udi == null ? java.util.List.of()
                    : reports.incidentsOfDevice(udi).stream().filter(r -> r.id() != report.id()).toList());
        }
    }
}
