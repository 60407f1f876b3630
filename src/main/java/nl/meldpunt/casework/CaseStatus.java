package nl.meldpunt.casework;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a case as a state machine. The allowed transitions are listed here and nowhere else; the case
 * aggregate refuses any other with {@link IllegalTransition}.
 */
public enum CaseStatus {
    RECEIVED,
    IN_TRIAGE,
    IN_PROGRESS,
    WAITING_FOR_CITIZEN,
    WAITING_FOR_PROVIDER,
    WAITING_FOR_AUTHORISATION,
    WAITING_FOR_INSPECTOR,
    FORWARDED,
    MONITORING,
    CLOSED,
    REOPENED;

    private static final Set<CaseStatus> WAITING =
            EnumSet.of(WAITING_FOR_CITIZEN, WAITING_FOR_PROVIDER, WAITING_FOR_AUTHORISATION, WAITING_FOR_INSPECTOR);

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.ofEntries(
            Map.entry(RECEIVED, EnumSet.of(IN_TRIAGE, IN_PROGRESS, CLOSED)),
            Map.entry(IN_TRIAGE, EnumSet.of(IN_PROGRESS, CLOSED)),
            Map.entry(IN_PROGRESS, union(WAITING, EnumSet.of(FORWARDED, CLOSED))),
            Map.entry(WAITING_FOR_CITIZEN, union(WAITING, EnumSet.of(IN_PROGRESS, CLOSED))),
            Map.entry(WAITING_FOR_PROVIDER, union(WAITING, EnumSet.of(IN_PROGRESS, CLOSED))),
            Map.entry(WAITING_FOR_AUTHORISATION, union(WAITING, EnumSet.of(IN_PROGRESS, FORWARDED, CLOSED))),
            Map.entry(WAITING_FOR_INSPECTOR, union(WAITING, EnumSet.of(IN_PROGRESS, FORWARDED, CLOSED))),
            Map.entry(FORWARDED, EnumSet.of(MONITORING, IN_PROGRESS, CLOSED)),
            Map.entry(MONITORING, EnumSet.of(IN_PROGRESS, CLOSED)),
            Map.entry(CLOSED, EnumSet.of(REOPENED)),
            Map.entry(REOPENED, union(WAITING, EnumSet.of(IN_PROGRESS, FORWARDED, CLOSED))));

    public boolean canMoveTo(CaseStatus next) {
        return ALLOWED.getOrDefault(this, Set.of()).contains(next);
    }

    public Set<CaseStatus> next() {
        return Set.copyOf(ALLOWED.getOrDefault(this, Set.of()));
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    public boolean isWaiting() {
        return WAITING.contains(this);
    }

    private static Set<CaseStatus> union(Set<CaseStatus> a, Set<CaseStatus> b) {
        Set<CaseStatus> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
