package nl.meldpunt.mailintake;

/**
 * Seams in the poll: before a message is filed, and between the commit of its intake and marking it as processed in
 * the mailbox. Production has no hook; tests register one that fails there, as a broken message or a crash would.
 */
interface MailProcessingHook {

    /** Before the message is parsed and filed (a failure here is a message that cannot be processed). */
    default void beforeFiling(String messageId) {}

    void afterCommit(String messageId);
}
