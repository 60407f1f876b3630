-- The contact log of a case: calls, e-mails and letters in and out, notes; also the attempts that did not reach
-- the person ("no answer"), which count for the callback promise.
CREATE TABLE case_contact
(
  id               BIGSERIAL PRIMARY KEY,
  case_id          BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  occurred_at      TIMESTAMPTZ  NOT NULL,
  medium           VARCHAR(20)  NOT NULL,
  direction        VARCHAR(20)  NOT NULL,
  outcome          VARCHAR(20)  NOT NULL,
  duration_seconds INT CHECK (duration_seconds IS NULL OR duration_seconds BETWEEN 0 AND 86400),
  summary          TEXT,
  recorded_by      VARCHAR(100) NOT NULL,
  recorded_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_contact_case_idx ON case_contact (case_id, occurred_at);
