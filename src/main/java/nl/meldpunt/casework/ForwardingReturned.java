package nl.meldpunt.casework;

import java.time.Instant;

/** The inspector returned a forwarded case to Meldpunt without a decision (the reason stays on the case). */
public record ForwardingReturned(long caseId, String caseNumber, Instant returnedAt) {}
