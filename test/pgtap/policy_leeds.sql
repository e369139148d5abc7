-- The 'leeds' preset: Leeds City Council Children and Families Services,
-- 'Making a Difference' Supervision Framework, November 2023
-- (where the list of rule IDs and the framework's text disagree, the text wins),
-- through personal_supervision_due, case_discussion_due, cadence_due,
-- window_deadline, recording_deadline and retention_until, and the rows of
-- supervision.rule for the rules only a report reads (supervisor_load,
-- observations_due, bookings_ahead: tested in reports.sql and
-- session_bookings.sql).
--
-- Every expected date and instant below was worked out by hand from the
-- policy text, the interpretations stated in the preset's description and
-- the semantics of the model (months clamp like PostgreSQL; weeks and months
-- are never moved off weekends or holidays; n working days after d do not
-- count d; a day-based deadline is the London midnight after the due date of
-- the event's London date).  The description of each test says why.
-- Nothing here is computed by code.
--
-- Interpretations pinned here (stated in the preset): in force from the
-- approval day Thu 9 Nov 2023; LEE-P2 steps down after 6 weeks; LEE-P3
-- steps down after 3 months; LEE-A1 ends at 12 months; LEE-C1 covers every
-- social-work category, LEE-C2 early_help; no case_record window.
--
-- Weekdays used (checked against a calendar):
--   Oct 2023: Tue 31                  Nov 2023: Wed 8, Thu 9, Fri 10, Thu 23, Fri 24
--   Dec 2023: Sat 9
--   Jan 2026: Sat 31                  Feb 2026: Sat 28 (not leap)
--   Mar 2026: Tue 31                  Jul 2026: Fri 31
--   Aug 2026: Thu 20, Thu 27, Fri 28, Mon 31
--   Sep 2026: Tue 1, Fri 4, Mon 7, Tue 8, Tue 15, Tue 29, Wed 30
--   Oct 2026: Thu 1, Tue 6, Thu 8, Wed 14, Thu 15, Fri 16, Wed 21, Fri 30
--   Nov 2026: Mon 2, Tue 10, Wed 11, Thu 12, Fri 13, Sat 14, Mon 16, Tue 17,
--             Wed 18, Tue 24, Wed 25, Thu 26, Fri 27, Mon 30
--   Dec 2026: Thu 3, Mon 7, Tue 15, Thu 17, Fri 18, Wed 23, Thu 24, Fri 25,
--             Mon 28, Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Sun 3, Mon 4, Tue 5, Wed 6, Thu 7, Mon 18, Wed 20, Sat 30
--   Feb 2027: Sat 27, Sun 28          Mar 2027: Mon 15, Thu 25, Fri 26, Mon 29,
--             Tue 30, Wed 31
--   Apr 2027: Thu 1, Fri 2, Mon 5, Tue 6, Wed 7, Wed 14, Fri 30
--   May 2027: Sat 1, Fri 28, Sun 30   Jun 2027: Wed 16, Tue 29, Wed 30
--   Jul 2027: Thu 1, Tue 13, Fri 30   Aug 2027: Sun 1, Sat 28, Mon 30, Tue 31
--   Sep 2027: Wed 1, Thu 2, Thu 16, Thu 30
--   Oct 2027: Fri 1, Sat 30           Nov 2027: Tue 30
--   Feb 2028: Tue 29 (leap)
--   Feb 2031: Sat 1; Jun 2031: Mon 30; Sep 2032: Thu 30; Dec 2032: Tue 28;
--   Mar 2033: Thu 31
--
-- Bank holidays used (as GOV.UK lists them; England and Wales,
-- the preset's calendar; observed days):
--   2026: Summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day substitute
--         Mon 28 Dec (26 Dec is a Saturday)
--   2027: New Year Fri 1 Jan; Good Friday 26 Mar and Easter Monday 29 Mar
--         (Easter Sunday 28 Mar); Summer Mon 30 Aug
--   None between Wed 8 Nov and Fri 24 Nov 2023, in September to November
--   2026, or from 30 Mar to 6 Apr 2027.
--
-- Clock changes (Europe/London): BST from Sun 29 Mar 2026 01:00 UTC to Sun 25
-- Oct 2026 01:00 UTC, and from Sun 28 Mar 2027 01:00 UTC; London midnight
-- during BST is 23:00 UTC the day before.  The session time zone is UTC, so
-- every timestamptz literal and result is UTC.

BEGIN;
SELECT plan(150);
SET LOCAL timezone = 'UTC';

-------------------------------------------------------------------------------
-- 1. The policy, its version and its rules
-------------------------------------------------------------------------------

SELECT is((SELECT calendar FROM supervision.policy WHERE name = 'leeds'), 'england-and-wales',
    'LEE-R1: the leeds policy counts working days in the england-and-wales calendar (Leeds is in England)');
SELECT is((SELECT builtin FROM supervision.policy WHERE name = 'leeds'), true,
    'LEE-P1: leeds is a shipped preset (builtin)');
SELECT is((SELECT in_force FROM supervision.policy_version WHERE policy = 'leeds' AND version = 1),
    daterange('2023-11-09', NULL, '[)'),
    'LEE-P1: version 1 is in force from Thu 9 Nov 2023, the day the November 2023 framework was approved (09/11/2023), with no end');
SELECT is((SELECT count(*) FROM supervision.policy_version WHERE policy = 'leeds'), 1::bigint,
    'LEE-P1: leeds has one version (the September 2020 framework it replaces is not shipped)');
SELECT is((SELECT array_agg(DISTINCT rule_id ORDER BY rule_id) FROM supervision.rule WHERE policy = 'leeds' AND version = 1),
    ARRAY['LEE-A1','LEE-A2','LEE-C1','LEE-C2','LEE-P1','LEE-P2','LEE-P3','LEE-Q1','LEE-R1','LEE-R2','LEE-R3',
          'LEE-S1','LEE-T1','LEE-X1','LEE-X2','LEE-X3','LEE-X4'],
    'LEE-A1 to LEE-X4: every one of the 17 Leeds rule IDs has a row');
SELECT is((SELECT count(*) FROM supervision.rule WHERE policy = 'leeds' AND version = 1), 20::bigint,
    'LEE-A1, LEE-R1, LEE-Q1: 20 rows for 17 rule IDs: LEE-A1 is a cadence and a bound, LEE-R1 two windows, LEE-Q1 two quotas (observation, audit)');
SELECT is((SELECT count(*) FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND source NOT LIKE '§4.%'), 0::bigint,
    'LEE-A1 to LEE-X4: every row cites a section of part 4 of the framework (The Supervision Process)');

-------------------------------------------------------------------------------
-- 2. Version in force (SQLSTATE SV002 before 9 Nov 2023)
-------------------------------------------------------------------------------

SELECT throws_ok($$SELECT supervision.personal_supervision_due('leeds', 'social_worker', date '2023-11-08')$$, 'SV002', NULL,
    'LEE-P1: a session last held Wed 8 Nov 2023, the day before the framework came into force: no version in force, SV002');
SELECT is(supervision.personal_supervision_due('leeds', 'social_worker', date '2023-11-09'),
    ('LEE-P1', date '2023-12-09', date '2023-12-09')::supervision.due,
    'LEE-P1: last held Thu 9 Nov 2023, the first day in force: monthly, due Sat 9 Dec 2023');
SELECT is(supervision.personal_supervision_due('leeds', 'social_worker', date '2026-01-31', date '2020-01-01'),
    ('LEE-P1', date '2026-02-28', date '2026-02-28')::supervision.due,
    'LEE-P1: started 2020, before the framework, but the version is judged on the last session Sat 31 Jan 2026: due Sat 28 Feb 2026 (31 Feb clamped)');
SELECT throws_ok($$SELECT supervision.case_discussion_due('leeds', 'cp', NULL, date '2023-10-31')$$, 'SV002', NULL,
    'LEE-C1: no discussion yet, case opened Tue 31 Oct 2023: the version is judged on the opening day, before 9 Nov 2023: SV002');
SELECT throws_ok($$SELECT supervision.cadence_due('leeds', 'LEE-A2', NULL, date '2023-11-08')$$, 'SV002', NULL,
    'LEE-A2: an ASYE started Wed 8 Nov 2023 with no review yet: judged on the start day, before the framework: SV002');
SELECT throws_ok($$SELECT supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2023-11-08 23:30:00+00', topic => 'supervision_record')$$, 'SV002', NULL,
    'LEE-R1: a session at 23:30 GMT Wed 8 Nov 2023 (London date 8 Nov): no version in force, SV002');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2023-11-09 00:30:00+00', topic => 'supervision_record'),
    timestamptz '2023-11-24 00:00:00+00',
    'LEE-R1: a session at 00:30 GMT Thu 9 Nov 2023 is in force; 10 WD: 10, 13-17, 20-23 Nov, due Thu 23 Nov, late from 00:00 Fri 24 Nov 2023');
SELECT throws_ok($$SELECT supervision.retention_until('leeds', date '2023-11-08')$$, 'SV002', NULL,
    'LEE-R2: a member of staff who left Wed 8 Nov 2023, before the framework: SV002');

-------------------------------------------------------------------------------
-- 3. LEE-P1: personal supervision monthly, for many roles
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('leeds', 'social_worker', date '2026-01-31'),
    ('LEE-P1', date '2026-02-28', date '2026-02-28')::supervision.due,
    'LEE-P1: a social worker (over 12 months'' experience) last supervised Sat 31 Jan 2026: monthly, due Sat 28 Feb 2026 (clamped; 2026 not leap); no hard limit, latest = target');
SELECT is(supervision.personal_supervision_due('leeds', 'senior_social_worker', date '2026-09-15'),
    ('LEE-P1', date '2026-10-15', date '2026-10-15')::supervision.due,
    'LEE-P1: a senior social worker last supervised Tue 15 Sep 2026: due Thu 15 Oct 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'advanced_practitioner', date '2027-08-31'),
    ('LEE-P1', date '2027-09-30', date '2027-09-30')::supervision.due,
    'LEE-P1: an advanced practitioner last supervised Tue 31 Aug 2027: due Thu 30 Sep 2027 (31 Sep clamped)');
SELECT is((supervision.personal_supervision_due('leeds', 'iro', date '2026-11-25')).target, date '2026-12-25',
    'LEE-P1: an IRO last supervised Wed 25 Nov 2026: due Fri 25 Dec 2026, not moved off Christmas Day (months ignore the calendar)');
SELECT is(supervision.personal_supervision_due('leeds', 'cp_chair', date '2026-12-03'),
    ('LEE-P1', date '2027-01-03', date '2027-01-03')::supervision.due,
    'LEE-P1: a CP chair last supervised Thu 3 Dec 2026: one month after, Sun 3 Jan 2027 (not the end of January: not a calendar month)');
SELECT is(supervision.personal_supervision_due('leeds', 'team_manager', date '2027-01-31'),
    ('LEE-P1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'LEE-P1: a team manager last supervised Sun 31 Jan 2027: due Sun 28 Feb 2027 (clamped; 2027 not leap)');
SELECT is((supervision.personal_supervision_due('leeds', 'service_manager', date '2027-03-31')).target, date '2027-04-30',
    'LEE-P1: a service delivery manager (service_manager) last supervised Wed 31 Mar 2027: due Fri 30 Apr 2027 (31 Apr clamped)');
SELECT is((supervision.personal_supervision_due('leeds', 'head_of_service', date '2026-10-16')).target, date '2026-11-16',
    'LEE-P1: a head of service (or the chief officer) last supervised Fri 16 Oct 2026: due Mon 16 Nov 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'early_help', date '2026-11-30'),
    ('LEE-P1', date '2026-12-30', date '2026-12-30')::supervision.due,
    'LEE-P1: Early Help staff last supervised Mon 30 Nov 2026: monthly, due Wed 30 Dec 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'residential_practitioner', date '2026-12-30'),
    ('LEE-P1', date '2027-01-30', date '2027-01-30')::supervision.due,
    'LEE-P1: a children''s home residential practitioner last supervised Wed 30 Dec 2026: due Sat 30 Jan 2027, not moved off the Saturday');
SELECT is(supervision.personal_supervision_due('leeds', 'family_support_worker', date '2026-07-31'),
    ('LEE-P1', date '2026-08-31', date '2026-08-31')::supervision.due,
    'LEE-P1: a family support worker (RES team) last supervised Fri 31 Jul 2026: due Mon 31 Aug 2026, the Summer bank holiday, not moved');
SELECT is(supervision.personal_supervision_due('leeds', 'social_worker', NULL, date '2026-09-07'),
    ('LEE-P1', date '2026-10-07', date '2026-10-07')::supervision.due,
    'LEE-P1: no session yet, in post from Mon 7 Sep 2026: the first is due one month after the start, Wed 7 Oct 2026');
SELECT is((supervision.personal_supervision_due('leeds', 'social_worker', date '2026-12-18', date '2026-09-07')).target, date '2027-01-18',
    'LEE-P1: started Mon 7 Sep 2026, last supervised Fri 18 Dec 2026: the last session counts, due Mon 18 Jan 2027');
SELECT ok(supervision.personal_supervision_due('leeds', 'social_worker', NULL, NULL) IS NULL,
    'LEE-P1: no last session and no start date: NULL');
SELECT is(supervision.cadence_due('leeds', 'LEE-P1', date '2026-03-31'),
    ('LEE-P1', date '2026-04-30', date '2026-04-30')::supervision.due,
    'LEE-P1: cadence_due by rule ID, last held Tue 31 Mar 2026: due Thu 30 Apr 2026 (clamped)');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P1'),
    ARRAY['social_worker','family_support_worker','senior_social_worker','advanced_practitioner','iro','cp_chair',
          'team_manager','service_manager','head_of_service','early_help','residential_practitioner'],
    'LEE-P1: the staff groups of §4.4 mapped onto 11 roles of the vocabulary');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P1'), '1 month',
    'LEE-P1: every = monthly, canonical ''1 month''');

-- roles no Leeds rule speaks of, and a role outside the vocabulary
SELECT throws_ok($$SELECT supervision.personal_supervision_due('leeds', 'non_operational', date '2026-06-01')$$, '22023', NULL,
    'LEE-P1: non_operational ("other Children and Families staff", frequency left to each service): no Leeds rule, 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('leeds', 'personal_adviser', date '2026-06-01')$$, '22023', NULL,
    'LEE-P1: personal_adviser is not a staff group of the Leeds framework: 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('leeds', 'assistant_team_manager', date '2026-06-01')$$, '22023', NULL,
    'LEE-P1: assistant_team_manager is not a staff group of the Leeds framework: 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('leeds', 'chief_officer', date '2026-06-01')$$, '22023', NULL,
    'LEE-P1: chief_officer is not a role of the vocabulary (the chief officer is head_of_service): 22023');

-------------------------------------------------------------------------------
-- 4. LEE-P2: students, weekly then fortnightly (default: after 6 weeks)
--    Placement started Tue 29 Sep 2026; + 6 weeks = Tue 10 Nov 2026
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('leeds', 'student', NULL, date '2026-09-29'),
    ('LEE-P2', date '2026-10-06', date '2026-10-06')::supervision.due,
    'LEE-P2: a student whose placement started Tue 29 Sep 2026, no session yet: weekly from the start, due Tue 6 Oct 2026');
SELECT is((supervision.personal_supervision_due('leeds', 'student', date '2026-10-14', date '2026-09-29')).target, date '2026-10-21',
    'LEE-P2: last held Wed 14 Oct 2026 (week 3, weekly): due Wed 21 Oct 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'student', date '2026-11-09', date '2026-09-29'),
    ('LEE-P2', date '2026-11-16', date '2026-11-16')::supervision.due,
    'LEE-P2: last held Mon 9 Nov 2026, the day before start + 6 weeks: still weekly, due Mon 16 Nov 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'student', date '2026-11-10', date '2026-09-29'),
    ('LEE-P2', date '2026-11-24', date '2026-11-24')::supervision.due,
    'LEE-P2: last held Tue 10 Nov 2026 = start + 6 weeks: fortnightly from that day, due Tue 24 Nov 2026');
SELECT is((supervision.personal_supervision_due('leeds', 'student', date '2026-12-17', date '2026-09-29')).target, date '2026-12-31',
    'LEE-P2: last held Thu 17 Dec 2026 (fortnightly): due Thu 31 Dec 2026');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P2'),
    '1 week until 6 weeks, 2 weeks',
    'LEE-P2: the documented default: weekly until 6 weeks, then fortnightly (open-ended)');
SELECT ok((SELECT interpretation FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P2') LIKE '%6 weeks%',
    'LEE-P2: the interpretation states the default point of 6 weeks');

-------------------------------------------------------------------------------
-- 5. LEE-A1: ASYE, weekly until 6 weeks, fortnightly until 6 months, monthly
--    until 12 months.  Started Thu 1 Oct 2026: + 6 weeks = Thu 12 Nov 2026,
--    + 6 months = Thu 1 Apr 2027, + 12 months = Fri 1 Oct 2027 (the end)
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('leeds', 'asye', NULL, date '2026-10-01'),
    ('LEE-A1', date '2026-10-08', date '2026-10-08')::supervision.due,
    'LEE-A1: ASYE started Thu 1 Oct 2026, no session yet: weekly, due Thu 8 Oct 2026');
SELECT is((supervision.personal_supervision_due('leeds', 'asye', date '2026-11-11', date '2026-10-01')).target, date '2026-11-18',
    'LEE-A1: last held Wed 11 Nov 2026, the day before start + 6 weeks: weekly, due Wed 18 Nov 2026');
SELECT is(supervision.personal_supervision_due('leeds', 'asye', date '2026-11-12', date '2026-10-01'),
    ('LEE-A1', date '2026-11-26', date '2026-11-26')::supervision.due,
    'LEE-A1: last held Thu 12 Nov 2026 = start + 6 weeks: fortnightly, due Thu 26 Nov 2026');
SELECT is((supervision.personal_supervision_due('leeds', 'asye', date '2027-03-31', date '2026-10-01')).target, date '2027-04-14',
    'LEE-A1: last held Wed 31 Mar 2027, the day before the 6-month review (Thu 1 Apr): fortnightly, due Wed 14 Apr 2027');
SELECT is(supervision.personal_supervision_due('leeds', 'asye', date '2027-04-01', date '2026-10-01'),
    ('LEE-A1', date '2027-05-01', date '2027-05-01')::supervision.due,
    'LEE-A1: last held Thu 1 Apr 2027 = start + 6 months: monthly, due Sat 1 May 2027');
SELECT is((supervision.personal_supervision_due('leeds', 'asye', date '2027-08-31', date '2026-10-01')).target, date '2027-09-30',
    'LEE-A1: last held Tue 31 Aug 2027 (monthly): due Thu 30 Sep 2027 (31 Sep clamped)');
SELECT is((supervision.personal_supervision_due('leeds', 'asye', date '2027-09-30', date '2026-10-01')).target, date '2027-10-30',
    'LEE-A1: last held Thu 30 Sep 2027, the last day of the ASYE year: still monthly, due Sat 30 Oct 2027');
-- once the ASYE year ends the worker is a social worker (the vocabulary's
-- becomes), under LEE-P1: monthly from the last session
SELECT is(supervision.personal_supervision_due('leeds', 'asye', date '2027-10-01', date '2026-10-01'),
    ('LEE-P1', date '2027-11-01', date '2027-11-01')::supervision.due,
    'LEE-A1: last held Fri 1 Oct 2027 = start + 12 months: the ASYE schedule has ended, and the worker, now a social worker, is under LEE-P1: monthly, due Mon 1 Nov 2027');
SELECT is(supervision.personal_supervision_due('leeds', 'asye', date '2028-01-31', date '2026-10-01'),
    ('LEE-P1', date '2028-02-29', date '2028-02-29')::supervision.due,
    'LEE-P1 after the ASYE year: last held Mon 31 Jan 2028, due Tue 29 Feb 2028 (leap year, clamped), no hard limit');
SELECT is(supervision.cadence_due('leeds', 'LEE-A1', date '2026-11-12', date '2026-10-01'),
    ('LEE-A1', date '2026-11-26', date '2026-11-26')::supervision.due,
    'LEE-A1: cadence_due by rule ID finds the cadence row, not the bound: last Thu 12 Nov 2026 (fortnightly), due Thu 26 Nov 2026');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'cadence'),
    '1 week until 6 weeks, 2 weeks until 6 months, 1 month until 12 months',
    'LEE-A1: the schedule: weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'bound'), 'session_length',
    'LEE-A1: the second row is a bound on the session length (§4.6 "up to 1 1/2 hours")');
SELECT is((SELECT at_most FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'bound'), 90::numeric,
    'LEE-A1: a session is at most 90 minutes (1 1/2 hours)');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'bound'), NULL::numeric,
    'LEE-A1: no minimum length is set ("up to")');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'bound'), 'minutes',
    'LEE-A1: the bound is in minutes');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'bound'), ARRAY['asye'],
    'LEE-A1: the 90-minute bound applies to ASYE workers only');

-------------------------------------------------------------------------------
-- 6. LEE-A2: ASYE reviews at 3, 6, 9 and 11 months (milestones, topic asye_review)
--    Started Thu 1 Oct 2026: Fri 1 Jan 2027, Thu 1 Apr 2027, Thu 1 Jul 2027,
--    Wed 1 Sep 2027.  Started Mon 30 Nov 2026: Sun 28 Feb 2027 (clamped),
--    Sun 30 May 2027, Mon 30 Aug 2027, Sat 30 Oct 2027.
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('leeds', 'LEE-A2', NULL, date '2026-10-01'),
    ('LEE-A2', date '2027-01-01', date '2027-01-01')::supervision.due,
    'LEE-A2: ASYE started Thu 1 Oct 2026, no review yet: the 3-month review, Fri 1 Jan 2027 (New Year''s Day: not moved)');
-- the 2 weeks up to the 3-month review (Fri 1 Jan 2027) open on Fri 18 Dec 2026
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2026-12-31', date '2026-10-01')).target, date '2027-04-01',
    'LEE-A2: a review on Thu 31 Dec 2026, the day before the 3-month review, inside its 2-week window, is that review: next the 6-month review, Thu 1 Apr 2027');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2026-12-17', date '2026-10-01')).target, date '2027-01-01',
    'LEE-A2: a review on Thu 17 Dec 2026, the day before the window opens (Fri 18 Dec): the 3-month review is still due Fri 1 Jan 2027');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-01-01', date '2026-10-01')).target, date '2027-04-01',
    'LEE-A2: 3-month review held on its day, Fri 1 Jan 2027: next the 6-month review, Thu 1 Apr 2027');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-01-04', date '2026-10-01')).target, date '2027-04-01',
    'LEE-A2: 3-month review held late, Mon 4 Jan 2027: next the 6-month review, Thu 1 Apr 2027');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-07-01', date '2026-10-01')).target, date '2027-09-01',
    'LEE-A2: 9-month review held Thu 1 Jul 2027: next the final review at 11 months, Wed 1 Sep 2027');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-09-01', date '2026-10-01')).target, NULL::date,
    'LEE-A2: final review held on its day, Wed 1 Sep 2027: no review left, NULL');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-09-02', date '2026-10-01')).target, NULL::date,
    'LEE-A2: final review held Thu 2 Sep 2027, after 11 months: no review left, NULL');
SELECT is(supervision.cadence_due('leeds', 'LEE-A2', NULL, date '2026-11-30'),
    ('LEE-A2', date '2027-02-28', date '2027-02-28')::supervision.due,
    'LEE-A2: ASYE started Mon 30 Nov 2026: the 3-month review is Sun 28 Feb 2027 (30 Feb clamped)');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-02-28', date '2026-11-30')).target, date '2027-05-30',
    'LEE-A2: started Mon 30 Nov 2026, 3-month review held Sun 28 Feb 2027: the 6-month review is Sun 30 May 2027 (from the start, not from the clamped review)');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-05-30', date '2026-11-30')).target, date '2027-08-30',
    'LEE-A2: started Mon 30 Nov 2026, 6-month review Sun 30 May 2027: the 9-month review Mon 30 Aug 2027, the Summer bank holiday, not moved');
SELECT is((supervision.cadence_due('leeds', 'LEE-A2', date '2027-08-30', date '2026-11-30')).target, date '2027-10-30',
    'LEE-A2: started Mon 30 Nov 2026, 9-month review Mon 30 Aug 2027: the final review at 11 months, Sat 30 Oct 2027');
SELECT is((SELECT at::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A2'),
    '{"3 months","6 months","9 months","11 months"}',
    'LEE-A2: milestones at 3, 6, 9 and 11 months from the start of the ASYE');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A2'), 'asye_review',
    'LEE-A2: topic asye_review (a cadence of milestones, not personal supervision)');
SELECT is((supervision.personal_supervision_due('leeds', 'asye', date '2027-01-01', date '2026-10-01')).rule, 'LEE-A1',
    'LEE-A2: the reviews are not personal supervision: for an ASYE worker personal_supervision_due reports LEE-A1');

-------------------------------------------------------------------------------
-- 7. LEE-P3: returners, every 2 weeks for an agreed period (default 3 months),
--    then monthly.  Returned Wed 31 Mar 2027: + 3 months = Wed 30 Jun 2027
--    (31 Jun clamped)
-------------------------------------------------------------------------------

SELECT is(supervision.personal_supervision_due('leeds', 'returner', NULL, date '2027-03-31'),
    ('LEE-P3', date '2027-04-14', date '2027-04-14')::supervision.due,
    'LEE-P3: a social worker returning to work Wed 31 Mar 2027, no session yet: every 2 weeks, due Wed 14 Apr 2027');
SELECT is(supervision.personal_supervision_due('leeds', 'returner', date '2027-06-29', date '2027-03-31'),
    ('LEE-P3', date '2027-07-13', date '2027-07-13')::supervision.due,
    'LEE-P3: last held Tue 29 Jun 2027, the day before start + 3 months: still every 2 weeks, due Tue 13 Jul 2027');
SELECT is(supervision.personal_supervision_due('leeds', 'returner', date '2027-06-30', date '2027-03-31'),
    ('LEE-P3', date '2027-07-30', date '2027-07-30')::supervision.due,
    'LEE-P3: last held Wed 30 Jun 2027 = 31 Mar + 3 months (clamped): monthly from that day, due Fri 30 Jul 2027');
SELECT is((supervision.personal_supervision_due('leeds', 'returner', date '2027-07-01', date '2027-03-31')).target, date '2027-08-01',
    'LEE-P3: last held Thu 1 Jul 2027 (monthly): due Sun 1 Aug 2027');
SELECT is((supervision.personal_supervision_due('leeds', 'returner', date '2027-08-31', date '2027-03-31')).target, date '2027-09-30',
    'LEE-P3: last held Tue 31 Aug 2027 (monthly, open-ended): due Thu 30 Sep 2027 (clamped)');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P3'),
    '2 weeks until 3 months, 1 month',
    'LEE-P3: the documented default: fortnightly until 3 months, then monthly (open-ended)');
SELECT ok((SELECT interpretation FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P3') LIKE '%3 months%',
    'LEE-P3: the interpretation states the default agreed period of 3 months');

-------------------------------------------------------------------------------
-- 8. LEE-C1 and LEE-C2: case discussion at least every 3 months
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('leeds', 'cin', date '2026-09-07'),
    ('LEE-C1', date '2026-12-07', date '2026-12-07')::supervision.due,
    'LEE-C1: a Child in Need case discussed Mon 7 Sep 2026: due within 3 months, Mon 7 Dec 2026');
SELECT is(supervision.case_discussion_due('leeds', 'cp', date '2026-11-30'),
    ('LEE-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'LEE-C1: a Child Protection case discussed Mon 30 Nov 2026: due Sun 28 Feb 2027 (30 Feb clamped, not moved off Sunday)');
SELECT is(supervision.case_discussion_due('leeds', 'cla', date '2026-12-31'),
    ('LEE-C1', date '2027-03-31', date '2027-03-31')::supervision.due,
    'LEE-C1: a Looked After child''s case discussed Thu 31 Dec 2026: due Wed 31 Mar 2027');
SELECT is(supervision.case_discussion_due('leeds', 'cla', NULL, date '2026-12-15'),
    ('LEE-C1', date '2027-03-15', date '2027-03-15')::supervision.due,
    'LEE-C1: a child looked after from Tue 15 Dec 2026, not yet discussed: due 3 months after the start, Mon 15 Mar 2027');
SELECT is((supervision.case_discussion_due('leeds', 'care_leaver', date '2027-06-16')).rule, 'LEE-C1',
    'LEE-C1: "all cases for children and young people" in social work: a care leaver''s case falls under LEE-C1');
SELECT is((supervision.case_discussion_due('leeds', 'care_leaver', date '2027-06-16')).target, date '2027-09-16',
    'LEE-C1: a care leaver''s case discussed Wed 16 Jun 2027: due Thu 16 Sep 2027');
SELECT is((supervision.case_discussion_due('leeds', 'disability', date '2026-10-20')).target, date '2027-01-20',
    'LEE-C1: a disabled child''s case (social work) discussed Tue 20 Oct 2026: due Wed 20 Jan 2027');
SELECT is(supervision.case_discussion_due('leeds', 'early_help', date '2027-11-30'),
    ('LEE-C2', date '2028-02-29', date '2028-02-29')::supervision.due,
    'LEE-C2: an Early Help Plan case discussed Tue 30 Nov 2027: due Tue 29 Feb 2028 (clamped to the 29th, 2028 is leap)');
SELECT is(supervision.case_discussion_due('leeds', 'early_help', NULL, date '2026-11-27'),
    ('LEE-C2', date '2027-02-27', date '2027-02-27')::supervision.due,
    'LEE-C2: an Early Help case opened Fri 27 Nov 2026, not yet discussed: due Sat 27 Feb 2027');
SELECT is(supervision.cadence_due('leeds', 'LEE-C2', date '2027-05-28'),
    ('LEE-C2', date '2027-08-28', date '2027-08-28')::supervision.due,
    'LEE-C2: cadence_due by rule ID, discussed Fri 28 May 2027: due Sat 28 Aug 2027, not moved off the Saturday');
SELECT ok(supervision.case_discussion_due('leeds', 'cp', NULL, NULL) IS NULL,
    'LEE-C1: no discussion and no opening date: NULL');
SELECT throws_ok($$SELECT supervision.case_discussion_due('leeds', 'youth_justice', date '2026-06-01')$$, '22023', NULL,
    'LEE-C1: youth_justice is no category of the vocabulary, and no Leeds rule speaks of it: 22023');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-C1'),
    ARRAY['cin','cp','cla','care_leaver','disability','settled','advice_assessment'],
    'LEE-C1: categories: CIN, CP, CLA and every other social-work category');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-C2'), ARRAY['early_help'],
    'LEE-C2: categories: early_help (Early Help Plans)');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-C2'), '3 months',
    'LEE-C2: "3 monthly at a minimum" = every 3 months');

-------------------------------------------------------------------------------
-- 9. LEE-R1: the record within 10 WD of the session (supervision_record), the
--    supervisee's response within 5 WD of receiving it (record_response)
-------------------------------------------------------------------------------

SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-12-18 14:00:00+00', topic => 'supervision_record'),
    timestamptz '2027-01-07 00:00:00+00',
    'LEE-R1: session Fri 18 Dec 2026; 10 WD: 21, 22, 23, 24, 29, 30, 31 Dec, 4, 5, 6 Jan (25 and 28 Dec, 1 Jan are holidays): due Wed 6 Jan, late from 00:00 GMT Thu 7 Jan 2027');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-11-02 10:00:00+00', topic => 'supervision_record'),
    timestamptz '2026-11-17 00:00:00+00',
    'LEE-R1: session Mon 2 Nov 2026; 10 WD: 3-6, 9-13, 16 Nov: due Mon 16 Nov, late from 00:00 GMT Tue 17 Nov 2026');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-08-20 09:00:00+00', topic => 'supervision_record'),
    timestamptz '2026-09-04 23:00:00+00',
    'LEE-R1: session 10:00 BST Thu 20 Aug 2026; 10 WD: 21, 24-28 Aug, 1-4 Sep (Mon 31 Aug Summer bank holiday): due Fri 4 Sep, late from 00:00 BST Sat 5 Sep = 23:00 UTC Fri 4 Sep');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-12-23 11:00:00+00', topic => 'record_response'),
    timestamptz '2027-01-05 00:00:00+00',
    'LEE-R1: record received Wed 23 Dec 2026; 5 WD to sign: 24, 29, 30, 31 Dec, 4 Jan: due Mon 4 Jan, late (accepted as accurate) from 00:00 Tue 5 Jan 2027');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2027-03-25 10:00:00+00', topic => 'record_response'),
    timestamptz '2027-04-05 23:00:00+00',
    'LEE-R1: record received Thu 25 Mar 2027 (GMT); 5 WD: 30, 31 Mar, 1, 2, 5 Apr (Good Friday 26, Easter Monday 29 Mar): due Mon 5 Apr, late from 00:00 BST Tue 6 Apr = 23:00 UTC Mon 5 Apr');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-08-27 23:30:00+00', topic => 'record_response'),
    timestamptz '2026-09-07 23:00:00+00',
    'LEE-R1: record received 23:30 UTC Thu 27 Aug 2026 = 00:30 BST Fri 28 Aug, the London date; 5 WD: 1, 2, 3, 4, 7 Sep (31 Aug holiday): due Mon 7 Sep, late from 23:00 UTC Mon 7 Sep');
SELECT is(supervision.window_deadline('leeds', 'LEE-R1', timestamptz '2026-12-23 11:00:00+00', true, topic => 'record_response'),
    timestamptz '2027-01-05 00:00:00+00',
    'LEE-R1: Leeds sets no shorter window for significant matters: significant => true gives the same deadline, 00:00 Tue 5 Jan 2027');
SELECT is((SELECT within::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R1' AND topic = 'supervision_record'),
    '10 working days',
    'LEE-R1: the supervision_record window is 10 working days');
SELECT is((SELECT within::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R1' AND topic = 'record_response'),
    '5 working days',
    'LEE-R1: the record_response window is 5 working days');

-------------------------------------------------------------------------------
-- 10. LEE-X3 and LEE-X4: re-arranged sessions and an absent supervisor
-------------------------------------------------------------------------------

SELECT is(supervision.window_deadline('leeds', 'LEE-X3', timestamptz '2026-12-24 10:00:00+00'),
    timestamptz '2027-01-06 00:00:00+00',
    'LEE-X3: a session booked Thu 24 Dec 2026 is re-arranged; 5 WD: 29, 30, 31 Dec, 4, 5 Jan: it takes place by Tue 5 Jan, late from 00:00 Wed 6 Jan 2027');
SELECT is(supervision.window_deadline('leeds', 'LEE-X3', timestamptz '2027-03-30 08:00:00+00'),
    timestamptz '2027-04-06 23:00:00+00',
    'LEE-X3: re-arranged for sickness, return to work 09:00 BST Tue 30 Mar 2027 (after Easter Monday); 5 WD: 31 Mar, 1, 2, 5, 6 Apr: by Tue 6 Apr, late from 00:00 BST Wed 7 Apr = 23:00 UTC Tue 6 Apr');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X3'), 'rearranged_session',
    'LEE-X3: a window on the re-arranged session');
SELECT is((SELECT within::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X3'), '5 working days',
    'LEE-X3: within 5 working days');
SELECT is(supervision.window_deadline('leeds', 'LEE-X4', timestamptz '2026-10-30 17:00:00+00'),
    timestamptz '2026-11-14 00:00:00+00',
    'LEE-X4: supervisor last at work Fri 30 Oct 2026 (GMT); 2 weeks: due Fri 13 Nov, so from 00:00 Sat 14 Nov 2026 the absence is over 2 weeks and the supervisee asks for alternative supervision');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X4'), 'alternative_supervision',
    'LEE-X4: a window for alternative supervision');
SELECT is((SELECT within::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X4'), '2 weeks',
    'LEE-X4: the supervisor''s absence may last 2 weeks');

-------------------------------------------------------------------------------
-- 11. LEE-R3 and recording_deadline: no case_record window in Leeds
-------------------------------------------------------------------------------

SELECT throws_ok($$SELECT supervision.recording_deadline('leeds', timestamptz '2026-11-02 10:00:00+00')$$, '22023', NULL,
    'LEE-R3: the framework sets no timescale for the case record of a discussion, so leeds has no case_record window: recording_deadline raises 22023');
SELECT is((SELECT count(*) FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND topic = 'case_record'), 0::bigint,
    'LEE-R3: no leeds rule has topic case_record');
SELECT is((SELECT kind FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R3'), 'recording',
    'LEE-R3: a recording rule');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R3'), 'case_supervision_record',
    'LEE-R3: it governs the case supervision record');
SELECT is((SELECT place FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R3'), 'child_record',
    'LEE-R3: case supervision is recorded only on the child''s record');
SELECT is((SELECT recorded_by FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R3'), 'supervisor',
    'LEE-R3: the written record is the supervisor''s responsibility (§4.13)');

-------------------------------------------------------------------------------
-- 12. LEE-R2: supervision files kept 6 years after the member of staff leaves
-------------------------------------------------------------------------------

SELECT is(supervision.retention_until('leeds', date '2026-09-30'), date '2032-09-30',
    'LEE-R2: left Wed 30 Sep 2026: the file is kept to Thu 30 Sep 2032 (6 years) and may be deleted from 1 Oct 2032');
SELECT is(supervision.retention_until('leeds', date '2026-12-28'), date '2032-12-28',
    'LEE-R2: left Mon 28 Dec 2026 (a bank holiday): kept to Tue 28 Dec 2032; years ignore the calendar');
SELECT is(supervision.retention_until('leeds', date '2027-03-31'), date '2033-03-31',
    'LEE-R2: left Wed 31 Mar 2027: kept to Thu 31 Mar 2033');
SELECT is((SELECT keep::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R2'), '72 months',
    'LEE-R2: keep ''6 years'', canonical ''72 months''');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-R2'), 'supervision_file',
    'LEE-R2: retention of the supervision file');

-------------------------------------------------------------------------------
-- 13. LEE-X1, LEE-T1: agreement and training cadences by rule ID
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('leeds', 'LEE-X1', date '2026-03-31'),
    ('LEE-X1', date '2027-03-31', date '2027-03-31')::supervision.due,
    'LEE-X1: supervision agreement last updated Tue 31 Mar 2026: updated annually, by Wed 31 Mar 2027');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X1'), 'agreement',
    'LEE-X1: topic agreement');
SELECT is(supervision.cadence_due('leeds', 'LEE-T1', date '2026-06-30'),
    ('LEE-T1', date '2031-06-30', date '2031-06-30')::supervision.due,
    'LEE-T1: a manager last trained in supervision Tue 30 Jun 2026: refresh within 5 years, by Mon 30 Jun 2031');
SELECT is((supervision.cadence_due('leeds', 'LEE-T1', NULL, date '2027-02-01')).target, date '2032-02-01',
    'LEE-T1: a manager in post from Mon 1 Feb 2027 with no training recorded: 5 years from the start, Sun 1 Feb 2032');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-T1'), '60 months',
    'LEE-T1: every 5 years, canonical ''60 months''');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-T1'), 'training',
    'LEE-T1: topic training');
SELECT throws_ok($$SELECT supervision.cadence_due('leeds', 'LEE-Z9', date '2026-06-01')$$, '22023', NULL,
    'LEE-T1: cadence_due with a rule ID Leeds does not have (LEE-Z9): 22023');
SELECT throws_ok($$SELECT supervision.cadence_due('leeds', 'SLO-P1', date '2026-06-01')$$, '22023', NULL,
    'LEE-P1: cadence_due(''leeds'', ''SLO-P1''): a rule of another policy is unknown to leeds: 22023');

-------------------------------------------------------------------------------
-- 14. Rules a report reads, stored as the text says: LEE-S1 (bound:
--     supervisor_load), LEE-Q1 (quota: observations_due), LEE-X2 (booking
--     window: bookings_ahead)
-------------------------------------------------------------------------------

SELECT is((SELECT kind FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-S1'), 'bound',
    'LEE-S1: the supervisor-to-supervisee ratio is a bound');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-S1'), 'supervisees',
    'LEE-S1: on the number of supervisees');
SELECT is((SELECT at_most FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-S1'), 10::numeric,
    'LEE-S1: at most 10 supervisees ("1 Supervisor to 8-10 supervisees"; above that the line manager reviews)');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-S1'), NULL::numeric,
    'LEE-S1: 8 is the lower end of a guide, not a minimum: at_least NULL');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-S1'), 'supervisees',
    'LEE-S1: unit supervisees');

SELECT is((SELECT kind FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), 'quota',
    'LEE-Q1: observation and audit of supervision is a quota');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), 'observation',
    'LEE-Q1: topic observation');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), 1::numeric,
    'LEE-Q1: at least once ("used annually")');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), 'occurrences',
    'LEE-Q1: counted in occurrences');
SELECT is((SELECT per::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), '12 months',
    'LEE-Q1: per 12 months');
SELECT is((SELECT format('%s %s %s %s', kind, at_least, unit, per) FROM supervision.rule
           WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'audit'),
    'quota 1 occurrences 12 months',
    'LEE-Q1: the Audit of Supervision is a quota of its own, at least once in 12 months');
SELECT is((SELECT year_starts FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-Q1' AND topic = 'observation'), NULL::smallint,
    'LEE-Q1: the text names no counting year (unlike GLO-O1''s 1 April): year_starts NULL, a rolling 12 months');

SELECT is((SELECT kind FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X2'), 'window',
    'LEE-X2: planning sessions ahead is a window');
SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X2'), 'booking_ahead',
    'LEE-X2: topic booking_ahead');
SELECT is((SELECT within::text FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-X2'), '3 months',
    'LEE-X2: "planned a minimum of three months in advance": 3 months');

-------------------------------------------------------------------------------
-- 15. Roles and topics of the staged and milestone rules
-------------------------------------------------------------------------------

SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P2'), ARRAY['student'],
    'LEE-P2: applies to student social workers');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-P3'), ARRAY['returner'],
    'LEE-P3: applies to returners (returning to work, or after a major change of role)');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A1' AND kind = 'cadence'), ARRAY['asye'],
    'LEE-A1: the ASYE schedule applies to asye');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'leeds' AND version = 1 AND rule_id = 'LEE-A2'), ARRAY['asye'],
    'LEE-A2: the reviews apply to asye');

SELECT * FROM finish();
ROLLBACK;
