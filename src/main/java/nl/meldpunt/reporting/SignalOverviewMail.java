package nl.meldpunt.reporting;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldpunt.deadlines.CalendarType;
import nl.meldpunt.deadlines.WorkingDayCalendar;
import nl.meldpunt.platform.Amsterdam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the daily signal overview (PDF attached) to the configured list. Run by the scheduled job on every office
 * working day: it sends the overview of the previous office working day, which is complete by then, once (a row in
 * report_signal_overview_dispatch guards against a second node or a rerun sending it again).
 */
@Component
class SignalOverviewMail {

    private static final Logger log = LoggerFactory.getLogger(SignalOverviewMail.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final SignalOverviews overviews;
    private final PdfDocuments pdf;
    private final ReportLabels labels;
    private final JavaMailSender mail;
    private final WorkingDayCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<String> recipients;
    private final String from;
    private final String appUrl;

    SignalOverviewMail(SignalOverviews overviews, PdfDocuments pdf, ReportLabels labels, JavaMailSender mail,
            WorkingDayCalendar calendar, JdbcClient jdbc, Clock clock,
            @Value("${meldpunt.reporting.signal-overview.recipients:}") List<String> recipients,
            @Value("${meldpunt.mail.from:meldpunt@meldpunt.example}") String from,
            @Value("${meldpunt.app-url:http://localhost:8080}") String appUrl) {
        this.overviews = overviews;
        this.pdf = pdf;
        this.labels = labels;
        this.mail = mail;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
        this.recipients = recipients.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.from = from;
        this.appUrl = appUrl;
    }

    /** The job's work for today: nothing on a non-working day; else the previous working day's overview. */
    void runForToday() {
        LocalDate today = LocalDate.now(clock.withZone(Amsterdam.ZONE));
        if (calendar.isWorkingDay(CalendarType.OFFICE, today)) {
            send(overviews.previousWorkingDay(today));
        }
    }

    /** Sends the overview of {@code day} unless it was sent before; returns whether it sent. */
    @Transactional
    boolean send(LocalDate day) {
        if (recipients.isEmpty()) {
            log.warn("No recipients configured for the daily signal overview (meldpunt.reporting.signal-overview.recipients)");
            return false;
        }
        SignalOverview o = overviews.forDate(day, DUTCH);
        int claimed = jdbc.sql("""
                INSERT INTO report_signal_overview_dispatch (overview_date, sent_at, recipients, signals)
                VALUES (:day, :at, :recipients, :signals) ON CONFLICT (overview_date) DO NOTHING
                """)
                .param("day", o.date())
                .param("at", Timestamp.from(clock.instant()))
                .param("recipients", recipients.size())
                .param("signals", o.total())
                .update();
        if (claimed == 0) {
            return false;
        }
        byte[] document = pdf.pdf("reporting/pdf-signals", DUTCH, Map.of("o", o));
        String date = o.date().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH));
        String lines = o.sectors().stream()
                .map(g -> labels.text("reporting.signals.mail.line", DUTCH, g.sectorLabel(), g.signals().size()))
                .collect(Collectors.joining("\n", "", o.sectors().isEmpty() ? "" : "\n"));
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject(labels.text("reporting.signals.mail.subject", DUTCH, date, o.total()));
            helper.setText(labels.text("reporting.signals.mail.body", DUTCH, date, o.total(), lines,
                    appUrl + "/rapportages/signalen?datum=" + o.date()));
            helper.addAttachment("signaaloverzicht-" + o.date() + ".pdf", new ByteArrayResource(document),
                    "application/pdf");
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the signal overview mail", e);
        }
        log.info("Daily signal overview of {} sent to {} recipients ({} signals)", o.date(), recipients.size(),
                o.total());
        return true;
    }
}
