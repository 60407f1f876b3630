-- Module reporting: per-provider counts for the profile (decision 2600), so the largest provider's profile reads a
-- few hundred rows instead of aggregating its 30,000 cases on every view.
-- READ MODEL: derived only from reporting's own report_provider_case; kept by report_recompute_case_facts, which
-- subtracts a case's old contribution and adds its new one in the same statement that replaces the case's rows.

-- What one (provider, case) contributes, once per case even when the case names the provider twice:
--   split 'year_kind'  c1 = year (Amsterdam time of receipt), c2 = kind ('' = unknown)
--   split 'theme'      c1 = theme
--   split 'name'       c1 = name, c2 = place, c3 = KvK number ('' = none), as the report_provider view gave them
CREATE VIEW report_provider_case_split AS
SELECT provider_key, case_id, 'year_kind' AS split,
       extract(year FROM received_at AT TIME ZONE 'Europe/Amsterdam')::int::text AS c1, COALESCE(kind, '') AS c2,
       '' AS c3
FROM report_provider_case
UNION
SELECT provider_key, case_id, 'theme', t.theme, '', ''
FROM report_provider_case CROSS JOIN LATERAL unnest(themes) AS t(theme)
UNION
SELECT provider_key, case_id, 'name', COALESCE(name, ''), COALESCE(place, ''), COALESCE(kvk_number, '')
FROM report_provider_case;

CREATE TABLE report_provider_figures
(
  provider_key TEXT   NOT NULL,
  split        TEXT   NOT NULL,
  c1           TEXT   NOT NULL,
  c2           TEXT   NOT NULL,
  c3           TEXT   NOT NULL,
  cases        BIGINT NOT NULL,
  PRIMARY KEY (provider_key, split, c1, c2, c3)
);

INSERT INTO report_provider_figures (provider_key, split, c1, c2, c3, cases)
SELECT provider_key, split, c1, c2, c3, count(*) FROM report_provider_case_split GROUP BY 1, 2, 3, 4, 5;
ANALYZE report_provider_figures;

-- As in V2026_11_26_1000, plus the per-provider counts: the old contribution of the cases is subtracted before
-- their rows are replaced and the new one added after; counts that reach 0 are removed.
CREATE OR REPLACE FUNCTION report_recompute_case_facts(ids BIGINT[]) RETURNS INT AS $$
DECLARE
  n INT;
  keys TEXT[];
BEGIN
  DELETE FROM report_fact_stale WHERE case_id = ANY (ids);
  SELECT array_agg(DISTINCT provider_key) INTO keys FROM report_provider_case WHERE case_id = ANY (ids);
  UPDATE report_provider_figures f SET cases = f.cases - d.n
  FROM (SELECT provider_key, split, c1, c2, c3, count(*) AS n FROM report_provider_case_split
        WHERE case_id = ANY (ids) GROUP BY 1, 2, 3, 4, 5) d
  WHERE f.provider_key = d.provider_key AND f.split = d.split AND f.c1 = d.c1 AND f.c2 = d.c2 AND f.c3 = d.c3;

  DELETE FROM report_case_fact WHERE case_id = ANY (ids);
  DELETE FROM report_provider_case WHERE case_id = ANY (ids);
  INSERT INTO report_case_fact (case_id, received_at, channel, kind, forwarded, closed_at)
  SELECT c.id, c.received_at, c.channel, c.kind, o.forwarded,
         (SELECT min(h.occurred_at) FROM case_history h
          WHERE h.case_id = c.id AND h.action = 'STATUS_CHANGED' AND h.details ->> 'to' = 'CLOSED')
  FROM case_file c JOIN report_case_outcome o ON o.case_id = c.id
  WHERE c.id = ANY (ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  INSERT INTO report_provider_case (provider_key, received_at, case_id, kind, themes, forwarded, name, place,
                                    kvk_number)
  SELECT p.provider_key, f.received_at, f.case_id, f.kind, c.themes, f.forwarded, p.name, p.place, p.kvk_number
  FROM report_case_fact f JOIN case_file c ON c.id = f.case_id JOIN report_provider p ON p.case_id = f.case_id
  WHERE f.case_id = ANY (ids);

  INSERT INTO report_provider_figures AS f (provider_key, split, c1, c2, c3, cases)
  SELECT provider_key, split, c1, c2, c3, count(*) FROM report_provider_case_split
  WHERE case_id = ANY (ids) GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (provider_key, split, c1, c2, c3) DO UPDATE SET cases = f.cases + EXCLUDED.cases;
  IF keys IS NOT NULL THEN
    DELETE FROM report_provider_figures WHERE provider_key = ANY (keys) AND cases <= 0;
  END IF;
  RETURN n;
END
$$ LANGUAGE plpgsql;
