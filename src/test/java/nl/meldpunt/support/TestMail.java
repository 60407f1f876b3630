package nl.meldpunt.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP/IMAP server (GreenMail) per test JVM, on free ports, shared by every integration test. Tests that
 * check mail purge it first ({@code TestMail.server().purgeEmailFromAllMailboxes()}) and wait for messages with
 * {@code server().waitForIncomingEmail(timeout, count)}.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {}

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int smtpPort() {
        return server().getSmtp().getPort();
    }

    public static int imapPort() {
        return server().getImap().getPort();
    }
}
