package nl.meldpunt.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Supervision reports as JSON. No personal data of citizens in any of them. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportsApi {

    private final SignalOverviews overviews;
    private final Klachtbeelden klachtbeelden;
    private final KlachtbeeldPages klachtbeeldFiles;
    private final ReportLabels labels;
    private final Clock clock;

    private final Trends trends;
    private ProviderProfiles profiles;

    @org.springframework.beans.factory.annotation.Autowired
    void setProfiles(ProviderProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/providers")
    @Operation(summary = "Find providers by name (fuzzy) or KvK number (8 digits)")
    java.util.List<ProviderProfile.Hit> providers(@RequestParam String q) {
        return profiles.search(q, 25);
    }

    @GetMapping("/providers/profile")
    @Operation(summary = "Profile of one provider by its key (from the search): cases by kind, theme and year, open "
            + "clocks, forwarded cases and their outcomes")
    ProviderProfile providerProfile(@RequestParam String key, Locale locale) {
        return profiles.profile(key, locale).orElseThrow(() -> new nl.meldpunt.platform.NotFound("Provider " + key));
    }

    ReportsApi(SignalOverviews overviews, Klachtbeelden klachtbeelden, KlachtbeeldPages klachtbeeldFiles,
            ReportLabels labels, Trends trends, Clock clock) {
        this.trends = trends;
        this.overviews = overviews;
        this.klachtbeelden = klachtbeelden;
        this.klachtbeeldFiles = klachtbeeldFiles;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/trends")
    @Operation(summary = "Weekly signals and trends of an ISO week (YYYY-Www, default last week): rises above the "
            + "usual level (Poisson test against the trailing 12 weeks), clusters per provider, new providers with "
            + "serious signals; each with its case numbers")
    TrendReport trends(@RequestParam(required = false) String week, Locale locale) {
        return trends.forWeek(ReportDates.week("week", week, today().minusWeeks(1)), locale);
    }

    @GetMapping("/klachtbeeld")
    @Operation(summary = "Published Klachtbeeld of a year (default last year): counts as strings, under 5 as \"<5\"; "
            + "the frozen edition once the year is published")
    Map<String, Object> klachtbeeld(@RequestParam(required = false) Integer year, Locale locale) {
        return klachtbeelden.report(ReportDates.year("year", year, lastYear()), true, labels, locale).asJson();
    }

    @GetMapping("/klachtbeeld.csv")
    @Operation(summary = "Published Klachtbeeld as CSV (semicolon separated, UTF-8)")
    ResponseEntity<byte[]> klachtbeeldCsv(@RequestParam(required = false) Integer year, Locale locale) {
        return klachtbeeldFiles.csvOf(ReportDates.year("year", year, lastYear()), locale);
    }

    @GetMapping("/klachtbeeld.xlsx")
    @Operation(summary = "Published Klachtbeeld as a spreadsheet (XLSX): counts as numbers, under 5 as \"<5\"")
    ResponseEntity<byte[]> klachtbeeldXlsx(@RequestParam(required = false) Integer year, Locale locale) {
        return klachtbeeldFiles.xlsxOf(ReportDates.year("year", year, lastYear()), locale);
    }

    @GetMapping("/klachtbeeld.pdf")
    @Operation(summary = "Published Klachtbeeld as PDF with vector charts")
    ResponseEntity<byte[]> klachtbeeldPdf(@RequestParam(required = false) Integer year, Locale locale) {
        return klachtbeeldFiles.pdfOf(ReportDates.year("year", year, lastYear()), locale);
    }

    @PostMapping("/klachtbeeld/{year}/publication")
    @Operation(summary = "Publish (freeze) a year's Klachtbeeld; 409 when it is already published")
    ResponseEntity<Map<String, Object>> publishKlachtbeeld(@PathVariable int year, Locale locale) {
        var edition = klachtbeelden.publish(ReportDates.year("year", year, year), CurrentUser.name());
        return ResponseEntity.status(201).body(KlachtbeeldReport.of(edition.figures(), edition.publishedAt(), true,
                labels, locale).asJson());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE));
    }

    private int lastYear() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE)).getYear() - 1;
    }

    @GetMapping("/signal-overview")
    @Operation(summary = "Daily signal overview of an office working day (default today); covers the weekend and "
            + "holidays since the previous working day")
    SignalOverview signalOverview(@RequestParam(required = false) String date, Locale locale) {
        return overviews.forDate(ReportDates.date("date", date, today()), locale);
    }

}
