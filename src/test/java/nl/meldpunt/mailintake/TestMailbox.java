package nl.meldpunt.mailintake;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nl.meldpunt.support.TestMail;

/** The intake mailbox in GreenMail, and the messages tests send to it: real SMTP in, real IMAP out. */
final class TestMailbox {

    static final String ADDRESS = "intake@meldpunt.test";
    static final String LOGIN = "intake";

    private TestMailbox() {}

    /** Creates the intake mailbox account (idempotent). */
    static GreenMail ready() {
        GreenMail server = TestMail.server();
        server.setUser(ADDRESS, LOGIN, LOGIN);
        return server;
    }

    static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(TestMail.smtpPort()));
        return Session.getInstance(p);
    }

    static MimeMessage plain(String from, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(session());
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(ADDRESS));
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    static MimeMessage withAttachment(String from, String subject, String text, String filename, String type,
            byte[] content) throws MessagingException {
        MimeMessage m = plain(from, subject, text);
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(filename);
        file.setDisposition(MimeBodyPart.ATTACHMENT);
        m.setContent(new MimeMultipart(body, file));
        return m;
    }

    static byte[] bytes(MimeMessage m) throws MessagingException, IOException {
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    /** Sends as is; a Message-ID set on the message is kept ({@code Transport.send} would replace it). */
    static void send(MimeMessage m) throws MessagingException {
        String id = m.getMessageID();
        m.saveChanges();
        if (id != null) {
            m.setHeader("Message-ID", id);
        }
        try (Transport transport = m.getSession().getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(m, m.getAllRecipients());
        }
    }

    /** Messages GreenMail delivered to this address (acknowledgements we sent). */
    static List<MimeMessage> deliveredTo(String address) {
        return Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getRecipients(Message.RecipientType.TO);
                        return to != null && Arrays.stream(to)
                                .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** Whether the message with this Message-ID is flagged \Seen in the intake mailbox (read over IMAP). */
    static boolean seen(String messageId) throws MessagingException {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message m : inbox.getMessages()) {
                    if (messageId.equals(((MimeMessage) m).getMessageID())) {
                        return m.isSet(Flags.Flag.SEEN);
                    }
                }
                throw new IllegalStateException("No such message in the intake mailbox");
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Clears \Seen on every message, as if the mailbox had been restored: processing must not duplicate. */
    static void markAllUnseen() throws MessagingException {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
            inbox.close(false);
        }
    }

    private static Store imap() throws MessagingException {
        Properties p = new Properties();
        p.put("mail.imap.peek", "true");
        Store store = Session.getInstance(p).getStore("imap");
        store.connect("127.0.0.1", TestMail.imapPort(), LOGIN, LOGIN);
        return store;
    }
}
