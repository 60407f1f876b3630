-- The closure letter tells the citizen how the case ended: the new {{uitkomst}} placeholder (the label of the
-- closure outcome, in the letter's language). Only the seeded sentence is changed, so a template an administrator
-- rewrote keeps its own text.
UPDATE correspondence_template_text
SET body = replace(body, 'Wij sluiten uw melding met zaaknummer {{zaaknummer}} af.',
                   'Wij sluiten uw melding met zaaknummer {{zaaknummer}} af. Uitkomst: {{uitkomst}}.')
WHERE code = 'CLOSURE' AND language = 'nl';

UPDATE correspondence_template_text
SET body = replace(body, 'We are closing your report with reference number {{zaaknummer}}.',
                   'We are closing your report with reference number {{zaaknummer}}. Outcome: {{uitkomst}}.')
WHERE code = 'CLOSURE' AND language = 'en';
