-- Group supervision, per team (issue 20):
--   GLO-G1  gloucestershire  "All teams hold monthly group reflective
--           supervision": one month after the team's last group session
--           (clamped at a month's end), every team of the staff in post
--   001 (Leeds): group supervision cannot replace one-to-one supervision, so
--           a group session never counts toward a one-to-one cadence: the
--           team's sessions are a source of their own (group_sessions)
--
-- Worked out by hand (as of Wed 2 Dec 2026; the default horizon of 5
-- working days ends Wed 9 Dec: 3 4, 7 8 9):
--   T1 last met Mon 2 Nov 2026 -> due Wed 2 Dec 2026: due soon (not yet past)
--   T2 last met Fri 30 Oct 2026 -> due Mon 30 Nov 2026: overdue by 2 days
--   T3 never met -> due from the policy's first day (version 1 in force from
--      1 Jan 2023): 1 Feb 2023, overdue
--   T4 last met Tue 1 Dec 2026 -> due Fri 1 Jan 2027: on track
--   a session on Thu 3 Dec 2026, after the day asked about, does not count
BEGIN;
SELECT plan(7);

CREATE TABLE pg_temp.people (id text, full_name text, job text, team text, started date);
INSERT INTO pg_temp.people VALUES ('A', 'Ann A', 'social_worker', 'T1', '2020-01-06'),
    ('B', 'Ben B', 'social_worker', 'T2', '2020-01-06'), ('C', 'Cat C', 'social_worker', 'T3', '2020-01-06'),
    ('D', 'Dan D', 'social_worker', 'T4', '2020-01-06'), ('E', 'Eve E', 'social_worker', NULL, '2020-01-06');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES ('A', '2026-11-02'), ('B', '2026-11-02');
CREATE TABLE pg_temp.team_meetings (team_id text, met timestamptz);
INSERT INTO pg_temp.team_meetings VALUES ('T1', '2026-11-02 14:00+00'), ('T2', '2026-08-31 14:00+00'),
    ('T2', '2026-10-30 14:00+00'), ('T4', '2026-12-01 14:00+00'), ('T1', '2026-12-03 10:00+00');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "team": "team", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT set_config('supervision.policy', 'gloucestershire', true) \g /dev/null

SELECT throws_ok($$SELECT * FROM supervision.group_supervision_due('2026-12-02')$$, 'SV301', 'no group_sessions source is registered',
    'GLO-G1 reads the group_sessions source: not registered, the report refuses (SV301)');
CREATE TEMP TABLE one_to_one_before AS SELECT * FROM supervision.supervision_due('2026-12-02');

SELECT supervision.register_source('group_sessions', 'pg_temp.team_meetings', '{"team": "team_id", "held_at": "met"}') \g /dev/null
SELECT results_eq($$SELECT format('%s %s %s %s %s %s', team, rule, coalesce(last_held::text, '-'), latest, status, days_overdue)
                    FROM supervision.group_supervision_due('2026-12-02')$$,
    ARRAY['T1 GLO-G1 2026-11-02 2026-12-02 due soon 0', 'T2 GLO-G1 2026-10-30 2026-11-30 overdue 2',
          'T3 GLO-G1 - 2023-02-01 overdue 1400', 'T4 GLO-G1 2026-12-01 2027-01-01 on track 0'],
    'GLO-G1 on Wed 2 Dec 2026: T1 due today (due soon), T2 overdue since Mon 30 Nov, T3 never met: due since 1 Feb 2023, 1,400 days; T4 on track; the member of staff with no team names none');
SELECT results_eq($$SELECT format('%s %s %s', team, last_held, latest) FROM supervision.group_supervision_due('2026-12-03')
                    WHERE team = 'T1'$$,
    ARRAY['T1 2026-12-03 2027-01-03'],
    'asked about Thu 3 Dec, T1''s session that day counts: next due Sun 3 Jan 2027');
SELECT set_eq($$SELECT * FROM supervision.supervision_due('2026-12-02')$$,
    $$SELECT * FROM one_to_one_before$$,
    'group sessions never count toward a one-to-one cadence: supervision_due is the same with them registered');
SELECT is((SELECT count(*)::integer FROM supervision.group_supervision_due_today), (SELECT count(*)::integer FROM supervision.group_supervision_due()),
    'the view is the report as of today');
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT is_empty($$SELECT * FROM supervision.group_supervision_due('2026-12-02')$$,
    'Leeds sets no cadence of group supervision: no rows');
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null
SELECT is_empty($$SELECT * FROM supervision.group_supervision_due('2026-12-02')$$,
    'Slough books group supervision "as and when the case requires": no cadence, no rows (SLO-R3 is how it is recorded)');

SELECT * FROM finish();
ROLLBACK;
