-- Correspondence (module correspondence): authorisations (machtigingen) to disclose the citizen to the provider,
-- letter and e-mail templates, every letter and e-mail sent on a case, advice given and referrals made.
-- Rows point at case_file for cascade on destruction; casework's own tables are never written from here.

CREATE TABLE correspondence_authorisation
(
  id                BIGSERIAL PRIMARY KEY,
  case_id           BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  given_on          DATE         NOT NULL,
  scope             VARCHAR(20)  NOT NULL CHECK (scope IN ('NAME', 'COMPLAINT_CONTENT', 'BOTH')),
  form              VARCHAR(20)  NOT NULL CHECK (form IN ('SIGNED_DOCUMENT', 'VERBAL')),
  document_filename VARCHAR(255),
  document_type     VARCHAR(100),
  document          BYTEA,
  note              TEXT,
  recorded_by       VARCHAR(100) NOT NULL,
  recorded_at       TIMESTAMPTZ  NOT NULL,
  revoked_on        DATE,
  revocation_reason TEXT,
  revoked_by        VARCHAR(100),
  revoked_at        TIMESTAMPTZ,
  CHECK (form <> 'SIGNED_DOCUMENT' OR document IS NOT NULL),
  CHECK (form <> 'VERBAL' OR note IS NOT NULL),
  CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX correspondence_authorisation_case_idx ON correspondence_authorisation (case_id);

-- A template: who it is for and what it reveals about the citizen to a provider; texts per language.
CREATE TABLE correspondence_template
(
  code       VARCHAR(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  recipient  VARCHAR(20) NOT NULL CHECK (recipient IN ('CITIZEN', 'PROVIDER', 'OTHER')),
  discloses  VARCHAR(20) CHECK (discloses IN ('NAME', 'COMPLAINT_CONTENT', 'BOTH')),
  sort_order INT         NOT NULL,
  retired    BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE correspondence_template_text
(
  code       VARCHAR(40)  NOT NULL REFERENCES correspondence_template (code),
  language   VARCHAR(2)   NOT NULL CHECK (language IN ('nl', 'en')),
  title      VARCHAR(200) NOT NULL,
  subject    VARCHAR(300) NOT NULL,
  body       TEXT         NOT NULL,
  updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by VARCHAR(100) NOT NULL DEFAULT 'system',
  PRIMARY KEY (code, language)
);

-- Every letter and e-mail sent, exactly as sent (rendered text, and the PDF for letters).
CREATE TABLE correspondence_item
(
  id                BIGSERIAL PRIMARY KEY,
  case_id           BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  template_code     VARCHAR(40)  NOT NULL,
  language          VARCHAR(2)   NOT NULL,
  medium            VARCHAR(10)  NOT NULL CHECK (medium IN ('EMAIL', 'LETTER')),
  recipient_kind    VARCHAR(20)  NOT NULL CHECK (recipient_kind IN ('CITIZEN', 'PROVIDER', 'OTHER')),
  recipient_name    VARCHAR(300),
  recipient_address TEXT         NOT NULL,
  subject           TEXT         NOT NULL,
  body              TEXT         NOT NULL,
  pdf               BYTEA,
  disclosed         VARCHAR(20),
  sent_by           VARCHAR(100) NOT NULL,
  sent_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX correspondence_item_case_idx ON correspondence_item (case_id, id);

-- Standard advice snippets and the referral catalogue (reference data, maintained by administrators).
CREATE TABLE correspondence_advice_snippet
(
  code       VARCHAR(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  title_nl   VARCHAR(200) NOT NULL,
  title_en   VARCHAR(200) NOT NULL,
  text_nl    TEXT         NOT NULL,
  text_en    TEXT         NOT NULL,
  sort_order INT          NOT NULL,
  retired    BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE correspondence_referral_org
(
  code       VARCHAR(40) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  name       VARCHAR(200) NOT NULL,
  when_nl    TEXT         NOT NULL,
  when_en    TEXT         NOT NULL,
  contact    VARCHAR(500),
  website    VARCHAR(300),
  sort_order INT          NOT NULL,
  retired    BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE correspondence_advice
(
  id        BIGSERIAL PRIMARY KEY,
  case_id   BIGINT        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  snippets  VARCHAR(40)[] NOT NULL DEFAULT '{}',
  text      TEXT,
  given_by  VARCHAR(100)  NOT NULL,
  given_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX correspondence_advice_case_idx ON correspondence_advice (case_id, id);

CREATE TABLE correspondence_referral
(
  id           BIGSERIAL PRIMARY KEY,
  case_id      BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
  organisation VARCHAR(40)  NOT NULL REFERENCES correspondence_referral_org (code),
  note         TEXT,
  referred_by  VARCHAR(100) NOT NULL,
  referred_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX correspondence_referral_case_idx ON correspondence_referral (case_id, id);
