package nl.meldpunt.accesslog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldpunt.platform.AccessAction;
import nl.meldpunt.platform.AccessLog;
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
 * The access log for administrators and the privacy officer: search by case or person ("who looked at this
 * person's data") or by employee and period ("what did this employee look at"), export as CSV (the export is
 * itself recorded), and check the hash chain.
 */
@Controller
class AccessLogPages {

    private final AccessLogSearch search;
    private final AccessLogVerifier verifier;
    private final AccessLog accessLog;

    AccessLogPages(AccessLogSearch search, AccessLogVerifier verifier, AccessLog accessLog) {
        this.search = search;
        this.verifier = verifier;
        this.accessLog = accessLog;
    }

    @GetMapping("/toegangslog")
    String page(@RequestParam(required = false) String zaak, @RequestParam(required = false) String persoon,
            @RequestParam(required = false) String medewerker, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(van, "van", errors);
        LocalDate to = date(tot, "tot", errors);
        var criteria = new AccessLogSearch.Criteria(trim(zaak, 20), trim(persoon, 200), trim(medewerker, 100), from, to);
        model.addAttribute("zaak", zaak);
        model.addAttribute("persoon", persoon);
        model.addAttribute("medewerker", medewerker);
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        model.addAttribute("errors", errors);
        model.addAttribute("searched", !criteria.empty());
        model.addAttribute("records", errors.isEmpty() ? search.search(criteria) : List.of());
        model.addAttribute("max", AccessLogSearch.MAX_ROWS);
        return "accesslog/search";
    }

    @GetMapping("/toegangslog/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String zaak,
            @RequestParam(required = false) String persoon, @RequestParam(required = false) String medewerker,
            @RequestParam(required = false) String van, @RequestParam(required = false) String tot) {
        Map<String, String> errors = new LinkedHashMap<>();
        var criteria = new AccessLogSearch.Criteria(trim(zaak, 20), trim(persoon, 200), trim(medewerker, 100),
                date(van, "van", errors), date(tot, "tot", errors));
        List<AccessRecord> records = errors.isEmpty() ? search.search(criteria) : List.of();
        Set<String> exportedCases = new LinkedHashSet<>();
        StringBuilder csv = new StringBuilder(
                "seq,occurred_at,actor,roles,action,case_number,person_ref,client,via,on_behalf_of,path\r\n");
        for (AccessRecord r : records) {
            csv.append(r.seq()).append(',')
                    .append(r.occurredAt().atZone(Amsterdam.ZONE).toOffsetDateTime()).append(',')
                    .append(cell(r.actor())).append(',').append(cell(r.roles())).append(',')
                    .append(r.action()).append(',').append(cell(r.caseNumber())).append(',')
                    .append(cell(r.personRef())).append(',').append(cell(r.client())).append(',')
                    .append(cell(r.via())).append(',').append(cell(r.onBehalfOf())).append(',')
                    .append(cell(r.path())).append("\r\n");
            if (r.caseNumber() != null) {
                exportedCases.add(r.caseNumber());
            }
        }
        // The export shows who looked at these cases: itself an access to data about them.
        exportedCases.forEach(n -> accessLog.record(AccessAction.EXPORT, n, "toegangslog"));
        if (exportedCases.isEmpty()) {
            accessLog.record(AccessAction.EXPORT, null, "toegangslog");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("toegangslog.csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/toegangslog/controle")
    String verify(Model model) {
        model.addAttribute("result", verifier.verify());
        return "accesslog/verify";
    }

    /** A CSV cell, quoted when needed; a leading formula character is neutralised (CSV injection). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "accesslog.search.date.invalid");
            return null;
        }
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
