-- Privacy module: data-subject requests and their decisions, processing restrictions, the retention schedule,
-- legal holds, destruction lists (two approvals), destroyed cases, and the pseudonym lookup table.

-- Every data-subject request (AVG art. 15-18) and what was decided, by whom, on which legal ground.
CREATE TABLE privacy_request
(
  id           BIGSERIAL PRIMARY KEY,
  type         VARCHAR(20)  NOT NULL CHECK (type IN ('ACCESS', 'RECTIFICATION', 'ERASURE', 'RESTRICTION')),
  requester    VARCHAR(300) NOT NULL,
  received_on  DATE         NOT NULL,
  person_query JSONB        NOT NULL,
  records      JSONB        NOT NULL DEFAULT '[]',
  decided_by   VARCHAR(100),
  decision     VARCHAR(20) CHECK (decision IN ('GRANTED', 'PARTLY_GRANTED', 'REFUSED')),
  legal_ground TEXT,
  done_at      TIMESTAMPTZ,
  created_at   TIMESTAMPTZ  NOT NULL,
  created_by   VARCHAR(100) NOT NULL
);
CREATE INDEX privacy_request_created_idx ON privacy_request (created_at DESC);

-- Cases whose personal data may only be stored, not otherwise processed (AVG art. 18), until lifted.
CREATE TABLE processing_restriction
(
  case_number VARCHAR(20) PRIMARY KEY,
  request_id  BIGINT       NOT NULL,
  since       TIMESTAMPTZ  NOT NULL,
  set_by      VARCHAR(100) NOT NULL
);

-- How long closed cases are kept, per kind and outcome (NULL = any). The longest matching term applies.
CREATE TABLE retention_rule
(
  id          BIGSERIAL PRIMARY KEY,
  kind        VARCHAR(40),
  outcome     VARCHAR(40),
  years       INT          NOT NULL CHECK (years BETWEEN 0 AND 100),
  description VARCHAR(300) NOT NULL,
  UNIQUE NULLS NOT DISTINCT (kind, outcome)
);
INSERT INTO retention_rule (kind, outcome, years, description) VALUES
  ('COMPLAINT', NULL, 5, 'Gesloten klachten: 5 jaar na sluiting'),
  (NULL, 'FORWARDED', 10, 'Doorgezet naar een inspecteur (met onderzoek): 10 jaar na sluiting'),
  ('QUESTION', NULL, 2, 'Vragen: 2 jaar na sluiting'),
  ('INFORMATION', NULL, 5, 'Informatie / signalen: 5 jaar na sluiting'),
  ('REPORT', NULL, 10, 'Meldingen: 10 jaar na sluiting'),
  (NULL, NULL, 5, 'Overige en ongeclassificeerde zaken: 5 jaar na sluiting');

-- A case under legal hold is never proposed for destruction while the hold is active.
CREATE TABLE legal_hold
(
  id          BIGSERIAL PRIMARY KEY,
  case_number VARCHAR(20)  NOT NULL,
  reason      TEXT         NOT NULL,
  placed_at   TIMESTAMPTZ  NOT NULL,
  placed_by   VARCHAR(100) NOT NULL,
  lifted_at   TIMESTAMPTZ,
  lifted_by   VARCHAR(100)
);
CREATE UNIQUE INDEX legal_hold_active_idx ON legal_hold (case_number) WHERE lifted_at IS NULL;

-- A proposed destruction list: approved by two different people, then executed.
CREATE TABLE destruction_list
(
  id             BIGSERIAL PRIMARY KEY,
  proposed_at    TIMESTAMPTZ  NOT NULL,
  status         VARCHAR(20)  NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'DESTROYED', 'REJECTED')),
  first_approver VARCHAR(100),
  first_at       TIMESTAMPTZ,
  second_approver VARCHAR(100),
  second_at      TIMESTAMPTZ,
  destroyed_at   TIMESTAMPTZ,
  CHECK (second_approver IS NULL OR second_approver <> first_approver)
);
CREATE UNIQUE INDEX destruction_list_one_open_idx ON destruction_list ((TRUE)) WHERE status IN ('PROPOSED', 'APPROVED');

CREATE TABLE destruction_item
(
  list_id     BIGINT      NOT NULL REFERENCES destruction_list (id) ON DELETE CASCADE,
  case_number VARCHAR(20) NOT NULL,
  kind        VARCHAR(40),
  outcome     VARCHAR(40),
  closed_at   TIMESTAMPTZ NOT NULL,
  due_on      DATE        NOT NULL,
  rule_id     BIGINT      NOT NULL,
  excluded    BOOLEAN     NOT NULL DEFAULT FALSE,
  PRIMARY KEY (list_id, case_number)
);

-- Cases whose personal data has been destroyed (the anonymous statistics remain in case_file).
CREATE TABLE destroyed_case
(
  case_number  VARCHAR(20) PRIMARY KEY,
  list_id      BIGINT,
  destroyed_at TIMESTAMPTZ NOT NULL
);

-- Reversal of pseudonyms: readable only through the privacy officer's page.
CREATE TABLE pseudonym
(
  pseudonym   VARCHAR(12) PRIMARY KEY,
  identity    TEXT        NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL
);
