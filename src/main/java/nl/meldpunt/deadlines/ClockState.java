package nl.meldpunt.deadlines;

import java.util.EnumSet;
import java.util.Set;

/** The life of a clock; the allowed moves are listed here and nowhere else. */
public enum ClockState {
    RUNNING,
    PAUSED,
    COMPLETED,
    BREACHED,
    STOPPED;

    /** States in which a clock still asks for work (they appear in the queues). */
    public static final Set<ClockState> OPEN = EnumSet.of(RUNNING, PAUSED, BREACHED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(ClockState next) {
        return switch (this) {
            case RUNNING -> EnumSet.of(PAUSED, COMPLETED, BREACHED, STOPPED).contains(next);
            case PAUSED -> EnumSet.of(RUNNING, COMPLETED, STOPPED).contains(next);
            case BREACHED -> EnumSet.of(RUNNING, COMPLETED, STOPPED).contains(next);
            case COMPLETED, STOPPED -> false;
        };
    }
}
