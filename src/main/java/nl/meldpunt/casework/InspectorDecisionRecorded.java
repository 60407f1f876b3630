package nl.meldpunt.casework;

import java.time.Instant;

/** The inspector decided on a forwarded case (the motivation stays on the case). */
public record InspectorDecisionRecorded(long caseId, String caseNumber, InspectorDecision decision,
        Instant decidedAt) {}
