package nl.meldpunt.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.meldpunt.casework.CaseEditing;
import nl.meldpunt.casework.CaseQueries;
import nl.meldpunt.casework.CaseRegistration;
import nl.meldpunt.casework.CaseStatus;
import nl.meldpunt.casework.Channel;
import nl.meldpunt.casework.Classification;
import nl.meldpunt.casework.ContactPreference;
import nl.meldpunt.casework.NewCase;
import nl.meldpunt.casework.NewReporter;
import nl.meldpunt.casework.NewSubject;
import nl.meldpunt.casework.ReporterRelation;
import nl.meldpunt.platform.Amsterdam;

/**
 * Registers known cases for report tests through casework's public API. Every case has a citizen whose personal
 * data (name, e-mail, phone, own words) must never show in an inspector-facing report.
 */
final class ReportCases {

    static final String CITIZEN_NAME = "Geertruida Vertrouwelijk-Privé";
    static final String CITIZEN_EMAIL = "g.vertrouwelijk@prive.example";
    static final String CITIZEN_PHONE = "0612398745";
    static final String CITIZEN_WORDS = "Mijn moeder Geertruida viel uit bed en niemand kwam helpen";

    private final CaseRegistration registration;
    private final CaseQueries queries;
    private final CaseEditing editing;

    ReportCases(CaseRegistration registration, CaseQueries queries, CaseEditing editing) {
        this.registration = registration;
        this.queries = queries;
        this.editing = editing;
    }

    record Spec(Channel channel, String kind, String reporterType, String sector, String urgency,
            List<String> themes, List<NewSubject> providers) {}

    static Spec complaint(String sector, String... themes) {
        return new Spec(Channel.PHONE, "COMPLAINT", "CITIZEN", sector, "NORMAL", List.of(themes), List.of());
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Amsterdam.ZONE).toInstant();
    }

    String register(Spec s, Instant receivedAt) {
        var reporter = new NewReporter(false, ReporterRelation.RELATIVE, CITIZEN_NAME, CITIZEN_EMAIL,
                CITIZEN_PHONE, "Geheimstraat 1, 1234 AB Nergensdorp", ContactPreference.NONE);
        return registration.register(new NewCase(s.channel(), s.kind(), s.reporterType(), s.sector(), s.urgency(),
                        s.themes(), CITIZEN_WORDS + " (" + receivedAt + ")", null, receivedAt, reporter,
                        s.providers(), null, null))
                .caseNumber().value();
    }

    /** An officer writes the short description for inspectors (keeping the classification). */
    void summarise(String caseNumber, String summary) {
        var c = queries.find(caseNumber, false).orElseThrow();
        editing.classify(caseNumber, c.version(), new Classification(c.kind(), c.reporterType(), c.sector(),
                c.urgency(), c.themes(), summary), "samenvatting voor inspecteurs");
    }

    void status(String caseNumber, CaseStatus... path) {
        for (CaseStatus next : path) {
            var c = queries.find(caseNumber, false).orElseThrow();
            editing.changeStatus(caseNumber, c.version(), next, "test");
        }
    }
}
