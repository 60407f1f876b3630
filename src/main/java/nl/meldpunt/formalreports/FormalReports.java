package nl.meldpunt.formalreports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.HistoryAction;
import nl.meldpunt.casework.NewAttachment;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.deadlines.Clocks;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a report: saved as a draft, submitted (it becomes a case through casework's registration, its term
 * is checked and its clocks started), questions and answers in its thread, and the calamity investigation report that
 * completes its clock. Every change to the case is in the case history.
 */
@Component
class FormalReports {

    static final int MAX_MESSAGE = 5000;

    private final Reports reports;
    private final ReportMessages messages;
    private final ReportTerms terms;
    private final ReportText text;
    private final CaseRegistration registration;
    private final CaseJournal journal;
    private final CaseEditing editing;
    private final Clocks clocks;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    FormalReports(Reports reports, ReportMessages messages, ReportTerms terms, ReportText text,
            CaseRegistration registration, CaseJournal journal, CaseEditing editing, Clocks clocks, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.reports = reports;
        this.messages = messages;
        this.terms = terms;
        this.text = text;
        this.registration = registration;
        this.journal = journal;
        this.editing = editing;
        this.clocks = clocks;
        this.clock = clock;
        this.events = events;
    }

    /** Keeps only the form's own fields, trimmed; empty ones are left out. */
    static Map<String, String> clean(ReportType type, Map<String, String> input) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldSpec f : type.fields()) {
            String v = input.get(f.name());
            if (v != null && !v.isBlank()) {
                java.time.LocalDate date = f.isDate() ? ReportValidation.date(v) : null;
                values.put(f.name(), date != null ? date.toString() : v.strip());
            }
        }
        return values;
    }

    /** Saves a draft (new when {@code draftId} is null); returns its id. Only lengths are checked. */
    @Transactional
    long saveDraft(Long draftId, ReportType type, Organisation org, Map<String, String> input) {
        Map<String, String> values = clean(type, input);
        Map<String, String> errors = ReportValidation.forDraft(type, values);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (draftId == null) {
            return reports.insertDraft(type, org, values, CurrentUser.name(), clock.instant());
        }
        FormalReport draft = own(draftId, org);
        if (!draft.isDraft() || draft.type() != type) {
            throw new NotFound("Draft " + draftId);
        }
        reports.updateDraft(draftId, type, values);
        return draftId;
    }

    /** The error codes of a submission; empty when it can be submitted. */
    Map<String, String> check(ReportType type, Map<String, String> input) {
        return ReportValidation.forSubmission(type, clean(type, input), today());
    }

    /**
     * Submits a report (from a draft when {@code draftId} is given): registers the case, records the term, starts
     * the clocks. Throws {@link InvalidInput} with error codes per field when the form is incomplete.
     */
    @Transactional
    FormalReport submit(Long draftId, ReportType type, Organisation org, Map<String, String> input, Channel channel) {
        Map<String, String> values = clean(type, input);
        Map<String, String> errors = ReportValidation.forSubmission(type, values, today());
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        long id = saveDraft(draftId, type, org, values);
        Instant now = clock.instant();
        LocalDate awareOn = ReportValidation.date(values.get(type.awarenessField()));
        LocalDate occurredOn = ReportValidation.date(values.get("occurredOn"));
        RegisteredCase registered = registration.register(new NewCase(channel, "REPORT", type.reporterType(values),
                type.sector(), type.urgency(values), List.of(), text.description(type, values),
                occurredOn == null ? awareOn : occurredOn, now,
                new NewReporter(false, null, org.name(), null, null, null, ContactPreference.NONE),
                subjects(type, org, values), List.of(), null));
        String caseNumber = registered.caseNumber().value();
        ReportTerms.Term term = terms.term(type, values, awareOn, now.atZone(Amsterdam.ZONE).toLocalDate())
                .orElse(null);
        reports.markSubmitted(id, caseNumber, now, term);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reportType", type.name());
        if (term != null) {
            details.put("dueOn", term.dueOn().toString());
            details.put("lateDays", term.lateDays());
            details.put("unit", term.unit().name());
        }
        journal.record(registered.caseNumber(), CurrentUser.name(), HistoryAction.FORMAL_REPORT_RECEIVED, details,
                null);
        startClocks(type, caseNumber, awareOn, now);
        return reports.find(id).orElseThrow();
    }

    /** The reporting term as a clock (started at awareness, completed now: on time or late), and what follows it. */
    private void startClocks(ReportType type, String caseNumber, LocalDate awareOn, Instant now) {
        String reportClock = switch (type) {
            case CALAMITY -> "CALAMITY_REPORT";
            case DISMISSAL -> "DISMISSAL_REPORT";
            default -> null;
        };
        if (reportClock != null && awareOn != null) {
            var started = clocks.start(caseNumber, reportClock, awareOn.atStartOfDay(Amsterdam.ZONE).toInstant(), null);
            clocks.complete(started.id(), null);
        }
        if (type == ReportType.CALAMITY) {
            clocks.start(caseNumber, InvestigationClock.TYPE, now, null);
        }
    }

    private static List<NewSubject> subjects(ReportType type, Organisation org, Map<String, String> v) {
        List<NewSubject> subjects = new ArrayList<>();
        if (type.isCareProviderReport()) {
            subjects.add(new NewSubject(SubjectType.PROVIDER, org.name(), null, org.kvkNumber(),
                    org.establishmentNumber(), null, null, null));
        }
        switch (type) {
            case DISMISSAL -> subjects.add(NewSubject.professional(v.get("professionalName"), v.get("bigNumber")));
            case DEVICE_INCIDENT, FIELD_SAFETY_ACTION -> subjects.add(NewSubject.product(v.get("deviceName") + " " + v.get("model"),
                    v.get("udiDi"), v.getOrDefault("lotNumber", v.get("serialNumber"))));
            case MEDICINE_DEFECT -> subjects.add(NewSubject.product(
                    v.get("productName") + " (" + v.get("registrationNumber") + ")", null, v.get("batch")));
            default -> { }
        }
        return subjects;
    }

    /** A report of this organisation; {@link NotFound} for anyone else's (its existence is not revealed). */
    FormalReport own(long id, Organisation org) {
        return reports.find(id)
                .filter(r -> r.organisation().sameAs(org.kvkNumber(), org.establishmentNumber()))
                .orElseThrow(() -> new NotFound("Report " + id));
    }

    /** Staff ask the reporting organisation a question in the report's thread. */
    @Transactional
    void ask(String caseNumber, String question) {
        FormalReport report = reports.forCase(caseNumber).orElseThrow(() -> new NotFound("Report for " + caseNumber));
        addMessage(report, true, question, HistoryAction.REPORT_QUESTION_ASKED);
        events.publishEvent(new ReportQuestionAsked(report.id(), report.caseNumber(),
                report.organisation().kvkNumber(), report.organisation().establishmentNumber()));
    }

    /** The organisation answers in its own report's thread. */
    @Transactional
    void answer(long reportId, Organisation org, String answer) {
        FormalReport report = own(reportId, org);
        if (report.isDraft()) {
            throw new NotFound("Report " + reportId);
        }
        addMessage(report, false, answer, HistoryAction.REPORT_QUESTION_ANSWERED);
    }

    private void addMessage(FormalReport report, boolean fromStaff, String body, HistoryAction action) {
        if (body == null || body.isBlank()) {
            throw InvalidInput.of("message", "required");
        }
        if (body.length() > MAX_MESSAGE) {
            throw InvalidInput.of("message", "tooLong");
        }
        messages.add(report.id(), fromStaff, CurrentUser.name(), body.strip(), clock.instant());
        journal.record(new CaseNumber(report.caseNumber()), CurrentUser.name(), action,
                Map.of("reportType", report.type().name()), null);
    }

    /**
     * A document that follows a submitted report, added to the same case: the calamity investigation report (it
     * completes the investigation clock) or the field safety notice of an FSCA.
     * Throws {@link InvalidInput} (field {@code file}, code {@code attachment.<refusal>}) for a file the attachment
     * policy refuses.
     */
    @Transactional
    void addFollowUpDocument(long reportId, Organisation org, String filename, byte[] content) {
        FormalReport report = own(reportId, org);
        if (report.isDraft() || !report.type().takesFollowUpDocument()) {
            throw new NotFound("Report " + reportId);
        }
        var refusal = AttachmentPolicy.check(content, AttachmentPolicy.PUBLIC_TYPES);
        if (refusal.isPresent()) {
            throw InvalidInput.of("file", "attachment." + refusal.get().name());
        }
        String type = AttachmentPolicy.detectType(content).orElseThrow();
        editing.addAttachment(report.caseNumber(), new NewAttachment(filename, type, content));
        clocks.forCase(report.caseNumber()).stream()
                .filter(c -> c.type().equals(InvestigationClock.TYPE) && c.state().isOpen())
                .forEach(c -> clocks.complete(c.id(), null));
        journal.record(new CaseNumber(report.caseNumber()), CurrentUser.name(), HistoryAction.FOLLOW_UP_REPORT_RECEIVED,
                Map.of("reportType", report.type().name()), null);
    }

    List<ReportMessages.Message> thread(FormalReport report) {
        return messages.of(report.id());
    }

    List<FormalReport> ofOrganisation(Organisation org) {
        return reports.ofOrganisation(org.kvkNumber(), org.establishmentNumber(), 200);
    }

    java.util.Optional<FormalReport> forCase(String caseNumber) {
        return reports.forCase(caseNumber);
    }

    List<FormalReport> incidentsOfDevice(String udiDi) {
        return reports.incidentsOfDevice(udiDi, 50);
    }

    LocalDate today() {
        return clock.instant().atZone(Amsterdam.ZONE).toLocalDate();
    }
}
