package nl.meldpunt.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Dutch working days, statutory terms and office hours. Every deadline goes through here; never {@code plusDays}
 * for a deadline.
 *
 * <p>OFFICE: Monday to Friday except New Year's Day, Easter Monday, King's Day, 5 May, Ascension Day, Whit Monday,
 * Christmas and Boxing Day (Good Friday only when configured). STATUTORY (Algemene termijnenwet): the same list
 * without Good Friday. Administrators may open or close single days per calendar ({@link CalendarAdmin}). Each
 * year is computed once and cached; a change made here drops the year at once, a change made on another node is
 * seen within a minute.
 */
@Component
public class WorkingDayCalendar {

    private static final long MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();

    private final CalendarSettings settings;
    private final BiFunction<CalendarType, Integer, List<CalendarOverride>> overrides;
    private final Map<YearKey, Year> cache = new ConcurrentHashMap<>();

    /** The default calendars without administrator overrides (for unit tests and tools). */
    public WorkingDayCalendar() {
        this(CalendarSettings.DEFAULTS, (type, year) -> List.of());
    }

    @Autowired
    WorkingDayCalendar(CalendarSettings settings, CalendarOverrides overrides) {
        this(settings, overrides::inYear);
    }

    WorkingDayCalendar(CalendarSettings settings,
            BiFunction<CalendarType, Integer, List<CalendarOverride>> overrides) {
        this.settings = settings;
        this.overrides = overrides;
    }

    private record YearKey(CalendarType type, int year) {}

    /** One computed year: which days are closed, and why. */
    private record Year(BitSet closed, Map<LocalDate, Holiday> holidays, Map<LocalDate, CalendarOverride> overrides,
            long loadedAt) {}

    /** The date reached after counting {@code days} working days after {@code from} ({@code from} not counted). */
    public LocalDate addWorkingDays(CalendarType type, LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be zero or more");
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(type, date)) {
                counted++;
            }
        }
        return date;
    }

    public boolean isWorkingDay(CalendarType type, LocalDate date) {
        return !year(type, date.getYear()).closed().get(date.getDayOfYear());
    }

    /** The date itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(CalendarType type, LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(type, day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The working days from {@code from} to {@code to}, both included. */
    public List<LocalDate> workingDays(CalendarType type, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(type, day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** How many working days lie after {@code from} up to and including {@code to} (0 when to is not after from). */
    public int countWorkingDays(CalendarType type, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(type, day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day of a statutory term of {@code period} that starts the day after {@code from} (Algemene
     * termijnenwet): a term ending on a Saturday, Sunday or recognised holiday ends on the next day that is none
     * of these (art. 1), and a term of three days or more is extended until it contains at least two such
     * ordinary days (art. 2).
     */
    public LocalDate termEnd(LocalDate from, Period period) {
        LocalDate nominal = from.plus(period);
        if (!nominal.isAfter(from)) {
            throw new IllegalArgumentException("A term must be longer than zero days");
        }
        boolean needsTwoDays = ChronoUnit.DAYS.between(from, nominal) >= 3;
        int ordinary = needsTwoDays ? Math.min(2, countWorkingDays(CalendarType.STATUTORY, from, nominal)) : 2;
        LocalDate end = nominal;
        while (!isWorkingDay(CalendarType.STATUTORY, end) || ordinary < 2) {
            end = end.plusDays(1);
            if (isWorkingDay(CalendarType.STATUTORY, end)) {
                ordinary++;
            }
        }
        return end;
    }

    /**
     * The moment reached after {@code officeTime} of office hours (OFFICE working days, office hours in
     * Europe/Amsterdam) from {@code start}. Time outside office hours does not count: a start on a Saturday counts
     * from Monday's opening.
     */
    public Instant addOfficeHours(Instant start, Duration officeTime) {
        if (officeTime.isNegative()) {
            throw new IllegalArgumentException("officeTime must be zero or more");
        }
        if (officeTime.isZero()) {
            return start;
        }
        ZonedDateTime at = alignToOffice(start.atZone(Amsterdam.ZONE));
        Duration remaining = officeTime;
        while (true) {
            ZonedDateTime close = at.toLocalDate().atTime(settings.officeCloses()).atZone(Amsterdam.ZONE);
            Duration left = Duration.between(at, close);
            if (remaining.compareTo(left) <= 0) {
                return at.plus(remaining).toInstant();
            }
            remaining = remaining.minus(left);
            at = opening(onOrAfter(CalendarType.OFFICE, at.toLocalDate().plusDays(1)));
        }
    }

    /** The office time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration officeTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(Amsterdam.ZONE).toLocalDate();
        for (LocalDate day = from.atZone(Amsterdam.ZONE).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(CalendarType.OFFICE, day)) {
                continue;
            }
            Instant open = opening(day).toInstant();
            Instant close = day.atTime(settings.officeCloses()).atZone(Amsterdam.ZONE).toInstant();
            Instant a = from.isAfter(open) ? from : open;
            Instant b = to.isBefore(close) ? to : close;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** The first moment after the given day in Europe/Amsterdam: a deadline "on" that day is met before this. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Amsterdam.ZONE).toInstant();
    }

    /** The weekdays that are closed and the days administrators changed in one year, in date order. */
    public List<CalendarDay> exceptions(CalendarType type, int year) {
        Year y = year(type, year);
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            CalendarOverride override = y.overrides().get(day);
            Holiday holiday = y.holidays().get(day);
            if (override != null || (holiday != null && !isWeekend(day))) {
                days.add(new CalendarDay(day, !y.closed().get(day.getDayOfYear()), holiday, override));
            }
        }
        return days;
    }

    /** Forgets a computed year after its overrides changed. */
    void forget(CalendarType type, int year) {
        cache.remove(new YearKey(type, year));
    }

    private ZonedDateTime alignToOffice(ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (isWorkingDay(CalendarType.OFFICE, day)) {
            if (at.toLocalTime().isBefore(settings.officeOpens())) {
                return opening(day);
            }
            if (at.toLocalTime().isBefore(settings.officeCloses())) {
                return at;
            }
        }
        return opening(onOrAfter(CalendarType.OFFICE, day.plusDays(1)));
    }

    private ZonedDateTime opening(LocalDate day) {
        return day.atTime(settings.officeOpens()).atZone(Amsterdam.ZONE);
    }

    private Year year(CalendarType type, int year) {
        YearKey key = new YearKey(type, year);
        Year cached = cache.get(key);
        if (cached != null && System.nanoTime() - cached.loadedAt() < MAX_AGE_NANOS) {
            return cached;
        }
        Year loaded = compute(type, year);
        cache.put(key, loaded);
        return loaded;
    }

    private Year compute(CalendarType type, int year) {
        BitSet closed = new BitSet(367);
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWeekend(day)) {
                closed.set(day.getDayOfYear());
            }
        }
        Map<LocalDate, Holiday> holidays = Holiday.of(year, holidaysOf(type));
        holidays.keySet().forEach(day -> closed.set(day.getDayOfYear()));
        Map<LocalDate, CalendarOverride> changed = new HashMap<>();
        for (CalendarOverride override : overrides.apply(type, year)) {
            changed.put(override.day(), override);
            closed.set(override.day().getDayOfYear(), !override.working());
        }
        return new Year(closed, Map.copyOf(holidays), Map.copyOf(changed), System.nanoTime());
    }

    private Set<Holiday> holidaysOf(CalendarType type) {
        if (type == CalendarType.STATUTORY) {
            return Holiday.STATUTORY;
        }
        Set<Holiday> office = EnumSet.allOf(Holiday.class);
        if (!settings.goodFridayOff()) {
            office.remove(Holiday.GOOD_FRIDAY);
        }
        return office;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
