package nl.meldpunt.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.meldpunt.casework.CaseStatus;

/**
 * The acknowledgement of an intake: the reference number the reporter is given, committed before it is sent.
 *
 * @param replayed true when this answers a repeated request with the same Idempotency-Key (no new case)
 */
@Schema(name = "IntakeResponse")
record IntakeApiResponse(
        String caseNumber,
        long id,
        CaseStatus status,
        Instant receivedAt,
        Instant registeredAt,
        boolean wantsContact,
        boolean replayed,
        String href) {}
