package nl.meldpunt.migration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.Identifiers;
import nl.meldpunt.casework.ImportedCase;
import nl.meldpunt.casework.ImportedHistoryEntry;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.stereotype.Component;

/**
 * Checks one import record: required fields, formats, lengths, and codes against the reference data (retired codes
 * are accepted: they were valid when the case was registered). Collects every problem of the record, not only the
 * first, and never quotes free text or personal data in a reason.
 */
@Component
class RecordValidator {

    static final String ACTOR = "import";
    static final Set<String> OUTCOMES = Set.of("ADVISED", "REFERRED", "RESOLVED_BY_PROVIDER", "FORWARDED",
            "INVESTIGATED", "WITHDRAWN", "NO_JURISDICTION", "OTHER");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+() -]{6,40}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    private final ReferenceData reference;
    private final Clock clock;

    RecordValidator(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    /** The valid record, or null when {@code rejections} received at least one entry for this line. */
    ValidRecord validate(long line, ImportRecord r, List<Rejection> rejections) {
        Errors e = new Errors(line, rejections);
        Instant now = clock.instant();
        if (r.externalId() == null || r.externalId().isBlank()) {
            e.add("externalId", "required");
        } else if (!EXTERNAL_ID.matcher(r.externalId()).matches()) {
            e.add("externalId", "must be 1-200 letters, digits or . _ : / -");
        }
        Channel channel = enumValue(e, "channel", Channel.class, r.channel(), true);
        String kind = code(e, "kind", ReferenceList.KIND, r.kind());
        String reporterType = code(e, "reporterType", ReferenceList.REPORTER_TYPE, r.reporterType());
        String sector = code(e, "sector", ReferenceList.SECTOR, r.sector());
        String urgency = code(e, "urgency", ReferenceList.URGENCY, r.urgency());
        List<String> themes = r.themes() == null ? List.of() : r.themes();
        for (int i = 0; i < themes.size(); i++) {
            code(e, "themes[" + i + "]", ReferenceList.THEME, themes.get(i));
        }
        if (r.text() == null || r.text().isBlank()) {
            e.add("text", "required");
        } else {
            length(e, "text", r.text(), 100_000);
        }
        length(e, "inspectorSummary", r.inspectorSummary(), 10_000);
        Instant receivedAt = instant(e, "receivedAt", r.receivedAt(), true);
        if (receivedAt != null && receivedAt.isAfter(now)) {
            e.add("receivedAt", "lies in the future");
        }
        LocalDate occurredOn = date(e, "occurredOn", r.occurredOn(), false);
        if (occurredOn != null && receivedAt != null
                && occurredOn.isAfter(receivedAt.atZone(Amsterdam.ZONE).toLocalDate())) {
            e.add("occurredOn", "after receivedAt");
        }
        CaseStatus status = r.status() == null
                ? (r.closure() != null ? CaseStatus.CLOSED : CaseStatus.RECEIVED)
                : enumValue(e, "status", CaseStatus.class, r.status(), true);
        NewReporter reporter = reporter(e, r.reporter());
        List<NewSubject> subjects = subjects(e, r.subjects());
        List<ImportedHistoryEntry> history = new ArrayList<>();
        statusHistory(e, r.statusHistory(), history);
        contacts(e, r.contacts(), history);
        closure(e, r.closure(), status, history);
        List<ImportClock> clocks = clocks(e, r.clocks());
        if (e.any) {
            return null;
        }
        history.sort(Comparator.comparing(ImportedHistoryEntry::occurredAt));
        ImportedCase kase = new ImportedCase(r.externalId(), blankToNull(r.caseNumber()), status, channel, kind,
                reporterType, sector, urgency, themes, r.text().strip(), blankToNull(r.inspectorSummary()),
                occurredOn, receivedAt, reporter, subjects, history);
        return new ValidRecord(line, kase, clocks);
    }

    private NewReporter reporter(Errors e, ImportRecord.Reporter r) {
        if (r == null) {
            return NewReporter.anonymousReporter(null);
        }
        ReporterRelation relation = enumValue(e, "reporter.relation", ReporterRelation.class, r.relation(), false);
        ContactPreference preference =
                enumValue(e, "reporter.contactPreference", ContactPreference.class, r.contactPreference(), false);
        boolean anonymous = Boolean.TRUE.equals(r.anonymous());
        if (!anonymous) {
            length(e, "reporter.name", r.name(), 200);
            length(e, "reporter.postalAddress", r.postalAddress(), 500);
            if (r.email() != null && (r.email().length() > 320 || !EMAIL.matcher(r.email()).matches())) {
                e.add("reporter.email", "not an e-mail address");
            }
            if (r.phone() != null && !PHONE.matcher(r.phone()).matches()) {
                e.add("reporter.phone", "not a phone number");
            }
        }
        return new NewReporter(anonymous, relation, blankToNull(r.name()), blankToNull(r.email()),
                blankToNull(r.phone()), blankToNull(r.postalAddress()), preference);
    }

    private List<NewSubject> subjects(Errors e, List<ImportRecord.Subject> subjects) {
        if (subjects == null) {
            return List.of();
        }
        List<NewSubject> result = new ArrayList<>(subjects.size());
        for (int i = 0; i < subjects.size(); i++) {
            ImportRecord.Subject s = subjects.get(i);
            String p = "subjects[" + i + "].";
            if (s == null) {
                e.add("subjects[" + i + "]", "empty");
                continue;
            }
            SubjectType type = enumValue(e, p + "type", SubjectType.class, s.type(), true);
            length(e, p + "name", s.name(), 300);
            length(e, p + "place", s.place(), 200);
            length(e, p + "udiDi", s.udiDi(), 100);
            length(e, p + "lotNumber", s.lotNumber(), 100);
            if (s.kvkNumber() != null && !Identifiers.isKvkNumber(s.kvkNumber())) {
                e.add(p + "kvkNumber", "must be 8 digits");
            }
            if (s.establishmentNumber() != null && !Identifiers.isEstablishmentNumber(s.establishmentNumber())) {
                e.add(p + "establishmentNumber", "must be 12 digits");
            }
            if (s.bigNumber() != null && !Identifiers.isBigNumber(s.bigNumber())) {
                e.add(p + "bigNumber", "must be 11 digits passing the eleven-check");
            }
            result.add(new NewSubject(type, blankToNull(s.name()), blankToNull(s.place()), s.kvkNumber(),
                    s.establishmentNumber(), s.bigNumber(), blankToNull(s.udiDi()), blankToNull(s.lotNumber())));
        }
        return result;
    }

    private void statusHistory(Errors e, List<ImportRecord.StatusChange> changes, List<ImportedHistoryEntry> out) {
        if (changes == null) {
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            ImportRecord.StatusChange c = changes.get(i);
            String p = "statusHistory[" + i + "].";
            if (c == null) {
                e.add("statusHistory[" + i + "]", "empty");
                continue;
            }
            Instant at = instant(e, p + "at", c.at(), true);
            CaseStatus from = enumValue(e, p + "from", CaseStatus.class, c.from(), false);
            CaseStatus to = enumValue(e, p + "to", CaseStatus.class, c.to(), true);
            length(e, p + "actor", c.actor(), 100);
            length(e, p + "reason", c.reason(), 10_000);
            Map<String, Object> details = new LinkedHashMap<>();
            if (from != null) {
                details.put("from", from.name());
            }
            if (to != null) {
                details.put("to", to.name());
            }
            out.add(new ImportedHistoryEntry(at, actor(c.actor()), HistoryAction.STATUS_CHANGED, details,
                    blankToNull(c.reason())));
        }
    }

    private void contacts(Errors e, List<ImportRecord.Contact> contacts, List<ImportedHistoryEntry> out) {
        if (contacts == null) {
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            ImportRecord.Contact c = contacts.get(i);
            String p = "contacts[" + i + "].";
            if (c == null) {
                e.add("contacts[" + i + "]", "empty");
                continue;
            }
            Instant at = instant(e, p + "at", c.at(), true);
            if (!"IN".equals(c.direction()) && !"OUT".equals(c.direction())) {
                e.add(p + "direction", "must be IN or OUT");
            }
            Channel channel = enumValue(e, p + "channel", Channel.class, c.channel(), true);
            length(e, p + "summary", c.summary(), 10_000);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("contact", true);
            details.put("direction", c.direction());
            details.put("channel", channel == null ? null : channel.name());
            if (c.summary() != null && !c.summary().isBlank()) {
                details.put("summary", c.summary().strip());
            }
            out.add(new ImportedHistoryEntry(at, ACTOR, HistoryAction.NOTE_ADDED, details, null));
        }
    }

    /** The closure's outcome goes on the last move to CLOSED, or on a move added at the closing time. */
    private void closure(Errors e, ImportRecord.Closure c, CaseStatus status, List<ImportedHistoryEntry> history) {
        if (c == null) {
            return;
        }
        Instant closedAt = instant(e, "closure.closedAt", c.closedAt(), true);
        if (c.outcome() == null || !OUTCOMES.contains(c.outcome())) {
            e.add("closure.outcome", "must be one of " + new java.util.TreeSet<>(OUTCOMES));
        }
        if (status != null && status != CaseStatus.CLOSED) {
            e.add("closure", "given while status is not CLOSED");
        }
        if (e.any) {
            return;
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            ImportedHistoryEntry h = history.get(i);
            if (h.details() != null && "CLOSED".equals(h.details().get("to"))) {
                Map<String, Object> details = new LinkedHashMap<>(h.details());
                details.put("outcome", c.outcome());
                history.set(i, new ImportedHistoryEntry(h.occurredAt(), h.actor(), h.action(), details, h.reason()));
                return;
            }
        }
        history.add(new ImportedHistoryEntry(closedAt, ACTOR, HistoryAction.STATUS_CHANGED,
                Map.of("to", "CLOSED", "outcome", c.outcome()), null));
    }

    private List<ImportClock> clocks(Errors e, List<ImportRecord.Clock> clocks) {
        if (clocks == null) {
            return List.of();
        }
        List<ImportClock> result = new ArrayList<>(clocks.size());
        for (int i = 0; i < clocks.size(); i++) {
            ImportRecord.Clock c = clocks.get(i);
            String p = "clocks[" + i + "].";
            if (c == null) {
                e.add("clocks[" + i + "]", "empty");
                continue;
            }
            if (c.type() == null || !ImportClock.TYPES.contains(c.type())) {
                e.add(p + "type", "must be one of " + new java.util.TreeSet<>(ImportClock.TYPES));
            }
            if (c.state() == null || !ImportClock.STATES.contains(c.state())) {
                e.add(p + "state", "must be one of " + new java.util.TreeSet<>(ImportClock.STATES));
            }
            LocalDate start = date(e, p + "start", c.start(), true);
            LocalDate due = date(e, p + "due", c.due(), true);
            if (start != null && due != null && due.isBefore(start)) {
                e.add(p + "due", "before start");
            }
            result.add(new ImportClock(c.type(), start, due, c.state()));
        }
        return result;
    }

    private String code(Errors e, String field, ReferenceList list, String code) {
        if (code == null) {
            return null;
        }
        if (!CODE.matcher(code).matches() || reference.find(list, code).isEmpty()) {
            e.add(field, "unknown code in reference list " + list);
        }
        return code;
    }

    private static <T extends Enum<T>> T enumValue(Errors e, String field, Class<T> type, String value,
            boolean required) {
        if (value == null) {
            if (required) {
                e.add(field, "required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException ex) {
            e.add(field, "unknown value; allowed: " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    static Instant instant(Errors e, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                e.add(field, "required");
            }
            return null;
        }
        try {
            return FastTime.parseInstant(value);
        } catch (DateTimeParseException ex) {
            e.add(field, "not a date-time (ISO 8601, e.g. 2019-03-04T10:15:00+01:00)");
            return null;
        }
    }

    private static LocalDate date(Errors e, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                e.add(field, "required");
            }
            return null;
        }
        try {
            return FastTime.parseDate(value);
        } catch (DateTimeParseException ex) {
            e.add(field, "not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static void length(Errors e, String field, String value, int max) {
        if (value != null && value.length() > max) {
            e.add(field, "longer than " + max + " characters");
        }
    }

    private static String actor(String actor) {
        return actor == null || actor.isBlank() ? ACTOR : actor.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects the rejections of one line. */
    static final class Errors {
        private final long line;
        private final List<Rejection> sink;
        boolean any;

        Errors(long line, List<Rejection> sink) {
            this.line = line;
            this.sink = sink;
        }

        void add(String field, String reason) {
            sink.add(new Rejection(line, field, reason));
            any = true;
        }
    }
}
