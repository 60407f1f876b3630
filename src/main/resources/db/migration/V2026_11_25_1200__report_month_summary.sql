-- Module reporting: a summary table for the Klachtbeeld, so a year is read from ~12 x 60 small rows instead of
-- counting 100,000 cases (and a case_history probe per case for the forwarded outcome). See decision 2520.
-- READ MODEL: the refresh reads casework's case_file and the report_case_outcome view; only report_* is written.

-- One month (Amsterdam time of receipt) of one-dimensional splits, the same splits the Klachtbeeld shows:
--   split 'total'        code NULL            cases = all cases, complaints = kind COMPLAINT
--   split 'channel', 'sector', 'kind', 'urgency', 'reporterType'   code = the case's code (NULL = unknown)
--   split 'theme'        sector + code        a case with two themes counts for both
--   split 'outcome'      code = outcome       forwarded cases only (report_case_outcome)
CREATE TABLE report_month_figures
(
  month      DATE        NOT NULL,
  split      VARCHAR(20) NOT NULL,
  sector     VARCHAR(40),
  code       VARCHAR(40),
  cases      BIGINT      NOT NULL,
  complaints BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX report_month_figures_month_idx ON report_month_figures (month, split);

-- Months whose figures must be recounted. Inserted (append only, no locks taken) in the same transaction as the
-- change, by reporting's listeners of casework's events; removed by the refresh that recounts the month.
CREATE TABLE report_summary_stale
(
  month DATE NOT NULL
);
CREATE INDEX report_summary_stale_month_idx ON report_summary_stale (month);

-- Safety net for writers that publish no events (the bulk import writes via COPY): the highest case_history id
-- whose month has been recounted. Every change to a case writes case_history, so rows above it name the months
-- to recount. Starts at 0: the first refresh counts every month.
CREATE TABLE report_summary_state
(
  id              INT PRIMARY KEY CHECK (id = 1),
  last_history_id BIGINT      NOT NULL,
  refreshed_at    TIMESTAMPTZ
);
INSERT INTO report_summary_state (id, last_history_id) VALUES (1, 0);

-- Recount a set of months: replace their rows by a set-based count. Callers hold the per-month advisory lock.
CREATE FUNCTION report_recount_months(months DATE[]) RETURNS INT AS $$
DECLARE
  n INT;
BEGIN
  DELETE FROM report_summary_stale WHERE month = ANY (months);
  DELETE FROM report_month_figures WHERE month = ANY (months);
  WITH c AS (
    SELECT f.id, date_trunc('month', f.received_at AT TIME ZONE 'Europe/Amsterdam')::date AS month,
           f.channel, f.kind, f.sector, f.urgency, f.reporter_type, f.themes
    FROM case_file f
    -- one index range over the (sorted, mostly adjacent) months, then only the months asked for
    WHERE f.received_at >= ((SELECT min(m) FROM unnest(months) m)::timestamp AT TIME ZONE 'Europe/Amsterdam')
      AND f.received_at < (((SELECT max(m) FROM unnest(months) m) + interval '1 month')::timestamp
                           AT TIME ZONE 'Europe/Amsterdam')
      AND date_trunc('month', f.received_at AT TIME ZONE 'Europe/Amsterdam')::date = ANY (months)
  ), splits AS (
    SELECT c.month,
           CASE WHEN GROUPING(c.channel) = 0 THEN 'channel'
                WHEN GROUPING(c.sector) = 0 THEN 'sector'
                WHEN GROUPING(c.kind) = 0 THEN 'kind'
                WHEN GROUPING(c.urgency) = 0 THEN 'urgency'
                WHEN GROUPING(c.reporter_type) = 0 THEN 'reporterType'
                ELSE 'total' END AS split,
           NULL::varchar AS sector,
           COALESCE(c.channel, c.sector, c.kind, c.urgency, c.reporter_type) AS code,
           count(*) AS cases, count(*) FILTER (WHERE c.kind = 'COMPLAINT') AS complaints
    FROM c
    GROUP BY GROUPING SETS ((c.month, c.channel), (c.month, c.sector), (c.month, c.kind), (c.month, c.urgency),
                            (c.month, c.reporter_type), (c.month))
  ), themes AS (
    SELECT c.month, 'theme' AS split, c.sector, t.theme AS code, count(*) AS cases, 0::bigint AS complaints
    FROM c CROSS JOIN LATERAL unnest(c.themes) AS t(theme)
    GROUP BY c.month, c.sector, t.theme
  ), outcomes AS (
    SELECT c.month, 'outcome' AS split, NULL::varchar AS sector, o.outcome AS code, count(*) AS cases,
           0::bigint AS complaints
    -- OFFSET 0 keeps the view per case (its history probes by index; joined whole it is computed for every case),
    -- and the outcome is looked up only for the forwarded ones
    FROM c
    CROSS JOIN LATERAL (SELECT v.forwarded FROM report_case_outcome v WHERE v.case_id = c.id OFFSET 0) fw
    CROSS JOIN LATERAL (SELECT v.outcome FROM report_case_outcome v WHERE v.case_id = c.id AND fw.forwarded
                        OFFSET 0) o
    GROUP BY c.month, o.outcome
  )
  INSERT INTO report_month_figures (month, split, sector, code, cases, complaints)
  SELECT * FROM splits UNION ALL SELECT * FROM themes UNION ALL SELECT * FROM outcomes;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$ LANGUAGE plpgsql;
