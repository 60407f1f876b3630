-- Provider profile (reporting read model over deadlines' case_clock): the open clocks of a provider's cases are
-- joined by case id. Covering, so that a large provider's tens of thousands of open clocks come from the index
-- alone in one hash join instead of a heap probe per case.
CREATE INDEX report_clock_open_case_cover_idx ON case_clock (case_id) INCLUDE (type_code, state, due_at, case_number)
    WHERE state IN ('RUNNING', 'PAUSED', 'BREACHED');
