package nl.meldpunt.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn werk" and "Teamwachtrijen": open clocks with their cases, soonest due first. */
@Controller
class WorkQueuePages {

    private static final int ROWS = 200;

    private final WorkQueue queue;
    private final ClockTypes types;
    private final ReferenceData reference;
    private final StaffUsers users;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    WorkQueuePages(WorkQueue queue, ClockTypes types, ReferenceData reference, StaffUsers users,
            WorkingDayCalendar calendar, Clock clock) {
        this.queue = queue;
        this.types = types;
        this.reference = reference;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** A queue line as the page shows it. */
    record Row(QueueItem item, String typeLabel, String sectorLabel, String urgencyLabel, LocalDateTime due,
            LocalDate dueDay, boolean dayClock, DueLevel level) {}

    @GetMapping("/werk/mijn")
    String mine(@RequestParam(required = false) String sector, @RequestParam(required = false) String urgency,
            @RequestParam(defaultValue = "all") String due, Model model, Locale locale) {
        String me = CurrentUser.name();
        show(model, locale, new QueueFilter(null, me, blank(sector), blank(urgency), dueBefore(due)));
        model.addAttribute("page", "mine");
        return "deadlines/queue";
    }

    @GetMapping("/werk/team")
    String team(@RequestParam(required = false) String team, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String urgency, @RequestParam(defaultValue = "all") String due,
            Model model, Locale locale) {
        String chosen = team != null ? team
                : users.find(CurrentUser.name()).map(StaffUser::team).orElse("");
        show(model, locale, new QueueFilter(blank(chosen), null, blank(sector), blank(urgency), dueBefore(due)));
        model.addAttribute("page", "team");
        model.addAttribute("team", chosen);
        model.addAttribute("teams", queue.teams());
        return "deadlines/queue";
    }

    private void show(Model model, Locale locale, QueueFilter filter) {
        Instant now = clock.instant();
        Map<String, ClockType> byCode = types.all().stream()
                .collect(Collectors.toMap(ClockType::code, Function.identity()));
        List<Row> rows = queue.open(filter, ROWS).stream().map(item -> {
            ClockType type = byCode.get(item.type());
            return new Row(item,
                    type == null ? item.type() : type.label(locale),
                    item.sector() == null ? null : reference.label(ReferenceList.SECTOR, item.sector(), locale),
                    item.urgency() == null ? null : reference.label(ReferenceList.URGENCY, item.urgency(), locale),
                    item.dueAt().atZone(Amsterdam.ZONE).toLocalDateTime(),
                    item.dueAt().minusNanos(1).atZone(Amsterdam.ZONE).toLocalDate(),
                    type == null || type.unit() != ClockUnit.OFFICE_HOURS,
                    DueLevel.of(item.state(), item.dueAt(), now, calendar));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("due", filter.dueBefore() == null ? "all" : "today");
        model.addAttribute("sectors", reference.active(ReferenceList.SECTOR));
        model.addAttribute("urgencies", reference.active(ReferenceList.URGENCY));
        model.addAttribute("limit", ROWS);
    }

    private Instant dueBefore(String due) {
        if ("today".equals(due)) {
            LocalDate today = clock.instant().atZone(Amsterdam.ZONE).toLocalDate();
            return WorkingDayCalendar.endOf(today);
        }
        return null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
