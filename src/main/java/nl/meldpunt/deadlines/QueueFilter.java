package nl.meldpunt.deadlines;

import java.time.Instant;

/**
 * Which open clocks a work queue shows.
 *
 * @param team a team code; {@link #NO_TEAM} for clocks on cases without a team; null for every team
 * @param assignee a user name, or null for anyone
 * @param dueBefore only clocks due before this moment (overdue and due-today lists), or null
 */
public record QueueFilter(String team, String assignee, String sector, String urgency, Instant dueBefore) {

    public static final String NO_TEAM = "-";
}
