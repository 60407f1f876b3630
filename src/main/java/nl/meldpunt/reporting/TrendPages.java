package nl.meldpunt.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Weekly signals and trends as a page and a PDF (default: last week). */
@Controller
class TrendPages {

    private final Trends trends;
    private final PdfDocuments pdf;
    private final Clock clock;

    TrendPages(Trends trends, PdfDocuments pdf, Clock clock) {
        this.trends = trends;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/rapportages/trends")
    String page(@RequestParam(required = false) String week, Model model, Locale locale) {
        LocalDate monday;
        try {
            monday = ReportDates.week("week", week, lastWeek());
        } catch (InvalidInput e) {
            monday = lastWeek();
        }
        model.addAttribute("t", trends.forWeek(monday, locale));
        return "reporting/trends";
    }

    @GetMapping("/rapportages/trends.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String week, Locale locale) {
        TrendReport t = trends.forWeek(ReportDates.week("week", week, lastWeek()), locale);
        return SignalOverviewPages.pdfResponse(pdf.pdf("reporting/pdf-trends", locale, Map.of("t", t)),
                "trends-" + t.week() + ".pdf");
    }

    LocalDate lastWeek() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE)).minusWeeks(1);
    }
}
