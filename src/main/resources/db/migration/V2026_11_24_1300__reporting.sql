-- Module reporting: supervision information (daily signal overview, Klachtbeeld, trends, provider profile).
-- READ MODEL: the views below read casework's tables (case_file, case_subject, case_history). Reporting never
-- writes them; its own tables are the report_* tables at the end. See docs/decisions/2430-*.md.

-- Provider identity for reports, defined in this ONE place: a case_subject of type PROVIDER, identified by its
-- KvK number when present, else by its lower-cased trimmed name. When the provider register (module providers,
-- case_subject.provider_id) lands, a later migration replaces this view with one keyed on provider_id.
CREATE VIEW report_provider AS
SELECT s.case_id,
       CASE WHEN NULLIF(trim(s.kvk_number), '') IS NOT NULL THEN 'kvk:' || trim(s.kvk_number)
            ELSE 'name:' || lower(trim(s.name)) END AS provider_key,
       s.name,
       s.place,
       NULLIF(trim(s.kvk_number), '') AS kvk_number
FROM case_subject s
WHERE s.type = 'PROVIDER'
  AND (NULLIF(trim(s.kvk_number), '') IS NOT NULL OR NULLIF(trim(s.name), '') IS NOT NULL);

CREATE INDEX report_subject_provider_key_idx ON case_subject
  ((CASE WHEN NULLIF(trim(kvk_number), '') IS NOT NULL THEN 'kvk:' || trim(kvk_number)
         ELSE 'name:' || lower(trim(name)) END), case_id)
  WHERE type = 'PROVIDER';

-- Forwarding and outcome for reports, defined in this ONE place until the lifecycle work (closure outcomes,
-- inspector decisions) lands: a case counts as forwarded when it is FORWARDED or MONITORING now, or its history
-- has a STATUS_CHANGED entry to FORWARDED. Its outcome is the `outcome` detail of its last STATUS_CHANGED entry
-- to CLOSED when present, else its current status.
CREATE VIEW report_case_outcome AS
SELECT c.id AS case_id,
       (c.status IN ('FORWARDED', 'MONITORING')
         OR EXISTS (SELECT 1 FROM case_history h
                    WHERE h.case_id = c.id AND h.action = 'STATUS_CHANGED' AND h.details ->> 'to' = 'FORWARDED'))
         AS forwarded,
       CASE WHEN c.status = 'CLOSED' THEN COALESCE(
              (SELECT h.details ->> 'outcome' FROM case_history h
               WHERE h.case_id = c.id AND h.action = 'STATUS_CHANGED' AND h.details ->> 'to' = 'CLOSED'
               ORDER BY h.id DESC LIMIT 1), 'CLOSED')
            ELSE c.status END AS outcome
FROM case_file c;

CREATE INDEX report_history_status_idx ON case_history (case_id, id) WHERE action = 'STATUS_CHANGED';

-- The daily signal overview is mailed once per office day, whichever node runs the job.
CREATE TABLE report_signal_overview_dispatch
(
  overview_date DATE PRIMARY KEY,
  sent_at       TIMESTAMPTZ NOT NULL,
  recipients    INT         NOT NULL,
  signals       INT         NOT NULL
);

-- The weekly trend report is mailed once per ISO week.
CREATE TABLE report_trend_dispatch
(
  iso_week VARCHAR(8) PRIMARY KEY,
  sent_at  TIMESTAMPTZ NOT NULL
);

-- Published Klachtbeeld editions: once published, the figures of a year are frozen here (reproducibility).
CREATE TABLE report_klachtbeeld_edition
(
  year         INT PRIMARY KEY,
  published_at TIMESTAMPTZ  NOT NULL,
  published_by VARCHAR(100) NOT NULL,
  figures      JSONB        NOT NULL
);

-- Every analyst export: who, when, which filter, with or without personal data.
CREATE TABLE report_export_log
(
  id            BIGSERIAL PRIMARY KEY,
  exported_at   TIMESTAMPTZ  NOT NULL,
  exported_by   VARCHAR(100) NOT NULL,
  filter        JSONB        NOT NULL,
  personal_data BOOLEAN      NOT NULL,
  rows_exported INT          NOT NULL
);
CREATE INDEX report_export_log_at_idx ON report_export_log (exported_at DESC);
