-- Initial load (issue 8): secondary indexes of the case tables that a bulk import into an (almost) empty database
-- drops first and builds once at the end, instead of maintaining them row by row. The definition is kept here in
-- the transaction that drops the index, so an import that is killed half-way still knows what to build; each index
-- is built and its row deleted in one transaction (BulkLoadIndexes).
CREATE TABLE case_deferred_index
(
  name       VARCHAR(100) PRIMARY KEY,
  definition TEXT         NOT NULL,
  dropped_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
