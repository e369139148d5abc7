-- LEE-Q1: "Observation of Supervision" and "Audit of Supervision", each at
-- least once a year per supervisor, counted separately: observations_due()
-- reads the observations source (topic observation), audits_due() the
-- supervision_audits source (topic audit).  A rule naming no roles covers
-- those who supervise someone in post.
--
-- Worked out by hand (as of Wed 2 Dec 2026; "annually" is the rolling 12
-- months up to the day asked about: from after Tue 2 Dec 2025 to Wed 2 Dec
-- 2026, the first day not counted):
--   M observed Mon 2 Mar 2026 (1, not short); audited Wed 3 Dec 2025, the
--     first day counted (1, not short)
--   N never observed (short 1); audited Tue 2 Dec 2025, the day before the
--     period (0, short 1)
--   W supervises no one: in neither report
-- An observation is not an audit: M's audit is not counted as an
-- observation, nor the other way round.
BEGIN;
SELECT plan(5);

CREATE TABLE pg_temp.people (id text, full_name text, job text, boss text, started date);
INSERT INTO pg_temp.people VALUES ('M', 'Meg M', 'team_manager', NULL, '2015-01-05'),
    ('N', 'Ned N', 'team_manager', NULL, '2015-01-05'), ('W', 'Wyn W', 'social_worker', 'M', '2015-01-05'),
    ('X', 'Xan X', 'social_worker', 'N', '2015-01-05');
CREATE TABLE pg_temp.seen (who text, seen_on date);
INSERT INTO pg_temp.seen VALUES ('M', '2026-03-02');
CREATE TABLE pg_temp.checked (who text, checked_on date);
INSERT INTO pg_temp.checked VALUES ('M', '2025-12-03'), ('N', '2025-12-02');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "supervisor": "boss", "started": "started"}') \g /dev/null
SELECT supervision.register_source('observations', 'pg_temp.seen', '{"staff": "who", "held_at": "seen_on"}') \g /dev/null
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null

SELECT throws_ok($$SELECT * FROM supervision.audits_due('2026-12-02')$$, 'SV301', 'no supervision_audits source is registered',
    'LEE-Q1''s audit reads the supervision_audits source: not registered, the report refuses (SV301)');
SELECT supervision.register_source('supervision_audits', 'pg_temp.checked', '{"staff": "who", "held_at": "checked_on"}') \g /dev/null
SELECT results_eq($$SELECT format('%s %s %s %s %s', staff, rule, period, held, short) FROM supervision.audits_due('2026-12-02')
                    ORDER BY staff$$,
    ARRAY['M LEE-Q1 [2025-12-03,2026-12-03) 1 0', 'N LEE-Q1 [2025-12-03,2026-12-03) 0 1'],
    'LEE-Q1 audits on Wed 2 Dec 2026: M audited Wed 3 Dec 2025, the first day of the rolling year, counts; N''s audit of Tue 2 Dec 2025 falls the day before: short 1');
SELECT results_eq($$SELECT format('%s %s %s %s', staff, rule, held, short) FROM supervision.observations_due('2026-12-02')
                    ORDER BY staff$$,
    ARRAY['M LEE-Q1 1 0', 'N LEE-Q1 0 1'],
    'LEE-Q1 observations, counted apart from the audits: M observed Mon 2 Mar 2026; N never');
SELECT is((SELECT count(*)::integer FROM supervision.audits_due_today), (SELECT count(*)::integer FROM supervision.audits_due()),
    'the view is the report as of today');
SELECT set_config('supervision.policy', 'gloucestershire', true) \g /dev/null
SELECT is_empty($$SELECT * FROM supervision.audits_due('2026-12-02')$$, 'Gloucestershire sets no audit quota: no rows');

SELECT * FROM finish();
ROLLBACK;
