package nl.meldpunt.casework;

import java.util.List;

/**
 * One page of search results. {@code total} is exact up to {@link #COUNT_LIMIT}; beyond that it is the limit and
 * {@code totalIsLowerBound} is true (counting a million rows for every page view is not worth it; at 1M cases
 * counting to 10,000 hits of a common word took 0.6-0.9 s, to 1,000 about 50 ms).
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalIsLowerBound) {

    public static final int COUNT_LIMIT = 1_000;

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
