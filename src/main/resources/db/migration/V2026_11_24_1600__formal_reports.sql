-- Module formalreports: legally required reports (verplichte meldingen) by providers and manufacturers.

-- A reporting organisation's login: the user (staff_user, role PROVIDER_USER) and which KvK number and
-- establishment it reports for. A user sees only reports of its own KvK + establishment.
CREATE TABLE provider_account
(
  id                   BIGSERIAL   PRIMARY KEY,
  username             TEXT        NOT NULL UNIQUE,
  organisation_name    TEXT        NOT NULL,
  kvk_number           TEXT        NOT NULL CHECK (kvk_number ~ '^[0-9]{8}$'),
  establishment_number TEXT        NOT NULL CHECK (establishment_number ~ '^[0-9]{12}$'),
  created_at           TIMESTAMPTZ NOT NULL
);

-- One report, draft or submitted. The structured fields of its form are kept as a JSON object (field -> text),
-- the fields the software reasons about (awareness date, device, term) also as columns.
CREATE TABLE formal_report
(
  id                   BIGSERIAL   PRIMARY KEY,
  type                 TEXT        NOT NULL,
  status               TEXT        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
  organisation_name    TEXT,
  kvk_number           TEXT,
  establishment_number TEXT,
  fields               JSONB       NOT NULL,
  aware_on             DATE,
  udi_di               TEXT,
  case_number          TEXT        UNIQUE,
  due_on               DATE,
  late_days            INT,
  late_unit            TEXT,
  created_by           TEXT        NOT NULL,
  created_at           TIMESTAMPTZ NOT NULL,
  submitted_at         TIMESTAMPTZ,
  version              BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX formal_report_organisation ON formal_report (kvk_number, establishment_number, created_at DESC);
CREATE INDEX formal_report_udi_di ON formal_report (udi_di) WHERE udi_di IS NOT NULL;

-- The secure message thread between the inspectorate and the reporting organisation, per report.
CREATE TABLE formal_report_message
(
  id         BIGSERIAL   PRIMARY KEY,
  report_id  BIGINT      NOT NULL REFERENCES formal_report (id),
  from_staff BOOLEAN     NOT NULL,
  author     TEXT        NOT NULL,
  body       TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX formal_report_message_report ON formal_report_message (report_id, created_at);
