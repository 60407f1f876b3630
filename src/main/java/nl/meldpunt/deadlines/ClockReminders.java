package nl.meldpunt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.platform.Amsterdam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails officers about their clocks: shortly before one is due, when one breaches, and a morning digest. Each
 * mail is claimed in the database in the sending transaction (UPDATE … FOR UPDATE SKIP LOCKED, or a digest row
 * per officer and day), so two nodes never send the same one; a failed send rolls the claim back and is retried.
 * Mails name case numbers and clock types only, never personal data.
 */
@Component
class ClockReminders {

    private static final Locale DUTCH = Locale.of("nl");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final StaffUsers users;
    private final ClockTypes types;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration remindBefore;
    private final String from;

    ClockReminders(JdbcClient jdbc, JavaMailSender mail, StaffUsers users, ClockTypes types, MessageSource messages,
            Clock clock, @Value("${meldpunt.clocks.remind-before:PT24H}") Duration remindBefore,
            @Value("${meldpunt.mail.from:meldpunt@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.users = users;
        this.types = types;
        this.messages = messages;
        this.clock = clock;
        this.remindBefore = remindBefore;
        this.from = from;
    }

    record Claimed(long id, String caseNumber, String type, Instant dueAt, String assignee) {}

    /** Reminds assignees of running clocks due within the configured time; returns how many were claimed. */
    @Transactional
    public int sendDueSoon() {
        Instant now = clock.instant();
        List<Claimed> claimed = claim("reminder_sent_at", "RUNNING", "AND due_at > :now AND due_at <= :horizon", now,
                now.plus(remindBefore));
        claimed.forEach(c -> send(c.assignee(), "deadlines.mail.reminder.subject", "deadlines.mail.reminder.body", c));
        return claimed.size();
    }

    /** Tells assignees that a clock breached; returns how many were claimed. */
    @Transactional
    public int sendBreachNotices() {
        Instant now = clock.instant();
        List<Claimed> claimed = claim("breach_notice_sent_at", "BREACHED", "", now, now);
        claimed.forEach(c -> send(c.assignee(), "deadlines.mail.breach.subject", "deadlines.mail.breach.body", c));
        return claimed.size();
    }

    /** One morning mail per officer with open clocks assigned: what is overdue and what is due. */
    @Transactional
    public int sendDigests() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Amsterdam.ZONE).toLocalDate();
        List<String> officers = jdbc.sql("""
                SELECT DISTINCT assignee FROM case_clock
                WHERE assignee IS NOT NULL AND state IN ('RUNNING', 'PAUSED', 'BREACHED')
                """).query(String.class).list();
        int sent = 0;
        for (String officer : officers) {
            boolean mine = jdbc.sql("""
                    INSERT INTO clock_digest (username, day, sent_at) VALUES (:u, :day, :now)
                    ON CONFLICT DO NOTHING
                    """).param("u", officer).param("day", today).param("now", Timestamp.from(now)).update() == 1;
            if (!mine) {
                continue;
            }
            List<Claimed> open = jdbc.sql("""
                    SELECT id, case_number, type_code, due_at, assignee FROM case_clock
                    WHERE assignee = :u AND state IN ('RUNNING', 'PAUSED', 'BREACHED') ORDER BY due_at LIMIT 200
                    """).param("u", officer).query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("case_number"),
                            rs.getString("type_code"), rs.getTimestamp("due_at").toInstant(), rs.getString("assignee")))
                    .list();
            StringBuilder body = new StringBuilder(text("deadlines.mail.digest.intro")).append("\n\n");
            for (Claimed c : open) {
                body.append("- ").append(line(c)).append('\n');
            }
            if (deliver(officer, text("deadlines.mail.digest.subject", today.toString()), body.toString())) {
                sent++;
            }
        }
        return sent;
    }

    private List<Claimed> claim(String column, String state, String extra, Instant now, Instant horizon) {
        return jdbc.sql("""
                UPDATE case_clock SET %1$s = :now
                WHERE id IN (SELECT id FROM case_clock
                             WHERE state = '%2$s' AND %1$s IS NULL AND assignee IS NOT NULL %3$s
                             ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, case_number, type_code, due_at, assignee
                """.formatted(column, state, extra))
                .param("now", Timestamp.from(now))
                .param("horizon", Timestamp.from(horizon))
                .param("limit", BATCH)
                .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("case_number"), rs.getString("type_code"),
                        rs.getTimestamp("due_at").toInstant(), rs.getString("assignee")))
                .list();
    }

    private void send(String officer, String subjectKey, String bodyKey, Claimed c) {
        deliver(officer, text(subjectKey, c.caseNumber()), text(bodyKey, typeLabel(c.type()), c.caseNumber(),
                MOMENT.format(c.dueAt().atZone(Amsterdam.ZONE))));
    }

    private boolean deliver(String officer, String subject, String body) {
        String address = users.find(officer).map(StaffUser::email).orElse(null);
        if (address == null || address.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject(subject);
        message.setText(body);
        mail.send(message);
        return true;
    }

    private String line(Claimed c) {
        return text("deadlines.mail.digest.line", c.caseNumber(), typeLabel(c.type()),
                MOMENT.format(c.dueAt().atZone(Amsterdam.ZONE)));
    }

    private String typeLabel(String code) {
        return types.find(code).map(t -> t.label(DUTCH)).orElse(code);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }
}
