-- Default templates (Dutch and English), advice snippets and the referral catalogue (domain.md, "Where people
-- are referred"). Administrators change them afterwards under /admin/correspondentie.
-- Placeholders: {{name}}; the list is CaseFields in the code. Text is plain: a blank line starts a new paragraph.

INSERT INTO correspondence_template (code, recipient, discloses, sort_order) VALUES
('ACKNOWLEDGEMENT',       'CITIZEN',  NULL,   10),
('CALLBACK_FAILED',       'CITIZEN',  NULL,   20),
('ADVICE',                'CITIZEN',  NULL,   30),
('REFERRAL',              'CITIZEN',  NULL,   40),
('AUTHORISATION_REQUEST', 'CITIZEN',  NULL,   50),
('FORWARDING_NOTICE',     'CITIZEN',  NULL,   60),
('CLOSURE',               'CITIZEN',  NULL,   70),
('PROVIDER_LETTER',       'PROVIDER', 'BOTH', 80);

INSERT INTO correspondence_template_text (code, language, title, subject, body) VALUES
('ACKNOWLEDGEMENT', 'nl', 'Ontvangstbevestiging', 'Wij hebben uw melding ontvangen ({{zaaknummer}})',
'Geachte {{naam}},

Op {{ontvangstdatum}} hebben wij uw melding ontvangen. Uw zaaknummer is {{zaaknummer}}. Noemt u dit nummer als u contact met ons opneemt.

Een medewerker van het Landelijk Meldpunt Zorg neemt uiterlijk {{terugbeldatum}} contact met u op.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('ACKNOWLEDGEMENT', 'en', 'Acknowledgement', 'We have received your report ({{zaaknummer}})',
'Dear {{naam}},

We received your report on {{ontvangstdatum}}. Your reference number is {{zaaknummer}}. Please mention it whenever you contact us.

An officer of the Landelijk Meldpunt Zorg will contact you no later than {{terugbeldatum}}.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('CALLBACK_FAILED', 'nl', 'Niet bereikt', 'Wij konden u niet bereiken ({{zaaknummer}})',
'Geachte {{naam}},

Wij hebben geprobeerd u te bellen over uw melding met zaaknummer {{zaaknummer}}, maar wij konden u niet bereiken.

Wilt u ons bellen op 088 - 120 50 20 (werkdagen 9.00 - 17.00 uur)? Noemt u dan uw zaaknummer.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('CALLBACK_FAILED', 'en', 'Could not reach you', 'We could not reach you ({{zaaknummer}})',
'Dear {{naam}},

We tried to call you about your report with reference number {{zaaknummer}}, but could not reach you.

Please call us on +31 88 120 50 20 (working days 9:00 - 17:00) and mention your reference number.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('ADVICE', 'nl', 'Advies', 'Ons advies over uw melding ({{zaaknummer}})',
'Geachte {{naam}},

Naar aanleiding van uw melding met zaaknummer {{zaaknummer}} geven wij u het volgende advies.

{{advies}}

Heeft u nog vragen? Bel ons op 088 - 120 50 20.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('ADVICE', 'en', 'Advice', 'Our advice about your report ({{zaaknummer}})',
'Dear {{naam}},

Following your report with reference number {{zaaknummer}}, we would like to give you the following advice.

{{advies}}

Any questions? Call us on +31 88 120 50 20.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('REFERRAL', 'nl', 'Verwijzing', 'Waar u terecht kunt met uw klacht ({{zaaknummer}})',
'Geachte {{naam}},

Wij hebben met u gesproken over uw melding met zaaknummer {{zaaknummer}}. Met uw vraag kunt u het beste terecht bij {{organisatie}}.

{{organisatie_wanneer}}

Contact: {{organisatie_contact}}
Website: {{organisatie_website}}

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('REFERRAL', 'en', 'Referral', 'Where to take your complaint ({{zaaknummer}})',
'Dear {{naam}},

We spoke with you about your report with reference number {{zaaknummer}}. The best place for your question is {{organisatie}}.

{{organisatie_wanneer}}

Contact: {{organisatie_contact}}
Website: {{organisatie_website}}

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('AUTHORISATION_REQUEST', 'nl', 'Verzoek om machtiging', 'Verzoek om machtiging ({{zaaknummer}})',
'Geachte {{naam}},

De inspectie wil uw klacht met zaaknummer {{zaaknummer}} over {{zorgaanbieder}} onderzoeken. Daarvoor moeten wij uw naam en uw klacht aan de zorgaanbieder kunnen noemen. Dat doen wij alleen met uw toestemming (machtiging).

Geeft u toestemming? Onderteken dan het bijgevoegde machtigingsformulier en stuur het naar ons terug. U kunt uw machtiging altijd weer intrekken.

Zonder machtiging noemen wij uw naam nooit.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('AUTHORISATION_REQUEST', 'en', 'Request for authorisation', 'Request for authorisation ({{zaaknummer}})',
'Dear {{naam}},

The inspectorate would like to investigate your complaint with reference number {{zaaknummer}} about {{zorgaanbieder}}. To do so, we need to be able to tell the provider your name and your complaint. We only do this with your permission (authorisation).

Do you agree? Please sign the enclosed authorisation form and return it to us. You can withdraw your authorisation at any time.

Without your authorisation we will never disclose your name.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('FORWARDING_NOTICE', 'nl', 'Doorgezonden naar inspecteur', 'Uw klacht is doorgestuurd naar een inspecteur ({{zaaknummer}})',
'Geachte {{naam}},

Zoals met u besproken hebben wij uw klacht met zaaknummer {{zaaknummer}} doorgestuurd naar een inspecteur. De inspecteur beoordeelt of de inspectie een onderzoek start. Wij laten u weten wat de inspecteur besluit.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('FORWARDING_NOTICE', 'en', 'Forwarded to an inspector', 'Your complaint has been forwarded to an inspector ({{zaaknummer}})',
'Dear {{naam}},

As discussed with you, we have forwarded your complaint with reference number {{zaaknummer}} to an inspector. The inspector will decide whether the inspectorate starts an investigation. We will let you know what the inspector decides.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('CLOSURE', 'nl', 'Afsluiting', 'Wij sluiten uw melding af ({{zaaknummer}})',
'Geachte {{naam}},

Wij sluiten uw melding met zaaknummer {{zaaknummer}} af. Uw melding blijft bij de inspectie bekend en helpt ons toezicht te houden op de zorg.

Bedankt dat u de moeite heeft genomen ons te informeren.

Met vriendelijke groet,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('CLOSURE', 'en', 'Closure', 'We are closing your report ({{zaaknummer}})',
'Dear {{naam}},

We are closing your report with reference number {{zaaknummer}}. The inspectorate keeps your report on record; it helps us supervise the quality of care.

Thank you for taking the trouble to inform us.

Kind regards,

{{medewerker}}
Landelijk Meldpunt Zorg'),
('PROVIDER_LETTER', 'nl', 'Brief aan zorgaanbieder', 'Klacht over uw zorgverlening ({{zaaknummer}})',
'Geachte directie van {{zorgaanbieder}},

De inspectie heeft een klacht ontvangen over uw zorgverlening (zaaknummer {{zaaknummer}}). De klager, {{naam}}, heeft de inspectie gemachtigd om u het volgende te laten weten.

{{omschrijving}}

Wij vragen u binnen vier weken schriftelijk te reageren en daarbij aan te geven hoe u de klacht behandelt.

Met vriendelijke groet,

{{medewerker}}
Inspectie Gezondheidszorg en Jeugd'),
('PROVIDER_LETTER', 'en', 'Letter to the provider', 'Complaint about your care ({{zaaknummer}})',
'Dear management of {{zorgaanbieder}},

The inspectorate has received a complaint about your care (reference number {{zaaknummer}}). The complainant, {{naam}}, has authorised the inspectorate to tell you the following.

{{omschrijving}}

Please respond in writing within four weeks and tell us how you are handling the complaint.

Kind regards,

{{medewerker}}
Health and Youth Care Inspectorate');

INSERT INTO correspondence_advice_snippet (code, title_nl, title_en, text_nl, text_en, sort_order) VALUES
('COMPLAIN_TO_PROVIDER', 'Eerst klagen bij de zorgaanbieder', 'Complain to the provider first',
 'Wij raden u aan uw klacht eerst in te dienen bij de zorgaanbieder zelf. Elke zorgaanbieder heeft een klachtenregeling en een klachtenfunctionaris die u gratis helpt. De zorgaanbieder moet binnen zes weken schriftelijk op uw klacht reageren.',
 'We advise you to first submit your complaint to the provider itself. Every provider has a complaints procedure and a complaints officer who helps you free of charge. The provider must answer your complaint in writing within six weeks.', 10),
('WRITE_IT_DOWN', 'Schrijf op wat er gebeurde', 'Write down what happened',
 'Schrijf zo snel mogelijk op wat er is gebeurd: de datum, wie erbij waren en wat er is gezegd. Bewaar brieven, e-mails en rekeningen.',
 'Write down what happened as soon as possible: the date, who was there and what was said. Keep letters, e-mails and bills.', 20),
('CLIENT_SUPPORT', 'Hulp van een cliëntondersteuner', 'Help from a client adviser',
 'U kunt gratis hulp krijgen van een onafhankelijke cliëntondersteuner, bijvoorbeeld van MEE, bij het op papier zetten van uw klacht of het gesprek met de zorgaanbieder.',
 'You can get free help from an independent client adviser, for example from MEE, to put your complaint in writing or to prepare a meeting with the provider.', 30),
('DISPUTE_AFTER_ANSWER', 'Geschilleninstantie na het antwoord', 'Disputes committee after the answer',
 'Bent u het niet eens met het oordeel van de zorgaanbieder, of reageert de zorgaanbieder niet binnen de termijn? Dan kunt u naar de geschilleninstantie waarbij de zorgaanbieder is aangesloten. Die doet een bindende uitspraak en kan een schadevergoeding tot € 25.000 toekennen.',
 'If you disagree with the provider''s judgment, or the provider does not answer in time, you can go to the disputes committee the provider is affiliated with. It gives a binding decision and can award compensation of up to €25,000.', 40);

INSERT INTO correspondence_referral_org (code, name, when_nl, when_en, contact, website, sort_order) VALUES
('COMPLAINTS_OFFICER', 'Klachtenfunctionaris van de zorgaanbieder', 'Voor een klacht die u eerst met de zorgaanbieder wilt oplossen; de klachtenfunctionaris helpt gratis.', 'For a complaint you want to resolve with the provider first; the complaints officer helps free of charge.', 'Via de receptie of website van de zorgaanbieder', NULL, 10),
('DISPUTES_COMMITTEE', 'Geschilleninstantie', 'Als de klacht bij de zorgaanbieder niet is opgelost: bindende uitspraak, schadevergoeding tot € 25.000.', 'When the provider did not resolve the complaint: binding decision, compensation up to €25,000.', 'De geschilleninstantie waarbij de zorgaanbieder is aangesloten', 'https://www.degeschillencommissiezorg.nl', 20),
('DISCIPLINARY_BOARD', 'Tuchtcollege voor de Gezondheidszorg', 'Voor een klacht over het handelen van een BIG-geregistreerde zorgverlener.', 'For a complaint about a professional registered in the BIG register.', 'Regionaal Tuchtcollege', 'https://www.tuchtcollege-gezondheidszorg.nl', 30),
('SKJ', 'Stichting Kwaliteitsregister Jeugd (SKJ)', 'Voor een klacht over een geregistreerde jeugdprofessional (tuchtrecht jeugd).', 'For a complaint about a registered youth-care professional (youth disciplinary law).', NULL, 'https://skjeugd.nl', 40),
('HEALTH_INSURER', 'Zorgverzekeraar of zorgkantoor', 'Voor vragen over vergoeding, zorgbemiddeling of de Wlz-indicatie.', 'For questions about reimbursement, care mediation or long-term care.', 'Klantenservice van de eigen zorgverzekeraar of het zorgkantoor', NULL, 50),
('SKGZ', 'Stichting Klachten en Geschillen Zorgverzekeringen (SKGZ)', 'Voor een klacht over de zorgverzekeraar die niet is opgelost.', 'For an unresolved complaint about a health insurer.', NULL, 'https://www.skgz.nl', 60),
('NZA', 'Nederlandse Zorgautoriteit (NZa)', 'Voor vragen over prijzen, tarieven en rekeningen van zorg.', 'For questions about prices, tariffs and bills for care.', 'Informatielijn NZa', 'https://www.nza.nl', 70),
('AP', 'Autoriteit Persoonsgegevens (AP)', 'Voor klachten over het gebruik van persoonsgegevens, zoals het medisch dossier.', 'For complaints about the use of personal data, such as the medical record.', NULL, 'https://autoriteitpersoonsgegevens.nl', 80),
('LEGAL_AID', 'Het Juridisch Loket', 'Voor gratis juridisch advies, bijvoorbeeld over aansprakelijkheid en schadevergoeding.', 'For free legal advice, for example about liability and compensation.', '0900 - 8020', 'https://www.juridischloket.nl', 90),
('CLIENT_SUPPORT', 'Onafhankelijke cliëntondersteuning (bijvoorbeeld MEE)', 'Voor gratis hulp bij het regelen van zorg of het indienen van een klacht.', 'For free help in arranging care or submitting a complaint.', NULL, 'https://www.mee.nl', 100),
('AKJ', 'Advies- en Klachtenbureau Jeugdzorg (AKJ)', 'Voor jongeren en ouders met vragen of klachten over jeugdhulp; de vertrouwenspersoon jeugd.', 'For young people and parents with questions or complaints about youth care; the youth confidential adviser.', '088 - 555 1000', 'https://www.akj.nl', 110),
('PVP', 'Stichting PVP (patiëntenvertrouwenspersoon)', 'Voor cliënten in de ggz met een klacht, zeker bij gedwongen zorg.', 'For mental-health clients with a complaint, especially in compulsory care.', '0900 - 444 8888', 'https://www.pvp.nl', 120),
('VEILIG_THUIS', 'Veilig Thuis', 'Bij vermoedens van huiselijk geweld of kindermishandeling.', 'When domestic violence or child abuse is suspected.', '0800 - 2000 (gratis, dag en nacht)', 'https://veiligthuis.nl', 130),
('LAREB', 'Bijwerkingencentrum Lareb', 'Voor het melden van bijwerkingen van geneesmiddelen en vaccins.', 'To report side effects of medicines and vaccines.', NULL, 'https://www.lareb.nl', 140),
('MUNICIPALITY', 'Gemeente (Wmo en jeugdhulp)', 'Voor maatschappelijke ondersteuning (Wmo) en de toegang tot jeugdhulp.', 'For social support (Wmo) and access to youth care.', 'Het Wmo- of jeugdloket van de eigen gemeente', NULL, 150),
('NATIONAL_OMBUDSMAN', 'Nationale ombudsman', 'Voor klachten over de inspectie zelf, nadat de inspectie de klacht heeft behandeld.', 'For complaints about the inspectorate itself, after the inspectorate has dealt with the complaint.', '0800 - 33 55 555', 'https://www.nationaleombudsman.nl', 160);
