package nl.meldpunt.correspondence;

/** How the citizen gave the authorisation: a signed document (uploaded) or verbally (recorded with a note). */
public enum AuthorisationForm {
    SIGNED_DOCUMENT,
    VERBAL
}
