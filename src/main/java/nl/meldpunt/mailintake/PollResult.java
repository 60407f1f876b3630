package nl.meldpunt.mailintake;

/**
 * What one poll of the intake mailbox did.
 *
 * @param read unprocessed messages read
 * @param filed messages filed now (new intake, added to a case, or ignored as automatic)
 * @param alreadyFiled messages filed by an earlier poll and only marked as processed now
 * @param failed messages left unprocessed, to be read again by the next poll
 * @param deadLetters messages that failed too often (now or before) and wait on the dead-letter page
 */
record PollResult(int read, int filed, int alreadyFiled, int failed, int deadLetters) {}
