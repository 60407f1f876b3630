-- Reference data (taxonomy.md): the lists staff pick from. Administrators may add, rename and retire entries;
-- a retired entry stays valid on old cases. "system" entries are ones the software reasons about (urgency
-- codes drive clocks and alerts) and cannot be retired.
CREATE TABLE reference_item
(
  list        VARCHAR(40)   NOT NULL,
  code        VARCHAR(40)   NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  label_nl    VARCHAR(200)  NOT NULL,
  label_en    VARCHAR(200)  NOT NULL,
  description VARCHAR(1000),
  sort_order  INT           NOT NULL,
  retired     BOOLEAN       NOT NULL DEFAULT FALSE,
  system      BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (list, code)
);

INSERT INTO reference_item (list, code, label_nl, label_en, description, sort_order, system) VALUES
('KIND', 'QUESTION',    'Vraag',                  'Question',    'Iemand vraagt om informatie of advies.', 1, TRUE),
('KIND', 'COMPLAINT',   'Klacht',                 'Complaint',   'Een burger is ontevreden over zorg of over een zorgaanbieder, beroepsbeoefenaar, geneesmiddel of hulpmiddel.', 2, TRUE),
('KIND', 'INFORMATION', 'Informatie / signaal',   'Information', 'Iemand die niet de patiënt is, meldt een mogelijk risico.', 3, TRUE),
('KIND', 'REPORT',      'Melding',                'Report',      'Een formele, vaak wettelijk verplichte melding van een zorgaanbieder, beroepsbeoefenaar of fabrikant.', 4, TRUE),

('REPORTER_TYPE', 'CITIZEN',       'Burger',               'Citizen',          'Patiënt, cliënt of naaste.', 1, TRUE),
('REPORTER_TYPE', 'CARE_PROVIDER', 'Zorgaanbieder',        'Care provider',    'Instelling of praktijk, ook jeugdhulpaanbieder.', 2, TRUE),
('REPORTER_TYPE', 'PROFESSIONAL',  'Beroepsbeoefenaar',    'Professional',     'Arts, verpleegkundige, apotheker of jeugdprofessional op eigen titel.', 3, TRUE),
('REPORTER_TYPE', 'GOVERNMENT',    'Overheid',             'Government',       'Gemeente, GGD, politie, OM, andere inspectie of ministerie.', 4, TRUE),
('REPORTER_TYPE', 'MANUFACTURER',  'Fabrikant',            'Manufacturer',     'Fabrikant, importeur, distributeur of vergunninghouder.', 5, TRUE),
('REPORTER_TYPE', 'OTHER',         'Overig',               'Other',            'Verzekeraar, media, advocaat of onbekend.', 6, TRUE),

('SECTOR', 'HOSPITAL_CARE',        'Medisch-specialistische zorg',      'Hospital care',              'Ziekenhuizen, ZBC''s, medisch specialisten.', 1, FALSE),
('SECTOR', 'GENERAL_PRACTICE',     'Huisartsenzorg',                    'General practice',           'Huisartspraktijken, huisartsenposten (niet-acuut).', 2, FALSE),
('SECTOR', 'EMERGENCY_CARE',       'Acute zorg',                        'Emergency care',             'Ambulance, SEH, 112-triage, triage huisartsenpost.', 3, FALSE),
('SECTOR', 'MENTAL_HEALTH',        'Geestelijke gezondheidszorg (GGZ)', 'Mental health care',         'Psychiatrie, psychologie, verslavingszorg, verplichte zorg (Wvggz).', 4, FALSE),
('SECTOR', 'ELDERLY_CARE',         'Ouderenzorg (intramuraal)',         'Elderly care (residential)', 'Verpleeghuizen, verzorgingshuizen, psychogeriatrie (Wzd).', 5, FALSE),
('SECTOR', 'HOME_CARE',            'Wijkverpleging en thuiszorg',       'Home care',                  'Wijkverpleging, thuiszorg, persoonlijke verzorging thuis.', 6, FALSE),
('SECTOR', 'DISABILITY_CARE',      'Gehandicaptenzorg',                 'Disability care',            'Zorg voor mensen met een verstandelijke of lichamelijke beperking.', 7, FALSE),
('SECTOR', 'YOUTH_CARE',           'Jeugd',                             'Youth care',                 'Jeugdhulp, jeugdbescherming, jeugdreclassering, jeugd-GGZ.', 8, FALSE),
('SECTOR', 'DENTAL_CARE',          'Mondzorg',                          'Dental care',                'Tandartsen, orthodontisten, mondhygiënisten, tandtechnici.', 9, FALSE),
('SECTOR', 'PHARMACY_MEDICINES',   'Farmacie en geneesmiddelen',        'Pharmacy and medicines',     'Apotheken, geneesmiddelen, tekorten, reclame, online verkoop.', 10, FALSE),
('SECTOR', 'MEDICAL_DEVICES',      'Medische technologie',              'Medical devices',            'Medische hulpmiddelen en in-vitrodiagnostica en hun fabrikanten.', 11, FALSE),
('SECTOR', 'ALLIED_HEALTH',        'Paramedische zorg',                 'Allied health',              'Fysiotherapie, logopedie, diëtetiek, ergotherapie, podotherapie, verloskundigen.', 12, FALSE),
('SECTOR', 'COSMETIC_ALTERNATIVE', 'Cosmetische en alternatieve zorg',  'Cosmetic and alternative care', 'Cosmetische klinieken, fillers, botox, alternatieve genezers.', 13, FALSE),
('SECTOR', 'PUBLIC_HEALTH',        'Publieke gezondheid',               'Public health',              'GGD, vaccinatie, bevolkingsonderzoek, infectieziektebestrijding.', 14, FALSE),
('SECTOR', 'OTHER',                'Overig',                            'Other',                      'Al het andere, of onbekend.', 15, TRUE),

('URGENCY', 'ACUTE',  'Acuut',  'Acute',  'Iemand is nu in gevaar of het risico loopt door: een inspecteur weet het binnen 4 kantooruren.', 1, TRUE),
('URGENCY', 'HIGH',   'Hoog',   'High',   'Ernstige schade is ontstaan of dreigt: beoordeling binnen 1 werkdag.', 2, TRUE),
('URGENCY', 'NORMAL', 'Normaal','Normal', 'Al het andere: beoordeling binnen 5 werkdagen.', 3, TRUE),

('THEME', 'ATTITUDE',           'Bejegening',                                              'Attitude', NULL, 1, FALSE),
('THEME', 'COMMUNICATION',      'Communicatie en informatie',                              'Communication and information', NULL, 2, FALSE),
('THEME', 'TREATMENT',          'Oneens met (medisch) handelen, diagnose of behandeling',  'Disagreement with treatment or diagnosis', NULL, 3, FALSE),
('THEME', 'MEDICATION',         'Medicatie',                                               'Medication', NULL, 4, FALSE),
('THEME', 'COERCION',           'Dwang en drang, vrijheidsbeperking',                      'Coercion and restraint', NULL, 5, FALSE),
('THEME', 'RECORDS_PRIVACY',    'Dossiervoering, inzage en privacy',                       'Records, access and privacy', NULL, 6, FALSE),
('THEME', 'ORGANISATION',       'Organisatie, bereikbaarheid, wachttijden, continuïteit',  'Organisation, access, waiting times, continuity', NULL, 7, FALSE),
('THEME', 'SAFETY_HYGIENE',     'Veiligheid en hygiëne (vallen, infecties, incidenten)',   'Safety and hygiene', NULL, 8, FALSE),
('THEME', 'ABUSE',              'Grensoverschrijdend gedrag, geweld, mishandeling',        'Abuse, violence, misconduct', NULL, 9, FALSE),
('THEME', 'COMPLAINT_HANDLING', 'Klachtafhandeling door de zorgaanbieder',                 'Complaint handling by the provider', NULL, 10, FALSE),
('THEME', 'COSTS',              'Kosten en declaraties',                                   'Costs and bills', 'Valt buiten het toezicht van de inspectie: verwijzen.', 11, FALSE),
('THEME', 'OTHER',              'Overig',                                                  'Other', NULL, 12, FALSE);
