package nl.meldpunt.casework;

/**
 * Searchable text was added to a case after its registration (extracted from an attachment, recognised in a scan,
 * or an e-mail reply). Published in the transaction that stored it, so a module that reads case text (triage) can
 * look again. Carries no personal data: read the text through {@link CaseSearchText#texts}.
 */
public record CaseTextAdded(long caseId, String caseNumber, TextSource source, Long attachmentId) {}
