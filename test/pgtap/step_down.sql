-- SLO-A2: a newly qualified (ASYE) social worker steps down to a less
-- frequent stage of SLO-A1 ("weekly until 6 weeks, fortnightly until 6
-- months, monthly until 12 months") only once the supervisor has observed a
-- piece of their direct work judged adequate; until then the more frequent
-- (first) stage goes on applying.  The stage in force on the day of the
-- last session applies (the preset's reading of SLO-A1), so an observation
-- counts for the interval after a session held on or after it.
--
-- Worked out by hand (calendar months and weeks: no working days):
--   started Mon 6 Jul 2026; 6 weeks -> Mon 17 Aug 2026; 6 months -> Wed 6
--   Jan 2027; 12 months -> Tue 6 Jul 2027
--   last session Mon 2 Nov 2026: in the fortnightly stage
--     stepped down: + 2 weeks -> Mon 16 Nov 2026
--     held at the first stage: + 1 week -> Mon 9 Nov 2026
--   last session Mon 1 Feb 2027: in the monthly stage
--     stepped down: + 1 month -> Mon 1 Mar 2027; held: + 1 week -> Mon 8 Feb
-- Leeds has no such condition (LEE-Q1 is a yearly quota): its ASYE steps
-- down as LEE-A1 says whatever the observations.
BEGIN;
SELECT plan(12);

SELECT is(supervision.personal_supervision_due('slough', 'asye', '2026-11-02', '2026-07-06'),
    ('SLO-A1', '2026-11-16', '2026-11-16')::supervision.due,
    'SLO-A1 without observations given: the step-downs are taken as made (fortnightly from Mon 2 Nov: Mon 16 Nov)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', '2026-11-02', '2026-07-06', NULL),
    ('SLO-A1', '2026-11-09', '2026-11-09')::supervision.due,
    'SLO-A2: not yet observed, the ASYE stays weekly (Mon 2 Nov + 1 week: Mon 9 Nov)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', '2026-11-02', '2026-07-06', '2026-10-30'),
    ('SLO-A1', '2026-11-16', '2026-11-16')::supervision.due,
    'SLO-A2: observed on Fri 30 Oct, before the session of Mon 2 Nov: fortnightly (Mon 16 Nov)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', '2026-11-02', '2026-07-06', '2026-11-02'),
    ('SLO-A1', '2026-11-16', '2026-11-16')::supervision.due,
    'SLO-A2: observed on the day of the session: fortnightly from it');
SELECT is(supervision.personal_supervision_due('slough', 'asye', '2026-11-02', '2026-07-06', '2026-11-03'),
    ('SLO-A1', '2026-11-09', '2026-11-09')::supervision.due,
    'SLO-A2: observed the day after the session: the interval from it stays weekly (Mon 9 Nov)');
SELECT is(supervision.personal_supervision_due('slough', 'asye', '2027-02-01', '2026-07-06', NULL),
    ('SLO-A1', '2027-02-08', '2027-02-08')::supervision.due,
    'SLO-A2: seven months in and never observed: still weekly (Mon 1 Feb 2027 + 1 week: Mon 8 Feb), not monthly (Mon 1 Mar)');
SELECT is(supervision.personal_supervision_due('slough', 'social_worker', '2026-11-02', '2026-07-06', NULL),
    supervision.personal_supervision_due('slough', 'social_worker', '2026-11-02', '2026-07-06'),
    'SLO-A2 names the ASYE only: a social worker''s due date does not depend on observations');
SELECT is(supervision.personal_supervision_due('leeds', 'asye', '2026-11-02', '2026-07-06', NULL),
    supervision.personal_supervision_due('leeds', 'asye', '2026-11-02', '2026-07-06'),
    'Leeds holds no step-down for an observation (LEE-Q1 is a yearly quota)');

-- The report: the observations source's rows that count are the ones
-- judged adequate (counts on its outcome column)
CREATE TABLE pg_temp.people (id text, full_name text, job text, started date);
INSERT INTO pg_temp.people VALUES ('A', 'Ann A', 'asye', '2026-07-06'), ('B', 'Ben B', 'asye', '2026-07-06'),
                                  ('C', 'Cat C', 'asye', '2026-07-06');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES ('A', '2026-11-02'), ('B', '2026-11-02'), ('C', '2026-11-02');
CREATE TABLE pg_temp.observed (who text, seen date, outcome text);
INSERT INTO pg_temp.observed VALUES ('A', '2026-10-30', 'Adequate'), ('B', '2026-10-30', 'Not yet adequate');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null

SELECT results_eq($$SELECT staff || ' ' || latest FROM supervision.supervision_due('2026-11-04') ORDER BY staff$$,
    ARRAY['A 2026-11-16', 'B 2026-11-16', 'C 2026-11-16'],
    'supervision_due with no observations source: every step-down taken as made (Mon 16 Nov)');

SELECT supervision.register_source('observations', 'pg_temp.observed', '{"staff": "who", "held_at": "seen", "kind": "outcome"}',
                                   counts => '{Adequate}') \g /dev/null
SELECT results_eq($$SELECT staff || ' ' || latest FROM supervision.supervision_due('2026-11-04') ORDER BY staff$$,
    ARRAY['A 2026-11-16', 'B 2026-11-09', 'C 2026-11-09'],
    'SLO-A2 in supervision_due: A observed adequate on Fri 30 Oct steps down (Mon 16 Nov); B (observed, not adequate) and C (never) stay weekly (Mon 9 Nov)');
SELECT results_eq($$SELECT staff || ' ' || status FROM supervision.supervision_due('2026-11-10') ORDER BY staff$$,
    ARRAY['A due soon', 'B overdue', 'C overdue'],
    'on Tue 10 Nov, held weekly, B and C are overdue (due by Mon 9 Nov); A, stepped down, is due soon (Mon 16 Nov, within the 5 working days to Tue 17 Nov)');
INSERT INTO pg_temp.observed VALUES ('C', '2026-11-03', 'Adequate');
SELECT results_eq($$SELECT staff || ' ' || latest FROM supervision.supervision_due('2026-11-04') ORDER BY staff$$,
    ARRAY['A 2026-11-16', 'B 2026-11-09', 'C 2026-11-09'],
    'C observed adequate on Tue 3 Nov, after the session of Mon 2 Nov: the interval from that session stays weekly');

SELECT * FROM finish();
ROLLBACK;
