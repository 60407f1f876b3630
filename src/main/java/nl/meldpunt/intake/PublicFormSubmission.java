package nl.meldpunt.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.RegisteredCase;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.casework.SubjectType;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a valid public-form submission into a case (channel WEB_FORM, reporter type CITIZEN) with the files held
 * for its form, in one transaction: the held files are released only when the case is stored. A form filled in
 * faster than a person can is flagged for staff, never refused.
 */
@Component
class PublicFormSubmission {

    static final String REPORTER_TYPE = "CITIZEN";
    static final int CALLBACK_WORKING_DAYS = 5;
    static final String FILLED_TOO_FAST = "FILLED_TOO_FAST";

    private final CaseRegistration registration;
    private final PublicFormUploads uploads;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration minimumFillTime;

    PublicFormSubmission(CaseRegistration registration, PublicFormUploads uploads, WorkingDayCalendar calendar,
            JdbcClient jdbc, Clock clock,
            @Value("${meldpunt.intake.public-form.minimum-fill-time:5s}") Duration minimumFillTime) {
        this.registration = registration;
        this.uploads = uploads;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
    }

    @Transactional
    PublicFormReceipt register(PublicFormInput in, Long fillSeconds) {
        RegisteredCase registered = registration.register(toNewCase(in, uploads.contents(in.formToken()), null));
        uploads.release(in.formToken());
        if (fillSeconds != null && fillSeconds < minimumFillTime.toSeconds()) {
            jdbc.sql("""
                    INSERT INTO public_form_flag (case_number, reason, fill_seconds, flagged_at)
                    VALUES (:number, :reason, :fill, :now)
                    """)
                    .param("number", registered.caseNumber().value())
                    .param("reason", FILLED_TOO_FAST)
                    .param("fill", fillSeconds)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        LocalDate received = registered.receivedAt().atZone(Amsterdam.ZONE).toLocalDate();
        LocalDate contactBy = calendar.addWorkingDays(CalendarType.OFFICE, received, CALLBACK_WORKING_DAYS);
        return receipt(registered.caseNumber().value(), in, contactBy);
    }

    /** Registers a quarantined submission after all, as received when it first arrived. */
    @Transactional
    String registerReleased(PublicFormInput in, List<nl.meldpunt.casework.NewAttachment> files,
            java.time.Instant receivedAt) {
        return registration.register(toNewCase(in, files, receivedAt)).caseNumber().value();
    }

    static PublicFormReceipt receipt(String caseNumber, PublicFormInput in, LocalDate contactBy) {
        if (in.isAnonymous()) {
            return new PublicFormReceipt(caseNumber, PublicFormReceipt.Promise.ANONYMOUS, null);
        }
        return switch (ContactPreference.valueOf(in.contactPreference())) {
            case PHONE -> new PublicFormReceipt(caseNumber, PublicFormReceipt.Promise.CALL, contactBy);
            case EMAIL -> new PublicFormReceipt(caseNumber, PublicFormReceipt.Promise.EMAIL, contactBy);
            case LETTER -> new PublicFormReceipt(caseNumber, PublicFormReceipt.Promise.LETTER, contactBy);
            case NONE -> new PublicFormReceipt(caseNumber, PublicFormReceipt.Promise.NO_CONTACT, null);
        };
    }

    /** The case as the form describes it; assumes {@link PublicFormRules} found no errors. */
    static NewCase toNewCase(PublicFormInput in, List<nl.meldpunt.casework.NewAttachment> files,
            java.time.Instant receivedAt) {
        ReporterRelation relation = ReporterRelation.valueOf(in.relation());
        NewReporter reporter = in.isAnonymous()
                ? NewReporter.anonymousReporter(relation)
                : new NewReporter(false, relation, trimmed(in.name()), trimmed(in.email()), trimmed(in.phone()),
                        trimmed(in.postalAddress()), ContactPreference.valueOf(in.contactPreference()));
        List<NewSubject> subjects = PublicFormRules.blank(in.subjectName()) && PublicFormRules.blank(in.subjectPlace())
                ? List.of()
                : List.of(new NewSubject(
                        PublicFormRules.blank(in.subjectType()) ? SubjectType.PROVIDER
                                : SubjectType.valueOf(in.subjectType()),
                        trimmed(in.subjectName()), trimmed(in.subjectPlace()), null, null, null, null, null));
        LocalDate occurredOn = PublicFormRules.blank(in.occurredOn()) ? null
                : PublicFormRules.parseDate(in.occurredOn()).orElse(null);
        return new NewCase(Channel.WEB_FORM, in.kind(), REPORTER_TYPE, null, null, List.of(),
                in.description().strip(), occurredOn, receivedAt, reporter, subjects, files, null);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
