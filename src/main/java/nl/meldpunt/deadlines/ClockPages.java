package nl.meldpunt.deadlines;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clocks of one case for staff: what runs, and forms to start, pause, resume, extend, complete and stop. */
@Controller
class ClockPages {

    private static final String CHANGERS = "hasAnyRole('INTAKE','SENIOR','ADMIN','INSPECTOR')";

    private final Clocks clocks;
    private final ClockTypes types;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ClockPages(Clocks clocks, ClockTypes types, WorkingDayCalendar calendar, Clock clock) {
        this.clocks = clocks;
        this.types = types;
        this.calendar = calendar;
        this.clock = clock;
    }

    record ClockRow(CaseClock clock, String typeLabel, boolean dayClock, java.time.LocalDateTime due, DueLevel level) {}

    @GetMapping("/werk/termijnen/{caseNumber}")
    String show(@PathVariable String caseNumber, Model model, Locale locale) {
        return page(caseNumber, model, locale, null, null);
    }

    @PostMapping("/werk/termijnen/{caseNumber}/start")
    @PreAuthorize(CHANGERS)
    String start(@PathVariable String caseNumber, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String reason, Model model, Locale locale) {
        return act(caseNumber, model, locale, null, () -> clocks.start(caseNumber, type, null, blank(reason)));
    }

    @PostMapping("/werk/termijnen/{caseNumber}/{clockId}/{action}")
    @PreAuthorize(CHANGERS)
    String change(@PathVariable String caseNumber, @PathVariable long clockId, @PathVariable String action,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String by, Model model,
            Locale locale) {
        CaseClock target = clocks.get(clockId);
        if (!target.caseNumber().equals(caseNumber)) {
            throw new nl.meldpunt.platform.NotFound("Clock " + clockId);
        }
        return act(caseNumber, model, locale, clockId, () -> switch (action) {
            case "pauzeren" -> clocks.pause(clockId, reason);
            case "hervatten" -> clocks.resume(clockId, blank(reason));
            case "verlengen" -> clocks.extend(clockId, by.strip(), reason);
            case "afronden" -> clocks.complete(clockId, blank(reason));
            case "stoppen" -> clocks.stop(clockId, reason);
            default -> throw new nl.meldpunt.platform.NotFound("Action " + action);
        });
    }

    private String act(String caseNumber, Model model, Locale locale, Long clockId,
            java.util.function.Supplier<CaseClock> change) {
        try {
            change.get();
        } catch (InvalidInput e) {
            return page(caseNumber, model, locale, clockId, "deadlines.clocks.error." + e.errors().keySet().iterator().next());
        } catch (RuleViolation e) {
            if (e.status().value() == 404) {
                throw e;
            }
            return page(caseNumber, model, locale, clockId, e.messageKey());
        }
        return "redirect:/werk/termijnen/" + caseNumber;
    }

    private String page(String caseNumber, Model model, Locale locale, Long errorClock, String errorKey) {
        List<CaseClock> list = clocks.forCase(caseNumber);
        Map<String, ClockType> byCode = types.all().stream()
                .collect(Collectors.toMap(ClockType::code, Function.identity()));
        var now = clock.instant();
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("rows", list.stream().map(c -> new ClockRow(c,
                byCode.containsKey(c.type()) ? byCode.get(c.type()).label(locale) : c.type(),
                c.unit() != ClockUnit.OFFICE_HOURS,
                c.dueAt().atZone(nl.meldpunt.platform.Amsterdam.ZONE).toLocalDateTime(),
                c.state().isOpen() ? DueLevel.of(c.state(), c.dueAt(), now, calendar) : null)).toList());
        model.addAttribute("types", byCode.values().stream().filter(t -> !t.retired())
                .sorted(java.util.Comparator.comparingInt(ClockType::sortOrder)).toList());
        model.addAttribute("errorClock", errorClock);
        model.addAttribute("errorKey", errorKey);
        return "deadlines/clocks";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
