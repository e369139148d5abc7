--
-- make bench: the reports on the bench-size sample case database (100,000
-- children, about 2,000,000 case notes, test/sample), each beside the SQL a
-- council's DBA would write by hand for the same question, in one session:
-- each planned and run (the one-case and one-worker questions also from a
-- prepared statement's plan, as drivers run them).  Goals (issue 21):
--   one case's row           at most 3x a DBA's indexed query for that case
--   one worker's report      at most 3x a DBA's query for that worker's cases,
--                            last discussions and last oversight
--   the whole case list      at most 1.1x a DBA's plain SQL view computing
--                            the same due dates
--   the monthly return       at most 2x a DBA's SQL for the same counts
--   session lengths, records, at most 1.5x a DBA's SQL (issue 19)
--   the diary (re-booking,
--   booked ahead, absences)
-- and the plans of the one-case and one-worker questions.
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
-- every table vacuumed and analysed, and the load checkpointed, so that
-- neither autovacuum nor a checkpoint runs during the measurements
VACUUM ANALYZE;
CHECKPOINT;

SELECT count(*) AS children FROM casework.child \gset
SELECT count(*) AS case_notes FROM casework.case_note \gset

-- What a DBA writes by hand: the council's own tables and columns, the
-- policy and time zone written in, our due-date function for the rule.

-- one case, on the council's index on (case_ref, event_at)
CREATE FUNCTION pg_temp.one_case_by_hand(ref text) RETURNS SETOF record LANGUAGE sql STABLE AS $f$
    SELECT c.case_ref, c.child_id, c.legal_status, c.worker_id, w.team_id, l.last_day, d.rule, d.target, d.latest
    FROM casework.case_file c
    LEFT JOIN casework.worker w ON w.worker_id = c.worker_id
    CROSS JOIN LATERAL (SELECT (max(n.event_at) AT TIME ZONE 'Europe/London')::date AS last_day
                        FROM casework.case_note n
                        WHERE n.case_ref = c.case_ref AND n.note_type = 'Case supervision'
                          AND n.event_at < '2026-11-21 00:00+00') l
    CROSS JOIN LATERAL supervision.case_discussion_due('leeds', c.legal_status, l.last_day, c.opened_on) d
    WHERE c.case_ref = ref
$f$;

-- one worker's cases, their last discussions and last oversight
CREATE FUNCTION pg_temp.one_worker_by_hand(worker text) RETURNS SETOF record LANGUAGE sql STABLE AS $f$
    SELECT c.case_ref, c.child_id, c.legal_status, c.opened_on, d.rule, l.last_day, d.target, d.latest,
           o.last_oversight
    FROM casework.case_file c
    CROSS JOIN LATERAL (SELECT (max(n.event_at) AT TIME ZONE 'Europe/London')::date AS last_day
                        FROM casework.case_note n
                        WHERE n.case_ref = c.case_ref AND n.note_type = 'Case supervision'
                          AND n.event_at < '2026-11-21 00:00+00') l
    CROSS JOIN LATERAL (SELECT (max(e.recorded_at) AT TIME ZONE 'Europe/London')::date AS last_oversight
                        FROM casework.oversight_entry e
                        WHERE e.case_ref = c.case_ref AND e.recorded_at < '2026-11-21 00:00+00') o
    CROSS JOIN LATERAL supervision.case_discussion_due('leeds', c.legal_status, l.last_day, c.opened_on) d
    WHERE c.worker_id = worker AND c.opened_on <= '2026-11-20' AND (c.closed_on IS NULL OR c.closed_on > '2026-11-20')
    ORDER BY d.latest NULLS LAST, c.case_ref
$f$;

-- every open case: a plain view
CREATE TEMP VIEW case_discussions_by_hand AS
SELECT c.case_ref, c.child_id, c.legal_status, c.worker_id, w.team_id, l.last_day, d.rule, d.target, d.latest,
       CASE WHEN d.latest < '2026-11-20' THEN 'overdue' END AS status
FROM casework.case_file c
LEFT JOIN (SELECT n.case_ref, (max(n.event_at) AT TIME ZONE 'Europe/London')::date AS last_day
           FROM casework.case_note n
           WHERE n.note_type = 'Case supervision' AND n.event_at < '2026-11-21 00:00+00'
           GROUP BY n.case_ref) l ON l.case_ref = c.case_ref
LEFT JOIN casework.worker w ON w.worker_id = c.worker_id
CROSS JOIN LATERAL supervision.case_discussion_due('leeds', c.legal_status, l.last_day, c.opened_on) d
WHERE c.opened_on <= '2026-11-20' AND (c.closed_on IS NULL OR c.closed_on > '2026-11-20');

-- October 2026's counts per team: sessions and discussions held in the
-- month, on time by the due date that followed from the one before, those
-- overdue at its end, and records late
CREATE TEMP VIEW monthly_return_by_hand AS
WITH staff AS (    -- in post in the month, in a role the policy has a cadence for
    SELECT * FROM casework.worker
    WHERE role_start <= '2026-10-31' AND (leaving_date IS NULL OR leaving_date > '2026-10-01')
      AND job_role IN (SELECT unnest(roles) FROM supervision.rule
                       WHERE policy = 'leeds' AND topic = 'personal_supervision' AND kind = 'cadence')),
sessions AS (
    SELECT s.supervisee, s.session_date AS day,
           lag(s.session_date) OVER (PARTITION BY s.supervisee ORDER BY s.session_date) AS previous
    FROM casework.supervision_session s WHERE s.status = 'held' AND s.session_date <= '2026-10-31'),
held_sessions AS (
    SELECT st.team_id, count(*) AS held, count(*) FILTER (WHERE s.day <= d.latest) AS on_time
    FROM sessions s JOIN staff st ON st.worker_id = s.supervisee
    CROSS JOIN LATERAL supervision.personal_supervision_due('leeds', st.job_role, s.previous, st.role_start) d
    WHERE s.day >= '2026-10-01' AND d.latest IS NOT NULL GROUP BY st.team_id),
missed_sessions AS (
    SELECT st.team_id, count(*) AS missed
    FROM staff st
    LEFT JOIN (SELECT supervisee, max(day) AS last FROM sessions GROUP BY supervisee) l ON l.supervisee = st.worker_id
    CROSS JOIN LATERAL supervision.personal_supervision_due('leeds', st.job_role, l.last, st.role_start) d
    WHERE d.latest < '2026-10-31' AND (st.leaving_date IS NULL OR st.leaving_date > '2026-10-31')
    GROUP BY st.team_id),
cases AS (
    SELECT c.*, w.team_id FROM casework.case_file c JOIN casework.worker w ON w.worker_id = c.worker_id
    WHERE c.opened_on <= '2026-10-31' AND (c.closed_on IS NULL OR c.closed_on > '2026-10-01')),
discussions AS (
    SELECT n.case_ref, (n.event_at AT TIME ZONE 'Europe/London')::date AS day,
           NULL::boolean AS late,    -- leeds sets no recording window: none late
           lag((n.event_at AT TIME ZONE 'Europe/London')::date)
               OVER (PARTITION BY n.case_ref ORDER BY n.event_at) AS previous
    FROM casework.case_note n
    WHERE n.note_type = 'Case supervision' AND n.event_at < '2026-11-01 00:00+00'),
held_discussions AS (
    SELECT c.team_id, count(*) AS held, count(*) FILTER (WHERE s.day <= d.latest) AS on_time,
           count(*) FILTER (WHERE s.late) AS late
    FROM discussions s JOIN cases c ON c.case_ref = s.case_ref
    CROSS JOIN LATERAL supervision.case_discussion_due('leeds', c.legal_status, s.previous, c.opened_on) d
    WHERE s.day >= '2026-10-01' GROUP BY c.team_id),
missed_discussions AS (
    SELECT c.team_id, count(*) AS missed
    FROM cases c
    LEFT JOIN (SELECT case_ref, max(day) AS last FROM discussions GROUP BY case_ref) l ON l.case_ref = c.case_ref
    CROSS JOIN LATERAL supervision.case_discussion_due('leeds', c.legal_status, l.last, c.opened_on) d
    WHERE d.latest < '2026-10-31' AND (c.closed_on IS NULL OR c.closed_on > '2026-10-31')
    GROUP BY c.team_id)
SELECT t.team_id, hs.held AS sessions_held, hs.on_time AS sessions_on_time, ms.missed AS sessions_missed,
       hd.held AS discussions_held, hd.on_time AS discussions_on_time, hd.late, md.missed AS discussions_missed
FROM (SELECT DISTINCT team_id FROM casework.worker
      WHERE role_start <= '2026-10-31' AND (leaving_date IS NULL OR leaving_date > '2026-10-01')) t
LEFT JOIN held_sessions hs USING (team_id) LEFT JOIN missed_sessions ms USING (team_id)
LEFT JOIN held_discussions hd USING (team_id) LEFT JOIN missed_discussions md USING (team_id);

-- a question that takes a millisecond: the mean of 200 runs after 10 to
-- warm up, each planned and run (as psql or a BI tool sends it), or, with
-- PREPARE, run from a plan kept (as a driver does after 5 runs)
CREATE FUNCTION pg_temp.mean_ms(query text, runs int DEFAULT 200) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    t timestamptz;
BEGIN
    FOR i IN 1..10 LOOP
        EXECUTE query;
    END LOOP;
    t := clock_timestamp();
    FOR i IN 1..runs LOOP
        EXECUTE query;
    END LOOP;
    RETURN extract(epoch FROM clock_timestamp() - t) * 1000 / runs;
END
$$;
PREPARE one_case_ours(text) AS
    SELECT * FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = $1;
PREPARE one_case_by_hand(text) AS
    SELECT * FROM pg_temp.one_case_by_hand($1) AS (a text, b int, c text, d text, e int, f date, g text, h date, i date);
PREPARE one_worker_ours(text) AS
    SELECT * FROM supervision.pre_supervision_report($1, '2026-11-20');
PREPARE one_worker_by_hand(text) AS
    SELECT * FROM pg_temp.one_worker_by_hand($1) AS (a text, b int, c text, d date, e text, f date, g date, h date, i date);

-- held sessions of the whole history outside Leeds's bound (LEE-A1: ASYE
-- up to 90 minutes), as a DBA would write it
CREATE TEMP VIEW sessions_outside_bounds_by_hand AS
SELECT s.supervisee, w.full_name, w.team_id, w.job_role, s.session_date, s.minutes, 'LEE-A1' AS rule
FROM casework.supervision_session s JOIN casework.worker w ON w.worker_id = s.supervisee
WHERE s.status = 'held' AND w.job_role = 'asye' AND s.minutes > 90 AND s.session_date <= '2026-11-20';

-- the records of every held session under LEE-R1, with their status, as
-- a DBA would write it for Leeds
CREATE TEMP VIEW records_due_by_hand AS
SELECT x.supervisee, x.session_date, x.give_by, x.sent_at, x.answer_by,
       CASE WHEN x.sent_at IS NULL THEN CASE WHEN x.give_by < '2026-11-21 00:00+00' THEN 'record overdue'
                                             ELSE 'record to give' END
            WHEN x.queried_at IS NOT NULL THEN 'amendment asked'
            WHEN x.signed_at IS NOT NULL THEN 'agreed'
            WHEN x.answer_by < '2026-11-21 00:00+00' THEN 'deemed accepted'
            ELSE 'awaiting answer' END AS status
FROM (SELECT s.supervisee, s.session_date, r.sent_at, r.signed_at, r.queried_at,
             supervision.window_deadline('leeds', 'LEE-R1', s.session_date::timestamp AT TIME ZONE 'Europe/London',
                                         false, 'supervision_record') AS give_by,
             supervision.window_deadline('leeds', 'LEE-R1', r.sent_at, false, 'record_response') AS answer_by
      FROM casework.supervision_session s
      JOIN casework.worker w ON w.worker_id = s.supervisee
      LEFT JOIN casework.supervision_record r ON r.session_id = s.session_id AND r.sent_at < '2026-11-21 00:00+00'
      WHERE s.status = 'held' AND s.session_date <= '2026-11-20' AND s.session_date >= '2023-11-09') AS x;

-- The diary (issue 19), as a DBA would write each question for Leeds (and
-- Islington for ISL-X1) on the council's own tables.
-- LEE-X3: each cancelled or re-arranged session, the window from the day
-- booked or from the return after sickness, and the session it moved to
CREATE TEMP VIEW sessions_to_rebook_by_hand AS
SELECT c.session_id, c.supervisee, c.session_date, x.due_by, n.session_id AS rebooked,
       CASE WHEN ab.absent THEN 'absent'
            WHEN n.session_id IS NULL THEN CASE WHEN x.due_by < '2026-11-21 00:00+00' THEN 'overdue' ELSE 'to rebook' END
            WHEN n.session_date::timestamp AT TIME ZONE 'Europe/London' < x.due_by THEN 'rebooked'
            WHEN x.due_by >= '2026-11-21 00:00+00' THEN 'to rebook'
            ELSE 'rebooked late' END AS finding
FROM casework.supervision_session c
LEFT JOIN LATERAL (SELECT max(a.last_day) AS last_day, bool_or(a.last_day IS NULL) AS absent
                   FROM casework.staff_absence a
                   WHERE c.cancel_reason = 'Sickness' AND a.worker_id IN (c.supervisee, c.supervisor)
                     AND a.first_day <= c.session_date AND (a.last_day IS NULL OR a.last_day >= c.session_date)) ab ON true
CROSS JOIN LATERAL (SELECT supervision.window_deadline('leeds', 'LEE-X3',
                        (CASE WHEN c.cancel_reason = 'Sickness' THEN supervision.add_working_days(ab.last_day, 1)
                              ELSE c.session_date END)::timestamp AT TIME ZONE 'Europe/London') AS due_by) x
LEFT JOIN LATERAL (SELECT n.session_id, n.session_date FROM casework.supervision_session n
                   WHERE n.supervisee = c.supervisee AND (n.booked_at IS NULL OR n.booked_at < '2026-11-21 00:00+00')
                     AND CASE WHEN c.moved_to IS NOT NULL THEN n.session_id = c.moved_to
                              ELSE n.status IN ('booked', 'held') AND n.session_date > c.session_date
                                   AND n.booked_at > c.booked_at END
                   ORDER BY n.session_date LIMIT 1) n ON true
WHERE c.status IN ('cancelled', 'rearranged');

-- LEE-X2: staff in post and the last session booked from today on
CREATE TEMP VIEW bookings_ahead_by_hand AS
SELECT w.worker_id, w.full_name, w.team_id, w.job_role, b.booked_until,
       CASE WHEN b.booked_until > '2027-01-20' THEN 'booked ahead' ELSE 'not booked ahead' END AS finding
FROM casework.worker w
LEFT JOIN (SELECT s.supervisee, max(s.session_date) AS booked_until FROM casework.supervision_session s
           WHERE s.status = 'booked' AND s.session_date >= '2026-11-20' GROUP BY 1) b ON b.supervisee = w.worker_id
WHERE w.role_start <= '2026-11-20' AND (w.leaving_date IS NULL OR w.leaving_date > '2026-11-20');

-- LEE-X4: supervisors off today for more than 2 weeks, and their supervisees
CREATE TEMP VIEW supervisors_absent_by_hand AS
SELECT a.worker_id AS supervisor, a.first_day, a.last_day, w.worker_id,
       CASE WHEN a.last_day >= a.first_day OR a.last_day IS NULL
            THEN (a.first_day + 14)::timestamp AT TIME ZONE 'Europe/London' END AS alternative_from
FROM casework.staff_absence a
JOIN casework.worker w ON w.line_manager = a.worker_id AND w.role_start <= '2026-11-20'
                      AND (w.leaving_date IS NULL OR w.leaving_date > '2026-11-20')
WHERE a.last_day < a.first_day
   OR (a.first_day <= '2026-11-20' AND (a.last_day IS NULL OR a.last_day >= '2026-11-20')
       AND ((a.last_day IS NULL AND a.first_day + 14 <= '2026-11-20') OR a.last_day >= a.first_day + 14));

-- ISL-X1: back from an absence during which supervision fell due and none
-- was held, and the first session since
CREATE TEMP VIEW supervision_on_return_by_hand AS
SELECT a.worker_id, a.first_day, a.last_day, r.returned_on, h.first_held,
       supervision.window_deadline('islington', 'ISL-X1', r.returned_on::timestamp AT TIME ZONE 'Europe/London') AS due_by
FROM casework.staff_absence a
JOIN casework.worker w ON w.worker_id = a.worker_id
CROSS JOIN LATERAL (SELECT supervision.add_working_days(a.last_day, 1, 'england-and-wales') AS returned_on) r
CROSS JOIN LATERAL (SELECT max(s.session_date) FILTER (WHERE s.session_date < a.first_day) AS last_before,
                           count(*) FILTER (WHERE s.session_date >= a.first_day) AS during
                    FROM casework.supervision_session s
                    WHERE s.supervisee = a.worker_id AND s.status = 'held' AND s.session_date <= a.last_day) l
CROSS JOIN LATERAL supervision.personal_supervision_due('islington', w.job_role, l.last_before, w.role_start) d
LEFT JOIN LATERAL (SELECT min(s.session_date) AS first_held FROM casework.supervision_session s
                   WHERE s.supervisee = a.worker_id AND s.status = 'held'
                     AND s.session_date >= r.returned_on AND s.session_date <= '2026-11-20') h ON true
WHERE r.returned_on <= '2026-11-20' AND d.latest <= a.last_day AND l.during = 0
  AND w.job_role IN ('social_worker', 'asye', 'returner', 'senior_social_worker', 'advanced_practitioner',
                     'family_support_worker', 'personal_adviser');

CREATE TEMP TABLE result (ord serial, question text, ours float8, by_hand float8, goal float8);
INSERT INTO result (question, ours, by_hand, goal) VALUES
 ('one case: case_discussions_due(...) WHERE case_key = ''C000200''',
  pg_temp.mean_ms($$SELECT * FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C000200'$$),
  pg_temp.mean_ms($$SELECT * FROM pg_temp.one_case_by_hand('C000200') AS (a text, b int, c text, d text, e int, f date,
                                                                         g text, h date, i date)$$),
  3),
 ('  the same, prepared',
  pg_temp.mean_ms($$EXECUTE one_case_ours('C000200')$$), pg_temp.mean_ms($$EXECUTE one_case_by_hand('C000200')$$), 3),
 ('one worker: pre_supervision_report(''W00008'')',
  pg_temp.mean_ms($$SELECT * FROM supervision.pre_supervision_report('W00008', '2026-11-20')$$),
  pg_temp.mean_ms($$SELECT * FROM pg_temp.one_worker_by_hand('W00008') AS (a text, b int, c text, d date, e text,
                                                                           f date, g date, h date, i date)$$),
  3),
 ('  the same, prepared',
  pg_temp.mean_ms($$EXECUTE one_worker_ours('W00008')$$), pg_temp.mean_ms($$EXECUTE one_worker_by_hand('W00008')$$), 3),
 ('every open case: case_discussions_due(''2026-11-20'')',
  pg_temp.best_ms($$SELECT count(status) FROM supervision.case_discussions_due('2026-11-20')$$, 5),
  pg_temp.best_ms($$SELECT count(latest), count(status) FROM case_discussions_by_hand$$, 5),
  1.1),
 ('  the same, the overdue only',
  pg_temp.best_ms($$SELECT count(*) FROM supervision.case_discussions_due('2026-11-20') WHERE status = 'overdue'$$, 5),
  pg_temp.best_ms($$SELECT count(*) FROM case_discussions_by_hand WHERE status = 'overdue'$$, 5),
  1.1),
 ('every member of staff: supervision_due(''2026-11-20'')',
  pg_temp.best_ms($$SELECT count(status) FROM supervision.supervision_due('2026-11-20')$$, 5),
  NULL, NULL),
 ('the monthly return: monthly_return(''2026-10-01'')',
  pg_temp.best_ms($$SELECT md5(string_agg(r::text, ',')) FROM supervision.monthly_return('2026-10-01') r$$, 3),
  pg_temp.best_ms($$SELECT md5(string_agg(r::text, ',')) FROM monthly_return_by_hand r$$, 3),
  2),
 ('session lengths: sessions_outside_bounds(''2015-01-01'', ''2026-11-20'')',
  pg_temp.best_ms($$SELECT count(*), sum(minutes) FROM supervision.sessions_outside_bounds('2015-01-01', '2026-11-20')$$),
  pg_temp.best_ms($$SELECT count(*), sum(minutes) FROM sessions_outside_bounds_by_hand$$),
  1.5),
 ('records: records_due(''2026-11-20'')',
  pg_temp.best_ms($$SELECT status, count(*) FROM supervision.records_due('2026-11-20') GROUP BY status$$),
  pg_temp.best_ms($$SELECT status, count(*) FROM records_due_by_hand GROUP BY status$$),
  1.5),
 ('re-booking: sessions_to_rebook(''2026-11-20'')',
  pg_temp.best_ms($$SELECT finding, count(*) FROM supervision.sessions_to_rebook('2026-11-20') GROUP BY finding$$),
  pg_temp.best_ms($$SELECT finding, count(*) FROM sessions_to_rebook_by_hand GROUP BY finding$$),
  1.5),
 ('booked ahead: bookings_ahead(''2026-11-20'')',
  pg_temp.best_ms($$SELECT finding, count(*) FROM supervision.bookings_ahead('2026-11-20') GROUP BY finding$$),
  pg_temp.best_ms($$SELECT finding, count(*) FROM bookings_ahead_by_hand GROUP BY finding$$),
  1.5),
 ('absent supervisors: supervisors_absent(''2026-11-20'')',
  pg_temp.best_ms($$SELECT count(*), max(alternative_from) FROM supervision.supervisors_absent('2026-11-20')$$),
  pg_temp.best_ms($$SELECT count(*), max(alternative_from) FROM supervisors_absent_by_hand$$),
  1.5);
SET supervision.policy = 'islington';
INSERT INTO result (question, ours, by_hand, goal) VALUES
 ('on return (islington): supervision_on_return(''2026-11-20'')',
  pg_temp.best_ms($$SELECT count(*), max(due_by) FROM supervision.supervision_on_return('2026-11-20')$$),
  pg_temp.best_ms($$SELECT count(*), max(due_by) FROM supervision_on_return_by_hand$$),
  1.5);
RESET supervision.policy;
SELECT count(*) AS bookings FROM casework.supervision_session \gset
SELECT count(*) AS staff FROM casework.worker \gset

\echo
\echo 'Reports on the sample case database:' :children 'children,' :case_notes 'case notes,' :staff 'staff,' :bookings 'bookings, beside SQL written by hand'
SELECT question, round(ours::numeric, 2) AS "ours ms", round(by_hand::numeric, 2) AS "by hand ms",
       round((ours / by_hand)::numeric, 2) AS "x by hand", goal AS "goal (at most)",
       CASE WHEN goal IS NULL THEN '' WHEN ours / by_hand <= goal THEN 'met' ELSE 'NOT MET' END AS "goal met"
FROM result ORDER BY ord;

\echo
\echo 'The plan of one case''s row (the report inlined: the council''s indexes on case_file and case_note):'
EXPLAIN (COSTS off) SELECT * FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C000200';
\echo
\echo 'The plan of one worker''s pre-supervision report (only that worker''s cases are read):'
EXPLAIN (COSTS off) SELECT * FROM supervision.pre_supervision_report('W00008', '2026-11-20');
