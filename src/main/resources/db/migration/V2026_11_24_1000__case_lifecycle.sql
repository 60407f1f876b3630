-- Case handling after triage (issue 6, capabilities 1, 5, 6, 10): closure with an outcome, following the
-- provider's complaint handling, consultation of the citizen, forwarding to an inspector and the inspector's
-- decision, and monitoring of the investigation. Every change also writes case_history (who, when, why).

-- Closure outcomes are reference data (admin-managed, retired entries stay valid on old cases).
INSERT INTO reference_item (list, code, label_nl, label_en, description, sort_order, system) VALUES
('CLOSURE_OUTCOME', 'ADVISED',                    'Geadviseerd',                          'Advised',                          'De burger is geïnformeerd of geadviseerd.', 1, FALSE),
('CLOSURE_OUTCOME', 'REFERRED',                   'Doorverwezen',                         'Referred',                         'De burger is doorverwezen naar een andere organisatie.', 2, FALSE),
('CLOSURE_OUTCOME', 'RESOLVED_BY_PROVIDER',       'Opgelost door zorgaanbieder',          'Resolved by the provider',         'De zorgaanbieder heeft de klacht afgehandeld.', 3, FALSE),
('CLOSURE_OUTCOME', 'FORWARDED_INVESTIGATED',     'Doorgezet – onderzocht',               'Forwarded – investigated',         'Doorgezet naar een inspecteur, die onderzoek heeft gedaan.', 4, FALSE),
('CLOSURE_OUTCOME', 'FORWARDED_NOT_INVESTIGATED', 'Doorgezet – niet onderzocht',          'Forwarded – not investigated',     'Doorgezet naar een inspecteur, die geen onderzoek heeft ingesteld.', 5, FALSE),
('CLOSURE_OUTCOME', 'WITHDRAWN',                  'Ingetrokken',                          'Withdrawn',                        'De melder heeft de melding ingetrokken.', 6, FALSE),
('CLOSURE_OUTCOME', 'OUTSIDE_JURISDICTION',       'Buiten bevoegdheid inspectie',         'Outside the inspectorate''s remit', 'Valt niet onder het toezicht van de inspectie.', 7, FALSE),
('CLOSURE_OUTCOME', 'OTHER',                      'Overig',                               'Other',                            NULL, 8, FALSE);

-- One row per closure; a reopened case keeps its earlier closures (reopened_at set).
CREATE TABLE case_closure
(
  id            BIGSERIAL PRIMARY KEY,
  case_id       BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  outcome       VARCHAR(40)  NOT NULL,
  note          TEXT,
  closed_at     TIMESTAMPTZ  NOT NULL,
  closed_by     VARCHAR(100) NOT NULL,
  reopened_at   TIMESTAMPTZ,
  reopened_by   VARCHAR(100),
  reopen_reason TEXT
);
CREATE INDEX case_closure_case_idx ON case_closure (case_id, id);
CREATE INDEX case_closure_outcome_idx ON case_closure (outcome, closed_at) WHERE reopened_at IS NULL;

-- Following the provider's complaint handling (Wkkgz): at most one per case.
CREATE TABLE case_provider_complaint
(
  case_id          BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  filed_on         DATE         NOT NULL,
  recorded_at      TIMESTAMPTZ  NOT NULL,
  recorded_by      VARCHAR(100) NOT NULL,
  extension_weeks  INT CHECK (extension_weeks IS NULL OR extension_weeks BETWEEN 1 AND 4),
  extension_reason TEXT,
  extended_at      TIMESTAMPTZ,
  extended_by      VARCHAR(100),
  answered_on      DATE,
  answer_summary   TEXT,
  answered_by      VARCHAR(100),
  CHECK ((extension_weeks IS NULL) = (extended_at IS NULL))
);

-- Consultations with the citizen about forwarding (and other handling).
CREATE TABLE case_consultation
(
  id                   BIGSERIAL PRIMARY KEY,
  case_id              BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  consulted_on         DATE         NOT NULL,
  medium               VARCHAR(20)  NOT NULL,
  summary              TEXT         NOT NULL,
  agrees_to_forwarding BOOLEAN      NOT NULL,
  recorded_at          TIMESTAMPTZ  NOT NULL,
  recorded_by          VARCHAR(100) NOT NULL
);
CREATE INDEX case_consultation_case_idx ON case_consultation (case_id, id);

-- Forwarding to an inspector, the inspector's acceptance or return, the decision, and the monitoring of the
-- investigation. A returned case may be forwarded again: one row per forwarding.
CREATE TABLE case_forwarding
(
  id                      BIGSERIAL PRIMARY KEY,
  case_id                 BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  state                   VARCHAR(30)  NOT NULL
    CHECK (state IN ('AWAITING_INSPECTOR', 'ACCEPTED', 'RETURNED', 'DECIDED', 'MONITORING', 'MONITORING_ENDED')),
  forwarded_at            TIMESTAMPTZ  NOT NULL,
  forwarded_by            VARCHAR(100) NOT NULL,
  motivation              TEXT         NOT NULL,
  urgency                 VARCHAR(20)  NOT NULL,
  target_team             VARCHAR(50)  NOT NULL,
  consultation_id         BIGINT REFERENCES case_consultation (id),
  approved_by_senior      VARCHAR(100),
  accepted_at             TIMESTAMPTZ,
  accepted_by             VARCHAR(100),
  returned_at             TIMESTAMPTZ,
  returned_by             VARCHAR(100),
  return_reason           TEXT,
  decision                VARCHAR(30) CHECK (decision IN ('INVESTIGATE', 'NO_INVESTIGATION', 'OTHER_MEASURE')),
  decision_motivation     TEXT,
  decided_at              TIMESTAMPTZ,
  decided_by              VARCHAR(100),
  investigation_result    TEXT,
  citizen_informed_on     DATE,
  monitoring_ended_at     TIMESTAMPTZ,
  monitoring_ended_by     VARCHAR(100)
);
CREATE INDEX case_forwarding_case_idx ON case_forwarding (case_id, id);
-- the inspectors' queue: forwardings awaiting acceptance or a decision, oldest first
CREATE INDEX case_forwarding_open_idx ON case_forwarding (forwarded_at, id)
  WHERE state IN ('AWAITING_INSPECTOR', 'ACCEPTED');
