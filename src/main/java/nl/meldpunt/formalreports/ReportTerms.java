package nl.meldpunt.formalreports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * The legal term within which a report must be made, counted from the day the reporter became aware, and how late a
 * report was. Calamity and dismissal: 3 working days (Wkkgz art. 11, Jeugdwet 4.1.8) on the statutory calendar.
 * Medical-device serious incidents: 2, 10 or 15 calendar days (MDR art. 87(3)-(5): the regulation states these
 * terms in days, not working days). Violence is to be reported "without delay" and medicine defects have no fixed
 * term: no term is computed for them.
 */
@Component
class ReportTerms {

    /** The term and, when the report came after it, by how many days (of the term's unit) it was late. */
    record Term(LocalDate dueOn, int lateDays, Unit unit) {
        boolean late() {
            return lateDays > 0;
        }
    }

    enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS
    }

    private final WorkingDayCalendar calendar;

    ReportTerms(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    Optional<Term> term(ReportType type, Map<String, String> values, LocalDate awareOn, LocalDate reportedOn) {
        if (awareOn == null) {
            return Optional.empty();
        }
        return switch (type) {
            case CALAMITY, DISMISSAL -> {
                LocalDate due = calendar.addWorkingDays(CalendarType.STATUTORY, awareOn, 3);
                int late = calendar.countWorkingDays(CalendarType.STATUTORY, due, reportedOn);
                yield Optional.of(new Term(due, late, Unit.WORKING_DAYS));
            }
            case DEVICE_INCIDENT -> {
                LocalDate due = awareOn.plusDays(mdrDays(values.get("severity")));
                int late = (int) Math.max(0, ChronoUnit.DAYS.between(due, reportedOn));
                yield Optional.of(new Term(due, late, Unit.CALENDAR_DAYS));
            }
            case VIOLENCE, MEDICINE_DEFECT, FIELD_SAFETY_ACTION -> Optional.empty();
        };
    }

    /** MDR art. 87: serious public-health threat 2 days, death or unanticipated serious deterioration 10, else 15. */
    static int mdrDays(String severity) {
        if ("SERIOUS_PUBLIC_HEALTH_THREAT".equals(severity)) {
            return 2;
        }
        if ("DEATH_OR_SERIOUS_DETERIORATION".equals(severity)) {
            return 10;
        }
        return 15;
    }
}
