package nl.meldpunt.mailintake;

/** An e-mail answering an existing case was filed on it, with attachments whose text can be extracted. */
public record MailReplyFiled(long caseId, String caseNumber) {}
