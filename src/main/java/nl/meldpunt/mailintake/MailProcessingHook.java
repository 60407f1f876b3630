package nl.meldpunt.mailintake;

/**
 * A seam in the poll, between the commit of a message's intake and marking the message as processed in the
 * mailbox. Production has no hook; the crash-window test registers one that fails there, as a crash would.
 */
interface MailProcessingHook {

    void afterCommit(String messageId);
}
