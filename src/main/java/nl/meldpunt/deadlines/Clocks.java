package nl.meldpunt.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRouting;
import nl.meldpunt.deadlines.ClockRuleViolations.ClockAlreadyRunning;
import nl.meldpunt.deadlines.ClockRuleViolations.ExtensionBeyondMaximum;
import nl.meldpunt.deadlines.ClockRuleViolations.IllegalClockTransition;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clocks on cases: start, pause, resume, extend, complete, stop. Each change locks the clock row, recomputes
 * the stored due moment through the {@link WorkingDayCalendar}, and records a history entry on the case in the
 * same transaction.
 */
@Component
public class Clocks {

    /** The actor recorded for changes nobody made by hand (event listeners, the breach detector). */
    public static final String SYSTEM = "system";

    private final ClockStore store;
    private final ClockTypes types;
    private final WorkingDayCalendar calendar;
    private final CaseQueries cases;
    private final CaseEditing editing;
    private final Clock clock;

    Clocks(ClockStore store, ClockTypes types, WorkingDayCalendar calendar, CaseQueries cases, CaseEditing editing,
            Clock clock) {
        this.store = store;
        this.types = types;
        this.calendar = calendar;
        this.cases = cases;
        this.editing = editing;
        this.clock = clock;
    }

    /** Starts a clock of the given type on a case, counting from {@code startAt} (now when null). */
    @Transactional
    public CaseClock start(String caseNumber, String typeCode, Instant startAt, String reason) {
        CaseRouting view = cases.requireRouting(caseNumber);
        ClockType type = types.find(typeCode).filter(t -> !t.retired())
                .orElseThrow(() -> InvalidInput.of("type", "Unknown or retired clock type."));
        Instant start = startAt == null ? clock.instant() : startAt;
        Instant due = ClockLength.due(calendar, type.unit(), type.calendar(), type.length(), null, 0, start);
        var routing = new ClockStore.Routing(view.team(), view.assignee(), view.sector(), view.urgency());
        long id = store.insert(view.caseId(), view.caseNumber(), type, start, due, routing)
                .orElseThrow(() -> new ClockAlreadyRunning(type.code()));
        CaseClock started = store.find(id).orElseThrow().clock();
        record(started, "STARTED", null, reason);
        return started;
    }

    /**
     * Starts a clock unless the case already has an open one of that type (for event listeners, which may see an
     * event twice). Returns whether a clock was started.
     */
    @Transactional
    public boolean startIfAbsent(String caseNumber, String typeCode, Instant startAt, String reason) {
        boolean open = forCase(caseNumber).stream()
                .anyMatch(c -> c.type().equals(typeCode) && c.state().isOpen());
        if (open) {
            return false;
        }
        start(caseNumber, typeCode, startAt, reason);
        return true;
    }

    /** Stops the count: the time until {@link #resume} is added to the clock. */
    @Transactional
    public CaseClock pause(long clockId, String reason) {
        requireReason(reason);
        ClockStore.Row row = lock(clockId);
        CaseClock c = moveTo(row.clock(), ClockState.PAUSED);
        CaseClock paused = with(c, c.dueAt(), ClockState.PAUSED, clock.instant(), c.extension(), c.extensions(), null);
        store.update(new ClockStore.Row(paused, row.pausedCredit(), row.maxExtension(), row.maxExtensions()));
        record(paused, "PAUSED", c.state(), reason);
        return paused;
    }

    /** Resumes a paused clock; the due moment moves by the working time that passed while it was paused. */
    @Transactional
    public CaseClock resume(long clockId, String reason) {
        ClockStore.Row row = lock(clockId);
        CaseClock c = row.clock();
        if (c.state() != ClockState.PAUSED) {
            throw new IllegalClockTransition(c.state(), ClockState.RUNNING);
        }
        Instant now = clock.instant();
        long credit = row.pausedCredit()
                + ClockLength.pauseCredit(calendar, c.unit(), c.calendar(), c.pausedAt(), now);
        Instant due = ClockLength.due(calendar, c.unit(), c.calendar(), c.length(), c.extension(), credit,
                c.startedAt());
        CaseClock resumed = with(c, due, ClockState.RUNNING, null, c.extension(), c.extensions(), null);
        store.update(new ClockStore.Row(resumed, credit, row.maxExtension(), row.maxExtensions()));
        record(resumed, "RESUMED", c.state(), reason);
        return resumed;
    }

    /**
     * Extends a clock by {@code by} (ISO-8601 in the clock's unit: PT2H, P3D working days, P4W term), within the
     * type's maximum. An extended breached clock runs again when its new due moment lies ahead.
     */
    @Transactional
    public CaseClock extend(long clockId, String by, String reason) {
        requireReason(reason);
        ClockStore.Row row = lock(clockId);
        CaseClock c = row.clock();
        if (!c.state().isOpen()) {
            throw new IllegalClockTransition(c.state(), c.state());
        }
        ClockLength.check(c.unit(), "by", by);
        if (row.maxExtension() == null || row.maxExtensions() == 0) {
            throw new ExtensionBeyondMaximum("A " + c.type() + " clock cannot be extended.");
        }
        if (c.extensions() >= row.maxExtensions()) {
            throw new ExtensionBeyondMaximum("A " + c.type() + " clock may be extended " + row.maxExtensions()
                    + " time(s) only.");
        }
        String total = ClockLength.plus(c.unit(), c.extension(), by);
        if (ClockLength.longer(c.unit(), total, row.maxExtension(), c.startedAt().atZone(
                nl.meldpunt.platform.Amsterdam.ZONE).toLocalDate())) {
            throw new ExtensionBeyondMaximum("A " + c.type() + " clock may be extended by at most "
                    + row.maxExtension() + " in total.");
        }
        Instant due = ClockLength.due(calendar, c.unit(), c.calendar(), c.length(), total, row.pausedCredit(),
                c.startedAt());
        ClockState state = c.state() == ClockState.BREACHED && due.isAfter(clock.instant())
                ? ClockState.RUNNING : c.state();
        CaseClock extended = with(c, due, state, c.pausedAt(), total, c.extensions() + 1, null);
        store.update(new ClockStore.Row(extended, row.pausedCredit(), row.maxExtension(), row.maxExtensions()));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("by", by);
        record(extended, "EXTENDED", c.state(), reason, extra);
        return extended;
    }

    /** The work the clock asked for is done (on time or late). */
    @Transactional
    public CaseClock complete(long clockId, String reason) {
        return end(clockId, ClockState.COMPLETED, "COMPLETED", reason);
    }

    /** The clock no longer applies (e.g. the person withdrew); needs a reason. */
    @Transactional
    public CaseClock stop(long clockId, String reason) {
        requireReason(reason);
        return end(clockId, ClockState.STOPPED, "STOPPED", reason);
    }

    public List<CaseClock> forCase(long caseId) {
        return store.forCase(caseId).stream().map(ClockStore.Row::clock).toList();
    }

    public List<CaseClock> forCase(String caseNumber) {
        long id = cases.requireId(caseNumber);
        return forCase(id);
    }

    public CaseClock get(long clockId) {
        return store.find(clockId).map(ClockStore.Row::clock).orElseThrow(() -> new NotFound("Clock " + clockId));
    }

    /** Marks running clocks that are due as breached, with a history entry each; returns how many. */
    @Transactional
    public int markBreaches(int limit) {
        List<CaseClock> breached = store.breachDue(clock.instant(), limit);
        for (CaseClock c : breached) {
            editing.recordClockChange(c.caseId(), SYSTEM, details(c, "BREACHED", ClockState.RUNNING), null);
        }
        return breached.size();
    }

    private CaseClock end(long clockId, ClockState next, String change, String reason) {
        ClockStore.Row row = lock(clockId);
        CaseClock c = moveTo(row.clock(), next);
        CaseClock ended = with(c, c.dueAt(), next, null, c.extension(), c.extensions(), clock.instant());
        store.update(new ClockStore.Row(ended, row.pausedCredit(), row.maxExtension(), row.maxExtensions()));
        record(ended, change, c.state(), reason);
        return ended;
    }

    private ClockStore.Row lock(long clockId) {
        return store.lock(clockId).orElseThrow(() -> new NotFound("Clock " + clockId));
    }

    private static CaseClock moveTo(CaseClock c, ClockState next) {
        if (!c.state().canMoveTo(next)) {
            throw new IllegalClockTransition(c.state(), next);
        }
        return c;
    }

    private static CaseClock with(CaseClock c, Instant due, ClockState state, Instant pausedAt, String extension,
            int extensions, Instant endedAt) {
        return new CaseClock(c.id(), c.caseId(), c.caseNumber(), c.type(), c.party(), c.unit(), c.calendar(),
                c.length(), c.startedAt(), due, state, pausedAt, extension, extensions, endedAt, c.version() + 1);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "A reason is required.");
        }
    }

    private void record(CaseClock c, String change, ClockState from, String reason) {
        record(c, change, from, reason, Map.of());
    }

    private void record(CaseClock c, String change, ClockState from, String reason, Map<String, Object> extra) {
        Map<String, Object> details = details(c, change, from);
        details.putAll(extra);
        editing.recordClockChange(c.caseId(), actor(), details, reason == null || reason.isBlank() ? null : reason);
    }

    private static Map<String, Object> details(CaseClock c, String change, ClockState from) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("clock", c.id());
        details.put("type", c.type());
        details.put("change", change);
        if (from != null) {
            details.put("from", from.name());
        }
        details.put("to", c.state().name());
        details.put("dueAt", c.dueAt().toString());
        if (c.extension() != null) {
            details.put("extension", c.extension());
        }
        return details;
    }

    private static String actor() {
        return CurrentUser.authentication().map(Authentication::getName).orElse(SYSTEM);
    }
}
