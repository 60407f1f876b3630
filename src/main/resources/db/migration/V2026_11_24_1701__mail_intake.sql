-- Mail intake: every message read from the intake mailbox, by its Message-ID. The primary key makes processing
-- exactly-once: the row is written in the transaction that registers the intake (or files the reply), so a
-- message read again after a crash is recognised and only marked as processed.
-- No personal data: the sender is kept only as a SHA-256 hash (for the acknowledgement rate limit).
CREATE TABLE mail_intake_message
(
  message_id     TEXT         PRIMARY KEY,
  processed_at   TIMESTAMPTZ  NOT NULL,
  outcome        VARCHAR(30)  NOT NULL,
  case_number    VARCHAR(20),
  sender_hash    CHAR(64),
  ack_due        BOOLEAN      NOT NULL DEFAULT FALSE,
  ack_message_id TEXT UNIQUE,
  ack_sent_at    TIMESTAMPTZ
);
CREATE INDEX mail_intake_message_case_idx ON mail_intake_message (case_number);
CREATE INDEX mail_intake_message_sender_ack_idx ON mail_intake_message (sender_hash, ack_sent_at)
  WHERE ack_sent_at IS NOT NULL;
