package nl.meldpunt.formalreports;

import jakarta.mail.MessagingException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldpunt.admin.StaffUser;
import nl.meldpunt.admin.StaffUsers;
import nl.meldpunt.casework.CaseJournal;
import nl.meldpunt.casework.CaseNumber;
import nl.meldpunt.casework.HistoryAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporting organisation by e-mail that the inspectorate asked a question about its report. After the
 * question is committed, one e-mail to each enabled account of the organisation that has an address. The e-mail
 * holds only the reference number and a link to the report page (which needs a login): never the question or
 * anything else from the case. A failed send leaves the event publication incomplete, so it is retried.
 */
@Component
class QuestionNotifications {

    private static final Logger log = LoggerFactory.getLogger(QuestionNotifications.class);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ProviderAccounts accounts;
    private final StaffUsers users;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final CaseJournal journal;
    private final String from;
    private final String appUrl;

    QuestionNotifications(ProviderAccounts accounts, StaffUsers users, JavaMailSender mail, MessageSource messages,
            CaseJournal journal, @Value("${meldpunt.mail.from:meldpunt@meldpunt.example}") String from,
            @Value("${meldpunt.app-url:http://localhost:8080}") String appUrl) {
        this.accounts = accounts;
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.journal = journal;
        this.from = from;
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    @ApplicationModuleListener
    void on(ReportQuestionAsked event) {
        List<String> recipients = accounts.usernamesOf(new Organisation(null, event.kvkNumber(),
                        event.establishmentNumber())).stream()
                .map(users::find)
                .flatMap(java.util.Optional::stream)
                .filter(StaffUser::enabled)
                .map(StaffUser::email)
                .filter(e -> e != null && !e.isBlank())
                .distinct()
                .toList();
        if (recipients.isEmpty()) {
            log.info("Question on report {}: the organisation has no account with an e-mail address", event.reportId());
            return;
        }
        String link = appUrl + "/aanbieder/meldingen/" + event.reportId();
        String subject = messages.getMessage("formalreports.notify.subject", new Object[] {event.caseNumber()}, DUTCH);
        String body = messages.getMessage("formalreports.notify.body", new Object[] {event.caseNumber(), link}, DUTCH);
        for (String to : recipients) {
            send(to, subject, body);
        }
        journal.record(new CaseNumber(event.caseNumber()), "meldpunt", HistoryAction.REPORT_QUESTION_NOTIFIED,
                Map.of("recipients", recipients.size()), null);
    }

    private void send(String to, String subject, String body) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body);
            message.setHeader("Auto-Submitted", "auto-generated");
            mail.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the question notification", e);
        }
    }
}
