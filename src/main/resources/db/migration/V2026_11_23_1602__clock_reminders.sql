-- Reminders: a clock is claimed for its reminder / breach notice by setting these columns in the sending
-- transaction, so with several nodes each is sent once. Morning digests are claimed per officer and day.
ALTER TABLE case_clock ADD COLUMN reminder_sent_at TIMESTAMPTZ;
ALTER TABLE case_clock ADD COLUMN breach_notice_sent_at TIMESTAMPTZ;
CREATE INDEX case_clock_reminder_due_idx ON case_clock (due_at)
  WHERE state = 'RUNNING' AND reminder_sent_at IS NULL AND assignee IS NOT NULL;
CREATE INDEX case_clock_breach_notice_idx ON case_clock (due_at)
  WHERE state = 'BREACHED' AND breach_notice_sent_at IS NULL AND assignee IS NOT NULL;

CREATE TABLE clock_digest
(
  username VARCHAR(100) NOT NULL,
  day      DATE         NOT NULL,
  sent_at  TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (username, day)
);

-- Team queue filtered by sector: without this, a sector with few open clocks scans all of the team's overdue rows.
CREATE INDEX case_clock_team_sector_due_idx ON case_clock (team, sector, due_at)
  WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
