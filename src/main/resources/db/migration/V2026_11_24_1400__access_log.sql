-- The access log (NEN 7513 idea): who saw or changed which case's or person's data. Kept in its own schema,
-- without foreign keys to the case tables, so that destroying a case does not destroy the record of who saw it.
-- Append-only: the application owns this schema (embedded PostgreSQL, one role), so a REVOKE would not bind it;
-- triggers refuse UPDATE, DELETE and TRUNCATE instead. Each row also carries
-- hash = sha256(prev_hash || canonical row text); a changed or removed row breaks the chain (see AccessLogVerifier).
-- On an installation where the application connects as a non-owner role, also run:
--   REVOKE UPDATE, DELETE, TRUNCATE ON accesslog.access_record FROM <app_role>;
CREATE SCHEMA IF NOT EXISTS accesslog;

CREATE TABLE accesslog.access_record
(
  seq          BIGINT PRIMARY KEY,
  occurred_at  TIMESTAMPTZ  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  roles        VARCHAR(200) NOT NULL,
  action       VARCHAR(20)  NOT NULL,
  case_number  VARCHAR(20),
  person_ref   VARCHAR(100),
  client       VARCHAR(64),
  via          VARCHAR(20),
  on_behalf_of VARCHAR(100),
  path         VARCHAR(300),
  prev_hash    CHAR(64)     NOT NULL,
  hash         CHAR(64)     NOT NULL
);
CREATE INDEX access_record_case_idx ON accesslog.access_record (case_number, occurred_at DESC) WHERE case_number IS NOT NULL;
CREATE INDEX access_record_actor_idx ON accesslog.access_record (actor, occurred_at DESC);

-- The end of the chain: the last sequence number and hash. Writers lock this row, so that nodes append in turn.
CREATE TABLE accesslog.chain_head
(
  id   INT PRIMARY KEY CHECK (id = 1),
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL
);
INSERT INTO accesslog.chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION accesslog.refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_record_append_only BEFORE UPDATE OR DELETE ON accesslog.access_record
  FOR EACH ROW EXECUTE FUNCTION accesslog.refuse_change();
CREATE TRIGGER access_record_no_truncate BEFORE TRUNCATE ON accesslog.access_record
  FOR EACH STATEMENT EXECUTE FUNCTION accesslog.refuse_change();
