-- Module reporting: per-case report facts, so the dashboard, the provider profile and the weekly trends read a
-- narrow table of their own instead of case_file rows plus case_history probes per case (decision 2600).
-- READ MODEL: filled from casework's case_file, case_history and case_subject (through the report_provider view);
-- only report_* tables are written. Kept by ReportCaseFacts: changed cases are recomputed from the history
-- high-water mark and event marks, before each read and every minute; recomputed in full every night.

-- One row per case: what the dashboard counts.
--   forwarded: as in report_case_outcome (forwarded now, or ever moved to FORWARDED)
--   closed_at: the first move to CLOSED (the dashboard's closure time)
CREATE TABLE report_case_fact
(
  case_id     BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  received_at TIMESTAMPTZ NOT NULL,
  channel     VARCHAR(20) NOT NULL,
  kind        VARCHAR(40),
  forwarded   BOOLEAN     NOT NULL,
  closed_at   TIMESTAMPTZ
);
CREATE INDEX report_case_fact_received_idx ON report_case_fact (received_at) INCLUDE (channel, kind, forwarded, closed_at);

-- One row per provider subject of a case (the report_provider view, materialised), with what the profile and the
-- trends need of the case. A case about two providers has two rows.
CREATE TABLE report_provider_case
(
  provider_key TEXT        NOT NULL,
  received_at  TIMESTAMPTZ NOT NULL,
  case_id      BIGINT      NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  kind         VARCHAR(40),
  themes       VARCHAR(40)[] NOT NULL,
  forwarded    BOOLEAN     NOT NULL,
  name         TEXT,
  place        TEXT,
  kvk_number   TEXT
);
CREATE INDEX report_provider_case_key_idx ON report_provider_case (provider_key, received_at DESC, case_id DESC);
CREATE INDEX report_provider_case_case_idx ON report_provider_case (case_id);

-- Cases whose facts must be recomputed: appended in the transaction of the change by reporting's event listeners.
CREATE TABLE report_fact_stale
(
  case_id BIGINT NOT NULL
);

-- The highest case_history id whose case has been recomputed (every change to a case writes case_history).
CREATE TABLE report_fact_state
(
  id              INT PRIMARY KEY CHECK (id = 1),
  last_history_id BIGINT      NOT NULL,
  refreshed_at    TIMESTAMPTZ
);

-- Recompute the facts of the given cases (per case: history probes by the partial STATUS_CHANGED index).
CREATE FUNCTION report_recompute_case_facts(ids BIGINT[]) RETURNS INT AS $$
DECLARE
  n INT;
BEGIN
  DELETE FROM report_fact_stale WHERE case_id = ANY (ids);
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
  SELECT p.provider_key, f.received_at, f.case_id, f.kind, c.themes, f.forwarded, p.name, p.place,
         p.kvk_number
  FROM report_case_fact f JOIN case_file c ON c.id = f.case_id JOIN report_provider p ON p.case_id = f.case_id
  WHERE f.case_id = ANY (ids);
  RETURN n;
END
$$ LANGUAGE plpgsql;

-- Fill from the existing cases, set-based (one pass over the STATUS_CHANGED history instead of a probe per case).
-- The high-water mark is taken first: a change committed while this runs is recomputed by the first refresh.
INSERT INTO report_fact_state (id, last_history_id) SELECT 1, COALESCE(max(id), 0) FROM case_history;

CREATE TEMP TABLE report_fill_history ON COMMIT DROP AS
SELECT case_id, bool_or(details ->> 'to' = 'FORWARDED') AS ever_forwarded,
       min(occurred_at) FILTER (WHERE details ->> 'to' = 'CLOSED') AS closed_at
FROM case_history WHERE action = 'STATUS_CHANGED' GROUP BY case_id;
CREATE INDEX ON report_fill_history (case_id);

INSERT INTO report_case_fact (case_id, received_at, channel, kind, forwarded, closed_at)
SELECT c.id, c.received_at, c.channel, c.kind,
       c.status IN ('FORWARDED', 'MONITORING') OR COALESCE(h.ever_forwarded, false), h.closed_at
FROM case_file c LEFT JOIN report_fill_history h ON h.case_id = c.id
ORDER BY c.received_at;

INSERT INTO report_provider_case (provider_key, received_at, case_id, kind, themes, forwarded, name, place,
                                  kvk_number)
SELECT p.provider_key, f.received_at, f.case_id, f.kind, c.themes, f.forwarded, p.name, p.place,
       p.kvk_number
FROM report_provider p JOIN report_case_fact f ON f.case_id = p.case_id JOIN case_file c ON c.id = p.case_id
ORDER BY p.provider_key, f.received_at DESC;

ANALYZE report_case_fact;
ANALYZE report_provider_case;

-- Read-model indexes on deadlines' case_clock for the dashboard (small: open clocks, completed callbacks only).
-- Overdue clocks: count BREACHED and count RUNNING/PAUSED past due, each an index-only range.
CREATE INDEX report_clock_open_state_due_idx ON case_clock (state, due_at)
  WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
-- Median callback time over the clocks started in the range (was a scan of all 2 M clocks at 1M cases).
CREATE INDEX report_clock_callback_done_idx ON case_clock (started_at) INCLUDE (ended_at)
  WHERE type_code = 'CALLBACK' AND state = 'COMPLETED';
