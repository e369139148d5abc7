-- sessions_outside_bounds(): held sessions whose length is outside the
-- policy's bound on session_length, for each preset that sets one:
--   SLO-D1  slough           every role      90 to 120 minutes ("1.5 to 2 hours")
--   BUR-D1  bury             every role      at least 90, normally at most 180
--           ("at least one and a half hours, but probably no more than
--           three"); a part-time worker's session "may be shorter"
--   LEE-A1  leeds            asye only       at most 90 ("up to 1 1/2 hours")
--   GLO-S1  gloucestershire  student only    at least 90 ("a minimum of 90 minutes")
--   ISL-D1  islington        practitioners   at least 180 ("a three hour formal
--           case supervision session once a month")
-- The bounds are read from each policy's text (the preset's rule rows say
-- the same; nothing here is computed by code): a session at the bound is
-- within it, one minute past it is outside.
--
-- The data, in this transaction:
--   S1 social_worker  S2 asye  S3 student  S4 team_manager  S5 social_worker, part-time
--   sessions (held unless said), all in November 2026 (every policy's
--   first version is in force by then):
--     S1 Mon 2 Nov 89 min, Tue 3 Nov 90, Wed 4 Nov 120, Thu 5 Nov 121,
--        Fri 6 Nov 180, Mon 9 Nov 181, Tue 10 Nov 179, Wed 11 Nov no length,
--        Thu 12 Nov 60 cancelled (not held: never judged)
--     S2 Mon 2 Nov 90, Tue 3 Nov 91
--     S3 Mon 2 Nov 89, Tue 3 Nov 90
--     S4 Mon 2 Nov 30
--     S5 Mon 2 Nov 60
--     S1 Fri 13 Nov -5 (a negative length: bad input, flagged, never dropped)
--   and one session of S1 on Tue 1 Dec 2026, 10 minutes, outside the days asked.
BEGIN;
SELECT plan(12);

CREATE TABLE pg_temp.people (id text, full_name text, job text, started date, part_time boolean);
INSERT INTO pg_temp.people VALUES
    ('S1', 'Sam One', 'social_worker', '2020-01-06', false),
    ('S2', 'Sue Two', 'asye', '2026-09-07', false),
    ('S3', 'Stu Three', 'student', '2026-09-07', false),
    ('S4', 'Sid Four', 'team_manager', '2015-03-02', false),
    ('S5', 'Sal Five', 'social_worker', '2019-06-03', true);
CREATE TABLE pg_temp.meetings (who text, held date, outcome text, length_min integer);
INSERT INTO pg_temp.meetings VALUES
    ('S1', '2026-11-02', 'held', 89), ('S1', '2026-11-03', 'held', 90), ('S1', '2026-11-04', 'held', 120),
    ('S1', '2026-11-05', 'held', 121), ('S1', '2026-11-06', 'held', 180), ('S1', '2026-11-09', 'held', 181),
    ('S1', '2026-11-10', 'held', 179), ('S1', '2026-11-11', 'held', NULL), ('S1', '2026-11-12', 'cancelled', 60),
    ('S2', '2026-11-02', 'held', 90), ('S2', '2026-11-03', 'held', 91),
    ('S3', '2026-11-02', 'held', 89), ('S3', '2026-11-03', 'held', 90),
    ('S4', '2026-11-02', 'held', 30),
    ('S5', '2026-11-02', 'held', 60),
    ('S1', '2026-11-13', 'held', -5),
    ('S1', '2026-12-01', 'held', 10);

SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started", "part_time": "part_time"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings',
    '{"staff": "who", "held_at": "held", "kind": "outcome", "minutes": "length_min"}', '{held}') \g /dev/null

CREATE FUNCTION pg_temp.outside(policy text) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT format('%s %s %s %s %s', o.staff, to_char(o.held_on, 'DD Mon'), o.minutes, o.rule, o.finding)
                 FROM supervision.sessions_outside_bounds('2026-11-01', '2026-11-30') o
                 ORDER BY o.staff, o.held_on;
END
$$;

SELECT results_eq($$SELECT * FROM pg_temp.outside('slough')$$,
    ARRAY['S1 02 Nov 89 SLO-D1 short', 'S1 05 Nov 121 SLO-D1 long', 'S1 06 Nov 180 SLO-D1 long',
          'S1 09 Nov 181 SLO-D1 long', 'S1 10 Nov 179 SLO-D1 long', 'S1 13 Nov -5 SLO-D1 invalid length',
          'S3 02 Nov 89 SLO-D1 short', 'S4 02 Nov 30 SLO-D1 short',
          'S5 02 Nov 60 SLO-D1 short'],
    'SLO-D1: every role 90 to 120 minutes; 90, 91 and 120 are within, 89 short, 121 long; S5''s part-time hours do not shorten a Slough session; no length recorded is not judged, a cancelled session is not held, a negative length is flagged');

SELECT results_eq($$SELECT * FROM pg_temp.outside('bury')$$,
    ARRAY['S1 02 Nov 89 BUR-D1 short', 'S1 09 Nov 181 BUR-D1 long', 'S1 13 Nov -5 BUR-D1 invalid length',
          'S3 02 Nov 89 BUR-D1 short', 'S4 02 Nov 30 BUR-D1 short'],
    'BUR-D1: at least 90, normally at most 180: 89 short, 180 within, 181 long; S5 is part-time, so 60 minutes "may be shorter" and is not reported');

SELECT results_eq($$SELECT * FROM pg_temp.outside('leeds')$$,
    ARRAY['S2 03 Nov 91 LEE-A1 long'],
    'LEE-A1: ASYE sessions up to 90 minutes: S2''s 90 is within, 91 long; no other role has a Leeds bound, so S1''s lengths and its negative one are not judged');

SELECT results_eq($$SELECT * FROM pg_temp.outside('gloucestershire')$$,
    ARRAY['S3 02 Nov 89 GLO-S1 short'],
    'GLO-S1: students at least 90 minutes: S3''s 89 short, 90 within; no other role has a Gloucestershire bound');

SELECT results_eq($$SELECT * FROM pg_temp.outside('islington')$$,
    ARRAY['S1 02 Nov 89 ISL-D1 short', 'S1 03 Nov 90 ISL-D1 short', 'S1 04 Nov 120 ISL-D1 short',
          'S1 05 Nov 121 ISL-D1 short', 'S1 10 Nov 179 ISL-D1 short', 'S1 13 Nov -5 ISL-D1 invalid length',
          'S2 02 Nov 90 ISL-D1 short', 'S2 03 Nov 91 ISL-D1 short', 'S5 02 Nov 60 ISL-D1 short'],
    'ISL-D1: practitioners (social_worker, asye, ...) at least 180 minutes, no maximum: 180 and 181 within, 179 short; a team manager and a student are not practitioners');

-- the rows carry the bound that was applied
SELECT set_config('supervision.policy', 'bury', true) \g /dev/null
SELECT results_eq($$SELECT rule, at_least, at_most, name, role FROM supervision.sessions_outside_bounds('2026-11-09', '2026-11-09')$$,
    $$VALUES ('BUR-D1'::text, 90::numeric, 180::numeric, 'Sam One'::text, 'social_worker'::text)$$,
    'BUR-D1: S1''s 181 minutes on Mon 9 Nov, with the bound applied (90 to 180) and who it was');

-- the days asked are inclusive at both ends, in the policy's time zone
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null
SELECT is((SELECT count(*)::integer FROM supervision.sessions_outside_bounds('2026-11-02', '2026-11-02')), 4,
    'SLO-D1: on Mon 2 Nov alone, S1 89, S3 89, S4 30 and S5 60 are short (S2''s 90 is within)');
SELECT is((SELECT count(*)::integer FROM supervision.sessions_outside_bounds('2026-11-01', '2026-12-01')), 10,
    'SLO-D1: up to Tue 1 Dec, S1''s 10 minutes that day is the tenth (nine in November)');

-- the view: this month so far; the same rows as the function
SELECT is((SELECT count(*) FROM supervision.sessions_outside_bounds_this_month),
          (SELECT count(*) FROM supervision.sessions_outside_bounds(date_trunc('month', current_date)::date, current_date)),
    'sessions_outside_bounds_this_month is the report from the first of this month to today');

-- a policy with no bound reports nothing; bad input is refused where a check can show it
SELECT results_eq($$SELECT count(*)::integer FROM pg_temp.outside('leeds') AS o WHERE o LIKE 'S1%'$$, ARRAY[0],
    'a role the policy sets no bound for is not judged, whatever its length');
CREATE TABLE pg_temp.bad_meetings (who text, held date, length_min text);
SELECT throws_ok($$SELECT supervision.register_source('supervision_sessions', 'pg_temp.bad_meetings',
                       '{"staff": "who", "held_at": "held", "minutes": "length_min"}')$$,
    '42804', NULL, 'a length held as text is refused when registering: minutes needs a number');
SELECT throws_ok($$SELECT * FROM supervision.sessions_outside_bounds('2026-11-30', '2026-11-01')$$,
    '22023', NULL, 'days asked the wrong way round are refused');

SELECT * FROM finish();
ROLLBACK;
