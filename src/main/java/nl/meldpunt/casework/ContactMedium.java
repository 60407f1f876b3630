package nl.meldpunt.casework;

/** How a contact went: a call, an e-mail, a letter, or an internal note. */
public enum ContactMedium {
    PHONE,
    EMAIL,
    LETTER,
    NOTE
}
