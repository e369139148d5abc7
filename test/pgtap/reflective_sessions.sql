-- BUR-X2: "Each session can accommodate 2 - 3 cases": the senior managers'
-- reflective session takes 2 to 3 cases (topic
-- cases_per_reflective_session), read from the reflective_cases source, a
-- row for each case taken to a session, sessions told apart by day.
--
-- Worked out by hand for November 2026 under Bury:
--   Wed 4 Nov: A, B         2 cases: within 2 to 3, no row
--   Wed 11 Nov: A           1 case: too few
--   Wed 18 Nov: A, B, C, D  4 cases: too many
--   Wed 25 Nov: A, B, C, A  3 cases (A twice is one case): no row
--   Wed 28 Oct: A           before the span: no row
BEGIN;
SELECT plan(5);

CREATE TABLE pg_temp.reflective (case_ref text, met timestamptz);
INSERT INTO pg_temp.reflective VALUES
    ('A', '2026-11-04 10:00+00'), ('B', '2026-11-04 11:00+00'),
    ('A', '2026-11-11 10:00+00'),
    ('A', '2026-11-18 10:00+00'), ('B', '2026-11-18 10:30+00'), ('C', '2026-11-18 11:00+00'), ('D', '2026-11-18 11:30+00'),
    ('A', '2026-11-25 10:00+00'), ('B', '2026-11-25 10:30+00'), ('C', '2026-11-25 11:00+00'), ('A', '2026-11-25 12:00+00'),
    ('A', '2026-10-28 10:00+00');

SELECT set_config('supervision.policy', 'bury', true) \g /dev/null
SELECT throws_ok($$SELECT * FROM supervision.cases_per_reflective_session('2026-11-01', '2026-11-30')$$,
    'SV301', NULL, 'with no reflective_cases source registered, the report refuses (SV301) with a hint');

SELECT supervision.register_source('reflective_cases', 'pg_temp.reflective', '{"case_key": "case_ref", "held_at": "met"}') \g /dev/null

SELECT results_eq($$SELECT held_on, cases, rule, at_least, at_most, finding
                   FROM supervision.cases_per_reflective_session('2026-11-01', '2026-11-30')$$,
    $$VALUES ('2026-11-11'::date, 1, 'BUR-X2', 2::numeric, 3::numeric, 'too few cases'),
             ('2026-11-18'::date, 4, 'BUR-X2', 2::numeric, 3::numeric, 'too many cases')$$,
    'BUR-X2: Wed 11 Nov took 1 case (too few), Wed 18 Nov 4 (too many); Wed 4 Nov (2) and Wed 25 Nov (3, A counted once) are within 2 to 3');
SELECT is_empty($$SELECT FROM supervision.cases_per_reflective_session('2026-11-19', '2026-11-30')$$,
    'BUR-X2: from Thu 19 Nov, only Wed 25 Nov''s session (3 cases): no row');
SELECT throws_ok($$SELECT * FROM supervision.cases_per_reflective_session('2026-11-30', '2026-11-01')$$,
    '22023', NULL, 'days out of order are refused');

SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT is_empty($$SELECT FROM supervision.cases_per_reflective_session('2026-11-01', '2026-11-30')$$,
    'Leeds sets no bound on a reflective session: no row');

SELECT * FROM finish();
ROLLBACK;
