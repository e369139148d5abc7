-- cases_per_session(): BUR-C5, "at least one case is chosen for reflective
-- supervision in each one-to-one": the cases discussed in a session are the
-- discussions, on the day of the session, of the cases the supervisee is
-- allocated.  BUR-X2's 2 to 3 cases belong to the senior managers'
-- reflective session, not to a one-to-one.
--
-- Worked out by hand (Bury; December 2026):
--   W: sessions Tue 1 Dec (K1 discussed that day at 10:00: 1 case, enough)
--      and Tue 8 Dec (no case of W's discussed that day; K3, V's case, was:
--      0 cases, too few)
--   V: session Thu 3 Dec, K3 discussed twice that day: 1 case, enough
--   under Leeds, which sets no such bound: no rows
BEGIN;
SELECT plan(4);

CREATE TABLE pg_temp.people (id text, full_name text, job text, started date);
INSERT INTO pg_temp.people VALUES ('W', 'Wyn W', 'social_worker', '2020-01-06'), ('V', 'Val V', 'social_worker', '2020-01-06');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES ('W', '2026-12-01'), ('W', '2026-12-08'), ('V', '2026-12-03');
CREATE TABLE pg_temp.files (ref text, category text, worker text, opened date);
INSERT INTO pg_temp.files VALUES ('K1', 'cin', 'W', '2026-01-05'), ('K2', 'cp', 'W', '2026-01-05'), ('K3', 'cin', 'V', '2026-01-05');
CREATE TABLE pg_temp.notes (ref text, discussed timestamptz);
INSERT INTO pg_temp.notes VALUES ('K1', '2026-12-01 10:00+00'), ('K3', '2026-12-03 10:00+00'), ('K3', '2026-12-03 11:00+00'),
    ('K3', '2026-12-08 10:00+00'), ('K2', '2026-12-09 10:00+00');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT supervision.register_source('cases', 'pg_temp.files', '{"key": "ref", "worker": "worker"}') \g /dev/null
SELECT supervision.register_source('case_discussions', 'pg_temp.notes', '{"case_key": "ref", "held_at": "discussed"}') \g /dev/null
SELECT set_config('supervision.policy', 'bury', true) \g /dev/null

SELECT results_eq($$SELECT format('%s %s %s %s %s %s', staff, held_on, cases, rule, at_least, finding)
                    FROM supervision.cases_per_session('2026-12-01', '2026-12-31')$$,
    ARRAY['W 2026-12-08 0 BUR-C5 1 too few cases'],
    'BUR-C5 in December 2026: W''s session of Tue 8 Dec discussed none of W''s cases (K3 is V''s; K2 came the day after): too few; the sessions of 1 and 3 Dec discussed one each');
SELECT is_empty($$SELECT * FROM supervision.cases_per_session('2026-12-01', '2026-12-07')$$,
    'up to Mon 7 Dec, every session discussed a case');
SELECT throws_ok($$SELECT * FROM supervision.cases_per_session('2026-12-31', '2026-12-01')$$, '22023', NULL,
    'days out of order: refused');
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT is_empty($$SELECT * FROM supervision.cases_per_session('2026-12-01', '2026-12-31')$$,
    'Leeds sets no bound on the cases of a session: no rows');

SELECT * FROM finish();
ROLLBACK;
