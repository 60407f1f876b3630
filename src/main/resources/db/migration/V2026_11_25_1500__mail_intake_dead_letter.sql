-- Mail intake: incoming items that failed to be processed (a message from the intake mailbox, or the text
-- extraction / OCR of an attachment of a letter or e-mail). After meldpunt.mail-intake.max-attempts failures an item
-- is DEAD: it is no longer retried by itself and is shown to administrators (/admin/dode-berichten), who retry it or
-- mark it handled. Nothing is deleted: a message stays in the mailbox until it is processed or marked handled.
-- No personal data: the key is a Message-ID or an attachment id, the reason an exception type.
CREATE TABLE mail_intake_failure
(
  id             BIGSERIAL    PRIMARY KEY,
  kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('MAIL', 'ATTACHMENT_TEXT')),
  item_key       TEXT         NOT NULL,
  case_number    VARCHAR(20),
  attempts       INT          NOT NULL,
  reason         VARCHAR(300) NOT NULL,
  state          VARCHAR(20)  NOT NULL CHECK (state IN ('FAILING', 'DEAD', 'RETRY', 'HANDLED', 'RESOLVED')),
  first_failed_at TIMESTAMPTZ NOT NULL,
  last_failed_at TIMESTAMPTZ  NOT NULL,
  handled_by     VARCHAR(100),
  handled_at     TIMESTAMPTZ,
  UNIQUE (kind, item_key)
);
CREATE INDEX mail_intake_failure_state_idx ON mail_intake_failure (state, last_failed_at DESC);
