-- The standard letter to a provider whose statutory complaint term (Wkkgz) has passed (issue 6, capability 5).
-- It names the citizen, so it is sent only with an authorisation (discloses NAME), like any letter that reveals them.
INSERT INTO correspondence_template (code, recipient, discloses, sort_order) VALUES
('PROVIDER_OVERDUE', 'PROVIDER', 'NAME', 85)
ON CONFLICT (code) DO NOTHING;

INSERT INTO correspondence_template_text (code, language, title, subject, body) VALUES
('PROVIDER_OVERDUE', 'nl', 'Termijn klachtbehandeling verstreken', 'Afhandeling van een klacht ({{zaaknummer}})',
'Geachte heer, mevrouw,

{{naam}} heeft bij {{zorgaanbieder}} een klacht ingediend en heeft het Landelijk Meldpunt Zorg gevraagd de afhandeling ervan te volgen. De termijn die de Wet kwaliteit, klachten en geschillen zorg (Wkkgz) voor de afhandeling van een klacht stelt, is verstreken.

Wij verzoeken u de klacht zo snel mogelijk af te handelen en de klager schriftelijk over uw oordeel te informeren. Wilt u ons laten weten wanneer dat is gebeurd? Vermeld daarbij ons kenmerk {{zaaknummer}}.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('PROVIDER_OVERDUE', 'en', 'Complaint term passed', 'Handling of a complaint ({{zaaknummer}})',
'Dear Sir or Madam,

{{naam}} filed a complaint with {{zorgaanbieder}} and asked the national care reporting centre to follow its handling. The term the Care Quality, Complaints and Disputes Act (Wkkgz) sets for handling a complaint has passed.

We ask you to handle the complaint as soon as possible and to inform the complainant of your judgement in writing. Please let us know when that has been done, quoting our reference {{zaaknummer}}.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg')
ON CONFLICT (code, language) DO NOTHING;
