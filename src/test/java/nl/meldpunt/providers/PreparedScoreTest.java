package nl.meldpunt.providers;

import static org.assertj.core.api.Assertions.assertThat;

import nl.meldpunt.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The register's side of a match is normalised once, when an entry is written; the score from those stored texts must
 * be the score of the original definition (V2026_11_24_1200) for every register entry and typed variant.
 */
class PreparedScoreTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_prepared_score_equals_the_original_definition_for_every_variant_and_entry() {
        int compared = 0;
        for (ProviderMatchingThresholdTest.Variant v : ProviderMatchingThresholdTest.VARIANTS) {
            Long differing = jdbc.sql("""
                    WITH q AS MATERIALIZED (SELECT CAST(:name AS text) AS name, CAST(:place AS text) AS place)
                    SELECT count(*) FILTER (WHERE abs(
                             provider_prepared_score(p.match_name, p.distinct_name, p.match_place,
                                 provider_match_text(q.name), provider_distinct_text(q.name), provider_match_text(q.place))
                             - CASE
                                 WHEN provider_distinct_text(p.name) <> '' AND provider_distinct_text(q.name) <> ''
                                      AND similarity(provider_distinct_text(p.name), provider_distinct_text(q.name)) < 0.4
                                   THEN similarity(provider_distinct_text(p.name), provider_distinct_text(q.name))
                                 WHEN provider_match_text(q.place) <> '' AND provider_match_text(p.place) <> ''
                                   THEN similarity(provider_match_text(p.name) || ' ' || provider_match_text(p.place),
                                                   provider_match_text(q.name) || ' ' || provider_match_text(q.place))
                                 ELSE similarity(provider_match_text(p.name), provider_match_text(q.name))
                               END) > 1e-6)
                    FROM provider p, q
                    """).param("name", v.name()).param("place", v.place()).query(Long.class).single();
            assertThat(differing).as(v.name()).isZero();
            compared++;
        }
        Long entries = jdbc.sql("SELECT count(*) FROM provider").query(Long.class).single();
        assertThat(entries).isPositive();
        assertThat(compared).isEqualTo(ProviderMatchingThresholdTest.VARIANTS.size());
    }

    @Test
    void the_stored_distinct_name_follows_a_renamed_entry() {
        Long id = jdbc.sql("""
                INSERT INTO provider (name, place, created_at, created_by, updated_at, updated_by)
                VALUES ('Zorggroep Testhaven', 'Ede', now(), 'test', now(), 'test') RETURNING id""")
                .query(Long.class).single();
        jdbc.sql("UPDATE provider SET name = 'Verpleeghuis Proefduin' WHERE id = :id").param("id", id).update();

        String distinct = jdbc.sql("SELECT distinct_name FROM provider WHERE id = :id").param("id", id)
                .query(String.class).single();

        assertThat(distinct).isEqualTo("proefduin");
        jdbc.sql("DELETE FROM provider WHERE id = :id").param("id", id).update();
    }
}
