package nl.meldpunt.platform;

/**
 * Stable pseudonyms ({@code P-XXXXXXXX}) for persons shown to people who may not see who they are (analysts). The
 * privacy module implements it with a keyed hash; modules that show persons use this interface, so they need not
 * depend on the privacy module.
 */
public interface Pseudonymiser {

    /** The same pseudonym for the same person (name, e-mail or phone, normalised) on every page; null stays null. */
    String pseudonymFor(String identity);
}
