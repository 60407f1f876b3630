package nl.meldpunt.providers;

/**
 * A register entry found for a name (and place) as someone typed it, with how it was found and how alike the names
 * are (pg_trgm similarity, 0..1; 1 for an identifier match).
 */
public record ProviderMatch(Provider provider, MatchedBy matchedBy, double score) {

    public enum MatchedBy {
        KVK,
        ESTABLISHMENT,
        AGB,
        NAME
    }
}
