package nl.meldpunt.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.meldpunt.platform.Amsterdam;
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
    private final Clock clock;

    ReportsApi(SignalOverviews overviews, Clock clock) {
        this.overviews = overviews;
        this.clock = clock;
    }

    @GetMapping("/signal-overview")
    @Operation(summary = "Daily signal overview of an office working day (default today); covers the weekend and "
            + "holidays since the previous working day")
    SignalOverview signalOverview(@RequestParam(required = false) String date, Locale locale) {
        return overviews.forDate(ReportDates.date("date", date, today()), locale);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Amsterdam.ZONE));
    }
}
