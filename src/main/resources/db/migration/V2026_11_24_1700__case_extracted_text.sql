-- Casework: text that was not typed but extracted from a case's attachments (Apache Tika), recognised in a scan
-- (OCR) or received later by e-mail. It is appended to case_file.search_vector so the Dutch full-text search finds
-- it. Personal data: erasing a case's extracted text = deleting its rows here and rebuilding the search vector
-- (see docs/mail-intake.md, "Privacy").
CREATE TABLE case_extracted_text
(
  id            BIGSERIAL PRIMARY KEY,
  case_id       BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  attachment_id BIGINT REFERENCES case_attachment (id) ON DELETE CASCADE,
  source        VARCHAR(20)  NOT NULL,
  text          TEXT         NOT NULL,
  added_at      TIMESTAMPTZ  NOT NULL,
  added_by      VARCHAR(100) NOT NULL
);
CREATE INDEX case_extracted_text_case_idx ON case_extracted_text (case_id);
-- One text per attachment and kind of extraction: a redelivered event cannot add the same text twice.
CREATE UNIQUE INDEX case_extracted_text_attachment_uq ON case_extracted_text (attachment_id, source)
  WHERE attachment_id IS NOT NULL;
