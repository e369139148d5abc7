-- The report functions of 0.4.0 (supervision_due, case_discussions_due,
-- pre_supervision_report, monthly_return, agreements_due, appraisals_due,
-- observations_due, supervisor_load, retention_due) over the sample
-- case-record schema (test/sample/schema.sql), created inside this
-- transaction with a handful of hand-written rows and registered as a
-- council's DBA would.
--
-- Every expected date, count and status below was worked out by hand from
-- the rules of the presets (the published policies; the rule rows and the
-- interpretations in each preset's description), the semantics of the model
-- (months clamp like PostgreSQL; N calendar months end with the N-th month
-- after; n working days after d do not count d; a day-based deadline is the
-- London midnight after the due date of the event's London date; 24 hours is
-- exact) and the reports' own rules (an occurrence or a start before the
-- policy's first version counts as on its first day: leeds Thu 9 Nov 2023,
-- bury Fri 1 Jan 2016).  Nothing here is computed by code; the description
-- of each test says how its value was obtained.
--
-- The data (teams 1 and 2; team 3 is added in section 8):
--   W01 Ann Archer   team_manager             team 1  started Mon 2 Mar 2015
--   W02 Ben Brown    social_worker            team 1  started Mon 3 Jun 2019   (W01)
--   W03 Cara Cole    asye                     team 1  started Tue 12 May 2026  (W01)
--   W04 Dev Doyle    asye                     team 1  started Wed 13 May 2026  (W01)
--   W05 Dan Dale     senior_social_worker     team 1  started Mon 4 Jan 2021, leaves Thu 31 Dec 2026 (W01)
--   W06 Eve Ellis    social_worker            team 1  left Fri 30 Oct 2026     (W01)
--   W07 Finn Ford    family_support_worker    team 2  left Sun 31 Mar 2019
--   W08 Gina Grey    social_worker            team 2  left Thu 29 Feb 2024     (W10)
--   W09 Hana Hill    social_worker            team 2  starts Tue 1 Dec 2026    (W10)
--   W10 Ian Irwin    team_manager             team 2  started Mon 4 Apr 2022
--   W11 Jo Jones     social_worker            team 2  started Mon 5 Oct 2026   (W10)
--   W12 Kit Khan     residential_practitioner team 2  started Mon 15 May 2023  (W10)
--   W13 Lia Lane     asye                     team 1  started Mon 3 Nov 2025   (W01)
--   W14 Max Moss     assistant_team_manager   team 2  started Mon 8 Jan 2024 (one test only)
--   Cases C1 cin (W02), C2 cp (W02), C3 cla (W03), C4 early_help (W05),
--   C5 cin (W11), C6 cp (W12), C7 cin (W06, closed Tue 20 Oct 2026), C8 cla (W02).
--
-- Most reports are run as of Sun 22 Nov 2026: the default horizon of
-- 5 working days after it ends on Fri 27 Nov 2026 (23-27 Nov), the horizon
-- of 20 working days (agreements, appraisals) on Fri 18 Dec 2026 (23-27 Nov,
-- 30 Nov-4 Dec, 7-11 Dec, 14-18 Dec).
--
-- Weekdays used (checked against a calendar):
--   2012: Mon 3 Sep        2015: Mon 2 Mar        2016: Fri 1 Jan
--   2017: Sun 1 Jan        2018: Mon 3 Sep        2019: Sun 31 Mar, Mon 3 Jun
--   2020: Mon 6 Jan        2021: Mon 4 Jan, Wed 31 Mar
--   2022: Mon 4 Apr, Tue 3 May                     2023: Mon 15 May, Thu 9 Nov, Sat 9 Dec
--   2024: Mon 8 Jan, Thu 29 Feb, Sat 9 Nov
--   2025: Mon 6 Jan, Fri 28 Feb, Mon 31 Mar, Mon 1 Sep, Mon 3 Nov, Thu 20 Nov,
--         Fri 21 Nov, Sat 22 Nov, Sun 23 Nov, Mon 24 Nov, Mon 1 Dec, Thu 18 Dec, Mon 22 Dec
--   2026: Mon 5 Jan, Mon 2 Feb, Sat 28 Feb, Mon 2 Mar, Tue 31 Mar, Wed 1 Apr,
--         Thu 30 Apr, Fri 1 May, Mon 4 May, Tue 5 May, Fri 8 May, Tue 12 May,
--         Wed 13 May, Mon 1 Jun, Wed 10 Jun, Mon 15 Jun, Tue 23 Jun, Wed 24 Jun,
--         Thu 2 Jul, Mon 6 Jul, Tue 7 Jul, Sat 1 Aug, Mon 3 Aug, Mon 10 Aug,
--         Tue 11 Aug, Wed 26 Aug, Mon 31 Aug, Tue 1 Sep, Mon 14 Sep, Tue 15 Sep,
--         Mon 21 Sep, Wed 30 Sep, Thu 1 Oct, Fri 2 Oct, Mon 5 Oct, Tue 6 Oct,
--         Wed 7 Oct, Mon 12 Oct, Tue 13 Oct, Wed 14 Oct, Thu 15 Oct, Sat 17 Oct,
--         Tue 20 Oct, Tue 27 Oct, Wed 28 Oct, Thu 29 Oct, Fri 30 Oct, Sat 31 Oct,
--         Sun 1 Nov, Tue 3 Nov, Wed 4 Nov, Thu 5 Nov, Tue 10 Nov, Wed 11 Nov,
--         Thu 12 Nov, Fri 13 Nov, Wed 18 Nov, Sun 22 Nov, Mon 23 Nov, Tue 24 Nov,
--         Thu 26 Nov, Fri 27 Nov, Mon 30 Nov, Tue 1 Dec, Thu 10 Dec, Sat 12 Dec,
--         Fri 18 Dec, Tue 22 Dec, Thu 31 Dec
--   2027: Sat 2 Jan, Wed 20 Jan, Thu 18 Feb, Thu 1 Apr, Wed 12 May, Thu 13 May, Tue 5 Oct
--   2028: Mon 30 Oct       2030: Thu 28 Feb       2032: Sat 30 Oct
--
-- Bank holidays used (England and Wales, the calendar of every preset here):
--   Mon 4 May 2026 (Early May bank holiday): skipped by ISL-R1's 5 working
--   days after Thu 30 Apr 2026 (Fri 1 May, Tue 5 to Fri 8 May).
--   Mon 31 Aug 2026 (Summer bank holiday): only a due date (ISL-C1, the end of
--   August); month-based dates are never moved off holidays.
--   None from Tue 4 to Tue 11 Aug 2026, from Wed 16 Sep to Tue 20 Oct 2026,
--   from Thu 5 to Wed 11 Nov 2026, or from Mon 23 Nov to Fri 18 Dec 2026
--   (Christmas Day, Fri 25 Dec 2026, falls after every horizon here).
--
-- Clock changes (Europe/London): BST from Sun 29 Mar 2026 01:00 UTC to Sun 25
-- Oct 2026 01:00 UTC, so a London day in between starts at 23:00 UTC the day
-- before; from 25 Oct 2026 London is on UTC.  The session time zone is UTC;
-- every timestamptz literal carries its offset.

\set QUIET on
BEGIN;
SET LOCAL client_min_messages = warning;
SET LOCAL timezone = 'UTC';

-------------------------------------------------------------------------------
-- Set-up: the casework schema, a handful of rows, and the sources
-------------------------------------------------------------------------------

\i test/sample/schema.sql

INSERT INTO casework.team (team_id, team_name) VALUES
    (1, 'Assessment 1'), (2, 'Children Looked After 2');

INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date) VALUES
    ('W01', 'Ann Archer', 'team_manager', 1, NULL, '2015-03-02', NULL),
    ('W10', 'Ian Irwin', 'team_manager', 2, NULL, '2022-04-04', NULL),
    ('W02', 'Ben Brown', 'social_worker', 1, 'W01', '2019-06-03', NULL),
    ('W03', 'Cara Cole', 'asye', 1, 'W01', '2026-05-12', NULL),
    ('W04', 'Dev Doyle', 'asye', 1, 'W01', '2026-05-13', NULL),
    ('W05', 'Dan Dale', 'senior_social_worker', 1, 'W01', '2021-01-04', '2026-12-31'),
    ('W06', 'Eve Ellis', 'social_worker', 1, 'W01', '2018-09-03', '2026-10-30'),
    ('W07', 'Finn Ford', 'family_support_worker', 2, NULL, '2012-09-03', '2019-03-31'),
    ('W08', 'Gina Grey', 'social_worker', 2, 'W10', '2022-05-03', '2024-02-29'),
    ('W09', 'Hana Hill', 'social_worker', 2, 'W10', '2026-12-01', NULL),
    ('W11', 'Jo Jones', 'social_worker', 2, 'W10', '2026-10-05', NULL),
    ('W12', 'Kit Khan', 'residential_practitioner', 2, 'W10', '2023-05-15', NULL),
    ('W13', 'Lia Lane', 'asye', 1, 'W01', '2025-11-03', NULL);

INSERT INTO casework.child (child_id, given_name, family_name, date_of_birth) VALUES
    (101, 'Amelia', 'Smith', '2015-04-01'), (102, 'Noah', 'Jones', '2018-07-12'),
    (103, 'Olivia', 'Khan', '2011-02-20'), (104, 'Leo', 'Patel', '2020-09-09'),
    (105, 'Isla', 'Evans', '2013-11-30'), (106, 'Oscar', 'White', '2016-05-05'),
    (107, 'Ivy', 'Walker', '2012-01-15'), (108, 'Theo', 'Green', '2019-03-03');

INSERT INTO casework.case_file (case_ref, child_id, legal_status, worker_id, opened_on, closed_on) VALUES
    ('C1', 101, 'cin', 'W02', '2026-02-02', NULL),
    ('C2', 102, 'cp', 'W02', '2026-07-06', NULL),
    ('C3', 103, 'cla', 'W03', '2025-01-06', NULL),
    ('C4', 104, 'early_help', 'W05', '2026-03-02', NULL),
    ('C5', 105, 'cin', 'W11', '2026-06-15', NULL),
    ('C6', 106, 'cp', 'W12', '2026-08-26', NULL),
    ('C7', 107, 'cin', 'W06', '2025-09-01', '2026-10-20'),
    ('C8', 108, 'cla', 'W02', '2026-06-01', NULL);

INSERT INTO casework.case_note (case_ref, note_type, event_at, recorded_at, author, significant, body) VALUES
    ('C1', 'Case supervision', '2026-04-30 10:00+01', '2026-05-08 17:00+01', 'W01', false, 'Plan reviewed.'),
    ('C1', 'Case supervision', '2026-08-03 10:00+01', '2026-08-11 09:00+01', 'W01', false, 'Plan reviewed.'),
    ('C1', 'Home visit', '2026-11-10 11:00+00', '2026-11-10 15:00+00', 'W02', false, 'Visited at home.'),
    ('C2', 'Phone call', '2026-09-01 12:00+01', '2026-09-01 13:00+01', 'W02', false, 'Called the school.'),
    ('C3', 'Case supervision', '2026-08-01 00:30+01', '2026-08-01 09:00+01', 'W01', false, 'Placement discussed.'),
    ('C4', 'Case supervision', '2026-07-02 10:00+01', '2026-07-02 16:00+01', 'W01', false, 'Early help plan reviewed.'),
    ('C4', 'Case supervision', '2026-10-02 10:00+01', '2026-10-02 16:00+01', 'W01', false, 'Early help plan reviewed.'),
    ('C5', 'Case supervision', '2026-10-20 09:30+01', '2026-10-20 12:00+01', 'W10', false, 'First discussion.'),
    ('C6', 'Case supervision', '2026-11-23 00:15+00', '2026-11-23 01:15+00', 'W10', false, 'Late-night discussion.'),
    ('C7', 'Case supervision', '2026-07-07 14:00+01', '2026-07-07 17:00+01', 'W01', false, 'Plan reviewed.'),
    ('C7', 'Case supervision', '2026-10-07 14:00+01', '2026-10-07 17:00+01', 'W01', false, 'Plan reviewed.'),
    ('C8', 'Case supervision', '2026-09-14 10:00+01', '2026-09-14 18:00+01', 'W01', true, 'Placement move agreed.'),
    ('C8', 'Case supervision', '2026-11-04 15:00+00', '2026-11-05 16:00+00', 'W01', true, 'Contact suspended.'),
    ('C8', 'Case supervision', '2026-11-18 10:00+00', '2026-11-18 12:00+00', 'W01', false, 'Plan reviewed.');

INSERT INTO casework.oversight_entry (case_ref, body, recorded_at) VALUES
    ('C1', 'Oversight.', '2026-10-12 09:00+01'),
    ('C1', 'Oversight.', '2026-11-23 10:00+00'),
    ('C2', 'Oversight.', '2026-11-22 23:30+00');

INSERT INTO casework.supervision_session (supervisee, supervisor, session_date, status) VALUES
    ('W02', 'W01', '2026-09-15', 'held'), ('W02', 'W01', '2026-10-15', 'cancelled'),
    ('W03', 'W01', '2026-09-30', 'held'), ('W03', 'W01', '2026-10-14', 'held'),
    ('W03', 'W01', '2026-10-28', 'held'), ('W03', 'W01', '2026-11-12', 'held'),
    ('W04', 'W01', '2026-10-29', 'held'), ('W04', 'W01', '2026-11-12', 'held'),
    ('W05', 'W01', '2026-09-30', 'held'), ('W05', 'W01', '2026-10-27', 'held'),
    ('W06', 'W01', '2026-09-01', 'held'), ('W06', 'W01', '2026-10-01', 'held'),
    ('W13', 'W01', '2026-09-21', 'held'), ('W13', 'W01', '2026-10-20', 'held'),
    ('W13', 'W01', '2026-11-03', 'held'),
    ('W10', 'W01', '2026-09-14', 'held'), ('W10', 'W01', '2026-10-14', 'held'),
    ('W10', 'W01', '2026-11-10', 'held'), ('W10', 'W01', '2026-11-23', 'held'),
    ('W12', 'W10', '2026-09-30', 'held'), ('W12', 'W10', '2026-10-31', 'held');

INSERT INTO casework.supervision_agreement (worker_id, signed_on) VALUES
    ('W02', '2025-12-22'), ('W03', '2026-05-12'), ('W05', '2024-02-29'),
    ('W10', '2025-12-18'), ('W12', '2025-11-24'), ('W12', '2026-11-23');

INSERT INTO casework.appraisal (worker_id, held_on) VALUES
    ('W02', '2025-12-01'), ('W12', '2025-11-20');

INSERT INTO casework.practice_observation (worker_id, observed_on, observer) VALUES
    ('W02', '2026-03-31', 'W01'), ('W02', '2026-04-01', 'W01'), ('W02', '2026-09-15', 'W01'),
    ('W03', '2026-10-06', 'W01'),
    ('W05', '2026-06-10', 'W01'), ('W05', '2026-11-23', 'W01'),
    ('W12', '2026-05-05', 'W10'), ('W12', '2026-07-07', 'W10'), ('W12', '2026-10-13', 'W10'),
    ('W01', '2025-11-21', NULL),
    ('W10', '2025-11-24', NULL);

SELECT supervision.register_source('staff', 'casework.worker', '{"key": "worker_id", "name": "full_name", "role": "job_role", "team": "team_id", "supervisor": "line_manager", "started": "role_start", "left_on": "leaving_date"}') \g /dev/null
SELECT supervision.register_source('cases', 'casework.case_file', '{"key": "case_ref", "child": "child_id", "category": "legal_status", "worker": "worker_id", "opened": "opened_on", "closed": "closed_on"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'casework.supervision_session', '{"staff": "supervisee", "held_at": "session_date", "kind": "status"}', '{held}') \g /dev/null
SELECT supervision.register_source('case_discussions', 'casework.case_note', '{"case_key": "case_ref", "held_at": "event_at", "kind": "note_type"}', '{Case supervision}') \g /dev/null
SELECT supervision.register_source('oversight', 'casework.oversight_entry', '{"case_key": "case_ref"}') \g /dev/null
SELECT supervision.register_source('observations', 'casework.practice_observation', '{"staff": "worker_id", "held_at": "observed_on"}') \g /dev/null
SELECT supervision.register_source('agreements', 'casework.supervision_agreement', '{"staff": "worker_id", "held_at": "signed_on"}') \g /dev/null
SELECT supervision.register_source('appraisals', 'casework.appraisal', '{"staff": "worker_id", "held_at": "held_on"}') \g /dev/null

SELECT plan(66);

SET LOCAL supervision.policy = 'leeds';

-------------------------------------------------------------------------------
-- 1. supervision_due (leeds, as of Sun 22 Nov 2026)
-------------------------------------------------------------------------------

SELECT is((SELECT array_agg(staff ORDER BY ordinality) FROM supervision.supervision_due('2026-11-22') WITH ORDINALITY),
    ARRAY['W01', 'W02', 'W03', 'W05', 'W04', 'W13', 'W10', 'W11', 'W12'],
    'LEE-P1, LEE-A1: the staff in post on Sun 22 Nov 2026 by team, then name (Dan Dale before Dev Doyle); not W06 (left Fri 30 Oct 2026), W07 and W08 (left 2019, 2024) or W09 (starts Tue 1 Dec 2026); W05 leaves Thu 31 Dec 2026, so is still in post');
SELECT results_eq(
    $$SELECT staff, name, team, role, rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W02' ORDER BY staff$$,
    $$VALUES ('W02', 'Ben Brown', '1', 'social_worker', 'LEE-P1', date '2026-09-15', date '2026-10-15', date '2026-10-15', 'overdue', 38)$$,
    'LEE-P1: the session cancelled Thu 15 Oct 2026 does not count; last held Tue 15 Sep 2026 + 1 month = Thu 15 Oct 2026, no hard limit (latest = target), overdue by 38 days (16 in October, 22 in November) on Sun 22 Nov 2026');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W01' ORDER BY staff$$,
    $$VALUES ('LEE-P1', NULL::date, date '2023-12-09', date '2023-12-09', 'overdue', 1079)$$,
    'LEE-P1: a team manager in the role since Mon 2 Mar 2015 with no session: the start counts as Thu 9 Nov 2023, the framework''s first day, + 1 month = Sat 9 Dec 2023, overdue by 1079 days (366 to 9 Dec 2024, 365 to 9 Dec 2025, 335 to 9 Nov 2026, 13 more)');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W11' ORDER BY staff$$,
    $$VALUES ('LEE-P1', NULL::date, date '2026-11-05', date '2026-11-05', 'overdue', 17)$$,
    'LEE-P1: a social worker who started Mon 5 Oct 2026 and has had no session: due from the start, + 1 month = Thu 5 Nov 2026, overdue by 17 days');
SELECT results_eq(
    $$SELECT role, rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W03' ORDER BY staff$$,
    $$VALUES ('asye', 'LEE-A1', date '2026-11-12', date '2026-12-12', date '2026-12-12', 'on track', 0)$$,
    'LEE-A1: an ASYE who started Tue 12 May 2026, last session Thu 12 Nov 2026 = start + 6 months, the first day of the monthly stage: + 1 month = Sat 12 Dec 2026, after Fri 27 Nov: on track');
SELECT results_eq(
    $$SELECT role, rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W04' ORDER BY staff$$,
    $$VALUES ('asye', 'LEE-A1', date '2026-11-12', date '2026-11-26', date '2026-11-26', 'due soon', 0)$$,
    'LEE-A1: an ASYE who started Wed 13 May 2026, last session Thu 12 Nov 2026, the day before start + 6 months (Fri 13 Nov): still fortnightly, + 14 days = Thu 26 Nov 2026, within 5 working days (by Fri 27 Nov): due soon');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W05' ORDER BY staff$$,
    $$VALUES ('LEE-P1', date '2026-10-27', date '2026-11-27', date '2026-11-27', 'due soon', 0)$$,
    'LEE-P1: a senior social worker last supervised Tue 27 Oct 2026: + 1 month = Fri 27 Nov 2026, the fifth working day after Sun 22 Nov (23-27 Nov): due soon');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W13' ORDER BY staff$$,
    $$VALUES ('LEE-P1', date '2026-11-03', date '2026-12-03', date '2026-12-03', 'on track', 0)$$,
    'LEE-A1 then LEE-P1: an ASYE who started Mon 3 Nov 2025, last session Tue 3 Nov 2026 = start + 12 months, when the ASYE schedule has ended: a social worker now (the vocabulary''s becomes), monthly under LEE-P1, due Thu 3 Dec 2026, after the horizon (Fri 27 Nov): on track');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W10' ORDER BY staff$$,
    $$VALUES ('LEE-P1', date '2026-11-10', date '2026-12-10', date '2026-12-10', 'on track', 0)$$,
    'LEE-P1: a team manager''s session of Mon 23 Nov 2026 is after as_of and does not count; last held Tue 10 Nov 2026 + 1 month = Thu 10 Dec 2026: on track');
SELECT results_eq(
    $$SELECT role, rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W12' ORDER BY staff$$,
    $$VALUES ('residential_practitioner', 'LEE-P1', date '2026-10-31', date '2026-11-30', date '2026-11-30', 'on track', 0)$$,
    'LEE-P1: a children''s home practitioner last supervised Sat 31 Oct 2026: + 1 month = Mon 30 Nov 2026 (31 Nov clamped), after Fri 27 Nov: on track');
SELECT results_eq(
    $$SELECT staff, target, status FROM supervision.supervision_due('2026-11-22', '2 working days')
      WHERE staff IN ('W04', 'W05') ORDER BY staff$$,
    $$VALUES ('W04', date '2026-11-26', 'on track'), ('W05', date '2026-11-27', 'on track')$$,
    'LEE-A1, LEE-P1: with a horizon of 2 working days (Mon 23, Tue 24 Nov 2026) the targets Thu 26 and Fri 27 Nov 2026 are on track, not due soon');

-- a role no rule of leeds names, for this test only
INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date)
VALUES ('W14', 'Max Moss', 'assistant_team_manager', 2, NULL, '2024-01-08', NULL);
SELECT results_eq(
    $$SELECT staff, role, rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-11-22') WHERE staff = 'W14' ORDER BY staff$$,
    $$VALUES ('W14', 'assistant_team_manager', NULL::text, NULL::date, NULL::date, NULL::date, 'no rule', 0)$$,
    'LEE-P1, LEE-P2, LEE-P3, LEE-A1: an assistant team manager in post (since Mon 8 Jan 2024), a role none of leeds''s personal supervision rules names (the preset leaves it to individual services): listed with no rule, no dates, status no rule, 0 days overdue');
DELETE FROM casework.worker WHERE worker_id = 'W14';

SET LOCAL supervision.policy = 'gloucestershire';
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.supervision_due('2026-10-17') WHERE staff = 'W02' ORDER BY staff$$,
    $$VALUES ('GLO-P1', date '2026-09-15', date '2026-10-15', date '2026-10-20', 'past target', 0)$$,
    'GLO-P1: under gloucestershire, as of Sat 17 Oct 2026, last held Tue 15 Sep 2026 (the cancelled Thu 15 Oct does not count): target + 1 month = Thu 15 Oct, hard limit 25 working days = Tue 20 Oct 2026 (16-18, 21-25, 28-30 Sep, 1-2, 5-9, 12-16, 19-20 Oct): past target, not overdue');
SET LOCAL supervision.policy = 'leeds';

-------------------------------------------------------------------------------
-- 2. case_discussions_due (leeds, as of Sun 22 Nov 2026)
-------------------------------------------------------------------------------

SELECT is((SELECT array_agg(case_key ORDER BY case_key) FROM supervision.case_discussions_due('2026-11-22')),
    ARRAY['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C8'],
    'LEE-C1, LEE-C2: the cases open on Sun 22 Nov 2026; C7, closed Tue 20 Oct 2026, is not listed');
SELECT results_eq(
    $$SELECT case_key, child, category, worker, team, rule, opened, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C1' ORDER BY case_key$$,
    $$VALUES ('C1', '101', 'cin', 'W02', '1', 'LEE-C1', date '2026-02-02', date '2026-08-03', date '2026-11-03', date '2026-11-03', 'overdue', 19)$$,
    'LEE-C1: the Home visit note of Tue 10 Nov 2026 is not a discussion; last Case supervision Mon 3 Aug 2026 + 3 months = Tue 3 Nov 2026, overdue by 19 days');
SELECT results_eq(
    $$SELECT rule, opened, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C2' ORDER BY case_key$$,
    $$VALUES ('LEE-C1', date '2026-07-06', NULL::date, date '2026-10-06', date '2026-10-06', 'overdue', 47)$$,
    'LEE-C1: a CP case opened Mon 6 Jul 2026 never discussed (only a Phone call note): due from the opening, + 3 months = Tue 6 Oct 2026, overdue by 47 days (25 in October, 22 in November)');
SELECT results_eq(
    $$SELECT rule, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C3' ORDER BY case_key$$,
    $$VALUES ('LEE-C1', date '2026-08-01', date '2026-11-01', date '2026-11-01', 'overdue', 21)$$,
    'LEE-C1: a discussion at 00:30 BST Sat 1 Aug 2026 (23:30 UTC Fri 31 Jul) is on the London day 1 Aug: + 3 months = Sun 1 Nov 2026, overdue by 21 days (not 31 Oct and 22 days, as the UTC day would give)');
SELECT results_eq(
    $$SELECT category, rule, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C4' ORDER BY case_key$$,
    $$VALUES ('early_help', 'LEE-C2', date '2026-10-02', date '2027-01-02', date '2027-01-02', 'on track', 0)$$,
    'LEE-C2: an early help case last discussed Fri 2 Oct 2026: + 3 months = Sat 2 Jan 2027: on track');
SELECT results_eq(
    $$SELECT worker, team, rule, last_discussed, target, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C5' ORDER BY case_key$$,
    $$VALUES ('W11', '2', 'LEE-C1', date '2026-10-20', date '2027-01-20', 'on track', 0)$$,
    'LEE-C1: a CIN case of team 2 last discussed Tue 20 Oct 2026: + 3 months = Wed 20 Jan 2027: on track');
SELECT results_eq(
    $$SELECT rule, opened, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C6' ORDER BY case_key$$,
    $$VALUES ('LEE-C1', date '2026-08-26', NULL::date, date '2026-11-26', date '2026-11-26', 'due soon', 0)$$,
    'LEE-C1: the discussion at 00:15 GMT Mon 23 Nov 2026 is after the end of Sun 22 Nov in London and does not count; from the opening Wed 26 Aug 2026 + 3 months = Thu 26 Nov 2026, by Fri 27 Nov: due soon');
SELECT results_eq(
    $$SELECT rule, last_discussed, target, latest, status, days_overdue
      FROM supervision.case_discussions_due('2026-11-22') WHERE case_key = 'C8' ORDER BY case_key$$,
    $$VALUES ('LEE-C1', date '2026-11-18', date '2027-02-18', date '2027-02-18', 'on track', 0)$$,
    'LEE-C1: a CLA case last discussed Wed 18 Nov 2026: + 3 months = Thu 18 Feb 2027: on track');

-------------------------------------------------------------------------------
-- 3. pre_supervision_report (leeds, then islington)
-------------------------------------------------------------------------------

SELECT results_eq(
    $$SELECT case_key, latest, late_records FROM supervision.pre_supervision_report('W02', '2026-11-22') WITH ORDINALITY ORDER BY ordinality$$,
    $$VALUES ('C2', date '2026-10-06', NULL::integer), ('C1', date '2026-11-03', NULL), ('C8', date '2027-02-18', NULL)$$,
    'LEE-C1, LEE-R3: Ben Brown''s open cases, soonest latest first (Tue 6 Oct 2026, Tue 3 Nov 2026, Thu 18 Feb 2027); leeds sets no case_record window, so late_records is NULL');

SET LOCAL supervision.policy = 'islington';
SELECT is((SELECT array_agg(case_key ORDER BY ordinality) FROM supervision.pre_supervision_report('W02', '2026-11-22') WITH ORDINALITY),
    ARRAY['C2', 'C1', 'C8'],
    'ISL-C1: under islington Ben Brown''s open cases come soonest latest first: Mon 31 Aug, Wed 30 Sep, Thu 31 Dec 2026');
SELECT results_eq(
    $$SELECT case_key, child, category, opened, rule, last_discussed, target, latest, status, days_overdue, last_oversight, late_records
      FROM supervision.pre_supervision_report('W02', '2026-11-22') WHERE case_key = 'C2' ORDER BY case_key$$,
    $$VALUES ('C2', '102', 'cp', date '2026-07-06', 'ISL-C1', NULL::date, date '2026-08-31', date '2026-08-31', 'overdue', 83, date '2026-11-22', NULL::integer)$$,
    'ISL-C1, ISL-R1: C2 opened Mon 6 Jul 2026, never discussed: by the end of the calendar month after July, Mon 31 Aug 2026 (a bank holiday, not moved), overdue by 83 days; oversight at 23:30 GMT Sun 22 Nov is on 22 Nov; no discussion to judge, late_records NULL');
SELECT results_eq(
    $$SELECT case_key, rule, last_discussed, target, latest, status, days_overdue, last_oversight, late_records
      FROM supervision.pre_supervision_report('W02', '2026-11-22') WHERE case_key = 'C1' ORDER BY case_key$$,
    $$VALUES ('C1', 'ISL-C1', date '2026-08-03', date '2026-09-30', date '2026-09-30', 'overdue', 53, date '2026-10-12', 1)$$,
    'ISL-C1, ISL-R1: C1 last discussed Mon 3 Aug 2026: by the end of September, Wed 30 Sep 2026, overdue by 53 days; last oversight Mon 12 Oct 2026 (the entry of Mon 23 Nov is after as_of); 1 late record: Thu 30 Apr recorded Fri 8 May is in time (5 WD: Fri 1 May, Tue 5-Fri 8 May, skipping bank holiday Mon 4 May), Mon 3 Aug recorded 09:00 Tue 11 Aug is late (5 WD end Mon 10 Aug)');
SELECT results_eq(
    $$SELECT case_key, rule, last_discussed, target, latest, status, days_overdue, last_oversight, late_records
      FROM supervision.pre_supervision_report('W02', '2026-11-22') WHERE case_key = 'C8' ORDER BY case_key$$,
    $$VALUES ('C8', 'ISL-C1', date '2026-11-18', date '2026-12-31', date '2026-12-31', 'on track', 0, NULL::date, 1)$$,
    'ISL-C1, ISL-R1: C8 last discussed Wed 18 Nov 2026: by Thu 31 Dec 2026, on track; no oversight; 1 late record: the significant decision at 15:00 Wed 4 Nov recorded 16:00 Thu 5 Nov is after 24 hours (though within 5 WD); the significant one of Mon 14 Sep recorded the same day and the one of Wed 18 Nov recorded 2 hours later are in time');
SELECT throws_ok($$SELECT * FROM supervision.pre_supervision_report('W99', '2026-11-22')$$, 'SV303', NULL,
    'ISL-C1: pre_supervision_report for a staff key the staff source does not hold (W99): SV303');
SELECT is_empty($$SELECT * FROM supervision.pre_supervision_report('W09', '2026-11-22')$$,
    'ISL-C1: a known member of staff with no cases (W09, who starts Tue 1 Dec 2026): no rows, no error');
SET LOCAL supervision.policy = 'leeds';

-------------------------------------------------------------------------------
-- 4. monthly_return (leeds, October 2026)
-------------------------------------------------------------------------------

SELECT is((SELECT array_agg(team ORDER BY ordinality) FROM supervision.monthly_return('2026-10-01') WITH ORDINALITY),
    ARRAY['1', '2'],
    'LEE-P1, LEE-C1: one row per team of the staff in post at some time in October 2026, by team');
SELECT results_eq(
    $$SELECT team, sessions_due, sessions_held, sessions_on_time, sessions_on_time_pct,
             discussions_due, discussions_held, discussions_on_time, discussions_on_time_pct, records_late
      FROM supervision.monthly_return('2026-10-01') WHERE team = '1' ORDER BY team$$,
    $$VALUES ('1', 8, 6, 5, 62.5, 3, 2, 2, 66.7, NULL::integer)$$,
    'LEE-P1, LEE-A1, LEE-C1, LEE-C2: team 1 in October 2026: sessions held 6, on time 5 (W03 Wed 14 and 28 Oct, each 14 days after the one before; W05 Tue 27 Oct by Fri 30 Oct; W06, who left Fri 30 Oct, Thu 1 Oct by Thu 1 Oct; W13 Tue 20 Oct by Wed 21 Oct), late 1 (W04 Thu 29 Oct, first session, weekly from the start Wed 13 May: by Wed 20 May); missed 2 (W01 due Sat 9 Dec 2023, W02 due Thu 15 Oct): due 8, 62.5%; discussions held 2 on time (C4 Fri 2 Oct, C7 Wed 7 Oct, each 3 months after the last), missed 1 (C2 due Tue 6 Oct): due 3, 66.7%; records_late NULL: leeds has no case_record window, so no record could be judged');
SELECT results_eq(
    $$SELECT team, sessions_due, sessions_held, sessions_on_time, sessions_on_time_pct,
             discussions_due, discussions_held, discussions_on_time, discussions_on_time_pct, records_late
      FROM supervision.monthly_return('2026-10-17') WHERE team = '2' ORDER BY team$$,
    $$VALUES ('2', 2, 2, 1, 50.0, 1, 1, 0, 0.0, NULL::integer)$$,
    'LEE-P1, LEE-C1: team 2 in October 2026 (any day of the month, here Sat 17 Oct): sessions W10 Wed 14 Oct on time (due Wed 14 Oct), W12 Sat 31 Oct late (due Fri 30 Oct), none missed (W11 due Thu 5 Nov from her start Mon 5 Oct): due 2, 50.0%; discussion C5 Tue 20 Oct late (first, due Tue 15 Sep from the opening Mon 15 Jun), none missed (C6 due Thu 26 Nov): due 1, 0.0%; records_late NULL (no window)');

SET LOCAL supervision.policy = 'islington';
SELECT results_eq(
    $$SELECT team, discussions_due, discussions_held, discussions_on_time, discussions_on_time_pct, records_late
      FROM supervision.monthly_return('2026-11-30') ORDER BY team$$,
    $$VALUES ('1', 5, 2, 1, 20.0, 1), ('2', 1, 1, 0, 0.0, 0)$$,
    'ISL-C1, ISL-R1: discussions in November 2026 under islington: team 1 held C8 Wed 4 Nov (due by Sat 31 Oct, the end of the month after Mon 14 Sep: not on time; significant, recorded after 24 hours: late) and Wed 18 Nov (due by Thu 31 Dec: on time; recorded in 2 hours), missed C1 and C3 (due Wed 30 Sep) and C2 (due Mon 31 Aug): due 5, 20.0%, 1 record late; team 2 held C6 Mon 23 Nov (first, due Wed 30 Sep from the opening Wed 26 Aug: not on time; recorded within 5 WD): due 1, 0.0%, 0 late');
SET LOCAL supervision.policy = 'leeds';

-------------------------------------------------------------------------------
-- 5. agreements_due (leeds) and appraisals_due (leeds, bury)
-------------------------------------------------------------------------------

SELECT is((SELECT array_agg(staff ORDER BY ordinality) FROM supervision.agreements_due('2026-11-22') WITH ORDINALITY),
    ARRAY['W01', 'W02', 'W03', 'W05', 'W04', 'W13', 'W10', 'W11', 'W12'],
    'LEE-X1: names no roles, so every member of staff in post on Sun 22 Nov 2026, by team then name');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff = 'W01' ORDER BY staff$$,
    $$VALUES ('LEE-X1', NULL::date, date '2024-11-09', date '2024-11-09', 'overdue', 743)$$,
    'LEE-X1: no agreement, in the role since Mon 2 Mar 2015: counted from Thu 9 Nov 2023 + 12 months = Sat 9 Nov 2024, overdue by 743 days (365 + 365 + 13)');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff = 'W05' ORDER BY staff$$,
    $$VALUES ('LEE-X1', date '2024-02-29', date '2025-02-28', date '2025-02-28', 'overdue', 632)$$,
    'LEE-X1: agreement Thu 29 Feb 2024 + 12 months = Fri 28 Feb 2025 (29 Feb clamped; 2025 not leap), overdue by 632 days (365 to 28 Feb 2026, then 267)');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff = 'W10' ORDER BY staff$$,
    $$VALUES ('LEE-X1', date '2025-12-18', date '2026-12-18', date '2026-12-18', 'due soon', 0)$$,
    'LEE-X1: agreement Thu 18 Dec 2025 + 12 months = Fri 18 Dec 2026, the 20th working day after Sun 22 Nov 2026: due soon (default horizon 20 working days)');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff = 'W12' ORDER BY staff$$,
    $$VALUES ('LEE-X1', date '2025-11-24', date '2026-11-24', date '2026-11-24', 'due soon', 0)$$,
    'LEE-X1: the agreement of Mon 23 Nov 2026 is after as_of and does not count; Mon 24 Nov 2025 + 12 months = Tue 24 Nov 2026: due soon');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff = 'W13' ORDER BY staff$$,
    $$VALUES ('LEE-X1', NULL::date, date '2026-11-03', date '2026-11-03', 'overdue', 19)$$,
    'LEE-X1: no agreement, started Mon 3 Nov 2025 (after the framework: no clamp) + 12 months = Tue 3 Nov 2026, overdue by 19 days');
SELECT results_eq(
    $$SELECT staff, last_held, target, status, days_overdue
      FROM supervision.agreements_due('2026-11-22') WHERE staff IN ('W02', 'W03', 'W04', 'W11') ORDER BY staff$$,
    $$VALUES ('W02', date '2025-12-22', date '2026-12-22', 'on track', 0),
             ('W03', date '2026-05-12', date '2027-05-12', 'on track', 0),
             ('W04', NULL::date, date '2027-05-13', 'on track', 0),
             ('W11', NULL::date, date '2027-10-05', 'on track', 0)$$,
    'LEE-X1: on track beyond Fri 18 Dec 2026: Mon 22 Dec 2025 + 12 months = Tue 22 Dec 2026; Tue 12 May 2026 -> Wed 12 May 2027; no agreement, from the starts Wed 13 May 2026 -> Thu 13 May 2027 and Mon 5 Oct 2026 -> Tue 5 Oct 2027');

SELECT is_empty($$SELECT * FROM supervision.appraisals_due('2026-11-22')$$,
    'LEE-X1: leeds''s staff cadences are supervision (LEE-P1 to LEE-A1), the agreement (LEE-X1) and training (LEE-T1); none on topic appraisal, so appraisals_due returns no rows');

SET LOCAL supervision.policy = 'bury';
SELECT is((SELECT count(*) FROM supervision.appraisals_due('2026-11-22')), 9::bigint,
    'BUR-E1: names no roles: one row for each of the 9 members of staff in post on Sun 22 Nov 2026');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.appraisals_due('2026-11-22') WHERE staff = 'W01' ORDER BY staff$$,
    $$VALUES ('BUR-E1', NULL::date, date '2017-01-01', date '2017-01-01', 'overdue', 3612)$$,
    'BUR-E1: no appraisal, in the role since Mon 2 Mar 2015, before bury''s first day Fri 1 Jan 2016: from 1 Jan 2016 + 12 months = Sun 1 Jan 2017, overdue by 3612 days (9 x 365 + 2 leap days to 1 Jan 2026, then 325)');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.appraisals_due('2026-11-22') WHERE staff = 'W02' ORDER BY staff$$,
    $$VALUES ('BUR-E1', date '2025-12-01', date '2026-12-01', date '2026-12-01', 'due soon', 0)$$,
    'BUR-E1: appraisal Mon 1 Dec 2025 + 12 months = Tue 1 Dec 2026, by Fri 18 Dec 2026 (20 working days): due soon');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.appraisals_due('2026-11-22') WHERE staff = 'W12' ORDER BY staff$$,
    $$VALUES ('BUR-E1', date '2025-11-20', date '2026-11-20', date '2026-11-20', 'overdue', 2)$$,
    'BUR-E1: appraisal Thu 20 Nov 2025 + 12 months = Fri 20 Nov 2026, overdue by 2 days on Sun 22 Nov');
SELECT results_eq(
    $$SELECT rule, last_held, target, latest, status, days_overdue
      FROM supervision.appraisals_due('2026-11-22') WHERE staff = 'W03' ORDER BY staff$$,
    $$VALUES ('BUR-E1', NULL::date, date '2027-05-12', date '2027-05-12', 'on track', 0)$$,
    'BUR-E1: no appraisal, started Tue 12 May 2026: + 12 months = Wed 12 May 2027: on track');

-------------------------------------------------------------------------------
-- 6. observations_due (gloucestershire, leeds)
-------------------------------------------------------------------------------

SET LOCAL supervision.policy = 'gloucestershire';
SELECT is((SELECT array_agg(staff ORDER BY ordinality) FROM supervision.observations_due('2026-11-22') WITH ORDINALITY),
    ARRAY['W02', 'W03', 'W05', 'W04', 'W13', 'W11', 'W12'],
    'GLO-O1: the staff in post in the rule''s roles (social_worker, asye, senior_social_worker, residential_practitioner here), by team then name; the team managers W01 and W10 are not among its roles');
SELECT results_eq(
    $$SELECT staff, rule, period, required, held, short FROM supervision.observations_due('2026-11-22') ORDER BY staff$$,
    $$VALUES ('W02', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 2, 0::numeric),
             ('W03', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 1, 1::numeric),
             ('W04', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 0, 2::numeric),
             ('W05', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 1, 1::numeric),
             ('W11', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 0, 2::numeric),
             ('W12', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 3, 0::numeric),
             ('W13', 'GLO-O1', '[2026-04-01,2027-04-01)'::daterange, 2::numeric, 0, 2::numeric)$$,
    'GLO-O1: 2 observations in the year from Wed 1 Apr 2026 to Wed 31 Mar 2027; W02 2 (Tue 31 Mar 2026 is in the year before; Wed 1 Apr and Tue 15 Sep count), W03 1 (Tue 6 Oct), W05 1 (Wed 10 Jun; Mon 23 Nov is after as_of), W12 3 (short 0, not -1), W04, W11 and W13 none');

SET LOCAL supervision.policy = 'leeds';
SELECT results_eq(
    $$SELECT staff, rule, period, required, held, short FROM supervision.observations_due('2026-11-22') WITH ORDINALITY ORDER BY ordinality$$,
    $$VALUES ('W01', 'LEE-Q1', '[2025-11-23,2026-11-23)'::daterange, 1::numeric, 0, 1::numeric),
             ('W10', 'LEE-Q1', '[2025-11-23,2026-11-23)'::daterange, 1::numeric, 1, 0::numeric)$$,
    'LEE-Q1: names no roles, so covers the supervisors (W01 of W02-W05 and W13, W10 of W11 and W12), once in the rolling 12 months after Sat 22 Nov 2025 up to Sun 22 Nov 2026: W01''s observation of Fri 21 Nov 2025 is before it (short 1), W10''s of Mon 24 Nov 2025 inside it');

-------------------------------------------------------------------------------
-- 7. retention_due (leeds, bury)
-------------------------------------------------------------------------------

SELECT results_eq(
    $$SELECT staff, left_on, rule, keep_until, may_delete FROM supervision.retention_due('2026-11-22') WITH ORDINALITY ORDER BY ordinality$$,
    $$VALUES ('W07', date '2019-03-31', 'LEE-R2', date '2025-03-31', true),
             ('W08', date '2024-02-29', 'LEE-R2', date '2030-02-28', false),
             ('W06', date '2026-10-30', 'LEE-R2', date '2032-10-30', false)$$,
    'LEE-R2: the leavers by Sun 22 Nov 2026 (not W05, who leaves Thu 31 Dec 2026), soonest first, kept 72 months: Sun 31 Mar 2019 (judged by the framework''s first version) -> Mon 31 Mar 2025, may be deleted; Thu 29 Feb 2024 -> Thu 28 Feb 2030 (clamped); Fri 30 Oct 2026 -> Sat 30 Oct 2032');
SELECT results_eq(
    $$SELECT staff, keep_until, may_delete FROM supervision.retention_due('2025-03-31') WHERE staff = 'W07' ORDER BY staff$$,
    $$VALUES ('W07', date '2025-03-31', false)$$,
    'LEE-R2: as of Mon 31 Mar 2025, the last day W07''s file must be kept: not yet deletable');
SELECT results_eq(
    $$SELECT staff, keep_until, may_delete FROM supervision.retention_due('2025-04-01') WHERE staff = 'W07' ORDER BY staff$$,
    $$VALUES ('W07', date '2025-03-31', true)$$,
    'LEE-R2: as of Tue 1 Apr 2025, the day after: deletable');

SET LOCAL supervision.policy = 'bury';
SELECT results_eq(
    $$SELECT staff, left_on, rule, keep_until, may_delete FROM supervision.retention_due('2026-11-22') WITH ORDINALITY ORDER BY ordinality$$,
    $$VALUES ('W07', date '2019-03-31', 'BUR-R2', date '2021-03-31', true),
             ('W08', date '2024-02-29', 'BUR-R2', date '2026-02-28', true),
             ('W06', date '2026-10-30', 'BUR-R2', date '2028-10-30', false)$$,
    'BUR-R2: kept 24 months after leaving: Sun 31 Mar 2019 -> Wed 31 Mar 2021; Thu 29 Feb 2024 -> Sat 28 Feb 2026 (clamped), both deletable on Sun 22 Nov 2026; Fri 30 Oct 2026 -> Mon 30 Oct 2028, not yet');
SET LOCAL supervision.policy = 'leeds';

-------------------------------------------------------------------------------
-- 8. supervisor_load (leeds): a third team, a head of service with 11
-------------------------------------------------------------------------------

INSERT INTO casework.team (team_id, team_name) VALUES (3, 'Safeguarding 3');
INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date)
VALUES ('W20', 'Zoe Zeller', 'head_of_service', 3, NULL, '2020-01-06', NULL);
INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date)
SELECT 'W' || (20 + g), 'Practitioner ' || g, 'social_worker', 3, 'W20', '2026-01-05', NULL
FROM generate_series(1, 11) AS g;
INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date)
VALUES ('W32', 'Practitioner 12', 'social_worker', 3, 'W20', '2026-01-05', '2026-06-30');

SELECT results_eq(
    $$SELECT supervisor, team, supervisees, rule, at_most, "over" FROM supervision.supervisor_load('2026-11-22') WITH ORDINALITY ORDER BY ordinality$$,
    $$VALUES ('W20', '3', 11, 'LEE-S1', 10::numeric, true),
             ('W01', '1', 5, 'LEE-S1', 10::numeric, false),
             ('W10', '2', 2, 'LEE-S1', 10::numeric, false)$$,
    'LEE-S1: at most 10 supervisees; most first: W20 has 11 in post (W21-W31, started Mon 5 Jan 2026; W32 left Tue 30 Jun 2026): over; W01 has 5 (W02-W05, W13; not W06, who left Fri 30 Oct); W10 has 2 (W11, W12; not the leaver W08 or W09, who starts Tue 1 Dec)');

-------------------------------------------------------------------------------
-- 9. Refusals
-------------------------------------------------------------------------------

SET LOCAL supervision.policy = '';
SELECT throws_ok($$SELECT * FROM supervision.supervision_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: supervision.policy set to '''': supervision_due refuses');
SELECT throws_ok($$SELECT * FROM supervision.case_discussions_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: case_discussions_due refuses');
SELECT throws_ok($$SELECT * FROM supervision.pre_supervision_report('W02', '2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: pre_supervision_report refuses');
SELECT throws_ok($$SELECT * FROM supervision.monthly_return('2026-10-01')$$, 'SV302', NULL,
    'SV302: no policy set: monthly_return refuses');
SELECT throws_ok($$SELECT * FROM supervision.agreements_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: agreements_due refuses');
SELECT throws_ok($$SELECT * FROM supervision.appraisals_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: appraisals_due refuses');
SELECT throws_ok($$SELECT * FROM supervision.observations_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: observations_due refuses');
SELECT throws_ok($$SELECT * FROM supervision.supervisor_load('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: supervisor_load refuses');
SELECT throws_ok($$SELECT * FROM supervision.retention_due('2026-11-22')$$, 'SV302', NULL,
    'SV302: no policy set: retention_due refuses');

SET LOCAL supervision.policy = 'nowhere';
SELECT throws_ok($$SELECT * FROM supervision.supervision_due('2026-11-22')$$, '22023', NULL,
    '22023: supervision.policy names a policy that does not exist (nowhere): the reports refuse with 22023, not SV302');

SET LOCAL supervision.policy = 'leeds';
SELECT supervision.unregister_source('oversight') \g /dev/null
SELECT throws_ok($$SELECT * FROM supervision.pre_supervision_report('W02', '2026-11-22')$$, 'SV301', NULL,
    'LEE-C1: with the oversight source unregistered, pre_supervision_report refuses: SV301');
SELECT lives_ok($$SELECT * FROM supervision.case_discussions_due('2026-11-22')$$,
    'LEE-C1: case_discussions_due does not read the oversight source and still runs');
SELECT throws_ok($$SELECT supervision.unregister_source('oversight')$$, '42704', NULL,
    'LEE-C1: unregistering the oversight source again: no such source, 42704');

SELECT * FROM finish();
ROLLBACK;
