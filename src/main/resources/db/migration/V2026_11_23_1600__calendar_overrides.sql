-- Administrators' changes to the working-day calendars, per day: open a default holiday (working = TRUE) or close
-- a default working day (working = FALSE). The defaults themselves are computed (deadlines.Holiday).
CREATE TABLE calendar_override
(
  calendar   VARCHAR(20)  NOT NULL CHECK (calendar IN ('OFFICE', 'STATUTORY')),
  day        DATE         NOT NULL CHECK (day >= DATE '2000-01-01' AND day < DATE '2101-01-01'),
  working    BOOLEAN      NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  changed_by VARCHAR(100) NOT NULL,
  changed_at TIMESTAMPTZ  NOT NULL,
  PRIMARY KEY (calendar, day)
);
