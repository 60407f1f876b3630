package nl.meldpunt.casework;

import java.util.List;

/**
 * One page of search results. {@code total} is exact up to {@link #COUNT_LIMIT}; beyond that it is the limit and
 * {@code totalIsLowerBound} is true (counting a million rows for every page view is not worth it).
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalIsLowerBound) {

    public static final int COUNT_LIMIT = 10_000;

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
