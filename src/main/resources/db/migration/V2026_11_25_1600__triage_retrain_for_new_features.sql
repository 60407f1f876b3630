-- Triage text features changed (character n-grams of 3-5 letters, channel x reporter type, examples written for
-- training only). A stored model scores the new features wrongly, so no version stays active: at the next start
-- ActiveTriage trains a new version from the seed plus the officer-confirmed labels. Old versions are kept
-- (with their evaluation) for the record.
UPDATE triage_model SET active = FALSE WHERE active;
