-- Clock types (reference data, admin-editable) and the clocks that run on cases.
-- unit: OFFICE_HOURS (length a duration, e.g. PT4H), WORKING_DAYS (length P<n>D counted in `calendar`),
-- TERM (an ISO period ending by the Algemene termijnenwet, always on the STATUTORY calendar).
CREATE TABLE clock_type
(
  code           VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  label_nl       VARCHAR(200) NOT NULL,
  label_en       VARCHAR(200) NOT NULL,
  party          VARCHAR(20)  NOT NULL CHECK (party IN ('US', 'PROVIDER', 'INSPECTOR', 'MANUFACTURER')),
  unit           VARCHAR(20)  NOT NULL CHECK (unit IN ('OFFICE_HOURS', 'WORKING_DAYS', 'TERM')),
  calendar       VARCHAR(20)  NOT NULL CHECK (calendar IN ('OFFICE', 'STATUTORY')),
  length         VARCHAR(20)  NOT NULL,
  max_extension  VARCHAR(20),
  max_extensions INT          NOT NULL DEFAULT 0 CHECK (max_extensions >= 0),
  sort_order     INT          NOT NULL,
  retired        BOOLEAN      NOT NULL DEFAULT FALSE,
  system         BOOLEAN      NOT NULL DEFAULT FALSE
);

INSERT INTO clock_type (code, label_nl, label_en, party, unit, calendar, length, max_extension, max_extensions, sort_order, system) VALUES
('CALLBACK',           'Terugbelafspraak',                          'Callback',                            'US',           'WORKING_DAYS', 'OFFICE',    'P5D',  NULL,  0, 1, TRUE),
('TRIAGE_ACUTE',       'Beoordeling acuut',                         'Triage (acute)',                      'US',           'OFFICE_HOURS', 'OFFICE',    'PT4H', NULL,  0, 2, TRUE),
('TRIAGE_HIGH',        'Beoordeling hoog',                          'Triage (high)',                       'US',           'WORKING_DAYS', 'OFFICE',    'P1D',  NULL,  0, 3, TRUE),
('TRIAGE_NORMAL',      'Beoordeling normaal',                       'Triage (normal)',                     'US',           'WORKING_DAYS', 'OFFICE',    'P5D',  NULL,  0, 4, TRUE),
('PROVIDER_COMPLAINT', 'Klachtbehandeling zorgaanbieder (Wkkgz)',   'Provider complaint handling (Wkkgz)', 'PROVIDER',     'TERM',         'STATUTORY', 'P6W',  'P4W', 1, 5, FALSE),
('CALAMITY_REPORT',    'Melding calamiteit',                        'Calamity report',                     'PROVIDER',     'WORKING_DAYS', 'STATUTORY', 'P3D',  NULL,  0, 6, FALSE),
('DISMISSAL_REPORT',   'Melding ontslag wegens disfunctioneren',    'Dismissal for malfunctioning report', 'PROVIDER',     'WORKING_DAYS', 'STATUTORY', 'P3D',  NULL,  0, 7, FALSE),
('DEVICE_INCIDENT',    'Ernstig incident hulpmiddel (MDR)',         'Device serious incident (MDR)',       'MANUFACTURER', 'TERM',         'STATUTORY', 'P15D', NULL,  0, 8, FALSE),
('DEVICE_INCIDENT_DEATH',  'Ernstig incident hulpmiddel: overlijden of ernstige verslechtering', 'Device incident: death or serious deterioration', 'MANUFACTURER', 'TERM', 'STATUTORY', 'P10D', NULL, 0, 9, FALSE),
('DEVICE_INCIDENT_THREAT', 'Ernstig incident hulpmiddel: ernstige bedreiging volksgezondheid',  'Device incident: serious public-health threat',   'MANUFACTURER', 'TERM', 'STATUTORY', 'P2D',  NULL, 0, 10, FALSE),
('INSPECTOR_DECISION', 'Besluit inspecteur over onderzoek',         'Inspector decision on investigation', 'INSPECTOR',    'WORKING_DAYS', 'OFFICE',    'P10D', NULL,  0, 11, FALSE);

-- One row per clock. Unit, calendar, length and the extension limit are copied from the type at start, so editing
-- a type never moves a running clock. due_at is stored (computed by deadlines.WorkingDayCalendar) so queues and
-- the breach detector are index range scans. team/assignee/sector/urgency are copies of the case's routing
-- fields (owned by casework) for the work-queue indexes.
CREATE TABLE case_clock
(
  id             BIGSERIAL    PRIMARY KEY,
  case_id        BIGINT       NOT NULL,
  case_number    VARCHAR(20)  NOT NULL,
  type_code      VARCHAR(40)  NOT NULL REFERENCES clock_type (code),
  party          VARCHAR(20)  NOT NULL,
  unit           VARCHAR(20)  NOT NULL,
  calendar       VARCHAR(20)  NOT NULL,
  length         VARCHAR(20)  NOT NULL,
  max_extension  VARCHAR(20),
  max_extensions INT          NOT NULL,
  started_at     TIMESTAMPTZ  NOT NULL,
  due_at         TIMESTAMPTZ  NOT NULL,
  state          VARCHAR(20)  NOT NULL CHECK (state IN ('RUNNING', 'PAUSED', 'COMPLETED', 'BREACHED', 'STOPPED')),
  paused_at      TIMESTAMPTZ,
  paused_credit  BIGINT       NOT NULL DEFAULT 0,
  extension      VARCHAR(20),
  extensions     INT          NOT NULL DEFAULT 0,
  ended_at       TIMESTAMPTZ,
  team           VARCHAR(50),
  assignee       VARCHAR(100),
  sector         VARCHAR(40),
  urgency        VARCHAR(20),
  version        BIGINT       NOT NULL DEFAULT 0,
  CHECK ((state = 'PAUSED') = (paused_at IS NOT NULL))
);
CREATE INDEX case_clock_case_idx ON case_clock (case_id, id);
-- at most one open clock of a type per case: a redelivered CaseRegistered cannot start a second one
CREATE UNIQUE INDEX case_clock_open_type_uq ON case_clock (case_id, type_code)
  WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
CREATE INDEX case_clock_open_due_idx ON case_clock (due_at) WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
CREATE INDEX case_clock_team_due_idx ON case_clock (team, due_at) WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
CREATE INDEX case_clock_assignee_due_idx ON case_clock (assignee, due_at)
  WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
CREATE INDEX case_clock_running_due_idx ON case_clock (due_at) WHERE state = 'RUNNING';
