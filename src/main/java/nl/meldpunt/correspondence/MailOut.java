package nl.meldpunt.correspondence;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends a composed e-mail through SMTP, as plain text with an (escaped) HTML alternative. */
@Component
class MailOut {

    private final JavaMailSender mail;
    private final String from;

    MailOut(JavaMailSender mail, @Value("${meldpunt.mail.from:meldpunt@meldpunt.example}") String from) {
        this.mail = mail;
        this.from = from;
    }

    void send(String to, String subject, String body) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, "<!DOCTYPE html><html><body>" + LetterHtml.paragraphs(body) + "</body></html>");
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailNotSent();
        }
    }
}
