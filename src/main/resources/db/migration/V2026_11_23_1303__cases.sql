-- The case (zaak): what came in, how it is classified, who reported it, what it is about, and its history.
-- Personal data of the reporter lives in case_reporter only, so that access, export and erasure have one place.

-- Per-year reference numbers MP-YYYY-NNNNNN from one sequence per year, created on first use. Sequences never
-- block concurrent intakes; a rolled-back intake leaves a gap, which is allowed.
CREATE FUNCTION next_case_sequence(yr INT) RETURNS BIGINT AS $$
BEGIN
  RETURN nextval(format('case_number_%s', yr));
EXCEPTION WHEN undefined_table THEN
  BEGIN
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS case_number_%s', yr);
  EXCEPTION WHEN unique_violation OR duplicate_table THEN
    NULL;
  END;
  RETURN nextval(format('case_number_%s', yr));
END
$$ LANGUAGE plpgsql;

CREATE TABLE case_file
(
  id                BIGSERIAL PRIMARY KEY,
  case_number       VARCHAR(20)  NOT NULL UNIQUE,
  version           BIGINT       NOT NULL DEFAULT 0,
  status            VARCHAR(30)  NOT NULL,
  channel           VARCHAR(20)  NOT NULL,
  kind              VARCHAR(40),
  reporter_type     VARCHAR(40),
  sector            VARCHAR(40),
  urgency           VARCHAR(20),
  themes            VARCHAR(40)[] NOT NULL DEFAULT '{}',
  description       TEXT         NOT NULL,
  inspector_summary TEXT,
  occurred_on       DATE,
  received_at       TIMESTAMPTZ  NOT NULL,
  registered_at     TIMESTAMPTZ  NOT NULL,
  registered_by     VARCHAR(100) NOT NULL,
  assigned_team     VARCHAR(50),
  assignee          VARCHAR(100),
  external_id       VARCHAR(200) UNIQUE,
  search_vector     TSVECTOR     NOT NULL
);
CREATE INDEX case_file_received_idx ON case_file (received_at DESC, id DESC);
CREATE INDEX case_file_status_received_idx ON case_file (status, received_at DESC);
CREATE INDEX case_file_search_idx ON case_file USING gin (search_vector);

CREATE TABLE case_reporter
(
  case_id            BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  anonymous          BOOLEAN NOT NULL,
  relation           VARCHAR(20),
  name               VARCHAR(200),
  email              VARCHAR(320),
  phone              VARCHAR(40),
  postal_address     VARCHAR(500),
  contact_preference VARCHAR(20) NOT NULL,
  CHECK (NOT anonymous OR (name IS NULL AND email IS NULL AND phone IS NULL AND postal_address IS NULL))
);
CREATE INDEX case_reporter_name_trgm_idx ON case_reporter USING gin (lower(name) gin_trgm_ops);
CREATE INDEX case_reporter_email_idx ON case_reporter (lower(email));
CREATE INDEX case_reporter_phone_idx ON case_reporter (phone);

CREATE TABLE case_subject
(
  id                   BIGSERIAL PRIMARY KEY,
  case_id              BIGINT      NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  type                 VARCHAR(20) NOT NULL,
  name                 VARCHAR(300),
  place                VARCHAR(200),
  kvk_number           VARCHAR(8),
  establishment_number VARCHAR(12),
  big_number           VARCHAR(11),
  udi_di               VARCHAR(100),
  lot_number           VARCHAR(100)
);
CREATE INDEX case_subject_case_idx ON case_subject (case_id);
CREATE INDEX case_subject_name_trgm_idx ON case_subject USING gin (lower(name) gin_trgm_ops);
CREATE INDEX case_subject_kvk_idx ON case_subject (kvk_number);

CREATE TABLE case_history
(
  id          BIGSERIAL PRIMARY KEY,
  case_id     BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  occurred_at TIMESTAMPTZ  NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(60)  NOT NULL,
  details     JSONB,
  reason      TEXT
);
CREATE INDEX case_history_case_idx ON case_history (case_id, id);

CREATE TABLE case_attachment
(
  id           BIGSERIAL PRIMARY KEY,
  case_id      BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  filename     VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  content      BYTEA        NOT NULL,
  added_at     TIMESTAMPTZ  NOT NULL,
  added_by     VARCHAR(100) NOT NULL
);
CREATE INDEX case_attachment_case_idx ON case_attachment (case_id);
