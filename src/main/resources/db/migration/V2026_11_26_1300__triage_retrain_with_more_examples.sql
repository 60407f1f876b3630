-- Triage session 5 (second round): 324 more examples written for training only, wider urgency rules and ACUTE
-- examples weighing 2x instead of 3x (chosen by cross-validation on the training part). The features did not
-- change, so a stored model would still score correctly, but it would not have learnt from the new examples and
-- the weekly retrain only activates a candidate that scores at least as well as the active version. So no version
-- stays active: at the next start ActiveTriage trains a new version from the seed, the training-only examples and
-- the officer-confirmed labels. Old versions are kept (with their evaluation) for the record.
UPDATE triage_model SET active = FALSE WHERE active;
