package nl.meldpunt.correspondence;

import java.time.LocalDate;

/**
 * An authorisation to record. A signed document comes with its file ({@code document}); a verbal one with a note
 * saying what the citizen agreed to (who recorded it is the current user).
 */
public record NewAuthorisation(
        LocalDate givenOn,
        DisclosureScope scope,
        AuthorisationForm form,
        String documentFilename,
        byte[] document,
        String note) {}
