-- New cases that arrived while no triage model was ready yet (only right after the very first start): they get
-- their suggestion as soon as the first model is, instead of holding up the other follow-up work (clocks).
CREATE TABLE triage_backlog
(
  case_id     BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  case_number VARCHAR(20) NOT NULL
);
