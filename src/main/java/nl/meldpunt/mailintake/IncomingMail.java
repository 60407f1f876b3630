package nl.meldpunt.mailintake;

import java.time.Instant;
import java.util.List;
import nl.meldpunt.casework.NewAttachment;

/**
 * One message read from the intake mailbox, reduced to what intake needs. Contains personal data: never log it.
 *
 * @param messageId the Message-ID header, or a stable id derived from the content when the header is missing
 * @param replyAddress where an answer goes: Reply-To, else From
 * @param references the ids in In-Reply-To and References, to recognise an answer to a case
 * @param text the text of the message: the text/plain part, else the HTML part without markup
 * @param refused names of attachments that were not accepted (type or size)
 * @param automatic why the message was sent by a machine (auto-reply, bounce, list), or null for a person
 */
record IncomingMail(
        String messageId,
        String fromAddress,
        String fromName,
        String replyAddress,
        String subject,
        Instant sentAt,
        List<String> references,
        String text,
        List<NewAttachment> attachments,
        List<String> refused,
        String automatic) {

    IncomingMail {
        references = List.copyOf(references);
        attachments = List.copyOf(attachments);
        refused = List.copyOf(refused);
    }

    boolean isAutomatic() {
        return automatic != null;
    }
}
