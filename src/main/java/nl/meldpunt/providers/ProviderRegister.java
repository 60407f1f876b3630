package nl.meldpunt.providers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.meldpunt.platform.CurrentUser;
import nl.meldpunt.platform.InvalidInput;
import nl.meldpunt.platform.NotFound;
import nl.meldpunt.reference.ReferenceData;
import nl.meldpunt.reference.ReferenceList;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider register: search (by name with fuzzy matching, by KvK, establishment number or AGB code), find, create
 * and change entries, and the best entry for a name as someone typed it. Names are compared by
 * {@code provider_match_text} (lower case, no accents, no punctuation, no legal form) with pg_trgm similarity.
 */
@Component
public class ProviderRegister {

    /**
     * A typed name (with place, when both sides have one) links to a register entry automatically from this
     * similarity on; below it, entries are only suggested. Measured in docs/decisions/2420.
     */
    public static final double LINK_THRESHOLD = 0.6;

    /** Entries from this similarity on are offered as suggestions. */
    public static final double SUGGEST_THRESHOLD = 0.3;

    /** The register's side is normalised when written (generated columns), the typed side once per query (q). */
    private static final String SCORE = "provider_prepared_score(p.match_name, p.distinct_name, p.match_place, "
            + "q.name, q.distinct_name, q.place)";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final Clock clock;

    ProviderRegister(JdbcClient jdbc, ReferenceData reference, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * Entries for a search box: 8 digits are a KvK number or AGB code, 12 digits an establishment number, anything
     * else a name, typos allowed (best first).
     */
    @Transactional(readOnly = true)
    public List<Provider> search(String query, int limit) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return jdbc.sql("SELECT * FROM provider ORDER BY match_name, id LIMIT :limit")
                    .param("limit", limit).query(ProviderRegister::map).list();
        }
        String digits = q.replaceAll("[\\s.]", "");
        if (digits.matches("\\d{8}")) {
            return jdbc.sql("""
                    SELECT * FROM provider WHERE kvk_number = :d OR agb_code = :d
                    ORDER BY establishment_number NULLS FIRST, id LIMIT :limit""")
                    .param("d", digits).param("limit", limit).query(ProviderRegister::map).list();
        }
        if (digits.matches("\\d{12}")) {
            return jdbc.sql("SELECT * FROM provider WHERE establishment_number = :d LIMIT :limit")
                    .param("d", digits).param("limit", limit).query(ProviderRegister::map).list();
        }
        return jdbc.sql("""
                WITH q AS (SELECT provider_match_text(:q) AS t)
                SELECT p.* FROM provider p, q
                WHERE q.t <> '' AND (p.match_name % q.t OR q.t <% p.match_name
                                     OR p.match_name LIKE '%' || q.t || '%')
                ORDER BY greatest(similarity(p.match_name, q.t), word_similarity(q.t, p.match_name)) DESC,
                         p.match_name, p.id
                LIMIT :limit""")
                .param("q", q).param("limit", limit).query(ProviderRegister::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<Provider> find(long id) {
        return jdbc.sql("SELECT * FROM provider WHERE id = :id").param("id", id).query(ProviderRegister::map)
                .optional();
    }

    /**
     * The register entry a subject as typed is about, or empty: an identifier that matches wins (establishment
     * number, then KvK number); otherwise the most similar name (and place) at or above {@link #LINK_THRESHOLD}.
     */
    @Transactional(readOnly = true)
    public Optional<ProviderMatch> bestMatch(String name, String place, String kvkNumber, String establishment) {
        if (establishment != null && !establishment.isBlank()) {
            Optional<Provider> byEstablishment = jdbc.sql("SELECT * FROM provider WHERE establishment_number = :e")
                    .param("e", establishment.strip()).query(ProviderRegister::map).optional();
            if (byEstablishment.isPresent()) {
                return byEstablishment.map(p -> new ProviderMatch(p, ProviderMatch.MatchedBy.ESTABLISHMENT, 1.0));
            }
        }
        if (kvkNumber != null && !kvkNumber.isBlank()) {
            List<ProviderMatch> sameKvk = scored("p.kvk_number = :kvk", name, place, kvkNumber.strip(), 50);
            if (!sameKvk.isEmpty()) {
                // Several establishments share a KvK number: the organisation itself, else the most alike name.
                ProviderMatch best = sameKvk.stream()
                        .min(Comparator.comparing((ProviderMatch m) -> m.provider().establishmentNumber() != null)
                                .thenComparing(m -> -m.score()))
                        .orElseThrow();
                return Optional.of(new ProviderMatch(best.provider(), ProviderMatch.MatchedBy.KVK, 1.0));
            }
        }
        return candidates(name, place, 1).stream().filter(m -> m.score() >= LINK_THRESHOLD).findFirst();
    }

    /** Entries whose name (and place) look like the given ones, most alike first, from {@link #SUGGEST_THRESHOLD}. */
    @Transactional(readOnly = true)
    public List<ProviderMatch> candidates(String name, String place, int limit) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return scored("p.match_name % q.name", name, place, null, limit).stream()
                .filter(m -> m.score() >= SUGGEST_THRESHOLD)
                .toList();
    }

    private List<ProviderMatch> scored(String condition, String name, String place, String kvk, int limit) {
        return jdbc.sql("""
                WITH q AS MATERIALIZED (SELECT provider_match_text(:name) AS name,
                        provider_distinct_text(:name) AS distinct_name, provider_match_text(:place) AS place)
                SELECT p.*, %s AS score FROM provider p, q
                WHERE %s
                ORDER BY score DESC, p.id
                LIMIT :limit""".formatted(SCORE, condition))
                .param("name", name)
                .param("place", place)
                .param("kvk", kvk)
                .param("limit", limit)
                .query((rs, n) -> new ProviderMatch(map(rs, n), ProviderMatch.MatchedBy.NAME, rs.getDouble("score")))
                .list();
    }

    @Transactional
    public Provider create(NewProvider entry) {
        check(entry, 0);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                INSERT INTO provider (name, kvk_number, establishment_number, agb_code, sector, street, postcode, place,
                    created_at, created_by, updated_at, updated_by)
                VALUES (:name, :kvk, :est, :agb, :sector, :street, :postcode, :place, :now, :actor, :now, :actor)
                RETURNING id""")
                .params(params(entry))
                .param("now", now)
                .param("actor", CurrentUser.name())
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    /** Changes an entry; {@code expectedVersion} is the version the editor saw (a stale edit is refused). */
    @Transactional
    public Provider update(long id, long expectedVersion, NewProvider entry) {
        find(id).orElseThrow(() -> new NotFound("Provider " + id));
        check(entry, id);
        int updated = jdbc.sql("""
                UPDATE provider SET name = :name, kvk_number = :kvk, establishment_number = :est, agb_code = :agb,
                    sector = :sector, street = :street, postcode = :postcode, place = :place, updated_at = :now,
                    updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(entry))
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", CurrentUser.name())
                .param("id", id)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Provider " + id + " was changed by someone else");
        }
        return find(id).orElseThrow();
    }

    private void check(NewProvider e, long self) {
        if (e.sector() != null && !reference.isActive(ReferenceList.SECTOR, e.sector())) {
            throw InvalidInput.of("sector", "Unknown or retired sector code.");
        }
        if (e.establishmentNumber() != null) {
            taken("establishmentNumber", "establishment_number = :v", e.establishmentNumber(), self);
        }
        if (e.kvkNumber() != null) {
            taken("kvkNumber", "kvk_number = :v AND coalesce(establishment_number, '') = :est", e.kvkNumber(), self,
                    e.establishmentNumber() == null ? "" : e.establishmentNumber());
        }
        if (e.agbCode() != null) {
            taken("agbCode", "agb_code = :v", e.agbCode(), self);
        }
    }

    private void taken(String field, String condition, String value, long self, String... establishment) {
        jdbc.sql("SELECT id FROM provider WHERE " + condition + " AND id <> :self LIMIT 1")
                .param("v", value)
                .param("self", self)
                .param("est", establishment.length > 0 ? establishment[0] : "")
                .query(Long.class)
                .optional()
                .ifPresent(existing -> {
                    throw new ProviderAlreadyRegistered(field, existing);
                });
    }

    private static java.util.Map<String, Object> params(NewProvider e) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        p.put("name", e.name());
        p.put("kvk", e.kvkNumber());
        p.put("est", e.establishmentNumber());
        p.put("agb", e.agbCode());
        p.put("sector", e.sector());
        p.put("street", e.street());
        p.put("postcode", e.postcode());
        p.put("place", e.place());
        return p;
    }

    static Provider map(ResultSet rs, int row) throws SQLException {
        return new Provider(rs.getLong("id"), rs.getString("name"), rs.getString("kvk_number"),
                rs.getString("establishment_number"), rs.getString("agb_code"), rs.getString("sector"),
                rs.getString("street"), rs.getString("postcode"), rs.getString("place"), rs.getLong("version"));
    }
}
