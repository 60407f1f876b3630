package nl.meldpunt.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' page for the calendars: the year's closed weekdays and changes, and a form to change a day. */
@Controller
class CalendarAdminPages {

    private final WorkingDayCalendar calendar;
    private final CalendarAdmin admin;
    private final Clock clock;

    CalendarAdminPages(WorkingDayCalendar calendar, CalendarAdmin admin, Clock clock) {
        this.calendar = calendar;
        this.admin = admin;
        this.clock = clock;
    }

    @GetMapping("/admin/kalender")
    String show(@RequestParam(defaultValue = "OFFICE") String calendar, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String saved, Model model) {
        CalendarType type = type(calendar);
        int shown = year == null || year < CalendarAdmin.FIRST_YEAR || year > CalendarAdmin.LAST_YEAR
                ? clock.instant().atZone(Amsterdam.ZONE).getYear() : year;
        fill(model, type, shown);
        model.addAttribute("saved", saved != null);
        model.addAttribute("form", new DayForm("", "false", ""));
        model.addAttribute("errors", Map.of());
        return "deadlines/calendar";
    }

    record DayForm(String day, String working, String reason) {}

    @PostMapping("/admin/kalender/dagen")
    String change(@RequestParam String calendar, @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "false") String working, @RequestParam(defaultValue = "") String reason,
            Model model) {
        CalendarType type = type(calendar);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(day.strip());
            if (date.getYear() < CalendarAdmin.FIRST_YEAR || date.getYear() > CalendarAdmin.LAST_YEAR) {
                errors.put("day", "deadlines.calendar.error.day");
            }
        } catch (DateTimeParseException e) {
            errors.put("day", "deadlines.calendar.error.day");
        }
        if (reason.isBlank() || reason.length() > 500) {
            errors.put("reason", "deadlines.calendar.error.reason");
        }
        if (!errors.isEmpty()) {
            int year = date != null && !errors.containsKey("day") ? date.getYear()
                    : clock.instant().atZone(Amsterdam.ZONE).getYear();
            fill(model, type, year);
            model.addAttribute("saved", false);
            model.addAttribute("form", new DayForm(day, working, reason));
            model.addAttribute("errors", errors);
            return "deadlines/calendar";
        }
        admin.change(type, date, Boolean.parseBoolean(working), reason);
        return "redirect:/admin/kalender?calendar=" + type + "&year=" + date.getYear() + "&saved";
    }

    @PostMapping("/admin/kalender/dagen/intrekken")
    String revert(@RequestParam String calendar, @RequestParam String day) {
        CalendarType type = type(calendar);
        LocalDate date = LocalDate.parse(day);
        admin.revert(type, date);
        return "redirect:/admin/kalender?calendar=" + type + "&year=" + date.getYear() + "&saved";
    }

    private void fill(Model model, CalendarType type, int year) {
        model.addAttribute("calendar", type);
        model.addAttribute("calendars", CalendarType.values());
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.exceptions(type, year));
    }

    private static CalendarType type(String value) {
        try {
            return CalendarType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return CalendarType.OFFICE;
        }
    }
}
