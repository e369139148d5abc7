-- The 'slough' preset: Slough Children's Services Trust, Children's Social
-- Care Supervision Policy, July 2020, rules SLO-*, through
-- personal_supervision_due,
-- case_discussion_due, cadence_due, recording_deadline, window_deadline and
-- the rows of supervision.rule.
--
-- Every expected date and instant below was worked out by hand from the
-- policy text, the semantics of the policy model (due dates, binding rule,
-- starts_after, staged schedules, versions) and a printed calendar; the
-- description of each test says why.  Nothing here is computed by code.
--
-- Interpretations the preset takes and these tests pin: monthly = one month
-- after the last occurrence (clamped); bi-monthly = every 2 months; SLO-C2
-- first_due = on_start (first case discussion due the day the case has been
-- open 12 weeks, earlier discussions do not count); SLO-A1 stages measured
-- from the ASYE start, the stage of the day of the last session, ending 12
-- months after the start, after which SLO-P1 (every role, monthly) binds;
-- version 1 in force from 1 July 2020 ("Final July 2020").
--
-- Weekdays used (checked against a calendar):
--   Jun 2020: Mon 1, Tue 30              Jul 2020: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7, Wed 8, Thu 9
--   Aug 2020: Sat 1
--   Jan 2026: Mon 5, Sat 31              Feb 2026: Sat 28 (not leap)
--   Mar 2026: Mon 2, Mon 30, Tue 31      Apr 2026: Thu 30
--   May 2026: Mon 11, Tue 12, Mon 18, Tue 26, Sun 31
--   Jun 2026: Tue 30                     Jul 2026: Wed 1, Wed 15
--   Aug 2026: Sat 15, Fri 28             Sep 2026: Mon 7, Mon 14, Mon 21, Tue 29, Wed 30
--   Oct 2026: Tue 6, Wed 7, Tue 13, Thu 15, Fri 16, Mon 19, Tue 20, Wed 21, Thu 22, Fri 23,
--             Sat 24, Sun 25, Mon 26, Tue 27, Wed 28, Fri 30, Sat 31
--   Nov 2026: Sun 1, Mon 2, Mon 9, Sun 15, Mon 30
--   Dec 2026: Wed 2, Mon 21, Tue 22, Wed 23, Thu 24, Fri 25, Sat 26, Sun 27, Mon 28,
--             Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Sat 2, Sun 3, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Sat 9, Mon 11, Tue 12,
--             Sun 24, Mon 25, Fri 29, Sat 30, Sun 31
--   Feb 2027: Mon 1, Sun 28 (not leap)   Mar 2027: Mon 1, Sat 13, Sun 14, Thu 25, Sat 27, Mon 29,
--             Tue 30, Wed 31
--   Apr 2027: Wed 14, Fri 30             Sep 2027: Mon 13, Tue 14, Wed 15, Thu 30
--   Oct 2027: Wed 13, Thu 14, Sun 31     Feb 2028: Tue 1
--
-- Bank holidays used (england-and-wales, as GOV.UK lists them;
-- observed days):
--   2026: Christmas Fri 25 Dec; Boxing Day Sat 26 Dec, observed Mon 28 Dec
--   2027: New Year's Day Fri 1 Jan; Easter Monday 29 Mar (Easter Sunday 28
--     Mar), a month date not moved off it
--   None from Wed 1 to Thu 9 Jul 2020 (Summer 2020 is Mon 31 Aug), none in
--   October 2026 (Summer 2026 is Mon 31 Aug, Christmas next), none from Tue 29
--   to Thu 31 Dec 2026, none from Mon 4 to Tue 12 Jan 2027 (Good Friday 2027
--   is 26 Mar).
--
-- Clock changes (Europe/London): BST from Sun 29 Mar 2026 01:00 UTC to Sun 25
-- Oct 2026 01:00 UTC, and in 2020 from 29 Mar to 25 Oct; London midnight
-- during BST is 23:00 UTC the day before.  The session time zone is UTC, so
-- every timestamptz literal and result is UTC.

BEGIN;
SELECT plan(93);
SET LOCAL timezone = 'UTC';
-- as a report writer's session: the extension's operators are found by name
SET LOCAL search_path = public, supervision;

-------------------------------------------------------------------------------
-- 1. The preset's rows
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT name, calendar, builtin FROM supervision.policy WHERE name = 'slough' $$,
  $$ VALUES ('slough'::text, 'england-and-wales'::text, true) $$,
  'slough: the preset is shipped (builtin) and judged in the england-and-wales calendar (Slough, Berkshire)'
);
SELECT results_eq(
  $$ SELECT version, in_force FROM supervision.policy_version WHERE policy = 'slough' ORDER BY version $$,
  $$ VALUES (1, daterange('2020-07-01', NULL, '[)')) $$,
  'slough: one version, in force from 1 Jul 2020 ("Version: Final July 2020": only the month given, so its first day), open-ended'
);
SELECT ok((SELECT description FROM supervision.policy WHERE name = 'slough') LIKE '%on_start%',
  'slough: the policy description states the SLO-C2 reading taken (on_start)');
SELECT results_eq(
  $$ SELECT rule_id, kind, topic FROM supervision.rule
      WHERE policy = 'slough' AND version = 1 ORDER BY rule_id COLLATE "C", kind COLLATE "C", topic COLLATE "C" $$,
  $$ VALUES ('SLO-A1'::text, 'cadence'::text, 'personal_supervision'::text),
            ('SLO-A2', 'quota', 'observation'),
            ('SLO-C1', 'cadence', 'case_discussion'),
            ('SLO-C2', 'cadence', 'case_discussion'),
            ('SLO-D1', 'bound', 'session_length'),
            ('SLO-P1', 'cadence', 'personal_supervision'),
            ('SLO-Q1', 'cadence', 'monthly_return'),
            ('SLO-R1', 'recording', 'case_supervision_record'),
            ('SLO-R1', 'window', 'case_record'),
            ('SLO-R2', 'recording', 'management_oversight'),
            ('SLO-R3', 'recording', 'group_supervision_record'),
            ('SLO-X1', 'recording', 'supervision_gap'),
            ('SLO-X1', 'window', 'rebooking'),
            ('SLO-X2', 'cadence', 'agreement'),
            ('SLO-X3', 'cadence', 'appraisal'),
            ('SLO-X3', 'cadence', 'development_plan'),
            ('SLO-X4', 'window', 'booking_ahead') $$,
  'slough: every Slough rule ID (14 IDs) is present, in 17 rows: SLO-R1 and SLO-X1 a window and a recording, SLO-X3 the appraisal and the development plan'
);
SELECT is((SELECT count(*) FROM supervision.rule WHERE policy = 'slough' AND source NOT LIKE '§%'), 0::bigint,
  'slough: every rule row names the section of the policy it comes from (source starts with §)');

-------------------------------------------------------------------------------
-- 2. SLO-P1: personal one to one, monthly, every member of staff
-------------------------------------------------------------------------------

SELECT ok((SELECT roles IS NULL FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-P1'),
  'SLO-P1: "All staff within the Trust will have a personal one to one supervision on a monthly basis": roles NULL, every member of staff');

SELECT is(supervision.personal_supervision_due('slough', 'social_worker', date '2026-01-31'),
    ('SLO-P1', date '2026-02-28', date '2026-02-28')::supervision.due,
    'SLO-P1: social worker last supervised Sat 31 Jan 2026, monthly: due Sat 28 Feb 2026 (31 Feb clamped, 2026 not leap); no hard limit, latest = target');
SELECT is(supervision.personal_supervision_due('slough', 'family_support_worker', date '2026-03-31'),
    ('SLO-P1', date '2026-04-30', date '2026-04-30')::supervision.due,
    'SLO-P1: family support worker last supervised Tue 31 Mar 2026: due Thu 30 Apr 2026 (31 Apr clamped)');
SELECT is(supervision.personal_supervision_due('slough', 'personal_adviser', date '2026-12-24'),
    ('SLO-P1', date '2027-01-24', date '2027-01-24')::supervision.due,
    'SLO-P1: personal assistant (leaving care) = personal_adviser, last supervised Thu 24 Dec 2026: due Sun 24 Jan 2027 (a month date is not moved off a weekend)');
SELECT is(supervision.personal_supervision_due('slough', 'assistant_team_manager', date '2026-11-30'),
    ('SLO-P1', date '2026-12-30', date '2026-12-30')::supervision.due,
    'SLO-P1: assistant team manager last supervised Mon 30 Nov 2026: due Wed 30 Dec 2026');
SELECT is(supervision.personal_supervision_due('slough', 'team_manager', date '2027-01-29'),
    ('SLO-P1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'SLO-P1: team manager last supervised Fri 29 Jan 2027: due Sun 28 Feb 2027 (29 Feb clamped, 2027 not leap)');
SELECT is(supervision.personal_supervision_due('slough', 'head_of_service', date '2026-10-15'),
    ('SLO-P1', date '2026-11-15', date '2026-11-15')::supervision.due,
    'SLO-P1: head of service last supervised Thu 15 Oct 2026: due Sun 15 Nov 2026');
SELECT is(supervision.personal_supervision_due('slough', 'student', date '2026-05-31'),
    ('SLO-P1', date '2026-06-30', date '2026-06-30')::supervision.due,
    'SLO-P1: students are among "all children''s social care practitioners" (1.1): last supervised Sun 31 May 2026, due Tue 30 Jun 2026 (clamped)');
SELECT is(supervision.personal_supervision_due('slough', 'senior_social_worker', date '2026-12-31'),
    ('SLO-P1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'SLO-P1: a role the policy does not name (senior_social_worker) is still "staff within the Trust": last Thu 31 Dec 2026, due Sun 31 Jan 2027');
SELECT is((supervision.personal_supervision_due('slough', 'social_worker', date '2026-07-15', date '2026-07-01')).target,
    date '2026-08-15',
    'SLO-P1: a one-stage cadence ignores the start date: social worker started Wed 1 Jul 2026, last supervised Wed 15 Jul 2026, due Sat 15 Aug 2026');
SELECT is(supervision.personal_supervision_due('slough', 'social_worker', NULL::date, date '2026-09-07'),
    ('SLO-P1', date '2026-10-07', date '2026-10-07')::supervision.due,
    'SLO-P1: no session held yet, started Mon 7 Sep 2026: the first is due one month from the start, Wed 7 Oct 2026');
SELECT ok(supervision.personal_supervision_due('slough', 'social_worker', NULL::date, NULL::date) IS NULL,
    'SLO-P1: no last session and no start date: no due date (NULL)');
SELECT is(supervision.personal_supervision_due('slough', 'team_manager', date '2020-07-01'),
    ('SLO-P1', date '2020-08-01', date '2020-08-01')::supervision.due,
    'SLO-P1: last held Wed 1 Jul 2020, the first day version 1 is in force: due Sat 1 Aug 2020');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('slough', 'team_manager', date '2020-06-30')$$,
    'SV002', NULL,
    'SLO-P1: last held Tue 30 Jun 2020, the day before the July 2020 policy came into force: no version in force, SV002');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('slough', 'foster_carer', date '2026-03-02')$$,
    '22023', NULL,
    'SLO-P1: a role outside the vocabulary (foster_carer) is refused with 22023, even though SLO-P1 covers every role');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('slough', 'nqsw', date '2026-03-02')$$,
    '22023', NULL,
    'SLO-P1: the policy''s own word "NQSW" is not a role: it is mapped to asye, and ''nqsw'' is refused with 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('sluogh', 'social_worker', date '2026-03-02')$$,
    '22023', NULL,
    'SLO-P1: a misspelt policy name (sluogh) is refused with 22023');

-------------------------------------------------------------------------------
-- 3. SLO-A1: ASYE, weekly until 6 weeks, fortnightly until 6 months, monthly
--    until 12 months, from the start of professional practice
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT roles FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-A1' $$,
  $$ VALUES ('{asye}'::text[]) $$,
  'SLO-A1: the ASYE schedule applies to role asye (newly qualified social workers) only');

-- ASYE started Mon 14 Sep 2026: 6 weeks = Mon 26 Oct 2026 (14 Sep + 42 days),
-- 6 months = Sun 14 Mar 2027, 12 months = Tue 14 Sep 2027 (the end).
SELECT is(supervision.personal_supervision_due('slough', 'asye', NULL::date, date '2026-09-14'),
    ('SLO-A1', date '2026-09-21', date '2026-09-21')::supervision.due,
    'SLO-A1: ASYE started Mon 14 Sep 2026, none held yet: the first stage from the start, weekly, Mon 21 Sep 2026 (binds before SLO-P1''s Wed 14 Oct)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-10-25', date '2026-09-14'),
    ('SLO-A1', date '2026-11-01', date '2026-11-01')::supervision.due,
    'SLO-A1: last held Sun 25 Oct 2026, the day before start + 6 weeks (Mon 26 Oct): still weekly, due Sun 1 Nov 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-10-26', date '2026-09-14'),
    ('SLO-A1', date '2026-11-09', date '2026-11-09')::supervision.due,
    'SLO-A1: last held Mon 26 Oct 2026 = start + 6 weeks: the fortnightly stage is in force that day, due Mon 9 Nov 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-03-13', date '2026-09-14'),
    ('SLO-A1', date '2027-03-27', date '2027-03-27')::supervision.due,
    'SLO-A1: last held Sat 13 Mar 2027, the day before start + 6 months (Sun 14 Mar): still fortnightly, due Sat 27 Mar 2027');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-03-14', date '2026-09-14'),
    ('SLO-A1', date '2027-04-14', date '2027-04-14')::supervision.due,
    'SLO-A1: last held Sun 14 Mar 2027 = start + 6 months: monthly, due Wed 14 Apr 2027 (SLO-P1 gives the same day; the tie goes to SLO-A1 by rule_id)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-09-13', date '2026-09-14'),
    ('SLO-A1', date '2027-10-13', date '2027-10-13')::supervision.due,
    'SLO-A1: last held Mon 13 Sep 2027, the last day of the ASYE year: monthly stage, due Wed 13 Oct 2027');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-09-14', date '2026-09-14'),
    ('SLO-P1', date '2027-10-14', date '2027-10-14')::supervision.due,
    'SLO-A1: last held Tue 14 Sep 2027 = start + 12 months: the ASYE schedule has ended, so SLO-P1 (all staff, monthly) binds: due Thu 14 Oct 2027');
SELECT is((supervision.cadence_due('slough', 'SLO-A1', date '2027-09-14', date '2026-09-14')).target,
    NULL::date,
    'SLO-A1: by its ID, last held Tue 14 Sep 2027 = the end of the ASYE year: nothing more due from the ASYE schedule, target NULL');
SELECT is((supervision.cadence_due('slough', 'SLO-A1', date '2027-09-15', date '2026-09-14')).target,
    NULL::date,
    'SLO-A1: by its ID, last held Wed 15 Sep 2027, after the end: target NULL');
SELECT is(supervision.cadence_due('slough', 'SLO-A1', date '2027-09-13', date '2026-09-14'),
    ('SLO-A1', date '2027-10-13', date '2027-10-13')::supervision.due,
    'SLO-A1: by its ID, last held Mon 13 Sep 2027 (day before the end): monthly, Wed 13 Oct 2027');
SELECT is(supervision.cadence_due('slough', 'SLO-A1', date '2026-10-26', date '2026-09-14'),
    ('SLO-A1', date '2026-11-09', date '2026-11-09')::supervision.due,
    'SLO-A1: by its ID, last held Mon 26 Oct 2026 = start + 6 weeks: fortnightly, Mon 9 Nov 2026');

-- ASYE started Tue 31 Mar 2026: 6 weeks = Tue 12 May 2026 (31 Mar + 42 days),
-- 6 months = Wed 30 Sep 2026 (31 Sep clamped), 12 months = Wed 31 Mar 2027.
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-05-11', date '2026-03-31'),
    ('SLO-A1', date '2026-05-18', date '2026-05-18')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, last held Mon 11 May 2026, the day before 6 weeks (Tue 12 May): weekly, due Mon 18 May 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-05-12', date '2026-03-31'),
    ('SLO-A1', date '2026-05-26', date '2026-05-26')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, last held Tue 12 May 2026 = 6 weeks: fortnightly, due Tue 26 May 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-09-29', date '2026-03-31'),
    ('SLO-A1', date '2026-10-13', date '2026-10-13')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, 6 months = Wed 30 Sep 2026 (clamped); last held Tue 29 Sep, the day before: fortnightly, due Tue 13 Oct 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2026-09-30', date '2026-03-31'),
    ('SLO-A1', date '2026-10-30', date '2026-10-30')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, last held Wed 30 Sep 2026 = 6 months (clamped): monthly, due Fri 30 Oct 2026');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-03-30', date '2026-03-31'),
    ('SLO-A1', date '2027-04-30', date '2027-04-30')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, last held Tue 30 Mar 2027, the day before the end (Wed 31 Mar 2027): monthly, due Fri 30 Apr 2027');
SELECT is(supervision.personal_supervision_due('slough', 'asye', date '2027-03-31', date '2026-03-31'),
    ('SLO-P1', date '2027-04-30', date '2027-04-30')::supervision.due,
    'SLO-A1: started Tue 31 Mar 2026, last held Wed 31 Mar 2027 = 12 months: ASYE schedule ended, SLO-P1 binds, due Fri 30 Apr 2027 (31 Apr clamped)');

-------------------------------------------------------------------------------
-- 4. SLO-A2: no step-down without one observed piece of direct work
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT kind, topic, roles, at_least, at_most, unit, per::text FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-A2' $$,
  $$ VALUES ('quota'::text, 'observation'::text, '{asye}'::text[], 1::numeric, NULL::numeric, 'occurrences'::text, NULL::text) $$,
  'SLO-A2: "not adjusted to be less frequent if the supervisor has not observed at least one piece of direct work": a quota of at least 1 observation for asye, no upper bound, no period');
SELECT is((SELECT source FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-A2'),
    (SELECT source FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-A1'),
    'SLO-A2: from the same section as SLO-A1 (Standard 1, Newly Qualified Social Workers (ASYE))');

-------------------------------------------------------------------------------
-- 5. SLO-C1 and SLO-C2: every case discussed bi-monthly, once it has been
--    open 12 weeks (on_start)
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT rule_id, every::text, starts_after::text, first_due, categories FROM supervision.rule
      WHERE policy = 'slough' AND topic = 'case_discussion' ORDER BY rule_id COLLATE "C" $$,
  $$ VALUES ('SLO-C1'::text, '2 months'::text, '12 weeks'::text, 'on_start'::text, NULL::text[]),
            ('SLO-C2', '2 months', '12 weeks', 'on_start', NULL) $$,
  'SLO-C2: both case-discussion rows are every 2 months (bi-monthly), start once the case has been open 12 weeks, first due on_start, every case category');

-- Case opened Mon 2 Nov 2026: 12 weeks (84 days) later = Mon 25 Jan 2027.
SELECT is(supervision.case_discussion_due('slough', 'cin', NULL::date, date '2026-11-02'),
    ('SLO-C1', date '2027-01-25', date '2027-01-25')::supervision.due,
    'SLO-C2: CIN case opened Mon 2 Nov 2026, never discussed: first due when open 12 weeks, Mon 25 Jan 2027 (not 2 Jan, 2 months after opening); C1 and C2 tie, reported SLO-C1');
SELECT is(supervision.cadence_due('slough', 'SLO-C2', NULL::date, date '2026-11-02'),
    ('SLO-C2', date '2027-01-25', date '2027-01-25')::supervision.due,
    'SLO-C2: by its ID, case opened Mon 2 Nov 2026, no discussion: due on_start, Mon 25 Jan 2027 (not one cadence later, Thu 25 Mar 2027)');
SELECT is(supervision.case_discussion_due('slough', 'cin', date '2026-12-02', date '2026-11-02'),
    ('SLO-C1', date '2027-01-25', date '2027-01-25')::supervision.due,
    'SLO-C2: opened Mon 2 Nov 2026, discussed Wed 2 Dec 2026 (4 weeks, before 12 weeks: management oversight time, does not count): still due Mon 25 Jan 2027, not 2 Feb');
SELECT is(supervision.cadence_due('slough', 'SLO-C2', date '2027-01-24', date '2026-11-02'),
    ('SLO-C2', date '2027-01-25', date '2027-01-25')::supervision.due,
    'SLO-C2: opened Mon 2 Nov 2026, discussed Sun 24 Jan 2027, the day before 12 weeks: does not count, due Mon 25 Jan 2027');
SELECT is(supervision.case_discussion_due('slough', 'cin', date '2027-01-24', date '2026-11-02'),
    ('SLO-C1', date '2027-01-25', date '2027-01-25')::supervision.due,
    'SLO-C2: the same through case_discussion_due: discussed Sun 24 Jan 2027, day before 12 weeks, still due Mon 25 Jan 2027');
SELECT is(supervision.cadence_due('slough', 'SLO-C2', date '2027-01-25', date '2026-11-02'),
    ('SLO-C2', date '2027-03-25', date '2027-03-25')::supervision.due,
    'SLO-C2: opened Mon 2 Nov 2026, discussed Mon 25 Jan 2027 = 12 weeks: counts, next bi-monthly, Thu 25 Mar 2027');
SELECT is(supervision.case_discussion_due('slough', 'cin', date '2027-01-25', date '2026-11-02'),
    ('SLO-C1', date '2027-03-25', date '2027-03-25')::supervision.due,
    'SLO-C1: opened Mon 2 Nov 2026, discussed Mon 25 Jan 2027 (open 12 weeks): every 2 months, due Thu 25 Mar 2027');
SELECT is(supervision.cadence_due('slough', 'SLO-C1', date '2027-01-29', date '2026-11-02'),
    ('SLO-C1', date '2027-03-29', date '2027-03-29')::supervision.due,
    'SLO-C1: by its ID, opened Mon 2 Nov 2026, discussed Fri 29 Jan 2027 (after 12 weeks): bi-monthly = 2 months, not twice a month: Mon 29 Mar 2027 (Easter Monday, not moved)');
-- Case opened Tue 6 Oct 2026: 12 weeks = Tue 29 Dec 2026.
SELECT is(supervision.case_discussion_due('slough', 'cp', NULL::date, date '2026-10-06'),
    ('SLO-C1', date '2026-12-29', date '2026-12-29')::supervision.due,
    'SLO-C2: CP case opened Tue 6 Oct 2026, never discussed: due at 12 weeks, Tue 29 Dec 2026 (weeks ignore the holidays of 25 and 28 Dec)');
SELECT is(supervision.case_discussion_due('slough', 'cla', date '2026-12-31', date '2026-10-06'),
    ('SLO-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'SLO-C1: CLA case opened Tue 6 Oct 2026 (12 weeks = 29 Dec), discussed Thu 31 Dec 2026: due Sun 28 Feb 2027 (31 Feb clamped)');
SELECT is(supervision.case_discussion_due('slough', 'care_leaver', date '2026-11-30'),
    ('SLO-C1', date '2027-01-30', date '2027-01-30')::supervision.due,
    'SLO-C1: a care leaver''s case (personal assistant, "all cases (young people)"), no opening date given, discussed Mon 30 Nov 2026: due Sat 30 Jan 2027');
SELECT is(supervision.case_discussion_due('slough', 'early_help', date '2026-08-28', date '2026-01-05'),
    ('SLO-C1', date '2026-10-28', date '2026-10-28')::supervision.due,
    'SLO-C1: every category (categories NULL): an early help case opened Mon 5 Jan 2026, discussed Fri 28 Aug 2026: due Wed 28 Oct 2026');
SELECT is(supervision.case_discussion_due('slough', 'disability', date '2026-03-31', date '2026-01-05'),
    ('SLO-C1', date '2026-05-31', date '2026-05-31')::supervision.due,
    'SLO-C1: a disability case opened Mon 5 Jan 2026 (12 weeks = Mon 30 Mar 2026), discussed Tue 31 Mar 2026, after it: due Sun 31 May 2026');
SELECT throws_ok($$SELECT supervision.case_discussion_due('slough', 'fostering', date '2026-03-02')$$,
    '22023', NULL,
    'SLO-C1: a category outside the vocabulary (fostering) is refused with 22023');
SELECT throws_ok($$SELECT supervision.case_discussion_due('slough', 'cp', NULL::date, date '2020-06-01')$$,
    'SV002', NULL,
    'SLO-C2: a case opened Mon 1 Jun 2020, never discussed: the reference day is the opening day, before 1 Jul 2020: SV002');

-------------------------------------------------------------------------------
-- 6. SLO-R1: the case supervision record within 5 working days
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT within::text, within_significant::text FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-R1' AND kind = 'window' $$,
  $$ VALUES ('5 working days'::text, NULL::text) $$,
  'SLO-R1: window on the case record: 5 working days, no shorter window for significant matters');
SELECT results_eq(
  $$ SELECT topic, place FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-R1' AND kind = 'recording' $$,
  $$ VALUES ('case_supervision_record'::text, 'child_record'::text) $$,
  'SLO-R1: case supervision is recorded with the ICS case supervision form, on the child''s record (Standard 4)');

-- Christmas and New Year 2026-27 (E&W): 25 and 28 Dec, 1 Jan off.
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-21 10:00:00+00'),
    timestamptz '2026-12-31 00:00:00+00',
    'SLO-R1: supervision 10:00 Mon 21 Dec 2026: 22, 23, 24, 29, 30 Dec (25, 28 off), due Wed 30 Dec, late from 00:00 GMT Thu 31 Dec');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-22 10:00:00+00'),
    timestamptz '2027-01-01 00:00:00+00',
    'SLO-R1: supervision 10:00 Tue 22 Dec 2026: 23, 24, 29, 30, 31 Dec, due Thu 31 Dec, late from 00:00 GMT Fri 1 Jan 2027');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-23 16:00:00+00'),
    timestamptz '2027-01-05 00:00:00+00',
    'SLO-R1: supervision 16:00 Wed 23 Dec 2026: 24, 29, 30, 31 Dec, 4 Jan (1 Jan off), due Mon 4 Jan 2027, late from 00:00 GMT Tue 5 Jan');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-24 09:00:00+00'),
    timestamptz '2027-01-06 00:00:00+00',
    'SLO-R1: supervision 09:00 Thu 24 Dec 2026: 29, 30, 31 Dec, 4, 5 Jan, due Tue 5 Jan 2027, late from 00:00 GMT Wed 6 Jan');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-31 14:00:00+00'),
    timestamptz '2027-01-09 00:00:00+00',
    'SLO-R1: supervision 14:00 Thu 31 Dec 2026: 4, 5, 6, 7, 8 Jan (1 Jan off), due Fri 8 Jan 2027, late from 00:00 GMT Sat 9 Jan');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-12-23 16:00:00+00', true),
    timestamptz '2027-01-05 00:00:00+00',
    'SLO-R1: a significant matter at 16:00 Wed 23 Dec 2026: Slough sets no shorter window, still 5 WD, late from 00:00 GMT Tue 5 Jan 2027');

-- The clock change of Sun 25 Oct 2026 (01:00 UTC, BST to GMT)
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-10-16 13:00:00+00'),
    timestamptz '2026-10-23 23:00:00+00',
    'SLO-R1: supervision 14:00 BST Fri 16 Oct 2026: 19-23 Oct, due Fri 23 Oct, still BST, late from 00:00 BST Sat 24 Oct = 23:00 UTC Fri 23 Oct');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-10-19 10:00:00+00'),
    timestamptz '2026-10-27 00:00:00+00',
    'SLO-R1: supervision 11:00 BST Mon 19 Oct 2026: 20-23, 26 Oct, due Mon 26 Oct, back on GMT, late from 00:00 GMT Tue 27 Oct');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-10-19 23:30:00+00'),
    timestamptz '2026-10-28 00:00:00+00',
    'SLO-R1: 23:30 UTC Mon 19 Oct 2026 is 00:30 BST Tue 20 Oct in London: 21, 22, 23, 26, 27 Oct, due Tue 27 Oct, late from 00:00 GMT Wed 28 Oct');
SELECT is(supervision.recording_deadline('slough', timestamptz '2026-10-24 23:30:00+00'),
    timestamptz '2026-10-31 00:00:00+00',
    'SLO-R1: 23:30 UTC Sat 24 Oct 2026 is 00:30 BST Sun 25 Oct in London: 26-30 Oct, due Fri 30 Oct, late from 00:00 GMT Sat 31 Oct');
SELECT is(supervision.window_deadline('slough', 'SLO-R1', timestamptz '2026-10-16 13:00:00+00'),
    timestamptz '2026-10-23 23:00:00+00',
    'SLO-R1: by its ID, window_deadline gives the same as recording_deadline: 14:00 BST Fri 16 Oct 2026, late from 23:00 UTC Fri 23 Oct');
SELECT is(supervision.window_deadline('slough', 'SLO-R1', timestamptz '2026-12-23 16:00:00+00', false, 'case_record'),
    timestamptz '2027-01-05 00:00:00+00',
    'SLO-R1: by its ID and topic case_record: 16:00 Wed 23 Dec 2026, late from 00:00 GMT Tue 5 Jan 2027');
-- the version boundary: the event's London date decides
SELECT is(supervision.recording_deadline('slough', timestamptz '2020-06-30 23:30:00+00'),
    timestamptz '2020-07-08 23:00:00+00',
    'SLO-R1: 23:30 UTC Tue 30 Jun 2020 is 00:30 BST Wed 1 Jul 2020 in London, the first day in force: 2, 3, 6, 7, 8 Jul, due Wed 8 Jul, late from 00:00 BST Thu 9 Jul = 23:00 UTC 8 Jul');
SELECT throws_ok($$SELECT supervision.recording_deadline('slough', timestamptz '2020-06-30 10:00:00+00')$$,
    'SV002', NULL,
    'SLO-R1: supervision 11:00 BST Tue 30 Jun 2020, before the July 2020 policy: no version in force, SV002');

-------------------------------------------------------------------------------
-- 7. SLO-R2, SLO-R3: recording
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT kind, topic, heading, recorded_by, designation, place FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-R2' $$,
  $$ VALUES ('recording'::text, 'management_oversight'::text, 'Management Oversight'::text, 'manager'::text, true, 'child_record'::text) $$,
  'SLO-R2: management oversight is recorded by the manager on the child''s case file under the heading Management Oversight, the manager''s designation and role shown');
SELECT results_eq(
  $$ SELECT kind, topic, place FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-R3' $$,
  $$ VALUES ('recording'::text, 'group_supervision_record'::text, 'child_record'::text) $$,
  'SLO-R3: group supervision is recorded in the child''s case notes');
SELECT is((SELECT heading FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-R3'), NULL::text,
  'SLO-R3: the policy gives group supervision no heading of its own');

-------------------------------------------------------------------------------
-- 8. SLO-X1: re-booking within 5 working days of the return to work
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT kind, topic, within::text, recorded_by, place FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-X1' ORDER BY kind COLLATE "C" $$,
  $$ VALUES ('recording'::text, 'supervision_gap'::text, NULL::text, 'supervisor'::text, 'personal_file'::text),
            ('window', 'rebooking', '5 working days', NULL, NULL) $$,
  'SLO-X1: a rebooking window of 5 working days, and the reason for the cancellation recorded by the supervisor on the personal file');
SELECT is(supervision.window_deadline('slough', 'SLO-X1', timestamptz '2027-01-04 08:30:00+00'),
    timestamptz '2027-01-12 00:00:00+00',
    'SLO-X1: back at work 08:30 Mon 4 Jan 2027: the new session is booked within 5 WD, 5-8, 11 Jan, by Mon 11 Jan, late from 00:00 GMT Tue 12 Jan');
SELECT is(supervision.window_deadline('slough', 'SLO-X1', timestamptz '2026-12-24 09:00:00+00', false, 'rebooking'),
    timestamptz '2027-01-06 00:00:00+00',
    'SLO-X1: back at work 09:00 Thu 24 Dec 2026 (topic rebooking): 29, 30, 31 Dec, 4, 5 Jan, by Tue 5 Jan 2027, late from 00:00 GMT Wed 6 Jan');
SELECT is(supervision.window_deadline('slough', 'SLO-X1', timestamptz '2026-10-19 07:30:00+00'),
    timestamptz '2026-10-27 00:00:00+00',
    'SLO-X1: back at work 08:30 BST Mon 19 Oct 2026: 20-23, 26 Oct, by Mon 26 Oct (GMT from 25 Oct), late from 00:00 GMT Tue 27 Oct');

-------------------------------------------------------------------------------
-- 9. SLO-X2: the supervision agreement reviewed every 12 months
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('slough', 'SLO-X2', date '2026-10-31'),
    ('SLO-X2', date '2027-10-31', date '2027-10-31')::supervision.due,
    'SLO-X2: agreement completed Sat 31 Oct 2026: reviewed every 12 months, due Sun 31 Oct 2027');
SELECT is(supervision.cadence_due('slough', 'SLO-X2', date '2027-02-01'),
    ('SLO-X2', date '2028-02-01', date '2028-02-01')::supervision.due,
    'SLO-X2: agreement reviewed Mon 1 Feb 2027 alongside the appraisal: next review Tue 1 Feb 2028');

-------------------------------------------------------------------------------
-- 10. SLO-X3: appraisal yearly, development plan six-monthly
-------------------------------------------------------------------------------

SELECT is((SELECT supervision.next_due(every, date '2026-04-30', date '2026-04-30') FROM supervision.rule
            WHERE policy = 'slough' AND rule_id = 'SLO-X3' AND topic = 'appraisal'),
    date '2027-04-30',
    'SLO-X3: the appraisal row: "an annual meeting", appraisal held Thu 30 Apr 2026, next due Fri 30 Apr 2027');
SELECT is((SELECT supervision.next_due(every, date '2026-04-30', date '2027-03-31') FROM supervision.rule
            WHERE policy = 'slough' AND rule_id = 'SLO-X3' AND topic = 'development_plan'),
    date '2027-09-30',
    'SLO-X3: the development plan row, "reviewed six monthly": last reviewed Wed 31 Mar 2027, next due Thu 30 Sep 2027 (31 Sep clamped)');
SELECT is((SELECT supervision.next_due(every, date '2026-04-30', NULL::date) FROM supervision.rule
            WHERE policy = 'slough' AND rule_id = 'SLO-X3' AND topic = 'development_plan'),
    date '2026-10-30',
    'SLO-X3: a development plan made at the appraisal of Thu 30 Apr 2026 and not yet reviewed: first review due Fri 30 Oct 2026');

-------------------------------------------------------------------------------
-- 11. SLO-X4: three months of sessions booked ahead
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT kind, topic, within::text FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-X4' $$,
  $$ VALUES ('window'::text, 'booking_ahead'::text, '3 months'::text) $$,
  'SLO-X4: "three months of one to one supervision booked into the diary": a booking-ahead window of 3 months');
SELECT is(supervision.window_deadline('slough', 'SLO-X4', timestamptz '2026-11-30 10:00:00+00'),
    timestamptz '2027-03-01 00:00:00+00',
    'SLO-X4: on Mon 30 Nov 2026 the diary runs 3 months ahead, to Sun 28 Feb 2027 (30 Feb clamped): the horizon ends 00:00 GMT Mon 1 Mar 2027');

-------------------------------------------------------------------------------
-- 12. SLO-D1: a session of 1.5 to 2 hours
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT kind, topic, at_least, at_most, unit FROM supervision.rule
      WHERE policy = 'slough' AND rule_id = 'SLO-D1' $$,
  $$ VALUES ('bound'::text, 'session_length'::text, 90::numeric, 120::numeric, 'minutes'::text) $$,
  'SLO-D1: "adequate time allowed ... (1.5 to 2 hours)": a session of 90 to 120 minutes');

-------------------------------------------------------------------------------
-- 13. SLO-Q1: the team manager's monthly return to HR
-------------------------------------------------------------------------------

SELECT results_eq(
  $$ SELECT roles FROM supervision.rule WHERE policy = 'slough' AND rule_id = 'SLO-Q1' $$,
  $$ VALUES ('{team_manager}'::text[]) $$,
  'SLO-Q1: the monthly return is the team manager''s');
SELECT is(supervision.cadence_due('slough', 'SLO-Q1', date '2026-12-31'),
    ('SLO-Q1', date '2027-01-31', date '2027-01-31')::supervision.due,
    'SLO-Q1: return sent Thu 31 Dec 2026: next due one month later, Sun 31 Jan 2027');
SELECT is(supervision.cadence_due('slough', 'SLO-Q1', date '2027-01-31'),
    ('SLO-Q1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'SLO-Q1: return sent Sun 31 Jan 2027: next due Sun 28 Feb 2027 (31 Feb clamped)');
SELECT throws_ok($$SELECT supervision.cadence_due('slough', 'SLO-Q2', date '2027-01-31')$$,
    '22023', NULL,
    'SLO-Q1: a rule ID the preset does not have (SLO-Q2) is refused with 22023');

SELECT * FROM finish();
ROLLBACK;
