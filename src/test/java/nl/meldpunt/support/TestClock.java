package nl.meldpunt.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests can set and move. Follows real time (offset) unless fixed. */
public class TestClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public TestClock(ZoneId zone) {
        this.zone = zone;
    }

    /** Freezes time at the given instant. */
    public void fixAt(Instant instant) {
        fixed.set(instant);
    }

    /** Back to real time. */
    public void reset() {
        fixed.set(null);
        offset.set(Duration.ZERO);
    }

    public void advance(Duration duration) {
        Instant f = fixed.get();
        if (f != null) {
            fixed.set(f.plus(duration));
        } else {
            offset.updateAndGet(o -> o.plus(duration));
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed.get();
        return f != null ? f : Instant.now().plus(offset.get());
    }
}
