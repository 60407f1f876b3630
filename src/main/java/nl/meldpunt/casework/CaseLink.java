package nl.meldpunt.casework;

import java.time.Instant;

/**
 * A link as seen from one case: {@code outgoing} when this case is the link's source (this case follows up, or was
 * merged into, the other), incoming otherwise.
 */
public record CaseLink(long id, LinkType type, boolean outgoing, String otherCaseNumber, CaseStatus otherStatus,
        Instant createdAt, String createdBy, String reason) {}
