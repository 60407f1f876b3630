-- The provider register (module providers): care providers Meldpunt knows, so that cases about the same provider
-- are linked even when a name is typed differently. Identifiers are unique where given.

-- The text names are compared by: lower case, accents removed, punctuation to spaces, legal forms (B.V., N.V.,
-- V.O.F., Stichting) dropped. IMMUTABLE (unaccent with an explicit dictionary), so indexes and generated columns
-- may use it. See docs/decisions/2420-provider-matching-thresholds.md.
CREATE FUNCTION provider_match_text(t TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT btrim(regexp_replace(
         regexp_replace(
           regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(t, ''))), '[^a-z0-9]+', ' ', 'g'),
           '(^| )(b v|bv|n v|nv|v o f|vof|stichting)( |$)', ' ', 'g'),
         ' +', ' ', 'g'))
$$;

-- The distinctive part of a name: the match text without words every other provider has too (zorggroep,
-- huisartsenpraktijk, apotheek, de, het, ...). "Huisartsenpraktijk De Linde" and "Huisartsenpraktijk De Testlinde"
-- in one city are alike as a whole but not in what sets them apart.
-- How alike a provider as typed (q) is to a register entry (p), 0..1: the names with the places when both have one;
-- when the distinctive parts are not alike (below 0.4), that lower similarity instead, so the entry can at most be
-- suggested, never linked automatically.
CREATE FUNCTION provider_distinct_text(t TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT btrim(regexp_replace(regexp_replace(provider_match_text(t),
  '\m(de|het|t|van|der|den|en|op|aan|zorggroep|zorg|zorgcentrum|woonzorgcentrum|huisartsenpraktijk|huisartsenpost|huisartsen|praktijk|gezondheidscentrum|apotheek|ziekenhuis|verpleeghuis|jeugdhulp|jeugdzorg|ggz|ggd|kliniek|tandartspraktijk|thuiszorg|wijkverpleging|fysiotherapie|centrum|medisch|locatie|regio|ambulancedienst|dokter|groep|instelling|mondzorgcentrum|psychiatrisch|schoonheidskliniek)\M', ' ', 'g'),
  ' +', ' ', 'g'))
$$;
CREATE FUNCTION provider_match_score(p_name TEXT, p_place TEXT, q_name TEXT, q_place TEXT) RETURNS REAL
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE
         WHEN provider_distinct_text(p_name) <> '' AND provider_distinct_text(q_name) <> ''
              AND similarity(provider_distinct_text(p_name), provider_distinct_text(q_name)) < 0.4
           THEN similarity(provider_distinct_text(p_name), provider_distinct_text(q_name))
         WHEN provider_match_text(q_place) <> '' AND provider_match_text(p_place) <> ''
           THEN similarity(provider_match_text(p_name) || ' ' || provider_match_text(p_place),
                           provider_match_text(q_name) || ' ' || provider_match_text(q_place))
         ELSE similarity(provider_match_text(p_name), provider_match_text(q_name))
       END
$$;

CREATE TABLE provider
(
  id                   BIGSERIAL PRIMARY KEY,
  name                 VARCHAR(300) NOT NULL CHECK (btrim(name) <> ''),
  kvk_number           VARCHAR(8) CHECK (kvk_number ~ '^[0-9]{8}$'),
  establishment_number VARCHAR(12) CHECK (establishment_number ~ '^[0-9]{12}$'),
  agb_code             VARCHAR(8) CHECK (agb_code ~ '^[0-9]{8}$'),
  sector               VARCHAR(40),
  street               VARCHAR(200),
  postcode             VARCHAR(7),
  place                VARCHAR(200),
  match_name           TEXT GENERATED ALWAYS AS (provider_match_text(name)) STORED,
  match_place          TEXT GENERATED ALWAYS AS (provider_match_text(place)) STORED,
  version              BIGINT       NOT NULL DEFAULT 0,
  created_at           TIMESTAMPTZ  NOT NULL,
  created_by           VARCHAR(100) NOT NULL,
  updated_at           TIMESTAMPTZ  NOT NULL,
  updated_by           VARCHAR(100) NOT NULL
);
-- One KvK number may have several establishments (locations): the pair is unique, and a KvK number without an
-- establishment number (the organisation itself) once.
CREATE UNIQUE INDEX provider_kvk_uq ON provider (kvk_number, coalesce(establishment_number, '')) WHERE kvk_number IS NOT NULL;
CREATE UNIQUE INDEX provider_establishment_uq ON provider (establishment_number) WHERE establishment_number IS NOT NULL;
CREATE UNIQUE INDEX provider_agb_uq ON provider (agb_code) WHERE agb_code IS NOT NULL;
CREATE INDEX provider_match_name_trgm_idx ON provider USING gin (match_name gin_trgm_ops);
CREATE INDEX provider_kvk_idx ON provider (kvk_number);

-- Which register entry a case subject is about (set automatically on registration above the threshold, or by
-- staff). Reports group by coalesce(provider_id, kvk_number, lower(name)).
ALTER TABLE case_subject ADD COLUMN provider_id BIGINT REFERENCES provider (id) ON DELETE SET NULL;
-- Products: a medicine (with its RVG/EU registration number) or a device (with UDI-DI and lot number).
ALTER TABLE case_subject ADD COLUMN product_kind VARCHAR(10);
ALTER TABLE case_subject ADD COLUMN registration_number VARCHAR(40);
CREATE INDEX case_subject_provider_idx ON case_subject (provider_id) WHERE provider_id IS NOT NULL;
