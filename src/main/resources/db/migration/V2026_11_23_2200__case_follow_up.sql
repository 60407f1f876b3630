-- Work to do once for every newly registered case (start its clocks, suggest its triage), queued in the
-- registering transaction and drained in batches by casework's follow-up worker, so an acknowledgement never waits
-- for it and a burst of intakes is caught up afterwards. Rows are taken with FOR UPDATE SKIP LOCKED, so several
-- nodes can drain the same queue; a row that keeps failing waits longer each time (not_before).
CREATE TABLE case_follow_up
(
  case_id    BIGINT PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
  attempts   INT         NOT NULL DEFAULT 0,
  not_before TIMESTAMPTZ NOT NULL DEFAULT '-infinity'
);
