package nl.meldpunt.reporting;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page of the reports. */
@Controller
class ReportIndexPage {

    @GetMapping("/rapportages")
    String index() {
        return "reporting/index";
    }
}
