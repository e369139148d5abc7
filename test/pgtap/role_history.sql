-- Roles change (issue 20, item 2): where the council keeps a history of
-- roles (the role_changes source), each day is judged by the role held that
-- day, and a staged schedule is placed from the first day in that role.
-- Before the first change a member of staff has, the staff source's role
-- and start stand.
--
-- Worked out by hand under Leeds (calendar weeks and months: no working
-- days move these dates):
--   R: ASYE from Mon 1 Sep 2025, a social worker from Tue 1 Sep 2026, a
--      returner after a change of role from Mon 2 Nov 2026 (the staff
--      source has only the last: returner, started Mon 2 Nov 2026)
--     on Wed 1 Oct 2025: ASYE (LEE-A1), last session Mon 29 Sep 2025, in
--       the first 6 weeks (to Mon 13 Oct): weekly -> Mon 6 Oct 2025
--     on Thu 1 Oct 2026: social worker (LEE-P1, monthly), last session
--       Tue 15 Sep 2026 -> Thu 15 Oct 2026
--     on Fri 20 Nov 2026: returner (LEE-P3, fortnightly for 3 months from
--       Mon 2 Nov), last session Mon 9 Nov -> Mon 23 Nov 2026
--   S: no change recorded: the staff source's social worker (LEE-P1), last
--      session Wed 4 Nov 2026 -> Fri 4 Dec 2026
--   T: a social worker from Mon 1 Jan 2024, a team manager from Tue 1 Dec
--      2026 (the staff source: team_manager, started 1 Dec 2026)
--     on Fri 20 Nov 2026: a social worker, in post (LEE-P1), last session
--       Fri 30 Oct -> Mon 30 Nov 2026
--     on Wed 2 Dec 2026: a team manager (LEE-P1 too), overdue since Mon 30 Nov
BEGIN;
SELECT plan(12);

CREATE TABLE pg_temp.people (id text, full_name text, job text, started date);
INSERT INTO pg_temp.people VALUES ('R', 'Rae R', 'returner', '2026-11-02'), ('S', 'Sam S', 'social_worker', '2020-01-06'),
                                  ('T', 'Tom T', 'team_manager', '2026-12-01');
CREATE TABLE pg_temp.meetings (who text, held date, mins integer);
INSERT INTO pg_temp.meetings VALUES ('R', '2025-09-29', 120), ('R', '2026-09-15', 90), ('R', '2026-11-09', 90),
                                    ('S', '2026-11-04', 90), ('T', '2026-10-30', 90);
CREATE TABLE pg_temp.jobs (who text, job text, from_day date);
INSERT INTO pg_temp.jobs VALUES ('R', 'asye', '2025-09-01'), ('R', 'social_worker', '2026-09-01'),
                                ('R', 'returner', '2026-11-02'),
                                ('T', 'social_worker', '2024-01-01'), ('T', 'team_manager', '2026-12-01');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held", "minutes": "mins"}') \g /dev/null
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null

-- without the history, R and T are not yet in post on Thu 1 Oct 2026
SELECT is_empty($$SELECT FROM supervision.supervision_due('2026-10-01') WHERE staff IN ('R', 'T')$$,
    'without a role history, the staff source''s start (Mon 2 Nov, Tue 1 Dec 2026) stands: R and T not in post on Thu 1 Oct 2026');

SELECT supervision.register_source('role_changes', 'pg_temp.jobs',
    '{"staff": "who", "role": "job", "starts": "from_day"}') \g /dev/null

SELECT results_eq($$SELECT role, rule, last_held, target, latest FROM supervision.supervision_due('2025-10-01') WHERE staff = 'R'$$,
    $$VALUES ('asye', 'LEE-A1', '2025-09-29'::date, '2025-10-06'::date, '2025-10-06'::date)$$,
    'LEE-A1: on Wed 1 Oct 2025 R is an ASYE from Mon 1 Sep 2025, weekly in the first 6 weeks: Mon 29 Sep + 1 week = Mon 6 Oct');
SELECT results_eq($$SELECT role, rule, last_held, target, latest FROM supervision.supervision_due('2026-10-01') WHERE staff = 'R'$$,
    $$VALUES ('social_worker', 'LEE-P1', '2026-09-15'::date, '2026-10-15'::date, '2026-10-15'::date)$$,
    'LEE-P1: on Thu 1 Oct 2026 R is a social worker (since Tue 1 Sep 2026), monthly: Tue 15 Sep + 1 month = Thu 15 Oct');
SELECT results_eq($$SELECT role, rule, last_held, target, latest FROM supervision.supervision_due('2026-11-20') WHERE staff = 'R'$$,
    $$VALUES ('returner', 'LEE-P3', '2026-11-09'::date, '2026-11-23'::date, '2026-11-23'::date)$$,
    'LEE-P3: on Fri 20 Nov 2026 R is a returner from Mon 2 Nov, fortnightly: Mon 9 Nov + 2 weeks = Mon 23 Nov');
SELECT results_eq($$SELECT role, rule, latest FROM supervision.supervision_due('2026-11-20') WHERE staff = 'S'$$,
    $$VALUES ('social_worker', 'LEE-P1', '2026-12-04'::date)$$,
    'LEE-P1: S has no change recorded: the staff source''s role stands (Wed 4 Nov + 1 month = Fri 4 Dec)');
SELECT results_eq($$SELECT role, rule, latest, status FROM supervision.supervision_due('2026-11-20') WHERE staff = 'T'$$,
    $$VALUES ('social_worker', 'LEE-P1', '2026-11-30'::date, 'on track')$$,
    'LEE-P1: on Fri 20 Nov 2026 T is still a social worker (team manager from Tue 1 Dec): Fri 30 Oct + 1 month = Mon 30 Nov, after the 5 working days to Fri 27 Nov');
SELECT results_eq($$SELECT role, rule, latest, status FROM supervision.supervision_due('2026-12-02') WHERE staff = 'T'$$,
    $$VALUES ('team_manager', 'LEE-P1', '2026-11-30'::date, 'overdue')$$,
    'on Wed 2 Dec 2026 T is a team manager (LEE-P1): overdue since Mon 30 Nov');
SELECT results_eq($$SELECT staff, role, rule, minutes, finding FROM supervision.sessions_outside_bounds('2025-09-01', '2025-09-30')$$,
    $$VALUES ('R', 'asye', 'LEE-A1', 120::numeric, 'long')$$,
    'LEE-A1: R''s 120-minute session of Mon 29 Sep 2025 is over the ASYE''s 90 minutes (R an ASYE on the span''s last day)');

-- a change written after registering is read at once (no cache to go stale)
INSERT INTO pg_temp.jobs VALUES ('S', 'returner', '2026-11-16');
SELECT results_eq($$SELECT role, rule, latest FROM supervision.supervision_due('2026-11-20') WHERE staff = 'S'$$,
    $$VALUES ('returner', 'LEE-P3', '2026-11-18'::date)$$,
    'LEE-P3: S a returner from Mon 16 Nov 2026: fortnightly, Wed 4 Nov + 2 weeks = Wed 18 Nov');

-- the monthly return counts by the role held at the month's end (no cases)
CREATE TABLE pg_temp.files (key text, category text, worker text, opened date);
CREATE TABLE pg_temp.talks (case_key text, held_at date);
SELECT supervision.register_source('cases', 'pg_temp.files') \g /dev/null
SELECT supervision.register_source('case_discussions', 'pg_temp.talks') \g /dev/null
SELECT results_eq($$SELECT sessions_due, sessions_held FROM supervision.monthly_return('2025-09-01')$$,
    $$VALUES (3, 1)$$,
    'SLO-Q1''s return for September 2025: R (an ASYE from Mon 1 Sep 2025) held one session; S and T (a social worker from 2024), in post with none held, were overdue at its end: 3 due, 1 held (the staff source alone would count S only)');

-- unregistered, the staff source stands alone again
SELECT supervision.unregister_source('role_changes') \g /dev/null
SELECT is_empty($$SELECT FROM supervision.supervision_due('2026-10-01') WHERE staff IN ('R', 'T')$$,
    'role_changes unregistered: R and T are again not in post on Thu 1 Oct 2026');
SELECT throws_ok($$SELECT supervision.register_source('role_changes', 'pg_temp.jobs', '{"staff": "who", "role": "job"}')$$,
    NULL, NULL, 'role_changes needs the first day in the role (starts): refused when registering');

SELECT * FROM finish();
ROLLBACK;
