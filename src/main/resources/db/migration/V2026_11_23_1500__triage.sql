-- Triage: model versions (every version kept, one active), suggestions per case, acute alerts, duty roster.

CREATE TABLE triage_model
(
  id               BIGSERIAL PRIMARY KEY,
  version          VARCHAR(40)  NOT NULL UNIQUE,
  created_at       TIMESTAMPTZ  NOT NULL,
  example_count    INT          NOT NULL,
  confirmed_count  INT          NOT NULL,
  model            BYTEA        NOT NULL,
  score            DOUBLE PRECISION NOT NULL,
  summary          TEXT         NOT NULL,
  report           TEXT         NOT NULL,
  active           BOOLEAN      NOT NULL DEFAULT FALSE,
  activated_at     TIMESTAMPTZ,
  activated_by     VARCHAR(100)
);
CREATE UNIQUE INDEX triage_model_one_active_idx ON triage_model (active) WHERE active;

CREATE TABLE triage_suggestion
(
  case_id          BIGINT PRIMARY KEY,
  case_number      VARCHAR(20)  NOT NULL,
  model_version    VARCHAR(40)  NOT NULL,
  suggested_at     TIMESTAMPTZ  NOT NULL,
  kind             VARCHAR(40)  NOT NULL,
  sector           VARCHAR(40)  NOT NULL,
  urgency          VARCHAR(20)  NOT NULL,
  themes           VARCHAR(40)[] NOT NULL DEFAULT '{}',
  suggestion       TEXT         NOT NULL
);

CREATE TABLE triage_acute_alert
(
  case_id          BIGINT PRIMARY KEY,
  case_number      VARCHAR(20)  NOT NULL,
  raised_at        TIMESTAMPTZ  NOT NULL,
  reasons          TEXT         NOT NULL,
  notified         VARCHAR(320),
  acknowledged_by  VARCHAR(100),
  acknowledged_at  TIMESTAMPTZ
);
CREATE INDEX triage_acute_alert_open_idx ON triage_acute_alert (raised_at) WHERE acknowledged_at IS NULL;

CREATE TABLE triage_duty_roster
(
  id               BIGSERIAL PRIMARY KEY,
  starts_on        DATE         NOT NULL,
  ends_on          DATE         NOT NULL,
  inspector_email  VARCHAR(320) NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX triage_duty_roster_dates_idx ON triage_duty_roster (starts_on, ends_on);
