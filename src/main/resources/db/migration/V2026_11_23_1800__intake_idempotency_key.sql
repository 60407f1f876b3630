-- Idempotency keys of the intake API: per authenticated client, the key a system sent with POST /api/v1/intakes,
-- a hash of the request it came with, and the case it created. The primary key is what makes a retry, even a
-- concurrent one, return the same case instead of registering a second one (see IntakeApiRegistration).
CREATE TABLE intake_idempotency_key
(
  client          VARCHAR(100) NOT NULL,
  idempotency_key VARCHAR(200) NOT NULL,
  request_hash    CHAR(64)     NOT NULL,
  case_id         BIGINT       NOT NULL,
  case_number     VARCHAR(20)  NOT NULL,
  received_at     TIMESTAMPTZ  NOT NULL,
  registered_at   TIMESTAMPTZ  NOT NULL,
  wants_contact   BOOLEAN      NOT NULL,
  PRIMARY KEY (client, idempotency_key)
);
CREATE INDEX intake_idempotency_key_registered_idx ON intake_idempotency_key (registered_at);
