package nl.meldpunt.mailintake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the e-mail and letter intake, under {@code meldpunt.mail-intake.*} (see docs/mail-intake.md).
 *
 * @param enabled whether the intake mailbox is read at all (off by default)
 * @param protocol {@code imap} or {@code imaps}
 * @param folder the folder read for new messages
 * @param processedFolder where processed messages are moved; empty: they stay and are flagged \Seen
 * @param maxMessagesPerPoll how many messages one poll handles at most (the rest waits for the next poll)
 */
@ConfigurationProperties("meldpunt.mail-intake")
record MailIntakeProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("localhost") String host,
        @DefaultValue("993") int port,
        @DefaultValue("imaps") String protocol,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("") String processedFolder,
        @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("50") int maxMessagesPerPoll,
        @DefaultValue("PT20S") Duration timeout,
        @DefaultValue Acknowledgement acknowledgement,
        @DefaultValue Ocr ocr) {

    /**
     * @param enabled whether a new e-mail intake gets an automatic acknowledgement
     * @param from the sender of acknowledgements; incoming mail from this address is never acknowledged
     * @param maxPerSender at most this many acknowledgements to one address within {@code window}
     */
    record Acknowledgement(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("meldpunt@meldpunt.example") String from,
            @DefaultValue("3") int maxPerSender,
            @DefaultValue("PT1H") Duration window) {}

    /**
     * @param command the Tesseract executable
     * @param language Tesseract language data ({@code nld} from Debian's tesseract-ocr-nld)
     * @param timeout how long one page may take before the process is stopped
     * @param maxPages pages of a scanned PDF recognised at most
     * @param dpi resolution at which PDF pages are rendered for recognition
     */
    record Ocr(
            @DefaultValue("tesseract") String command,
            @DefaultValue("nld") String language,
            @DefaultValue("PT60S") Duration timeout,
            @DefaultValue("20") int maxPages,
            @DefaultValue("300") int dpi) {}
}
