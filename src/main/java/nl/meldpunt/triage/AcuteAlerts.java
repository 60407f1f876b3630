package nl.meldpunt.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.meldpunt.casework.CaseAccessPolicy;
import nl.meldpunt.platform.Amsterdam;
import nl.meldpunt.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Acute alerts: raised for an intake suggested ACUTE, mailed to the inspector on duty (from the duty roster),
 * open until a senior acknowledges it. The mail names the case number and the reasons, never the reporter.
 */
@Component
class AcuteAlerts {

    private static final Logger log = LoggerFactory.getLogger(AcuteAlerts.class);

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final CaseAccessPolicy access;

    AcuteAlerts(JdbcClient jdbc, JavaMailSender mail, MessageSource messages, Clock clock,
            @Value("${meldpunt.mail.from:meldpunt@meldpunt.example}") String from, CaseAccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
    }

    void raise(long caseId, String caseNumber, Suggestion suggestion) {
        String reasons = reasons(suggestion);
        Instant now = clock.instant();
        Optional<String> inspector = dutyInspector(LocalDate.ofInstant(now, Amsterdam.ZONE));
        int inserted = jdbc.sql("""
                INSERT INTO triage_acute_alert (case_id, case_number, raised_at, reasons, notified)
                VALUES (:id, :number, :at, :reasons, :notified) ON CONFLICT (case_id) DO NOTHING
                """)
                .param("id", caseId)
                .param("number", caseNumber)
                .param("at", Timestamp.from(now))
                .param("reasons", reasons)
                .param("notified", inspector.orElse(null))
                .update();
        if (inserted == 1 && inspector.isPresent()) {
            notify(inspector.get(), caseNumber, reasons);
        } else if (inspector.isEmpty()) {
            log.warn("Acute alert for case {} but no inspector on the duty roster today", caseNumber);
        }
    }

    /** At most this many open alerts are listed through the API, oldest first. */
    static final int LIST_LIMIT = 500;

    /** Open alerts of the cases the current user may see (a restricted case: only its named people), oldest first. */
    List<AcuteAlert> unacknowledged() {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String visible = access.visibleCaseCondition("triage_acute_alert.case_id", params);
        return jdbc.sql("SELECT * FROM triage_acute_alert WHERE acknowledged_at IS NULL AND " + visible
                        + " ORDER BY raised_at, case_id LIMIT :limit")
                .params(params)
                .param("limit", LIST_LIMIT)
                .query(this::map)
                .list();
    }

    /**
     * What the banner on every staff page shows: the {@code limit} most recently raised open alerts the user may see,
     * and how many there are, counted up to {@code countCap}. Both bounded, so a burst of acute intakes cannot make
     * every page slow (measured at 1M cases with 9,719 open alerts: the uncapped count took 45–160 ms per page).
     */
    Banner banner(int limit, int countCap) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String visible = access.visibleCaseCondition("triage_acute_alert.case_id", params);
        List<AcuteAlert> newest = jdbc.sql("SELECT * FROM triage_acute_alert WHERE acknowledged_at IS NULL AND "
                        + visible + " ORDER BY raised_at DESC, case_id DESC LIMIT :limit")
                .params(params).param("limit", limit).query(this::map).list();
        long total = newest.size() < limit ? newest.size()
                : jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM triage_acute_alert WHERE acknowledged_at IS NULL AND "
                                + visible + " LIMIT :cap) capped")
                        .params(params).param("cap", countCap).query(Long.class).single();
        return new Banner(newest, total, total >= countCap);
    }

    /**
     * The banner's alerts and the number of open alerts in all; when {@code capped}, there are at least
     * {@code total}.
     */
    record Banner(List<AcuteAlert> alerts, long total, boolean capped) {

        public long more() {
            return total - alerts.size();
        }
    }

    Optional<AcuteAlert> find(long caseId) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String visible = access.visibleCaseCondition("triage_acute_alert.case_id", params);
        return jdbc.sql("SELECT * FROM triage_acute_alert WHERE case_id = :id AND " + visible).params(params)
                .param("id", caseId).query(this::map).optional();
    }

    AcuteAlert acknowledge(long caseId, String by) {
        // An alert of a case the user may not see is answered as if it did not exist, and is left alone.
        find(caseId).orElseThrow(() -> new NotFound("acute alert for case " + caseId));
        jdbc.sql("""
                UPDATE triage_acute_alert SET acknowledged_by = :by, acknowledged_at = :at
                WHERE case_id = :id AND acknowledged_at IS NULL
                """)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", caseId)
                .update();
        return find(caseId).orElseThrow(() -> new NotFound("acute alert for case " + caseId));
    }

    Optional<String> dutyInspector(LocalDate day) {
        return jdbc.sql("""
                SELECT inspector_email FROM triage_duty_roster WHERE starts_on <= :day AND ends_on >= :day
                ORDER BY starts_on DESC, id DESC LIMIT 1
                """)
                .param("day", day)
                .query(String.class)
                .optional();
    }

    private void notify(String to, String caseNumber, String reasons) {
        Locale nl = Locale.forLanguageTag("nl");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("triage.alert.mail.subject", new Object[] {caseNumber}, nl));
        message.setText(messages.getMessage("triage.alert.mail.body", new Object[] {caseNumber, reasons}, nl));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.error("Acute alert mail for case {} could not be sent: {}", caseNumber, e.getClass().getSimpleName());
        }
    }

    static String reasons(Suggestion s) {
        if (!s.explanation().rules().isEmpty()) {
            return String.join("; ", s.explanation().rules().stream()
                    .map(r -> r.rule() + ": " + r.summary()).toList());
        }
        return s.explanation().urgency().summary();
    }

    private AcuteAlert map(ResultSet rs, int row) throws SQLException {
        Timestamp ack = rs.getTimestamp("acknowledged_at");
        return new AcuteAlert(rs.getLong("case_id"), rs.getString("case_number"),
                rs.getTimestamp("raised_at").toInstant(), rs.getString("reasons"), rs.getString("notified"),
                rs.getString("acknowledged_by"), ack == null ? null : ack.toInstant());
    }
}
