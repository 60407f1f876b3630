package nl.meldpunt.deadlines;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day calendars.
 *
 * @param goodFridayOff whether Meldpunt is closed on Good Friday (OFFICE calendar); statutory terms never skip it
 * @param officeOpens start of office hours, Europe/Amsterdam
 * @param officeCloses end of office hours, Europe/Amsterdam
 */
@ConfigurationProperties("meldpunt.calendar")
record CalendarSettings(
        @DefaultValue("false") boolean goodFridayOff,
        @DefaultValue("09:00") LocalTime officeOpens,
        @DefaultValue("17:00") LocalTime officeCloses) {

    static final CalendarSettings DEFAULTS = new CalendarSettings(false, LocalTime.of(9, 0), LocalTime.of(17, 0));

    CalendarSettings {
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException("Office hours must open before they close");
        }
    }
}
