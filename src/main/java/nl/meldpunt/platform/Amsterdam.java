package nl.meldpunt.platform;

import java.time.ZoneId;

/** Meldpunt works in Dutch time: deadlines, reference-number years and office hours use this zone. */
public final class Amsterdam {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Amsterdam() {}
}
