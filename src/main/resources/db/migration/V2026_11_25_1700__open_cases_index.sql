-- The work list (/werk) shows open cases, newest first, and counts them (capped at 10,000). With a decade of
-- history almost every case is closed, so without this index both scan the whole table (measured at 1M cases:
-- 0.2–2 s per page view). Open cases are a few percent of the table: the partial index stays small.
CREATE INDEX case_file_open_received_idx ON case_file (received_at DESC, id DESC) WHERE status <> 'CLOSED';
