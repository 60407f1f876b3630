package nl.meldpunt.reporting;

import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Mails last week's signals and trends (PDF attached) once per ISO week to the configured list. */
@Component
class TrendMail {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final Trends trends;
    private final PdfDocuments pdf;
    private final ReportLabels labels;
    private final JavaMailSender mail;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<String> recipients;
    private final String from;
    private final String appUrl;

    TrendMail(Trends trends, PdfDocuments pdf, ReportLabels labels, JavaMailSender mail, JdbcClient jdbc, Clock clock,
            @Value("${meldpunt.reporting.trends.recipients:${meldpunt.reporting.signal-overview.recipients:}}")
            List<String> recipients,
            @Value("${meldpunt.mail.from:meldpunt@meldpunt.example}") String from,
            @Value("${meldpunt.app-url:http://localhost:8080}") String appUrl) {
        this.trends = trends;
        this.pdf = pdf;
        this.labels = labels;
        this.mail = mail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.recipients = recipients.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.from = from;
        this.appUrl = appUrl;
    }

    void runForToday() {
        send(LocalDate.now(clock.withZone(Amsterdam.ZONE)).minusWeeks(1).with(DayOfWeek.MONDAY));
    }

    /** Sends the report of the week starting {@code monday} unless it was sent before. */
    @Transactional
    boolean send(LocalDate monday) {
        if (recipients.isEmpty()) {
            return false;
        }
        TrendReport t = trends.forWeek(monday, DUTCH);
        int claimed = jdbc.sql("INSERT INTO report_trend_dispatch (iso_week, sent_at) VALUES (:w, :at) "
                        + "ON CONFLICT (iso_week) DO NOTHING")
                .param("w", t.week()).param("at", Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            return false;
        }
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(recipients.toArray(String[]::new));
            helper.setSubject(labels.text("reporting.trends.mail.subject", DUTCH, t.week(), t.signalCount()));
            helper.setText(labels.text("reporting.trends.mail.body", DUTCH, t.week(), t.rises().size(),
                    t.clusters().size(), t.newProviders().size(), appUrl + "/rapportages/trends?week=" + t.week()));
            helper.addAttachment("trends-" + t.week() + ".pdf",
                    new ByteArrayResource(pdf.pdf("reporting/pdf-trends", DUTCH, Map.of("t", t))), "application/pdf");
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the trends mail", e);
        }
        return true;
    }
}
