package nl.meldpunt.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily signal overview as a page and as a PDF, for inspectors and seniors. */
@Controller
class SignalOverviewPages {

    private final SignalOverviews overviews;
    private final PdfDocuments pdf;
    private final Clock clock;

    SignalOverviewPages(SignalOverviews overviews, PdfDocuments pdf, Clock clock) {
        this.overviews = overviews;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/rapportages/signalen")
    String page(@RequestParam(required = false) String datum, Model model, Locale locale) {
        LocalDate date;
        try {
            date = ReportDates.date("datum", datum, today());
        } catch (InvalidInput e) {
            model.addAttribute("dateError", true);
            date = today();
        }
        SignalOverview o = overviews.forDate(date, locale);
        model.addAttribute("o", o);
        model.addAttribute("previous", overviews.previousWorkingDay(o.date()));
        model.addAttribute("next", overviews.overviewDayFor(o.date().plusDays(1)));
        return "reporting/signals";
    }

    @GetMapping("/rapportages/signalen.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String datum, Locale locale) {
        SignalOverview o = overviews.forDate(ReportDates.date("datum", datum, today()), locale);
        return pdfResponse(pdf.pdf("reporting/pdf-signals", locale, Map.of("o", o)),
                "signaaloverzicht-" + o.date() + ".pdf");
    }

    static ResponseEntity<byte[]> pdfResponse(byte[] body, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build()
                        .toString())
                .body(body);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE));
    }
}
