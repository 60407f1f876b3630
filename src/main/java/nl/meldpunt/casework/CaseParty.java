package nl.meldpunt.casework;

import java.time.Instant;

/** Another person involved in a case (personal data: only for case handlers). */
public record CaseParty(long id, PartyRole role, String name, String relation, String contact, Instant addedAt,
        String addedBy) {}
