-- Restricted cases (afgeschermde zaken): a complaint about a colleague, a well-known person, a staff member's own
-- care. Only the named people may see such a case, whatever their role. Owned by casework (CaseRestrictions).
CREATE TABLE case_restriction
(
  case_id BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  reason  TEXT         NOT NULL,
  set_by  VARCHAR(100) NOT NULL,
  set_at  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE case_restriction_member
(
  case_id  BIGINT       NOT NULL REFERENCES case_restriction (case_id) ON DELETE CASCADE,
  username VARCHAR(100) NOT NULL,
  PRIMARY KEY (case_id, username)
);

CREATE INDEX case_file_assigned_team_idx ON case_file (assigned_team) WHERE assigned_team IS NOT NULL;
