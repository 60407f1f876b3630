package nl.meldpunt.correspondence;

/** How it is sent: an e-mail through SMTP, or a letter as a PDF (printed and posted). */
public enum Medium {
    EMAIL,
    LETTER
}
