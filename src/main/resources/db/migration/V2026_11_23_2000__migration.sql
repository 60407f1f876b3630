-- Bulk import (migration) bookkeeping: one row per run with its checkpoint, the rejected records of each run,
-- and the clocks of imported cases kept in staging form until the deadlines module takes them over.

CREATE TABLE import_run
(
  id               BIGSERIAL PRIMARY KEY,
  file_name        VARCHAR(500) NOT NULL,
  file_checksum    CHAR(64)     NOT NULL,
  file_size        BIGINT       NOT NULL,
  format           VARCHAR(10)  NOT NULL,
  state            VARCHAR(20)  NOT NULL,
  cancel_requested BOOLEAN      NOT NULL DEFAULT FALSE,
  last_line        BIGINT       NOT NULL DEFAULT 0,
  last_offset      BIGINT       NOT NULL DEFAULT 0,
  imported         BIGINT       NOT NULL DEFAULT 0,
  skipped          BIGINT       NOT NULL DEFAULT 0,
  rejected         BIGINT       NOT NULL DEFAULT 0,
  started_by       VARCHAR(100) NOT NULL,
  started_at       TIMESTAMPTZ  NOT NULL,
  updated_at       TIMESTAMPTZ  NOT NULL,
  finished_at      TIMESTAMPTZ,
  failure          VARCHAR(500)
);
CREATE INDEX import_run_checksum_idx ON import_run (file_checksum, id DESC);

CREATE TABLE import_rejection
(
  id      BIGSERIAL PRIMARY KEY,
  run_id  BIGINT       NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
  line_no BIGINT       NOT NULL,
  field   VARCHAR(200) NOT NULL,
  reason  VARCHAR(500) NOT NULL
);
-- unique: a batch re-read after a crash (parallel writers may commit past the checkpoint) adds no duplicates
CREATE UNIQUE INDEX import_rejection_run_idx ON import_rejection (run_id, line_no, field);

-- No foreign key to case_file: this module does not own the case tables; case ids come from BulkCaseWriter.
CREATE TABLE import_clock
(
  case_id    BIGINT      NOT NULL,
  run_id     BIGINT      NOT NULL,
  type       VARCHAR(40) NOT NULL,
  started_on DATE        NOT NULL,
  due_on     DATE        NOT NULL,
  state      VARCHAR(20) NOT NULL
);
CREATE INDEX import_clock_case_idx ON import_clock (case_id);
