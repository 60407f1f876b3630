-- Other persons involved in a case besides the reporter (patient, relative, representative, witness). Personal
-- data: shown only to case handlers, like the reporter.
CREATE TABLE case_party
(
  id       BIGSERIAL PRIMARY KEY,
  case_id  BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  role     VARCHAR(20)  NOT NULL,
  name     VARCHAR(200),
  relation VARCHAR(200),
  contact  VARCHAR(500),
  added_at TIMESTAMPTZ  NOT NULL,
  added_by VARCHAR(100) NOT NULL
);
CREATE INDEX case_party_case_idx ON case_party (case_id);

-- Related cases. Stored once (from -> to) and shown on both cases. MERGED_INTO points from a merged duplicate to the
-- case that absorbed it.
CREATE TABLE case_link
(
  id           BIGSERIAL PRIMARY KEY,
  from_case_id BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  to_case_id   BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  type         VARCHAR(20)  NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL,
  created_by   VARCHAR(100) NOT NULL,
  reason       TEXT,
  CHECK (from_case_id <> to_case_id),
  UNIQUE (from_case_id, to_case_id, type)
);
CREATE INDEX case_link_to_idx ON case_link (to_case_id);
CREATE UNIQUE INDEX case_link_merged_once_uq ON case_link (from_case_id) WHERE type = 'MERGED_INTO';
