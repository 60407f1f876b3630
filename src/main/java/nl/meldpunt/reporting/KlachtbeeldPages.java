package nl.meldpunt.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Klachtbeeld page (internal: exact numbers; with {@code publicatie=true} the published version) and its
 * PDF and CSV downloads (always the published version, small numbers as "&lt;5").
 */
@Controller
class KlachtbeeldPages {

    private final Klachtbeelden klachtbeelden;
    private final ReportLabels labels;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final nl.meldpunt.platform.AccessLog accessLog;

    KlachtbeeldPages(Klachtbeelden klachtbeelden, ReportLabels labels, PdfDocuments pdf, Clock clock,
            nl.meldpunt.platform.AccessLog accessLog) {
        this.accessLog = accessLog;
        this.klachtbeelden = klachtbeelden;
        this.labels = labels;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/rapportages/klachtbeeld")
    String page(@RequestParam(required = false) Integer jaar, @RequestParam(defaultValue = "false") boolean publicatie,
            Model model, Locale locale) {
        int year = ReportDates.year("jaar", jaar, lastYear());
        model.addAttribute("r", klachtbeelden.report(year, publicatie, labels, locale));
        model.addAttribute("edition", klachtbeelden.edition(year).orElse(null));
        return "reporting/klachtbeeld";
    }

    @GetMapping("/rapportages/klachtbeeld.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer jaar, Locale locale) {
        return pdfOf(ReportDates.year("jaar", jaar, lastYear()), locale);
    }

    @GetMapping("/rapportages/klachtbeeld.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer jaar, Locale locale) {
        return csvOf(ReportDates.year("jaar", jaar, lastYear()), locale);
    }

    @GetMapping("/rapportages/klachtbeeld.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer jaar, Locale locale) {
        return xlsxOf(ReportDates.year("jaar", jaar, lastYear()), locale);
    }

    /** The published figures as a spreadsheet; the download is recorded in the access log (no case numbers). */
    ResponseEntity<byte[]> xlsxOf(int year, Locale locale) {
        KlachtbeeldReport r = klachtbeelden.report(year, true, labels, locale);
        byte[] xlsx = r.asXlsx();
        accessLog.record(nl.meldpunt.platform.AccessAction.EXPORT, null, "klachtbeeld-" + year);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("klachtbeeld-" + year + ".xlsx").build().toString())
                .body(xlsx);
    }

    ResponseEntity<byte[]> pdfOf(int year, Locale locale) {
        KlachtbeeldReport r = klachtbeelden.report(year, true, labels, locale);
        return SignalOverviewPages.pdfResponse(pdf.pdf("reporting/pdf-klachtbeeld", locale, Map.of("r", r)),
                "klachtbeeld-" + year + ".pdf");
    }

    ResponseEntity<byte[]> csvOf(int year, Locale locale) {
        KlachtbeeldReport r = klachtbeelden.report(year, true, labels, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("klachtbeeld-" + year + ".csv").build().toString())
                .body(r.asCsv().getBytes(StandardCharsets.UTF_8));
    }

    private int lastYear() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE)).getYear() - 1;
    }
}
