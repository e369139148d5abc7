--
-- make bench: due dates and deadlines from a timescale, 1,000,000 calls
-- each beside the floor date + integer, in one session.  Each timescale is
-- a constant, parsed once when the query is planned, not per row.
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

SELECT setseed(0.1122);
CREATE TEMP TABLE events AS
    SELECT d, (random() * 60)::int AS n,
           (d + time '08:00' + random() * interval '12 hours') AT TIME ZONE 'Europe/London' AS at
    FROM (SELECT DATE '1975-01-01' + (random() * 79000)::int AS d FROM generate_series(1, 1000000)) s;
VACUUM ANALYZE events;


CREATE TEMP TABLE result (ord serial, what text, ms float8);
INSERT INTO result (what, ms) VALUES
 ('floor: d + n',                            pg_temp.best_ms('SELECT count(d + n) FROM events')),
 ('due_date(d, ''5 working days'')',          pg_temp.best_ms('SELECT count(supervision.due_date(d, ''5 working days'')) FROM events')),
 ('due_date(d, ''1 month'')',                 pg_temp.best_ms('SELECT count(supervision.due_date(d, ''1 month'')) FROM events')),
 ('due_date(d, ''1 calendar month'')',        pg_temp.best_ms('SELECT count(supervision.due_date(d, ''1 calendar month'')) FROM events')),
 ('d + interval ''1 month'' (PostgreSQL)',    pg_temp.best_ms('SELECT count(d + interval ''1 month'') FROM events')),
 ('floor: at + interval ''24 hours''',        pg_temp.best_ms('SELECT count(at + interval ''24 hours'') FROM events')),
 ('deadline(at, ''24 hours'')',               pg_temp.best_ms('SELECT count(supervision.deadline(at, ''24 hours'')) FROM events')),
 ('deadline(at, ''5 working days'')',         pg_temp.best_ms('SELECT count(supervision.deadline(at, ''5 working days'')) FROM events')),
 ('stage_at(ASYE schedule, d, d + n)',        pg_temp.best_ms('SELECT count(supervision.stage_at(''weekly until 6 weeks, fortnightly until 6 months, monthly'', d, d + n)) FROM events')),
 -- the day of an instant, as the reports read every discussion's and session's
 ('(at AT TIME ZONE ''Europe/London'')::date (PostgreSQL)', pg_temp.best_ms('SELECT count((at AT TIME ZONE ''Europe/London'')::date) FROM events')),
 ('local_day(at, ''Europe/London'')',         pg_temp.best_ms('SELECT count(supervision.local_day(at, ''Europe/London'')) FROM events'));

\echo
\echo 'Due dates and deadlines, 1,000,000 calls each (goal: at most 1.3x the floor d + n)'
SELECT what AS "function",
       round((ms * 1e6 / 1000000)::numeric, 1) AS "ns per call",
       round((ms / (SELECT ms FROM result WHERE ord = 1))::numeric, 2) AS "x floor (d + n)"
FROM result ORDER BY ord;
