package nl.meldpunt.casework;

/** Where searchable text that nobody typed came from. */
public enum TextSource {
    /** Text extracted from an attachment (PDF text layer, DOCX, an e-mail inside an e-mail). */
    ATTACHMENT,
    /** Text recognised in a scan (a letter as image or as PDF without a text layer). */
    OCR,
    /** The text of an e-mail that answered an existing case. */
    MAIL
}
