package nl.meldpunt.correspondence;

import org.springframework.http.HttpStatus;

/** An authorisation is revoked once; the first revocation stands. */
public class AuthorisationAlreadyRevoked extends nl.meldpunt.platform.RuleViolation {

    public AuthorisationAlreadyRevoked() {
        super("authorisation-already-revoked", HttpStatus.CONFLICT, "This authorisation has already been revoked.");
    }
}
