/**
 * Correspondence with citizens and providers: the authorisation (machtiging) a citizen gives to disclose their
 * name or complaint to the provider, letter and e-mail templates with placeholders, letters (PDF) and e-mails sent
 * on a case, and the advice and referrals given. Depends on casework's public API; casework does not depend on it
 * (the case page loads this module's section as a fragment).
 */
package nl.meldpunt.correspondence;
