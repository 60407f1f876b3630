package nl.meldpunt.correspondence;

import org.springframework.http.HttpStatus;

/** The authorisation that would have allowed the disclosure was revoked by the citizen. */
public class AuthorisationRevoked extends nl.meldpunt.platform.RuleViolation {

    public AuthorisationRevoked(DisclosureScope needed) {
        super("authorisation-revoked", HttpStatus.CONFLICT,
                "The citizen revoked the authorisation that allowed disclosing " + needed + " to the provider.");
    }
}
