-- The gloucestershire preset: its rows in supervision.policy,
-- supervision.policy_version and supervision.rule, and the due dates and
-- deadlines that personal_supervision_due, case_discussion_due, cadence_due,
-- recording_deadline and window_deadline give from it, rule by rule
-- (Gloucestershire Children's Services, Supervision Policy, re-written
-- January 2023; where the list of rule IDs and the policy text differ, the
-- policy text wins).
--
-- Every expected date and instant below was worked out by hand from the
-- policy text, the semantics of the model (policies as data) and
-- the README ("Timescales", "Schedules"), and checked against a printed
-- calendar; the description of each test says why.  Nothing here is
-- computed by code.
--
-- Version 1 is in force from 1 January 2023 ("In January 2023 this policy
-- was extensively re-written": month only, so its first day).
--
-- Weekdays used (checked against a calendar):
--   Dec 2022: Tue 20, Thu 15, Sat 31    Jan 2023: Sun 1, Mon 2, Tue 3, Wed 4, Tue 10
--   Feb 2023: Wed 1, Mon 6              May 2023: Fri 19        Jun 2023: Fri 30
--   Sep 2022: Fri 30
--   May 2026: Sun 31
--   Aug 2026: Fri 28, Mon 31            Sep 2026: Tue 1, Wed 2, Mon 7, Mon 14, Tue 15
--   Oct 2026: Mon 5, Wed 7, Mon 12, Thu 15, Tue 20, Thu 22, Fri 23, Sat 24,
--             Sun 25, Mon 26, Tue 27
--   Nov 2026: Fri 6, Mon 9, Tue 10, Sun 15, Mon 30
--   Dec 2026: Tue 1, Mon 7, Mon 14, Fri 18, Mon 21, Thu 24, Fri 25, Mon 28,
--             Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Mon 4, Thu 7, Thu 14, Fri 15, Sat 16, Sun 17, Mon 18,
--             Wed 20, Thu 21, Wed 27, Sun 31
--   Feb 2027: Sun 28
--   Mar 2027: Wed 24, Thu 25, Fri 26, Sat 27, Sun 28, Mon 29, Tue 30, Wed 31
--   Apr 2027: Thu 1, Mon 26, Fri 30    May 2027: Mon 3, Thu 6, Mon 31
--   Jun 2027: Mon 7
--   Jan 2028: Tue 18                    Feb 2028: Tue 29 (2028 is a leap year)
--
-- Bank holidays used (england-and-wales, the preset's calendar; observed days,
-- the Banking and Financial Dealings Act 1971 and the Royal Proclamations since, as GOV.UK lists the days):
--   2022: Christmas Sun 25 Dec observed Mon 26 and Tue 27 Dec
--   2023: New Year Sun 1 Jan observed Mon 2 Jan
--   2026: Summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day (Sat 26) observed Mon 28 Dec
--   2027: New Year Fri 1 Jan; Good Friday 26 Mar; Easter Monday 29 Mar
--         (Easter Sunday 28 Mar); Early May Mon 3 May
--   None between 1 Sep and 24 Dec 2026, in February 2027, or in April 2027
--   after Easter Monday.
--
-- Clock changes (Europe/London): BST ends Sun 25 Oct 2026 01:00 UTC and
-- starts Sun 28 Mar 2027 01:00 UTC; London midnight during BST is 23:00 UTC
-- the day before.  The session time zone is UTC, so every timestamptz
-- literal and result is UTC.
--
-- Role mapping of the preset: practitioners (GLO-P1) = social_worker, asye,
-- returner, family_support_worker, personal_adviser, senior_social_worker,
-- advanced_practitioner, residential_practitioner, early_help; operational
-- managers (GLO-P2) = assistant_team_manager, team_manager, service_manager,
-- head_of_service; non_operational (GLO-P3); student, for students and
-- apprentices (GLO-S1); cp_chair and iro (GLO-P4).

BEGIN;
SELECT plan(97);
SET LOCAL timezone = 'UTC';

-------------------------------------------------------------------------------
-- 1. The preset's rows
-------------------------------------------------------------------------------

SELECT is((SELECT calendar FROM supervision.policy WHERE name = 'gloucestershire'), 'england-and-wales',
    'GLO-R1: the gloucestershire policy counts working days (GLO-P1, GLO-R1) in the england-and-wales calendar: Gloucestershire is in England');
SELECT is((SELECT builtin FROM supervision.policy WHERE name = 'gloucestershire'), true,
    'GLO-P1: gloucestershire is a shipped preset (builtin)');
SELECT is((SELECT in_force FROM supervision.policy_version WHERE policy = 'gloucestershire' AND version = 1), daterange '[2023-01-01,)',
    'GLO-P1: version 1 is in force from 1 Jan 2023 ("In January 2023 this policy was extensively re-written": month only, so its first day), open-ended');
SELECT is((SELECT count(*)::integer FROM supervision.policy_version WHERE policy = 'gloucestershire'), 1,
    'GLO-P1: the preset ships one version');
SELECT is((SELECT array_agg(DISTINCT rule_id ORDER BY rule_id) FROM supervision.rule WHERE policy = 'gloucestershire'),
    ARRAY['GLO-C1', 'GLO-G1', 'GLO-O1', 'GLO-P1', 'GLO-P2', 'GLO-P3', 'GLO-P4', 'GLO-R1', 'GLO-R2', 'GLO-S1'],
    'GLO-C1 .. GLO-S1: every Gloucestershire rule ID is in the preset, and no other');
SELECT is((SELECT count(*)::integer FROM supervision.rule WHERE policy = 'gloucestershire'), 14,
    'GLO-S1: fourteen rows: one per rule ID, GLO-S1 has three (weekly supervision, the 90 minute bound, the monthly peer reflective group), GLO-P1 two (the cadence, and the dates for the year ahead: booking_ahead, 12 months) and GLO-R1 two (the note within 1 working day, and management oversight as a case note)');

-- the columns of the cadence rows
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P1' AND kind = 'cadence'), '1 month',
    'GLO-P1: practitioners'' 1:1 supervision every month (''monthly'', canonical ''1 month'')');
SELECT is((SELECT latest::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P1' AND kind = 'cadence'), '25 working days',
    'GLO-P1: hard limit ''no more than 25 working days apart''');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P1' AND kind = 'cadence'),
    ARRAY['social_worker', 'asye', 'returner', 'family_support_worker', 'personal_adviser', 'senior_social_worker',
          'advanced_practitioner', 'residential_practitioner', 'early_help'],
    'GLO-P1: "practitioners" are the case-holding roles (ASYE included: section 5.2 gives no figure for its increased supervision)');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P2'),
    ARRAY['assistant_team_manager', 'team_manager', 'service_manager', 'head_of_service'],
    'GLO-P2: "operational managers of practice (at all levels)" are the four management roles');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P3'), '2 months',
    'GLO-P3: non-operational staff and managers every 2 months');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-P4'), '4 weeks',
    'GLO-P4: CP chairs and IROs ''4-weekly'' (canonical ''4 weeks'')');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND topic = 'personal_supervision'), '1 week',
    'GLO-S1: students and apprentices are supervised weekly');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'cadence' AND topic = 'reflective_session'),
    ARRAY['student'],
    'GLO-S1: the peer reflective group facilitated by the Academy is a reflective_session cadence for students');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND topic = 'reflective_session'), '1 month',
    'GLO-S1: the peer reflective group is once a month');
SELECT is((SELECT topic || ' ' || every::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-G1'), 'group_supervision 1 month',
    'GLO-G1: monthly group reflective supervision (topic group_supervision, every 1 month)');
SELECT ok((SELECT roles IS NULL AND categories IS NULL FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-G1'),
    'GLO-G1: "All teams will hold monthly group reflective supervision": roles NULL (every member of staff)');
SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-C1'), 'cadence case_discussion',
    'GLO-C1: a milestone cadence of case discussion (the list of rule IDs calls it a window; it is measured from the plan start)');
SELECT is((SELECT "at"::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-C1'), '{"9 months"}',
    'GLO-C1: one milestone, the Review Child Protection Conference at month 9');
SELECT is((SELECT "before"::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-C1'), '6 weeks',
    'GLO-C1: discussed six weeks before the milestone');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-C1'), ARRAY['cp'],
    'GLO-C1: Child Protection plans only (category cp)');

-- quota, bound, window and recording rows
SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'), 'quota observation',
    'GLO-O1: practice observations are a quota');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'), 2::numeric,
    'GLO-O1: two practice observations');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'), 'occurrences',
    'GLO-O1: counted in occurrences');
SELECT is((SELECT per::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'), '12 months',
    'GLO-O1: "In any one year": per 12 months');
SELECT is((SELECT year_starts FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'), 4::smallint,
    'GLO-O1: the year runs "April 1st - 31st March": year_starts 4');
SELECT ok((SELECT at_most IS NULL FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'),
    'GLO-O1: no upper limit on observations');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-O1'),
    ARRAY['social_worker', 'asye', 'returner', 'family_support_worker', 'personal_adviser', 'senior_social_worker',
          'advanced_practitioner', 'residential_practitioner', 'early_help', 'student', 'cp_chair', 'iro'],
    'GLO-O1: "all staff working with children, young people and families": the practitioners of GLO-P1, students, CP chairs and IROs');

SELECT is((SELECT topic FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'bound'), 'session_length',
    'GLO-S1: "a minimum of 90 minutes per week" is a bound on session length');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'bound'), 90::numeric,
    'GLO-S1: at least 90');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'bound'), 'minutes',
    'GLO-S1: the bound is in minutes');
SELECT ok((SELECT at_most IS NULL FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'bound'),
    'GLO-S1: no maximum session length');
SELECT is((SELECT roles FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-S1' AND kind = 'bound'), ARRAY['student'],
    'GLO-S1: the bound applies to students (and apprentices, recorded as student)');

SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R1' AND kind = 'window'), 'window case_record',
    'GLO-R1: supervision notes on the child''s record: a window, topic case_record');
SELECT is((SELECT "within"::text FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R1' AND kind = 'window'), '1 working day',
    'GLO-R1: "within 1 working day from the date of the discussion"');
SELECT ok((SELECT within_significant IS NULL FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R1' AND kind = 'window'),
    'GLO-R1: no shorter window for significant matters');

SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R2'), 'recording record_agreement',
    'GLO-R2: the agreed 1:1 record is a recording rule, topic record_agreement');
SELECT is((SELECT recorded_by FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R2'), 'supervisor',
    'GLO-R2: "The supervisor must share a copy of the 1:1 supervision record with the supervisee"');
SELECT is((SELECT place FROM supervision.rule WHERE policy = 'gloucestershire' AND rule_id = 'GLO-R2'), 'personal_file',
    'GLO-R2: the 1:1 professional supervision record is kept in the supervision files (P: drives), not on the child''s record');

-------------------------------------------------------------------------------
-- 2. GLO-P1: practitioners monthly, never more than 25 working days apart
-------------------------------------------------------------------------------

SELECT is((supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2026-12-07')).latest, date '2027-01-14',
    'GLO-P1: last held Mon 7 Dec 2026, 25 WD over Christmas: 8-11 Dec (4), 14-18 (9), 21-24 (13), 29-31 (16; Fri 25 and Mon 28 Dec off), 4-8 Jan (21; Fri 1 Jan off), 11-14 (25): latest Thu 14 Jan 2027');
SELECT is((supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2026-12-07')).target, date '2027-01-07',
    'GLO-P1: last held Mon 7 Dec 2026, monthly: target Thu 7 Jan 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2026-12-14'),
    ('GLO-P1', date '2027-01-14', date '2027-01-21')::supervision.due,
    'GLO-P1: last held Mon 14 Dec 2026: target 14 Jan 2027; 25 WD: 15-18 Dec (4), 21-24 (8), 29-31 (11; 25, 28 Dec off), 4-8 Jan (16; 1 Jan off), 11-15 (21), 18-21 (25): latest Thu 21 Jan 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'senior_social_worker', date '2026-12-18'),
    ('GLO-P1', date '2027-01-18', date '2027-01-27')::supervision.due,
    'GLO-P1: a senior social worker last supervised Fri 18 Dec 2026: target Mon 18 Jan 2027; 25 WD: 21-24 Dec (4), 29-31 (7), 4-8 Jan (12), 11-15 (17), 18-22 (22), 25-27 (25): latest Wed 27 Jan 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2026-09-15'),
    ('GLO-P1', date '2026-10-15', date '2026-10-20')::supervision.due,
    'GLO-P1: an ordinary month, last held Tue 15 Sep 2026 (no bank holiday): target Thu 15 Oct; 25 WD: 16-18 Sep (3), 21-25 (8), 28 Sep-2 Oct (13), 5-9 Oct (18), 12-16 (23), 19-20 (25): latest Tue 20 Oct 2026');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'family_support_worker', date '2027-03-31'),
    ('GLO-P1', date '2027-04-30', date '2027-05-06')::supervision.due,
    'GLO-P1: last held Wed 31 Mar 2027: target Fri 30 Apr (31 Apr clamped); 25 WD: 1-2 Apr (2), 5-9 (7), 12-16 (12), 19-23 (17), 26-30 (22), Mon 3 May Early May holiday, 4-6 May (25): latest Thu 6 May 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'asye', date '2026-12-07'),
    ('GLO-P1', date '2027-01-07', date '2027-01-14')::supervision.due,
    'GLO-P1: an ASYE social worker (increased supervision without a figure in section 5.2) is held to the practitioners'' minimum: from Mon 7 Dec 2026, target 7 Jan, latest 14 Jan 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'social_worker', NULL, date '2026-09-07'),
    ('GLO-P1', date '2026-10-07', date '2026-10-12')::supervision.due,
    'GLO-P1: none held yet, started Mon 7 Sep 2026: target start + 1 month = Wed 7 Oct; limit from the start, 25 WD: 8-11 Sep (4), 14-18 (9), 21-25 (14), 28 Sep-2 Oct (19), 5-9 Oct (24), Mon 12 Oct 2026 (25)');
SELECT ok(supervision.personal_supervision_due('gloucestershire', 'social_worker', NULL, NULL) IS NULL,
    'GLO-P1: no session held and no start date: NULL');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2023-01-01'),
    ('GLO-P1', date '2023-02-01', date '2023-02-06')::supervision.due,
    'GLO-P1: last held Sun 1 Jan 2023, the first day of version 1: target Wed 1 Feb; 25 WD: Mon 2 Jan off (New Year substitute), 3-6 Jan (4), 9-13 (9), 16-20 (14), 23-27 (19), 30-31 (21), 1-3 Feb (24), Mon 6 Feb 2023 (25)');

-------------------------------------------------------------------------------
-- 3. Every role of the vocabulary, and the other personal supervision rules
-------------------------------------------------------------------------------

SELECT is(ARRAY(SELECT (supervision.personal_supervision_due('gloucestershire', r, date '2026-12-07')).rule
                  FROM unnest(ARRAY['social_worker', 'asye', 'student', 'returner', 'family_support_worker',
                                    'personal_adviser', 'senior_social_worker', 'advanced_practitioner', 'iro',
                                    'cp_chair', 'assistant_team_manager', 'team_manager', 'service_manager',
                                    'head_of_service', 'non_operational', 'residential_practitioner',
                                    'early_help']) WITH ORDINALITY AS u(r, n) ORDER BY n),
    ARRAY['GLO-P1', 'GLO-P1', 'GLO-S1', 'GLO-P1', 'GLO-P1',
          'GLO-P1', 'GLO-P1', 'GLO-P1', 'GLO-P4',
          'GLO-P4', 'GLO-P2', 'GLO-P2', 'GLO-P2',
          'GLO-P2', 'GLO-P3', 'GLO-P1',
          'GLO-P1'],
    'GLO-P1, GLO-P2, GLO-P3, GLO-P4, GLO-S1: every role of the vocabulary is covered, practitioners by P1, operational managers by P2, non_operational by P3, CP chairs and IROs by P4, students by S1');

SELECT is(supervision.personal_supervision_due('gloucestershire', 'team_manager', date '2027-01-31'),
    ('GLO-P2', date '2027-02-28', date '2027-02-28')::supervision.due,
    'GLO-P2: a team manager last supervised Sun 31 Jan 2027, monthly: 28 Feb 2027 (31 Feb clamped); no separate limit, latest = target');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'service_manager', date '2026-12-07'),
    ('GLO-P2', date '2027-01-07', date '2027-01-07')::supervision.due,
    'GLO-P2: a service manager last supervised Mon 7 Dec 2026: Thu 7 Jan 2027, target and latest (no 25 WD limit for managers, unlike GLO-P1)');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'head_of_service', NULL, date '2026-05-31'),
    ('GLO-P2', date '2026-06-30', date '2026-06-30')::supervision.due,
    'GLO-P2: a head of service started Sun 31 May 2026, none held: start + 1 month = Tue 30 Jun 2026 (31 Jun clamped)');

SELECT is(supervision.personal_supervision_due('gloucestershire', 'non_operational', date '2026-12-31'),
    ('GLO-P3', date '2027-02-28', date '2027-02-28')::supervision.due,
    'GLO-P3: non-operational staff last supervised Thu 31 Dec 2026, every 2 months: Sun 28 Feb 2027 (31 Feb clamped, not moved off the Sunday)');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'non_operational', date '2026-09-15'),
    ('GLO-P3', date '2026-11-15', date '2026-11-15')::supervision.due,
    'GLO-P3: last supervised Tue 15 Sep 2026, every 2 months (not twice a month, not monthly as for GLO-P2): Sun 15 Nov 2026');

SELECT is(supervision.personal_supervision_due('gloucestershire', 'iro', date '2026-12-18'),
    ('GLO-P4', date '2027-01-15', date '2027-01-15')::supervision.due,
    'GLO-P4: an IRO last supervised Fri 18 Dec 2026, 4-weekly (28 days): Fri 15 Jan 2027');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'cp_chair', date '2026-12-07'),
    ('GLO-P4', date '2027-01-04', date '2027-01-04')::supervision.due,
    'GLO-P4: a CP chair last supervised Mon 7 Dec 2026, 4-weekly: Mon 4 Jan 2027 (28 days; monthly would be 7 Jan)');

SELECT is(supervision.personal_supervision_due('gloucestershire', 'student', date '2026-12-21'),
    ('GLO-S1', date '2026-12-28', date '2026-12-28')::supervision.due,
    'GLO-S1: a student last supervised Mon 21 Dec 2026, weekly: Mon 28 Dec 2026, a bank holiday (Boxing Day substitute), not moved: weeks ignore the calendar');
SELECT is(supervision.personal_supervision_due('gloucestershire', 'student', NULL, date '2026-09-07'),
    ('GLO-S1', date '2026-09-14', date '2026-09-14')::supervision.due,
    'GLO-S1: a student whose placement started Mon 7 Sep 2026, none held: Mon 14 Sep 2026');

-------------------------------------------------------------------------------
-- 4. GLO-G1: group supervision monthly
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('gloucestershire', 'GLO-G1', date '2027-01-31'),
    ('GLO-G1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'GLO-G1: team group supervision last held Sun 31 Jan 2027, monthly: Sun 28 Feb 2027 (clamped)');
SELECT is(supervision.cadence_due('gloucestershire', 'GLO-G1', NULL, date '2026-11-30'),
    ('GLO-G1', date '2026-12-30', date '2026-12-30')::supervision.due,
    'GLO-G1: a team formed Mon 30 Nov 2026, no group session yet: Wed 30 Dec 2026');

-------------------------------------------------------------------------------
-- 5. GLO-C1: CP plans, discussed 6 weeks before the review conference at month 9
-------------------------------------------------------------------------------

-- plan started Sun 31 May 2026: + 9 months = 28 Feb 2027 (31 Feb clamped);
-- - 6 weeks (42 days): 28 Feb - 28 = 31 Jan, - 14 = Sun 17 Jan 2027
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', NULL, date '2026-05-31'),
    ('GLO-C1', date '2027-01-17', date '2027-01-17')::supervision.due,
    'GLO-C1: CP plan started Sun 31 May 2026, not yet discussed: month 9 is 28 Feb 2027 (clamped), 42 days before is Sun 17 Jan 2027 (not moved off the Sunday)');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', date '2026-12-01', date '2026-05-31'),
    ('GLO-C1', date '2027-01-17', date '2027-01-17')::supervision.due,
    'GLO-C1: same plan, last discussed Tue 1 Dec 2026, before the milestone: still due Sun 17 Jan 2027');
-- the discussion that prepares the conference: the 4 weeks up to Sun 17 Jan
-- 2027 open on Sun 20 Dec 2026 (17 Jan less 28 days)
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', date '2027-01-16', date '2026-05-31'),
    ('GLO-C1', NULL, NULL)::supervision.due,
    'GLO-C1: same plan, discussed Sat 16 Jan 2027, the day before the milestone, inside its 4-week window: met, nothing more due');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', date '2026-12-20', date '2026-05-31'),
    ('GLO-C1', NULL, NULL)::supervision.due,
    'GLO-C1: discussed Sun 20 Dec 2026, the first day of the window: met');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', date '2026-12-19', date '2026-05-31'),
    ('GLO-C1', date '2027-01-17', date '2027-01-17')::supervision.due,
    'GLO-C1: discussed Sat 19 Dec 2026, the day before the window opens: still due Sun 17 Jan 2027');
SELECT is((supervision.case_discussion_due('gloucestershire', 'cp', date '2027-01-17', date '2026-05-31')).target, NULL::date,
    'GLO-C1: same plan, discussed on Sun 17 Jan 2027, the milestone itself: no milestone after it, target NULL');
SELECT is((supervision.case_discussion_due('gloucestershire', 'cp', date '2027-01-17', date '2026-05-31')).latest, NULL::date,
    'GLO-C1: discussed on the milestone Sun 17 Jan 2027: latest NULL too (latest = target)');
SELECT is((supervision.case_discussion_due('gloucestershire', 'cp', date '2027-01-20', date '2026-05-31')).target, NULL::date,
    'GLO-C1: same plan, discussed Wed 20 Jan 2027, after the milestone: nothing further due from GLO-C1, target NULL');
SELECT is(supervision.cadence_due('gloucestershire', 'GLO-C1', NULL, date '2026-05-31'),
    ('GLO-C1', date '2027-01-17', date '2027-01-17')::supervision.due,
    'GLO-C1: cadence_due by rule ID gives the same: plan started 31 May 2026, due Sun 17 Jan 2027');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', NULL, date '2026-09-07'),
    ('GLO-C1', date '2027-04-26', date '2027-04-26')::supervision.due,
    'GLO-C1: plan started Mon 7 Sep 2026: month 9 is Mon 7 Jun 2027, 42 days before: 7 Jun - 7 = 31 May, - 35 = Mon 26 Apr 2027');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', NULL, date '2027-05-31'),
    ('GLO-C1', date '2028-01-18', date '2028-01-18')::supervision.due,
    'GLO-C1: plan started Mon 31 May 2027: month 9 is Tue 29 Feb 2028 (leap year, clamped), 42 days before: 29 Feb - 29 = 31 Jan, - 13 = Tue 18 Jan 2028');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', date '2023-01-10', date '2022-09-30'),
    ('GLO-C1', date '2023-05-19', date '2023-05-19')::supervision.due,
    'GLO-C1: plan started Fri 30 Sep 2022 (before version 1), last discussed Tue 10 Jan 2023 (in force, which decides): month 9 is Fri 30 Jun 2023, 42 days before: 30 Jun - 30 = 31 May, - 12 = Fri 19 May 2023');
SELECT throws_ok($$SELECT supervision.case_discussion_due('gloucestershire', 'cin', date '2026-12-01', date '2026-05-31')$$,
    '22023', NULL,
    'GLO-C1: a Child in Need case: no Gloucestershire rule speaks of cin (GLO-C1 is the only case cadence, for cp), so 22023');
SELECT throws_ok($$SELECT supervision.case_discussion_due('gloucestershire', 'cla', NULL, date '2026-05-31')$$,
    '22023', NULL,
    'GLO-C1: a looked-after child (cla): no case cadence for it in this policy, 22023');
SELECT throws_ok($$SELECT supervision.case_discussion_due('gloucestershire', 'cp', date '2022-12-20', date '2022-06-01')$$,
    'SV002', NULL,
    'GLO-C1: last discussed Tue 20 Dec 2022, before version 1 came into force on 1 Jan 2023: no version in force, SV002');

-------------------------------------------------------------------------------
-- 6. GLO-R1: notes on the child's record within 1 working day
-------------------------------------------------------------------------------

SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-11-06 14:00:00+00'), timestamptz '2026-11-10 00:00:00+00',
    'GLO-R1: discussion 14:00 GMT Fri 6 Nov 2026, over the weekend: due Mon 9 Nov, late from 00:00 GMT Tue 10 Nov');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-11-06 14:00:00+00', true), timestamptz '2026-11-10 00:00:00+00',
    'GLO-R1: the same discussion marked significant: the policy has no shorter window, so the same deadline 00:00 GMT Tue 10 Nov 2026');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-12-24 10:00:00+00'), timestamptz '2026-12-30 00:00:00+00',
    'GLO-R1: discussion 10:00 GMT Thu 24 Dec 2026: Fri 25 (Christmas), weekend, Mon 28 (Boxing Day substitute) off, due Tue 29 Dec, late from 00:00 GMT Wed 30 Dec');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-08-28 14:00:00+00'), timestamptz '2026-09-01 23:00:00+00',
    'GLO-R1: discussion 15:00 BST Fri 28 Aug 2026: weekend, Mon 31 Aug Summer bank holiday, due Tue 1 Sep, late from 00:00 BST Wed 2 Sep = 23:00 UTC Tue 1 Sep');
SELECT is(supervision.window_deadline('gloucestershire', 'GLO-R1', timestamptz '2026-12-24 10:00:00+00'), timestamptz '2026-12-30 00:00:00+00',
    'GLO-R1: window_deadline by rule ID agrees: 10:00 Thu 24 Dec 2026, late from 00:00 GMT Wed 30 Dec');

-- autumn: BST ends Sun 25 Oct 2026 01:00 UTC
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-10-23 14:00:00+00'), timestamptz '2026-10-27 00:00:00+00',
    'GLO-R1: discussion 15:00 BST Fri 23 Oct 2026: due Mon 26 Oct, after the clocks go back, late from 00:00 GMT Tue 27 Oct = 00:00 UTC');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-10-22 22:30:00+00'), timestamptz '2026-10-23 23:00:00+00',
    'GLO-R1: 22:30 UTC Thu 22 Oct 2026 is 23:30 BST Thu 22 Oct in London: due Fri 23 Oct, late from 00:00 BST Sat 24 Oct = 23:00 UTC Fri 23 Oct');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-10-22 23:30:00+00'), timestamptz '2026-10-27 00:00:00+00',
    'GLO-R1: 23:30 UTC Thu 22 Oct 2026 is 00:30 BST Fri 23 Oct in London: counts from Fri 23, due Mon 26 Oct, late from 00:00 GMT Tue 27 Oct');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2026-10-24 23:30:00+00'), timestamptz '2026-10-27 00:00:00+00',
    'GLO-R1: 23:30 UTC Sat 24 Oct 2026 is 00:30 BST Sun 25 Oct, the night of the change: due Mon 26 Oct, late from 00:00 GMT Tue 27 Oct');

-- spring: BST starts Sun 28 Mar 2027 01:00 UTC, over Easter 2027
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2027-03-24 16:00:00+00'), timestamptz '2027-03-26 00:00:00+00',
    'GLO-R1: discussion 16:00 GMT Wed 24 Mar 2027: due Thu 25 Mar, late from 00:00 GMT Fri 26 Mar, before the clocks go forward');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2027-03-25 10:00:00+00'), timestamptz '2027-03-30 23:00:00+00',
    'GLO-R1: discussion 10:00 GMT Thu 25 Mar 2027: Good Friday 26, weekend (clocks forward Sun 28), Easter Monday 29 off, due Tue 30 Mar, late from 00:00 BST Wed 31 Mar = 23:00 UTC Tue 30 Mar');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2027-03-27 23:30:00+00'), timestamptz '2027-03-30 23:00:00+00',
    'GLO-R1: 23:30 GMT Sat 27 Mar 2027 (still Sat 27 in London, before the change): Sun 28, Easter Monday 29 off, due Tue 30 Mar, late from 23:00 UTC Tue 30 Mar');
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2027-03-30 09:00:00+00'), timestamptz '2027-03-31 23:00:00+00',
    'GLO-R1: discussion 10:00 BST Tue 30 Mar 2027: due Wed 31 Mar, late from 00:00 BST Thu 1 Apr = 23:00 UTC Wed 31 Mar');

-- versions
SELECT is(supervision.recording_deadline('gloucestershire', timestamptz '2023-01-01 00:30:00+00'), timestamptz '2023-01-04 00:00:00+00',
    'GLO-R1: 00:30 GMT Sun 1 Jan 2023, the first day of version 1: Mon 2 Jan (New Year substitute) off, due Tue 3 Jan, late from 00:00 GMT Wed 4 Jan 2023');
SELECT throws_ok($$SELECT supervision.recording_deadline('gloucestershire', timestamptz '2022-12-31 23:30:00+00')$$,
    'SV002', NULL,
    'GLO-R1: 23:30 GMT Sat 31 Dec 2022 is still 31 Dec 2022 in London, the day before version 1 came into force: SV002');

-------------------------------------------------------------------------------
-- 7. Errors
-------------------------------------------------------------------------------

SELECT throws_ok($$SELECT supervision.personal_supervision_due('gloucestershire', 'apprentice', date '2026-12-07')$$,
    '22023', NULL,
    'GLO-S1: ''apprentice'' is not a role of the vocabulary (apprentices are recorded as student): 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('gloucestershire', 'chief_officer', date '2026-12-07')$$,
    '22023', NULL,
    'GLO-P2: an unknown role, ''chief_officer'': 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('gloucester', 'social_worker', date '2026-12-07')$$,
    '22023', NULL,
    'GLO-P1: an unknown policy, ''gloucester'' (the preset is ''gloucestershire''): 22023');
SELECT throws_ok($$SELECT supervision.cadence_due('gloucestershire', 'GLO-P9', date '2026-12-07')$$,
    '22023', NULL,
    'GLO-P1: an unknown rule ID, ''GLO-P9'': 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('gloucestershire', 'social_worker', date '2022-12-31')$$,
    'SV002', NULL,
    'GLO-P1: last held Sat 31 Dec 2022, the day before version 1 came into force: SV002');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('gloucestershire', 'team_manager', NULL, date '2022-12-15')$$,
    'SV002', NULL,
    'GLO-P2: none held, started Thu 15 Dec 2022 (the start is the reference day), before 1 Jan 2023: SV002');

SELECT * FROM finish();
ROLLBACK;
