--
-- make bench: due dates by policy, 1,000,000 (category, last discussed)
-- rows, beside the floor date + integer and the plain SQL a report writer
-- would write by hand (a join to a table of intervals per category, which
-- knows neither versions nor hard limits nor working days), in one
-- session.  Goal: case_discussion_due at most 2x the floor.
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

SELECT setseed(0.0404);
CREATE TEMP TABLE discussions AS
    SELECT (ARRAY['cp','cin','cla','settled','disability','advice_assessment'])[1 + (random() * 5)::int] AS category,
           (ARRAY['social_worker','team_manager','senior_social_worker'])[1 + (random() * 2)::int] AS role,
           DATE '2023-12-01' + (random() * 1100)::int AS d,
           (random() * 60)::int AS n
    FROM generate_series(1, 1000000);
CREATE TEMP TABLE category_interval (category text PRIMARY KEY, every interval);
INSERT INTO category_interval VALUES
    ('cp', '1 month'), ('cin', '1 month'), ('cla', '3 months'), ('settled', '3 months'),
    ('disability', '6 months'), ('advice_assessment', '1 month');
VACUUM ANALYZE discussions, category_interval;

CREATE TEMP TABLE result (ord serial, what text, ms float8);
INSERT INTO result (what, ms) VALUES
 ('floor: d + n',                                   pg_temp.best_ms('SELECT count(d + n) FROM discussions')),
 ('case_discussion_due(''bury'', category, d)',     pg_temp.best_ms('SELECT count(supervision.case_discussion_due(''bury'', category, d)) FROM discussions')),
 ('(case_discussion_due(...)).target',              pg_temp.best_ms('SELECT count((supervision.case_discussion_due(''bury'', category, d)).target) FROM discussions')),
 ('personal_supervision_due(''gloucestershire'', role, d)', pg_temp.best_ms('SELECT count(supervision.personal_supervision_due(''gloucestershire'', role, d)) FROM discussions')),
 ('case_discussion_due(''leeds'', category, d)',     pg_temp.best_ms('SELECT count(supervision.case_discussion_due(''leeds'', category, d)) FROM discussions')),
 ('sql: join to category intervals, d + every',     pg_temp.best_ms('SELECT count(d + every) FROM discussions JOIN category_interval USING (category)'));

\echo
\echo 'Due dates by policy, 1,000,000 rows each (goal: case_discussion_due at most 2x the floor d + n)'
SELECT what AS "query",
       round((ms * 1e6 / 1000000)::numeric, 1) AS "ns per row",
       round((ms / (SELECT ms FROM result WHERE ord = 1))::numeric, 2) AS "x floor (d + n)"
FROM result ORDER BY ord;
