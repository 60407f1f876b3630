package nl.meldpunt.correspondence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An authorisation (machtiging) of the citizen to disclose their name and/or complaint to the provider.
 *
 * @param documentFilename the signed document's file name (SIGNED_DOCUMENT only)
 * @param revokedOn the day the citizen withdrew it, or null while it stands
 */
public record Authorisation(
        long id,
        String caseNumber,
        LocalDate givenOn,
        DisclosureScope scope,
        AuthorisationForm form,
        String documentFilename,
        String note,
        String recordedBy,
        Instant recordedAt,
        LocalDate revokedOn,
        String revocationReason,
        String revokedBy) {

    public boolean revoked() {
        return revokedOn != null;
    }
}
