package nl.meldpunt.correspondence;

import java.time.Instant;

/** A referral of the citizen to an organisation from the catalogue. */
public record Referral(long id, String organisation, String organisationName, String note, String referredBy,
        Instant referredAt) {}
