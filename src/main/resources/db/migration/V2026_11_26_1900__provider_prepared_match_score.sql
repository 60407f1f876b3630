-- Matching a typed provider against the register scored each candidate with provider_match_score(name, place, …),
-- which normalises both sides (unaccent and several regular expressions) on every call: about 0.1-0.4 ms per
-- candidate, and 4-12 ms per intake at 1M cases — a large share of an intake's database time. The register's side is
-- now normalised once, when an entry is written (stored generated columns), and the typed side once per query; the
-- score itself is only the similarity arithmetic. provider_match_score keeps its meaning (it calls the new one).
ALTER TABLE provider ADD COLUMN distinct_name TEXT GENERATED ALWAYS AS (provider_distinct_text(name)) STORED;

CREATE FUNCTION provider_prepared_score(p_match_name TEXT, p_distinct_name TEXT, p_match_place TEXT,
                                        q_match_name TEXT, q_distinct_name TEXT, q_match_place TEXT) RETURNS REAL
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE
         WHEN p_distinct_name <> '' AND q_distinct_name <> '' AND similarity(p_distinct_name, q_distinct_name) < 0.4
           THEN similarity(p_distinct_name, q_distinct_name)
         WHEN q_match_place <> '' AND p_match_place <> ''
           THEN similarity(p_match_name || ' ' || p_match_place, q_match_name || ' ' || q_match_place)
         ELSE similarity(p_match_name, q_match_name)
       END
$$;

CREATE OR REPLACE FUNCTION provider_match_score(p_name TEXT, p_place TEXT, q_name TEXT, q_place TEXT) RETURNS REAL
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT provider_prepared_score(provider_match_text(p_name), provider_distinct_text(p_name), provider_match_text(p_place),
                               provider_match_text(q_name), provider_distinct_text(q_name), provider_match_text(q_place))
$$;
