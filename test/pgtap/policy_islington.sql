-- The 'islington' preset: Islington's Case Management Supervision Policy for
-- CIN, CLA and Independent Futures (TSCFS), effective 2 September 2016
-- (rules ISL-*),
-- through personal_supervision_due, case_discussion_due, cadence_due,
-- recording_deadline, window_deadline and the rows of supervision.rule.
--
-- Every expected date and instant below was worked out by hand from the
-- policy text, the semantics of the policy model (a recurring cadence: target
-- = next_due(every, started, last), latest = target when no hard limit;
-- '1 calendar month' = the last day of the calendar month after the month of
-- the date; windows: deadline(event, within or within_significant)) and a
-- printed calendar; the description of each test says why.  Nothing here is
-- computed by code.
--
-- Interpretations pinned here (stated in the preset's description):
--   ISL-P1, ISL-P2, ISL-C1: "once every calendar month" = by the end of the
--   calendar month after the month of the last occurrence ('1 calendar month').
--   ISL-C1 applies to every case category.  ISL-R1: 5 working days in the
--   england-and-wales calendar, late from London midnight after the fifth
--   working day (the day of the event not counted); 24 hours exact.
--
-- Weekdays used (checked against a calendar):
--   Aug 2016: Mon 1, Mon 29, Wed 31
--   Sep 2016: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7, Thu 8, Fri 9, Sat 10
--   Oct 2016: Mon 31
--   Jun 2026: Tue 30                  Jul 2026: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7, Wed 8, Thu 9
--   Oct 2026: Fri 16, Mon 19, Tue 20, Wed 21, Thu 22, Fri 23, Sat 24, Sun 25,
--             Mon 26, Tue 27, Wed 28, Thu 29, Fri 30, Sat 31
--   Nov 2026: Mon 2, Tue 3, Fri 6, Mon 9, Tue 10, Mon 30
--   Dec 2026: Tue 1, Tue 15, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Sat 26,
--             Sun 27, Mon 28, Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Sat 2, Sun 3, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Sat 9,
--             Fri 15, Wed 20, Sun 31
--   Feb 2027: Mon 1, Sun 28 (2027 is not a leap year)
--   Mar 2027: Fri 19, Mon 22, Tue 23, Wed 24, Thu 25, Fri 26, Sat 27, Sun 28,
--             Mon 29, Tue 30, Wed 31
--   Apr 2027: Thu 1, Fri 2, Mon 5
--   Jan 2028: Mon 31                  Feb 2028: Tue 29 (leap)
--
-- Bank holidays used (england-and-wales, as GOV.UK lists them;
-- observed days):
--   2016: Summer Mon 29 Aug; none in September 2016
--   2026: Christmas Fri 25 Dec, Boxing Day substitute Mon 28 Dec (26 Dec is a
--     Saturday); none in July or October 2026
--   2027: New Year Fri 1 Jan; Good Friday 26 Mar and Easter Monday 29 Mar
--     (Easter Sunday 28 Mar 2027); none from 2 to 5 April 2027
--
-- Clock changes (Europe/London): BST ends Sun 25 Oct 2026 01:00 UTC; BST
-- starts Sun 28 Mar 2027 01:00 UTC.  BST in September 2016 and July 2026.
-- London midnight in BST is 23:00 UTC the day before.  The session time zone
-- is UTC, so every timestamptz literal and result is UTC.

BEGIN;
SELECT plan(105);
SET LOCAL timezone = 'UTC';
-- as a report writer's session: the extension's operators (=) are found by name
SET LOCAL search_path = public, supervision;

-------------------------------------------------------------------------------
-- 0. The preset: policy, version, rule IDs
-------------------------------------------------------------------------------

SELECT is((SELECT calendar FROM supervision.policy WHERE name = 'islington'), 'england-and-wales',
    'ISL-R1: the islington preset counts working days in the england-and-wales calendar (a London borough)');
SELECT ok((SELECT builtin FROM supervision.policy WHERE name = 'islington'),
    'ISL-P1: islington is a shipped preset (builtin = true)');
SELECT is((SELECT in_force FROM supervision.policy_version WHERE policy = 'islington' AND version = 1), '[2016-09-02,)'::daterange,
    'ISL-P1: version 1 is in force from Fri 2 Sep 2016 ("This policy is effective as of 2nd September 2016"), open-ended');
SELECT is((SELECT count(*) FROM supervision.policy_version WHERE policy = 'islington'), 1::bigint,
    'ISL-P1: one version of the Islington policy (no revision known)');
SELECT set_eq($$SELECT DISTINCT rule_id FROM supervision.rule WHERE policy = 'islington'$$,
    ARRAY['ISL-P1', 'ISL-C1', 'ISL-R1', 'ISL-R2', 'ISL-R3', 'ISL-X1', 'ISL-P2', 'ISL-D1'],
    'ISL-P1, ISL-C1, ISL-R1, ISL-R2, ISL-R3, ISL-X1, ISL-P2, ISL-D1: every Islington rule ID, and no other');
SELECT is((SELECT count(*) FROM supervision.rule WHERE policy = 'islington' AND (source IS NULL OR source NOT LIKE '§%')), 0::bigint,
    'ISL-P1: every Islington rule names its section of the policy text (source starts with §)');

-------------------------------------------------------------------------------
-- 1. ISL-P1: formal one-to-one case supervision, once every calendar month,
--    for every case-holding practitioner
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('islington', 'social_worker', date '2026-12-15'),
    ('ISL-P1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-P1: a social worker last supervised Tue 15 Dec 2026, once every calendar month: the next in January, by Sun 31 Jan 2027; no hard limit, so latest = target');
SELECT is(supervision.personal_supervision_due('islington', 'social_worker', date '2027-01-31'),
    ('ISL-P1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'ISL-P1: last supervised Sun 31 Jan 2027: the next in February, by Sun 28 Feb 2027 (the end of February; 2027 is not leap)');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2027-02-28')).target, date '2027-03-31',
    'ISL-P1: last supervised Sun 28 Feb 2027, the last day of February: by the end of March, Wed 31 Mar 2027');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2026-12-01')).target, date '2027-01-31',
    'ISL-P1: last supervised on the 1st, Tue 1 Dec 2026: by the end of January, Sun 31 Jan 2027 (61 days later, not 1 Jan)');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2026-12-31')).target, date '2027-01-31',
    'ISL-P1: last supervised on the last day of a month, Thu 31 Dec 2026: by the end of January, Sun 31 Jan 2027 (31 days)');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2027-01-01')).target, date '2027-02-28',
    'ISL-P1: last supervised on the 1st, Fri 1 Jan 2027 (a bank holiday; dates are not moved): by the end of February, Sun 28 Feb 2027');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2027-02-01')).target, date '2027-03-31',
    'ISL-P1: last supervised on the 1st, Mon 1 Feb 2027: by the end of March, Wed 31 Mar 2027');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2026-11-30')).target, date '2026-12-31',
    'ISL-P1: last supervised Mon 30 Nov 2026, the last day of November: by the end of December, Thu 31 Dec 2026');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2026-12-15')).rule, 'ISL-P1',
    'ISL-P1: the binding rule for a social worker is ISL-P1');
SELECT is((supervision.personal_supervision_due('islington', 'asye', date '2026-12-15')).target, date '2027-01-31',
    'ISL-P1: an ASYE social worker last supervised Tue 15 Dec 2026: the policy gives no figure for the "increased frequency" it allows, so the calendar-month minimum, Sun 31 Jan 2027');
SELECT is(supervision.personal_supervision_due('islington', 'family_support_worker', date '2027-01-15'),
    ('ISL-P1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'ISL-P1: a non-qualified practitioner (family_support_worker, e.g. the Contact Team) last supervised Fri 15 Jan 2027: by Sun 28 Feb 2027');
SELECT is(supervision.personal_supervision_due('islington', 'personal_adviser', date '2026-12-31'),
    ('ISL-P1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-P1: a Young People Advisor in Independent Futures (personal_adviser) last supervised Thu 31 Dec 2026: by Sun 31 Jan 2027');
SELECT is((supervision.personal_supervision_due('islington', 'senior_social_worker', date '2028-01-31')).target, date '2028-02-29',
    'ISL-P1: a senior social worker last supervised Mon 31 Jan 2028: by the end of February, Tue 29 Feb 2028 (2028 is leap)');
SELECT is((supervision.personal_supervision_due('islington', 'advanced_practitioner', date '2027-01-31')).target, date '2027-02-28',
    'ISL-P1: an advanced practitioner (case holding) last supervised Sun 31 Jan 2027: by Sun 28 Feb 2027');
SELECT is((supervision.personal_supervision_due('islington', 'returner', date '2026-12-01')).target, date '2027-01-31',
    'ISL-P1: a returning social worker (still a case-holding practitioner) last supervised Tue 1 Dec 2026: by Sun 31 Jan 2027');
SELECT is(supervision.personal_supervision_due('islington', 'social_worker', NULL, date '2026-12-03'),
    ('ISL-P1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-P1: started Thu 3 Dec 2026, not yet supervised: the first stage from the start, by the end of January, Sun 31 Jan 2027');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2027-01-31', date '2020-05-01')).target, date '2027-02-28',
    'ISL-P1: with a start date (1 May 2020) as well as the last session (Sun 31 Jan 2027): a one-stage cadence, still by Sun 28 Feb 2027');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', NULL, NULL)).target, NULL::date,
    'ISL-P1: no last session and no start date: nothing to compute, NULL');
SELECT is((supervision.personal_supervision_due('islington', 'social_worker', date '2016-09-02')).target, date '2016-10-31',
    'ISL-P1: last supervised Fri 2 Sep 2016, the day the policy came into force: by the end of October, Mon 31 Oct 2016');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('islington', 'social_worker', date '2016-09-01')$$, 'SV002', NULL,
    'ISL-P1: last supervised Thu 1 Sep 2016, the day before the policy came into force (2 Sep 2016): no version in force, SV002');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('islington', 'social_worker', NULL, date '2016-08-01')$$, 'SV002', NULL,
    'ISL-P1: not yet supervised, started Mon 1 Aug 2016 (before 2 Sep 2016): the start date is the reference day, no version in force, SV002');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('islington', 'team_manager', date '2026-12-15')$$, '22023', NULL,
    'ISL-P1: team_manager: no Islington rule sets a cadence for team managers themselves (ISL-P2 is their supervision of deputies): 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('islington', 'wizard', date '2026-12-15')$$, '22023', NULL,
    'ISL-P1: unknown role ''wizard'': 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('islignton', 'social_worker', date '2026-12-15')$$, '22023', NULL,
    'ISL-P1: unknown policy ''islignton'' (misspelt): 22023');
SELECT is(supervision.cadence_due('islington', 'ISL-P1', date '2026-12-15'),
    ('ISL-P1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-P1: by rule ID, last held Tue 15 Dec 2026: by Sun 31 Jan 2027');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-P1'),
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}'::text[],
    'ISL-P1: "all case holding practitioners" = qualified social workers (social_worker, asye, returner, senior_social_worker, advanced_practitioner), non-qualified practitioners (family_support_worker) and Young People Advisors (personal_adviser)');
SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-P1'), 'cadence/personal_supervision',
    'ISL-P1: a cadence on personal_supervision');
SELECT ok((SELECT interpretation IS NOT NULL FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-P1'),
    'ISL-P1: states the reading taken (once in every calendar month) in interpretation');

-------------------------------------------------------------------------------
-- 2. ISL-P2: team managers supervise deputy team managers / practice
--    supervisors a minimum of once a calendar month
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('islington', 'assistant_team_manager', date '2027-01-15'),
    ('ISL-P2', date '2027-02-28', date '2027-02-28')::supervision.due,
    'ISL-P2: a deputy team manager (assistant_team_manager) last supervised Fri 15 Jan 2027: once a calendar month, by Sun 28 Feb 2027; the rule is ISL-P2, not ISL-P1');
SELECT is((supervision.personal_supervision_due('islington', 'assistant_team_manager', date '2026-12-15')).target, date '2027-01-31',
    'ISL-P2: a deputy team manager last supervised Tue 15 Dec 2026: by Sun 31 Jan 2027');
SELECT is((supervision.personal_supervision_due('islington', 'assistant_team_manager', date '2026-12-31')).target, date '2027-01-31',
    'ISL-P2: last supervised Thu 31 Dec 2026, the last day of the month: by Sun 31 Jan 2027');
SELECT is((supervision.personal_supervision_due('islington', 'assistant_team_manager', NULL, date '2027-01-20')).target, date '2027-02-28',
    'ISL-P2: a practice supervisor appointed Wed 20 Jan 2027, not yet supervised: by the end of February, Sun 28 Feb 2027');
SELECT is((supervision.cadence_due('islington', 'ISL-P2', date '2027-02-01')).target, date '2027-03-31',
    'ISL-P2: by rule ID, last held on the 1st, Mon 1 Feb 2027: by the end of March, Wed 31 Mar 2027');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-P2'), '{assistant_team_manager}'::text[],
    'ISL-P2: "deputy team managers/practice supervisors" = assistant_team_manager');
SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-P2'), 'cadence/personal_supervision',
    'ISL-P2: a cadence on personal_supervision');

-------------------------------------------------------------------------------
-- 3. ISL-C1: every open case, without exception, discussed in each monthly
--    supervision
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('islington', 'cin', date '2026-12-15'),
    ('ISL-C1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-C1: a Child in Need case discussed Tue 15 Dec 2026: at the next monthly supervision, by the end of January, Sun 31 Jan 2027');
SELECT is(supervision.case_discussion_due('islington', 'cp', date '2027-01-31'),
    ('ISL-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'ISL-C1: a Child Protection case discussed Sun 31 Jan 2027: by the end of February, Sun 28 Feb 2027');
SELECT is((supervision.case_discussion_due('islington', 'cla', date '2026-12-01')).target, date '2027-01-31',
    'ISL-C1: a Looked After child''s case discussed on the 1st, Tue 1 Dec 2026: by Sun 31 Jan 2027');
SELECT is((supervision.case_discussion_due('islington', 'care_leaver', date '2026-12-31')).target, date '2027-01-31',
    'ISL-C1: an Independent Futures (care leaver) case discussed Thu 31 Dec 2026, the last day of the month: by Sun 31 Jan 2027');
SELECT is((supervision.case_discussion_due('islington', 'disability', date '2027-01-01')).target, date '2027-02-28',
    'ISL-C1: a Disabled Children''s Service case discussed Fri 1 Jan 2027: by Sun 28 Feb 2027');
SELECT is((supervision.case_discussion_due('islington', 'settled', date '2027-02-28')).target, date '2027-03-31',
    'ISL-C1: a stable case still has to be discussed, "albeit briefly": discussed Sun 28 Feb 2027, by Wed 31 Mar 2027');
SELECT is((supervision.case_discussion_due('islington', 'early_help', date '2027-02-01')).target, date '2027-03-31',
    'ISL-C1: "every open case, without exception" (categories NULL): an early_help case discussed Mon 1 Feb 2027, by Wed 31 Mar 2027');
SELECT is((supervision.case_discussion_due('islington', 'advice_assessment', date '2028-01-31')).target, date '2028-02-29',
    'ISL-C1: an advice and assessment case discussed Mon 31 Jan 2028: by Tue 29 Feb 2028 (leap year)');
SELECT is(supervision.case_discussion_due('islington', 'cin', NULL, date '2027-01-20'),
    ('ISL-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'ISL-C1: a case opened Wed 20 Jan 2027, not yet discussed: the first stage from the opening, by the end of February, Sun 28 Feb 2027');
SELECT is((supervision.case_discussion_due('islington', 'cla', NULL, NULL)).target, NULL::date,
    'ISL-C1: no discussion and no opening date: NULL');
SELECT throws_ok($$SELECT supervision.case_discussion_due('islington', 'cla', date '2016-08-31')$$, 'SV002', NULL,
    'ISL-C1: a case discussed Wed 31 Aug 2016, before the policy came into force (2 Sep 2016): SV002');
SELECT throws_ok($$SELECT supervision.case_discussion_due('islingtn', 'cin', date '2026-12-15')$$, '22023', NULL,
    'ISL-C1: unknown policy ''islingtn'': 22023');
SELECT is(supervision.cadence_due('islington', 'ISL-C1', date '2026-12-15'),
    ('ISL-C1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'ISL-C1: by rule ID, discussed Tue 15 Dec 2026: by Sun 31 Jan 2027');
SELECT throws_ok($$SELECT supervision.cadence_due('islington', 'ISL-C9', date '2026-12-15')$$, '22023', NULL,
    'ISL-C1: unknown rule ID ''ISL-C9'': 22023');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-C1'), NULL::text[],
    'ISL-C1: applies to every open case: categories NULL');
SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-C1'), 'cadence/case_discussion',
    'ISL-C1: a cadence on case_discussion');
SELECT ok((SELECT interpretation IS NOT NULL FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-C1'),
    'ISL-C1: states the reading taken (once in every calendar month) in interpretation');

-------------------------------------------------------------------------------
-- 4. ISL-R1: the supervision record on the child's LCS record within 5
--    working days, or 24 hours for significant decisions / urgent matters
-------------------------------------------------------------------------------

-- Christmas and New Year 2026/27 (25 Dec, 28 Dec, 1 Jan off; GMT throughout)
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-23 16:00:00+00'), timestamptz '2027-01-05 00:00:00+00',
    'ISL-R1: supervision 16:00 Wed 23 Dec 2026: 5 WD = Thu 24 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4), Mon 4 Jan (5); late from 00:00 GMT Tue 5 Jan 2027');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-21 09:00:00+00'), timestamptz '2026-12-31 00:00:00+00',
    'ISL-R1: supervision 09:00 Mon 21 Dec 2026: Tue 22 (1), Wed 23 (2), Thu 24 (3), Tue 29 (4; 25 and 28 off), Wed 30 (5); late from 00:00 GMT Thu 31 Dec 2026');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-24 10:00:00+00'), timestamptz '2027-01-06 00:00:00+00',
    'ISL-R1: supervision 10:00 Thu 24 Dec 2026: Tue 29 (1), Wed 30 (2), Thu 31 (3), Mon 4 Jan (4; 1 Jan off), Tue 5 Jan (5); late from 00:00 GMT Wed 6 Jan 2027');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-25 12:00:00+00'), timestamptz '2027-01-06 00:00:00+00',
    'ISL-R1: a case discussed on Christmas Day, 12:00 Fri 25 Dec 2026 (a bank holiday; the day of the event is never counted), not significant: Tue 29 (1) to Tue 5 Jan (5); late from 00:00 GMT Wed 6 Jan 2027');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-29 14:00:00+00'), timestamptz '2027-01-07 00:00:00+00',
    'ISL-R1: supervision 14:00 Tue 29 Dec 2026: Wed 30 (1), Thu 31 (2), Mon 4 (3), Tue 5 (4), Wed 6 Jan (5); late from 00:00 GMT Thu 7 Jan 2027');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-31 11:00:00+00'), timestamptz '2027-01-09 00:00:00+00',
    'ISL-R1: supervision 11:00 Thu 31 Dec 2026: Mon 4 (1; 1 Jan off), Tue 5 (2), Wed 6 (3), Thu 7 (4), Fri 8 Jan (5); late from 00:00 GMT Sat 9 Jan 2027');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-23 16:00:00+00', false), timestamptz '2027-01-05 00:00:00+00',
    'ISL-R1: significant => false is the 5 WD window: 16:00 Wed 23 Dec 2026, late from 00:00 GMT Tue 5 Jan 2027');

-- October 2026 clock change (BST ends 01:00 UTC Sun 25 Oct)
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-10-19 10:00:00+00'), timestamptz '2026-10-27 00:00:00+00',
    'ISL-R1: supervision 11:00 BST Mon 19 Oct 2026: Tue 20 (1), Wed 21 (2), Thu 22 (3), Fri 23 (4), Mon 26 (5), now GMT: late from 00:00 GMT Tue 27 Oct = 00:00 UTC');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-10-16 14:00:00+00'), timestamptz '2026-10-23 23:00:00+00',
    'ISL-R1: supervision 15:00 BST Fri 16 Oct 2026: Mon 19 (1) to Fri 23 (5), still BST: late from 00:00 BST Sat 24 Oct = 23:00 UTC Fri 23 Oct');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-10-23 23:30:00+00'), timestamptz '2026-10-31 00:00:00+00',
    'ISL-R1: 23:30 UTC Fri 23 Oct 2026 is 00:30 BST Sat 24 Oct in London: counted from Sat 24, Mon 26 (1) to Fri 30 (5); late from 00:00 GMT Sat 31 Oct (not 30 Oct, as from Fri 23)');

-- March 2027 clock change (BST starts 01:00 UTC Sun 28 Mar) and Easter (26 and 29 Mar off)
SELECT is(supervision.recording_deadline('islington', timestamptz '2027-03-22 10:00:00+00'), timestamptz '2027-03-31 23:00:00+00',
    'ISL-R1: supervision 10:00 GMT Mon 22 Mar 2027: Tue 23 (1), Wed 24 (2), Thu 25 (3), Tue 30 (4; Good Friday and Easter Monday off), Wed 31 (5), now BST: late from 00:00 BST Thu 1 Apr = 23:00 UTC Wed 31 Mar');
SELECT is(supervision.recording_deadline('islington', timestamptz '2027-03-25 15:00:00+00'), timestamptz '2027-04-05 23:00:00+00',
    'ISL-R1: supervision 15:00 GMT Thu 25 Mar 2027: Tue 30 (1), Wed 31 (2), Thu 1 Apr (3), Fri 2 (4), Mon 5 Apr (5); late from 00:00 BST Tue 6 Apr = 23:00 UTC Mon 5 Apr');
SELECT is(supervision.recording_deadline('islington', timestamptz '2027-03-19 10:00:00+00'), timestamptz '2027-03-30 23:00:00+00',
    'ISL-R1: supervision 10:00 GMT Fri 19 Mar 2027: Mon 22 (1), Tue 23 (2), Wed 24 (3), Thu 25 (4), Tue 30 (5); late from 00:00 BST Wed 31 Mar = 23:00 UTC Tue 30 Mar');

-- summer: an event late in the UTC day is already the next day in London
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-06-30 23:30:00+00'), timestamptz '2026-07-08 23:00:00+00',
    'ISL-R1: 23:30 UTC Tue 30 Jun 2026 is 00:30 BST Wed 1 Jul in London: Thu 2 (1), Fri 3 (2), Mon 6 (3), Tue 7 (4), Wed 8 Jul (5); late from 00:00 BST Thu 9 Jul = 23:00 UTC Wed 8 Jul');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-06-30 23:30:00+00', true), timestamptz '2026-07-01 23:30:00+00',
    'ISL-R1: a significant decision at 23:30 UTC Tue 30 Jun 2026: exactly 24 hours, late from 23:30 UTC Wed 1 Jul');

-- significant case decisions and urgent matters: 24 hours, exact
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-23 16:00:00+00', true), timestamptz '2026-12-24 16:00:00+00',
    'ISL-R1: a significant case decision at 16:00 Wed 23 Dec 2026: within 24 hours, late from 16:00 Thu 24 Dec exactly');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-12-24 16:00:00+00', true), timestamptz '2026-12-25 16:00:00+00',
    'ISL-R1: an urgent matter at 16:00 Thu 24 Dec 2026: late from 16:00 Fri 25 Dec, Christmas Day; hours ignore holidays');
SELECT is(supervision.recording_deadline('islington', timestamptz '2026-10-24 11:00:00+00', true), timestamptz '2026-10-25 11:00:00+00',
    'ISL-R1: a significant decision at 12:00 BST Sat 24 Oct 2026, across the fall-back: 24 hours later is 11:00 GMT Sun 25 Oct (11:00 UTC), not 12:00 GMT');
SELECT is(supervision.recording_deadline('islington', timestamptz '2027-03-27 12:00:00+00', true), timestamptz '2027-03-28 12:00:00+00',
    'ISL-R1: a significant decision at 12:00 GMT Sat 27 Mar 2027, across the spring-forward: 24 hours later is 12:00 UTC = 13:00 BST Sun 28 Mar');

-- the same window by rule ID
SELECT is(supervision.window_deadline('islington', 'ISL-R1', timestamptz '2026-12-23 16:00:00+00'), timestamptz '2027-01-05 00:00:00+00',
    'ISL-R1: window_deadline by rule ID, 16:00 Wed 23 Dec 2026, not significant: late from 00:00 GMT Tue 5 Jan 2027');
SELECT is(supervision.window_deadline('islington', 'ISL-R1', timestamptz '2026-11-02 10:00:00+00', true, 'case_record'), timestamptz '2026-11-03 10:00:00+00',
    'ISL-R1: window_deadline by rule ID and topic case_record, significant issue from informal supervision at 10:00 GMT Mon 2 Nov 2026: late from 10:00 Tue 3 Nov');
SELECT is(supervision.window_deadline('islington', 'ISL-R1', timestamptz '2026-11-02 10:00:00+00', false, 'case_record'), timestamptz '2026-11-10 00:00:00+00',
    'ISL-R1: window_deadline, group supervision at 10:00 GMT Mon 2 Nov 2026, not significant: 3-6 Nov (4), Mon 9 Nov (5); late from 00:00 GMT Tue 10 Nov');

-- the version in force is judged by the event's London date
SELECT is(supervision.recording_deadline('islington', timestamptz '2016-09-01 23:30:00+00'), timestamptz '2016-09-09 23:00:00+00',
    'ISL-R1: 23:30 UTC Thu 1 Sep 2016 is 00:30 BST Fri 2 Sep in London, the day the policy came into force: Mon 5 (1) to Fri 9 Sep (5); late from 00:00 BST Sat 10 Sep = 23:00 UTC Fri 9 Sep 2016');
SELECT throws_ok($$SELECT supervision.recording_deadline('islington', timestamptz '2016-09-01 22:59:59+00')$$, 'SV002', NULL,
    'ISL-R1: 22:59:59 UTC Thu 1 Sep 2016 is 23:59:59 BST 1 Sep in London, before the policy came into force: SV002');
SELECT throws_ok($$SELECT supervision.recording_deadline('isllington', timestamptz '2026-12-23 16:00:00+00')$$, '22023', NULL,
    'ISL-R1: unknown policy ''isllington'': 22023');
SELECT throws_ok($$SELECT supervision.window_deadline('islington', 'ISL-R9', timestamptz '2026-12-23 16:00:00+00')$$, '22023', NULL,
    'ISL-R1: unknown rule ID ''ISL-R9'' in window_deadline: 22023');

-- the row
SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R1'), 'window/case_record',
    'ISL-R1: a window on the case record (topic case_record)');
SELECT is((SELECT within FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R1'), '5 working days'::supervision.timescale,
    'ISL-R1: within 5 working days');
SELECT is((SELECT within_significant FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R1'), '24 hours'::supervision.timescale,
    'ISL-R1: within_significant 24 hours ("24 hours for any significant case decisions and/or urgent matters")');

-------------------------------------------------------------------------------
-- 5. ISL-R2: management decisions outside formal supervision, under the
--    'Management Decision' heading
-------------------------------------------------------------------------------

SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R2'), 'recording/management_decision',
    'ISL-R2: a recording rule on management_decision');
SELECT is((SELECT heading FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R2'), 'Management Decision',
    'ISL-R2: heading ''Management Decision'', as the policy writes it');
SELECT is((SELECT recorded_by FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R2'), 'deciding_manager',
    'ISL-R2: recorded by "the manager/practice supervisor involved": deciding_manager');
SELECT is((SELECT place FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R2'), 'child_record',
    'ISL-R2: on the child''s LCS file: child_record');

-------------------------------------------------------------------------------
-- 6. ISL-R3: mid-point checks by CP coordinators and IROs, under the
--    'supervision' heading
-------------------------------------------------------------------------------

SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R3'), 'recording/mid_point_check',
    'ISL-R3: a recording rule on mid_point_check');
SELECT is((SELECT heading FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R3'), 'supervision',
    'ISL-R3: heading ''supervision'', in lower case as the policy writes it (not ''Supervision'')');
SELECT is((SELECT recorded_by FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R3'), 'chair_or_iro',
    'ISL-R3: recorded by the Child Protection Coordinator or IRO who checks: chair_or_iro');
SELECT is((SELECT place FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R3'), 'child_record',
    'ISL-R3: on the child''s LCS record: child_record');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-R3'), '{cp_chair,iro}'::text[],
    'ISL-R3: Child Protection Coordinators = cp_chair, Independent Reviewing Officers = iro');

-------------------------------------------------------------------------------
-- 7. ISL-X1: a gap in supervision for leave or sickness is recorded
-------------------------------------------------------------------------------

SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-X1' AND kind = 'recording'), 'recording/supervision_gap',
    'ISL-X1: a recording rule on supervision_gap');
SELECT is((SELECT place FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-X1' AND kind = 'recording'), 'child_record_and_supervision_record',
    'ISL-X1: "on the LCS record and on the subsequent supervision record": child_record_and_supervision_record');
SELECT is((SELECT heading FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-X1' AND kind = 'recording'), NULL::text,
    'ISL-X1: the policy names no heading for the gap: heading NULL');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-X1' AND kind = 'recording'),
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}'::text[],
    'ISL-X1: "when a practitioner is on leave": the practitioner roles of ISL-P1');
-- "scheduled as a priority when the practitioner returns", read as 5 working
-- days from the day of return (not counted): back Mon 7 Dec 2026, 8 9 10 11,
-- 14 -> late from Tue 15 Dec 2026 00:00 (GMT)
SELECT is(supervision.window_deadline('islington', 'ISL-X1', '2026-12-07 00:00+00', false, 'return_supervision'),
    '2026-12-15 00:00+00'::timestamptz,
    'ISL-X1: supervision on the return within 5 working days (the preset''s reading of "a priority"): back Mon 7 Dec 2026, late from Tue 15 Dec');

-------------------------------------------------------------------------------
-- 8. ISL-D1: a three hour formal case supervision session once a month
-------------------------------------------------------------------------------

SELECT is((SELECT kind || '/' || topic FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-D1'), 'bound/session_length',
    'ISL-D1: a bound on session_length');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-D1'), 180::numeric,
    'ISL-D1: "a three hour formal case supervision session": at least 180 minutes');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-D1'), 'minutes',
    'ISL-D1: unit minutes');
SELECT is((SELECT at_most FROM supervision.rule WHERE policy = 'islington' AND rule_id = 'ISL-D1'), NULL::numeric,
    'ISL-D1: the policy sets no maximum: at_most NULL');

SELECT * FROM finish();
ROLLBACK;
