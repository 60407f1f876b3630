package nl.meldpunt.mailintake;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldpunt.casework.AttachmentPolicy;
import nl.meldpunt.casework.NewAttachment;
import org.springframework.stereotype.Component;

/** Turns a MIME message into an {@link IncomingMail}: its text, its accepted attachments and its reply headers. */
@Component
class MailParser {

    /** Longest text kept from a message body (the rest is in the .eml the officer can ask the mail team for). */
    static final int MAX_TEXT = 50_000;

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");

    private final AttachmentText attachmentText;
    private final MailIntakeProperties properties;

    MailParser(AttachmentText attachmentText, MailIntakeProperties properties) {
        this.attachmentText = attachmentText;
        this.properties = properties;
    }

    IncomingMail parse(MimeMessage message) throws MessagingException, IOException {
        Parts parts = new Parts();
        walk(message, parts, true);
        String text = parts.plain != null ? parts.plain
                : parts.html != null ? attachmentText.extract(parts.html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/html") : "";
        text = text.replace("\r\n", "\n").strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        InternetAddress from = firstAddress(message.getFrom());
        InternetAddress replyTo = firstAddress(message.getReplyTo());
        String fromAddress = from == null ? null : from.getAddress();
        String automatic = AutomaticMessagePolicy.reason(name -> headers(message, name), message.getContentType(),
                properties.acknowledgement().from(), fromAddress).orElse(null);
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();
        return new IncomingMail(messageId(message), fromAddress, from == null ? null : from.getPersonal(),
                replyTo == null ? fromAddress : replyTo.getAddress(), decode(message.getSubject()), sent,
                references(message), text, parts.attachments, parts.refused, automatic);
    }

    private void walk(Part part, Parts parts, boolean top) throws MessagingException, IOException {
        String filename = decode(part.getFileName());
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        if (!top && part.isMimeType("message/rfc822")) {
            attach(parts, filename == null ? "bericht.eml" : filename, part);
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), parts, false);
            }
        } else if (!attachment && part.isMimeType("text/plain") && parts.plain == null) {
            parts.plain = String.valueOf(part.getContent());
        } else if (!attachment && part.isMimeType("text/html") && parts.html == null) {
            parts.html = String.valueOf(part.getContent());
        } else if (attachment || !part.isMimeType("text/*")) {
            attach(parts, filename, part);
        }
    }

    private static void attach(Parts parts, String filename, Part part) throws MessagingException, IOException {
        byte[] content;
        try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) AttachmentPolicy.MAX_BYTES + 1);
        }
        var refusal = AttachmentPolicy.check(content, AttachmentPolicy.STAFF_TYPES);
        if (refusal.isPresent() || parts.attachments.size() >= AttachmentPolicy.MAX_FILES) {
            parts.refused.add(AttachmentPolicy.safeFilename(filename, null));
            return;
        }
        String type = AttachmentPolicy.detectType(content).orElseThrow();
        parts.attachments.add(new NewAttachment(filename, type, content));
    }

    /** The Message-ID, or for a message without one an id derived from its bytes (the same on every read). */
    static String messageId(MimeMessage message) throws MessagingException, IOException {
        String id = message.getMessageID();
        if (id != null && !id.isBlank()) {
            return id.strip();
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toByteArray());
            return "<sha256." + HexFormat.of().formatHex(hash) + "@meldpunt.generated>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> references(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher m = MESSAGE_ID.matcher(value);
                    while (m.find()) {
                        ids.add(m.group());
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private static String[] headers(MimeMessage message, String name) {
        try {
            return message.getHeader(name);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static InternetAddress firstAddress(Address[] addresses) {
        if (addresses == null) {
            return null;
        }
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia) {
                return ia;
            }
        }
        return null;
    }

    private static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static final class Parts {
        String plain;
        String html;
        final List<NewAttachment> attachments = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
    }
}
