package nl.meldpunt.casework;

/**
 * A duplicate case was merged into another: its contacts, attachments, subjects, parties and history moved, and it
 * is closed as a pointer. Published in the merging transaction, e.g. for clocks of the duplicate. No personal data.
 */
public record CaseMerged(long duplicateId, String duplicateNumber, long survivorId, String survivorNumber) {}
