package nl.meldpunt.casework.web;

import nl.meldpunt.casework.CaseFilter;
import nl.meldpunt.casework.CasePage;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The work list (werkvoorraad): incoming and open cases, newest first, with filters and Dutch full-text search.
 * A plain GET form; with htmx only the result table is swapped.
 */
@Controller
class WorkListController {

    static final int PAGE_SIZE = 25;
    /** The status filter value for "all open cases", the default. */
    static final String OPEN = "OPEN";
    static final String ALL = "ALL";

    private final CaseQueries queries;
    private final ReferenceData reference;
    private final nl.meldpunt.platform.AccessLog accessLog;

    WorkListController(CaseQueries queries, ReferenceData reference, nl.meldpunt.platform.AccessLog accessLog) {
        this.queries = queries;
        this.reference = reference;
        this.accessLog = accessLog;
    }

    public record WorkListFilter(String q, String kind, String sector, String urgency, String status, String channel,
            int page) {}

    @GetMapping("/werk")
    String workList(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        WorkListFilter filter = new WorkListFilter(trim(q, 200), code(kind), code(sector), code(urgency),
                status == null || status.isBlank() ? OPEN : status, code(channel), Math.clamp(page, 0, 10_000));
        CasePage result = queries.search(toCaseFilter(filter), filter.page(), PAGE_SIZE);
        accessLog.recordResults(result.items().stream().map(nl.meldpunt.casework.CaseSummary::caseNumber).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("kinds", reference.all(ReferenceList.KIND));
        model.addAttribute("sectors", reference.all(ReferenceList.SECTOR));
        model.addAttribute("urgencies", reference.all(ReferenceList.URGENCY));
        model.addAttribute("statuses", Arrays.asList(CaseStatus.values()));
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null) {
            return "casework/worklist :: results";
        }
        return "casework/worklist";
    }

    static CaseFilter toCaseFilter(WorkListFilter f) {
        CaseStatus status = parse(CaseStatus.class, f.status());
        Boolean open = status != null || ALL.equals(f.status()) ? null : Boolean.TRUE;
        return new CaseFilter(f.q(), status, parse(Channel.class, f.channel()), f.kind(), f.sector(), f.urgency(),
                null, null, open);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static String code(String value) {
        return value == null || value.isBlank() || value.length() > 40 ? null : value.strip();
    }

    private static String trim(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
