package nl.meldpunt.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API caller (the authenticated user or token's user, else the client address): up to
 * {@code capacity} requests at once, refilled at {@code per-second}. Kept in memory per node, which is enough to
 * stop one runaway client; the public form has its own, cluster-wide limit (intake.SpamRateLimit).
 */
@Component
class ApiRateLimit {

    /** Monotonic nanoseconds; not the business clock, which tests fix in time. */
    private final LongSupplier nanos;
    private final double capacity;
    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    ApiRateLimit(@Value("${meldpunt.api.rate-limit.capacity:600}") int capacity,
            @Value("${meldpunt.api.rate-limit.per-second:20}") double perSecond) {
        this(System::nanoTime, capacity, perSecond);
    }

    ApiRateLimit(LongSupplier nanos, int capacity, double perSecond) {
        this.nanos = nanos;
        this.capacity = capacity;
        this.perSecond = perSecond;
    }

    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    /** Takes one token for the caller; false when the bucket is empty (answer 429). */
    boolean tryAcquire(String caller) {
        long now = nanos.getAsLong();
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory under an address-spraying flood
        }
        Bucket b = buckets.computeIfAbsent(caller, k -> {
            Bucket n = new Bucket();
            n.tokens = capacity;
            n.lastNanos = now;
            return n;
        });
        synchronized (b) {
            double refill = Math.max(0, now - b.lastNanos) / 1e9 * perSecond;
            b.tokens = Math.min(capacity, b.tokens + refill);
            b.lastNanos = Math.max(b.lastNanos, now);
            if (b.tokens < 1) {
                return false;
            }
            b.tokens -= 1;
            return true;
        }
    }

    /** Seconds until one token is back, for Retry-After. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / perSecond));
    }
}
