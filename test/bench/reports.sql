--
-- make bench: the overdue case list on the bench-size sample case database
-- (100,000 children, about 2,000,000 case notes, test/sample), beside the
-- bare query a report writer starts from, in one session.  Goal (issue 6):
-- case_discussions_due at most 1.2x the bare query; at most 0.2x with a
-- summary of each case's latest discussion maintained by trigger.
--
-- Two floors are measured with it, so that the goal can be read against
-- what any report must do: the same open cases, their worker's team and
-- last discussion, with no due date, written by hand as PL/pgSQL returning
-- them (as ours does); and that hand-written report over a table of each
-- case's latest discussion, which is what a summary would hold.
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

\i test/sample/schema.sql
\i test/sample/generate.sql
-- history is migrated the PostgreSQL way: with triggers off
SET session_replication_role = replica;
SELECT casework.generate(100000, DATE '2026-11-20') \g /dev/null
SET session_replication_role = DEFAULT;
\set policy leeds
\o /dev/null
\i test/sample/attach.sql
\o
VACUUM ANALYZE casework.case_note, casework.case_file, casework.worker;

SELECT count(*) AS children FROM casework.child \gset
SELECT count(*) AS case_notes FROM casework.case_note \gset

-- The floors: what a report writer would write by hand to list the open
-- cases with their worker's team and last case supervision, returned from
-- PL/pgSQL as our reports are; and the same over a table of each case's
-- latest discussion (what a summary kept by trigger would hold).  The last
-- discussion is left a timestamptz: its day in London (which ours gives)
-- would cost about 45 ms more, so these are the cheapest such reports.
CREATE FUNCTION pg_temp.by_hand(as_of date)
RETURNS TABLE (case_ref text, child_id text, legal_status text, worker_id text, team_id text, last_discussed timestamptz)
LANGUAGE plpgsql STABLE AS $f$
BEGIN
    RETURN QUERY
    SELECT c.case_ref, c.child_id::text, c.legal_status, c.worker_id, w.team_id::text, l.last_at
    FROM casework.case_file c
    LEFT JOIN (SELECT n.case_ref, max(n.event_at) AS last_at FROM casework.case_note n
               WHERE n.note_type = 'Case supervision' AND n.event_at < (as_of + 1)::timestamptz
               GROUP BY n.case_ref) l ON l.case_ref = c.case_ref
    LEFT JOIN casework.worker w ON w.worker_id = c.worker_id
    WHERE c.opened_on <= as_of AND (c.closed_on IS NULL OR c.closed_on > as_of);
END
$f$;
CREATE TEMP TABLE latest_discussion AS
SELECT n.case_ref, max(n.event_at) AS last_at FROM casework.case_note n
WHERE n.note_type = 'Case supervision' AND n.event_at < DATE '2026-11-21' GROUP BY n.case_ref;
ALTER TABLE latest_discussion ADD PRIMARY KEY (case_ref);
ANALYZE latest_discussion;
CREATE FUNCTION pg_temp.by_hand_over_summary(as_of date)
RETURNS TABLE (case_ref text, child_id text, legal_status text, worker_id text, team_id text, last_discussed timestamptz)
LANGUAGE plpgsql STABLE AS $f$
BEGIN
    RETURN QUERY
    SELECT c.case_ref, c.child_id::text, c.legal_status, c.worker_id, w.team_id::text, l.last_at
    FROM casework.case_file c
    LEFT JOIN pg_temp.latest_discussion l ON l.case_ref = c.case_ref
    LEFT JOIN casework.worker w ON w.worker_id = c.worker_id
    WHERE c.opened_on <= as_of AND (c.closed_on IS NULL OR c.closed_on > as_of);
END
$f$;

CREATE TEMP TABLE result (ord serial, what text, ms float8);
INSERT INTO result (what, ms) VALUES
 ('bare: SELECT case_ref, max(event_at) FROM case_note GROUP BY case_ref',
  pg_temp.best_ms('SELECT count(*) FROM (SELECT case_ref, max(event_at) FROM casework.case_note GROUP BY case_ref) x')),
 ('case_discussions_due(''2026-11-20'')',
  pg_temp.best_ms('SELECT count(*) FROM supervision.case_discussions_due(''2026-11-20'')')),
 ('  of which overdue',
  pg_temp.best_ms('SELECT count(*) FROM supervision.case_discussions_due(''2026-11-20'') WHERE status = ''overdue''')),
 ('supervision_due(''2026-11-20'')',
  pg_temp.best_ms('SELECT count(*) FROM supervision.supervision_due(''2026-11-20'')')),
 ('floor: the same cases by hand, no due dates, from PL/pgSQL',
  pg_temp.best_ms('SELECT count(*) FROM pg_temp.by_hand(''2026-11-20'')')),
 ('floor with a summary: the same, over each case''s latest discussion',
  pg_temp.best_ms('SELECT count(*) FROM pg_temp.by_hand_over_summary(''2026-11-20'')'));

\echo
\echo 'Reports on the sample case database:' :children 'children,' :case_notes 'case notes (goal: case_discussions_due at most 1.2x the bare query)'
SELECT what AS "query", round(ms::numeric, 0) AS "ms",
       round((ms / (SELECT ms FROM result WHERE ord = 1))::numeric, 2) AS "x bare query"
FROM result ORDER BY ord;

\echo
\echo 'The plan of case_discussions_due (auto_explain of the query it builds):'
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 100;   -- the report's own query, not the small lookups around it
SET auto_explain.log_nested_statements = on;
SET auto_explain.log_level = notice;
SET client_min_messages = notice;
\o /dev/null
SELECT count(*) FROM supervision.case_discussions_due('2026-11-20');
\o
SET client_min_messages = warning;
SET auto_explain.log_min_duration = -1;
