package nl.meldpunt.providers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ProviderRegister#bestMatch} for many providers at once, in one statement: for bulk paths (the import of
 * historic cases) where a query per subject would cost more than the import itself. Same rules and thresholds:
 * establishment number, then KvK number (the organisation itself, else the most alike name), then the most alike
 * name (and place) from {@link ProviderRegister#LINK_THRESHOLD}.
 */
@Component
public class ProviderMatching {

    /** A provider as someone typed it. */
    public record TypedProvider(String name, String place, String kvkNumber, String establishmentNumber) {}

    private final JdbcClient jdbc;

    ProviderMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The best register entry for each given provider, by its index in the list; those without one are left out. */
    public Map<Integer, ProviderMatch> bestMatches(List<TypedProvider> typed) {
        Map<Integer, ProviderMatch> matches = new HashMap<>();
        if (typed.isEmpty()) {
            return matches;
        }
        int n = typed.size();
        Integer[] idx = new Integer[n];
        String[] names = new String[n];
        String[] places = new String[n];
        String[] kvks = new String[n];
        String[] establishments = new String[n];
        for (int i = 0; i < n; i++) {
            TypedProvider t = typed.get(i);
            idx[i] = i;
            names[i] = t.name();
            places[i] = t.place();
            kvks[i] = blankToNull(t.kvkNumber());
            establishments[i] = blankToNull(t.establishmentNumber());
        }
        jdbc.sql("""
                WITH q AS MATERIALIZED (
                  SELECT u.idx, u.kvk, u.est, provider_match_text(u.name) AS match_name,
                         provider_distinct_text(u.name) AS distinct_name, provider_match_text(u.place) AS match_place
                  FROM unnest(CAST(:idx AS int[]), CAST(:names AS text[]), CAST(:places AS text[]),
                              CAST(:kvks AS text[]), CAST(:ests AS text[])) AS u(idx, name, place, kvk, est))
                SELECT q.idx, m.matched_by, m.score, p.*
                FROM q CROSS JOIN LATERAL (
                  SELECT c.id, c.matched_by, c.score FROM (
                    (SELECT p.id, 1 AS rank, 'ESTABLISHMENT' AS matched_by, CAST(1 AS float8) AS score
                     FROM provider p WHERE q.est IS NOT NULL AND p.establishment_number = q.est LIMIT 1)
                    UNION ALL
                    (SELECT p.id, 2, 'KVK', CAST(1 AS float8)
                     FROM provider p WHERE q.kvk IS NOT NULL AND p.kvk_number = q.kvk
                     ORDER BY p.establishment_number IS NOT NULL,
                              provider_prepared_score(p.match_name, p.distinct_name, p.match_place, q.match_name, q.distinct_name, q.match_place) DESC, p.id
                     LIMIT 1)
                    UNION ALL
                    (SELECT p.id, 3, 'NAME', CAST(provider_prepared_score(p.match_name, p.distinct_name, p.match_place, q.match_name, q.distinct_name, q.match_place) AS float8)
                     FROM provider p WHERE q.match_name <> '' AND p.match_name % q.match_name
                     ORDER BY provider_prepared_score(p.match_name, p.distinct_name, p.match_place, q.match_name, q.distinct_name, q.match_place) DESC, p.id
                     LIMIT 1)
                  ) c
                  WHERE c.rank < 3 OR c.score >= :threshold
                  ORDER BY c.rank LIMIT 1) m
                JOIN provider p ON p.id = m.id
                """)
                .param("idx", idx)
                .param("names", names)
                .param("places", places)
                .param("kvks", kvks)
                .param("ests", establishments)
                .param("threshold", ProviderRegister.LINK_THRESHOLD)
                .query((rs, row) -> matches.put(rs.getInt("idx"), new ProviderMatch(ProviderRegister.map(rs, row),
                        ProviderMatch.MatchedBy.valueOf(rs.getString("matched_by")), rs.getDouble("score"))))
                .list();
        return matches;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
