package nl.meldpunt.casework;

import java.time.Instant;

/** A case was forwarded to an inspector, who has to decide on an investigation (the motivation stays on the case). */
public record CaseForwardedToInspector(long caseId, String caseNumber, String urgency, String targetTeam,
        Instant forwardedAt) {}
