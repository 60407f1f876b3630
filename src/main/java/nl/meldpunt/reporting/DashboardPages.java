package nl.meldpunt.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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

/** Dashboard and analyst export (seniors, analysts, administrators). Default range: the last 28 days. */
@Controller
class DashboardPages {

    private final Dashboard dashboard;
    private final AnalystExport export;
    private final Clock clock;
    private final ReportLabels labels;

    DashboardPages(Dashboard dashboard, AnalystExport export, ReportLabels labels, Clock clock) {
        this.labels = labels;
        this.dashboard = dashboard;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/rapportages/dashboard")
    String page(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
            Model model, java.util.Locale locale) {
        LocalDate[] range;
        try {
            range = range(van, tot);
        } catch (InvalidInput e) {
            model.addAttribute("dateError", true);
            range = range(null, null);
        }
        Dashboard.Figures d = dashboard.figures(range[0], range[1]);
        model.addAttribute("d", d);
        model.addAttribute("chart", chart(d, locale));
        model.addAttribute("mayExportPersonalData", AnalystExport.mayExportPersonalData());
        return "reporting/dashboard";
    }

    @GetMapping("/rapportages/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String soort,
            @RequestParam(defaultValue = "false") boolean persoonsgegevens) {
        LocalDate[] range = range(van, tot);
        String csv = export.csv(new AnalystExport.Filter(range[0], range[1], sector, soort), persoonsgegevens);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("zaken-" + range[0] + "-" + range[1] + ".csv").build().toString())
                .body(csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/rapportages/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String soort, @RequestParam(defaultValue = "false") boolean persoonsgegevens) {
        LocalDate[] range = range(van, tot);
        byte[] xlsx = export.xlsx(new AnalystExport.Filter(range[0], range[1], sector, soort), persoonsgegevens);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("zaken-" + range[0] + "-" + range[1] + ".xlsx").build().toString())
                .body(xlsx);
    }

    /** Intake per day, one series per channel (colour and pattern per channel, legend, table beside it). */
    private String chart(Dashboard.Figures d, java.util.Locale locale) {
        var channels = d.perDay().stream().flatMap(day -> day.channels().keySet().stream()).distinct().sorted().toList();
        var groups = d.perDay().stream().map(day -> day.day().getDayOfMonth() + "-" + day.day().getMonthValue()).toList();
        var series = new java.util.ArrayList<SvgCharts.Series>();
        for (String channel : channels) {
            long[] values = d.perDay().stream().mapToLong(day -> day.channels().getOrDefault(channel, 0L)).toArray();
            series.add(new SvgCharts.Series(labels.text("reporting.channel." + channel, locale), values,
                    new boolean[values.length]));
        }
        return groups.isEmpty() ? "" : SvgCharts.groupedBars("db-intake", labels.text("reporting.dashboard.chart", locale),
                groups, series, locale);
    }

    private LocalDate[] range(String from, String to) {
        LocalDate today = LocalDate.now(clock.withZone(Amsterdam.ZONE));
        LocalDate end = ReportDates.date("tot", to, today);
        LocalDate start = ReportDates.date("van", from, end.minusDays(27));
        if (start.isAfter(end)) {
            throw InvalidInput.of("van", "The start date is after the end date.");
        }
        if (start.plusYears(5).isBefore(end)) {
            throw InvalidInput.of("van", "At most five years at a time.");
        }
        return new LocalDate[] {start, end};
    }
}
