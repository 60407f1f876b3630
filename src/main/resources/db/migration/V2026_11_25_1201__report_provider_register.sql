-- Module reporting: provider identity for reports now follows the provider register (decision 2521).
-- READ MODEL: reads casework's case_subject and the providers module's provider table; writes nothing.
-- Key: 'reg:<provider id>' when the subject is linked to the register (case_subject.provider_id, set on
-- registration above the match threshold or by staff), else 'kvk:<KvK number>', else 'name:<lower trimmed name>'.
-- Name and place: the register's when linked (one spelling per provider), else what the case says.
-- subject_name: the name as the case spells it (search finds a provider by either).
-- kvk_number and agb_code: the register's when linked, else the subject's KvK (AGB only comes from the register).
DROP VIEW report_provider;
DROP INDEX report_subject_provider_key_idx;

CREATE VIEW report_provider AS
SELECT s.case_id,
       CASE WHEN s.provider_id IS NOT NULL THEN 'reg:' || s.provider_id
            WHEN NULLIF(trim(s.kvk_number), '') IS NOT NULL THEN 'kvk:' || trim(s.kvk_number)
            ELSE 'name:' || lower(trim(s.name)) END AS provider_key,
       COALESCE(p.name, s.name) AS name,
       CASE WHEN p.id IS NOT NULL THEN COALESCE(p.place, s.place) ELSE s.place END AS place,
       COALESCE(p.kvk_number, NULLIF(trim(s.kvk_number), '')) AS kvk_number,
       p.agb_code,
       s.provider_id,
       s.name AS subject_name
FROM case_subject s
LEFT JOIN provider p ON p.id = s.provider_id
WHERE s.type = 'PROVIDER'
  AND (s.provider_id IS NOT NULL OR NULLIF(trim(s.kvk_number), '') IS NOT NULL OR NULLIF(trim(s.name), '') IS NOT NULL);

CREATE INDEX report_subject_provider_key_idx ON case_subject
  ((CASE WHEN provider_id IS NOT NULL THEN 'reg:' || provider_id
         WHEN NULLIF(trim(kvk_number), '') IS NOT NULL THEN 'kvk:' || trim(kvk_number)
         ELSE 'name:' || lower(trim(name)) END), case_id)
  WHERE type = 'PROVIDER';
