package nl.meldpunt.formalreports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Identifiers;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Mandatory reports from systems (role API_CLIENT): one flat JSON object per report with the organisation
 * ({@code organisationName}, {@code kvkNumber}, {@code establishmentNumber}) and the form's fields, or an MIR XML
 * document. Invalid fields come back as RFC 9457 problem details naming each field.
 */
@RestController
@RequestMapping("/api/v1/formal-reports")
@Tag(name = "Formal reports", description = "Mandatory reports by providers and manufacturers")
class FormalReportApi {

    /** What the reporter gets back: the case's reference number and the reporting term. */
    record Receipt(String reference, String type, String status, LocalDate dueOn, Integer lateDays, String lateUnit,
            boolean late) {
        static Receipt of(FormalReport r) {
            return new Receipt(r.caseNumber(), r.type().apiName(), r.status().name(), r.dueOn(), r.lateDays(),
                    r.lateUnit(), r.isLate());
        }
    }

    private final FormalReports reports;
    private final MirUpload mir;
    private final ReportText text;

    FormalReportApi(FormalReports reports, MirUpload mir, ReportText text) {
        this.reports = reports;
        this.mir = mir;
        this.text = text;
    }

    @Operation(summary = "Submit a Manufacturer Incident Report (MIR) as XML, validated against mir.xsd")
    @PostMapping(path = "/mir", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<Receipt> mir(@RequestBody byte[] xml) {
        try {
            return created(mir.submit(xml, null, Channel.API));
        } catch (InvalidInput e) {
            throw new InvalidInput(text.errors(e.errors(), Locale.ENGLISH));
        }
    }

    @Operation(summary = "Submit a report: calamity, violence, dismissal, device-incident or medicine-defect")
    @PostMapping(path = "/{type}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Receipt> submit(@PathVariable String type, @RequestBody Map<String, Object> body) {
        ReportType reportType = ReportType.byApiName(type).orElseThrow(() -> new NotFound("Report type " + type));
        Map<String, String> values = new LinkedHashMap<>();
        body.forEach((k, v) -> values.put(k, v == null ? null : String.valueOf(v)));
        Map<String, String> errors = new LinkedHashMap<>();
        Organisation org = organisation(reportType, values, errors);
        errors.putAll(text.errors(reports.check(reportType, values), Locale.ENGLISH));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return created(reports.submit(null, reportType, org, values, Channel.API));
    }

    private static Organisation organisation(ReportType type, Map<String, String> v, Map<String, String> errors) {
        String name = v.get("organisationName");
        String kvk = v.get("kvkNumber");
        String est = v.get("establishmentNumber");
        if (name == null || name.isBlank()) {
            errors.put("organisationName", "Required.");
        } else if (name.length() > 300) {
            errors.put("organisationName", "At most 300 characters.");
        }
        boolean identified = type.isCareProviderReport();
        if ((identified || kvk != null) && !Identifiers.isKvkNumber(kvk)) {
            errors.put("kvkNumber", "A KvK number has 8 digits.");
        }
        if ((identified || est != null) && !Identifiers.isEstablishmentNumber(est)) {
            errors.put("establishmentNumber", "An establishment number has 12 digits.");
        }
        return new Organisation(name == null ? null : name.strip(), kvk, est);
    }

    private static ResponseEntity<Receipt> created(FormalReport report) {
        return ResponseEntity.created(URI.create("/api/v1/cases/" + report.caseNumber())).body(Receipt.of(report));
    }
}
