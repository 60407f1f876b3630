package nl.meldpunt.casework;

import java.time.Instant;

/** The acknowledgement of a registered intake: it is committed once the caller's transaction is. */
public record RegisteredCase(long id, CaseNumber caseNumber, Instant receivedAt, Instant registeredAt,
        boolean wantsContact) {}
