package nl.meldpunt.formalreports;

/**
 * Staff asked the reporting organisation a question about a report (published in the asking transaction). Carries
 * no message text.
 */
record ReportQuestionAsked(long reportId, String caseNumber, String kvkNumber, String establishmentNumber) {}
