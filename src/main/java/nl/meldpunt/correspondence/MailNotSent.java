package nl.meldpunt.correspondence;

import org.springframework.http.HttpStatus;

/** The mail server did not accept the e-mail; nothing was stored, it can be sent again. */
public class MailNotSent extends nl.meldpunt.platform.RuleViolation {

    public MailNotSent() {
        super("mail-not-sent", HttpStatus.SERVICE_UNAVAILABLE,
                "The mail server did not accept the e-mail. Nothing was stored; try again later.");
    }
}
