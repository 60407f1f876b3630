-- The public web form (intake module): files held between a validation error and the final submission, the
-- spam quarantine (filled honeypot: kept for staff review, never discarded), the per-address rate-limit counter and
-- the "filled in suspiciously fast" flags. Client addresses are stored only as SHA-256 hashes.

-- Files a citizen already uploaded, keyed by the random form token in the page, until the form is submitted
-- (moved into the case) or abandoned (purged after a day).
CREATE TABLE public_form_upload
(
  id           BIGSERIAL PRIMARY KEY,
  form_token   VARCHAR(64)  NOT NULL,
  filename     VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  content      BYTEA        NOT NULL,
  held_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX public_form_upload_token_idx ON public_form_upload (form_token, id);
CREATE INDEX public_form_upload_held_idx ON public_form_upload (held_at);

-- Submissions that tripped the honeypot. The whole submission is kept (it may be a real person) for staff review.
CREATE TABLE spam_quarantine
(
  id           BIGSERIAL PRIMARY KEY,
  received_at  TIMESTAMPTZ NOT NULL,
  reason       VARCHAR(40) NOT NULL,
  address_hash CHAR(64)    NOT NULL,
  fill_seconds BIGINT,
  submission   JSONB       NOT NULL,
  reviewed_at  TIMESTAMPTZ,
  reviewed_by  VARCHAR(100),
  outcome      VARCHAR(20),           -- REGISTERED (became a case) or SPAM
  case_number  VARCHAR(20)
);
CREATE INDEX spam_quarantine_open_idx ON spam_quarantine (received_at DESC) WHERE reviewed_at IS NULL;

CREATE TABLE spam_quarantine_attachment
(
  id            BIGSERIAL PRIMARY KEY,
  quarantine_id BIGINT       NOT NULL REFERENCES spam_quarantine (id) ON DELETE CASCADE,
  filename      VARCHAR(255) NOT NULL,
  content_type  VARCHAR(100) NOT NULL,
  content       BYTEA        NOT NULL
);
CREATE INDEX spam_quarantine_attachment_idx ON spam_quarantine_attachment (quarantine_id);

-- One row per accepted submission (case or quarantine) per client address; rows older than the window are purged.
CREATE TABLE spam_rate_event
(
  address_hash CHAR(64)    NOT NULL,
  at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX spam_rate_event_idx ON spam_rate_event (address_hash, at);

-- Cases registered through the form that look automated (filled faster than a person can). Only a flag for staff:
-- the case is registered as normal.
CREATE TABLE public_form_flag
(
  id           BIGSERIAL PRIMARY KEY,
  case_number  VARCHAR(20) NOT NULL,
  reason       VARCHAR(40) NOT NULL,
  fill_seconds BIGINT,
  flagged_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX public_form_flag_case_idx ON public_form_flag (case_number);
