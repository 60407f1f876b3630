package nl.meldpunt.correspondence;

import org.springframework.http.HttpStatus;

/** Telling the provider the citizen's name or complaint needs a standing authorisation of that scope. */
public class DisclosureRequiresAuthorisation extends nl.meldpunt.platform.RuleViolation {

    public DisclosureRequiresAuthorisation(DisclosureScope needed) {
        super("disclosure-requires-authorisation", HttpStatus.CONFLICT,
                "This would disclose the citizen to the provider (" + needed
                        + ") and the case has no authorisation for it.");
    }
}
