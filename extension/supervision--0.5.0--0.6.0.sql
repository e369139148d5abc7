/* supervision--0.5.0--0.6.0.sql: monthly_return and observations_due
 * refuse an infinite day (22008) as the other reports do, where
 * monthly_return('infinity') answered for "the month of infinity" and
 * observations_due('infinity') failed with PostgreSQL's 0A000 (the two
 * defects sql/malformed.sql had left failing).  Faster due dates,
 * deadlines and triggers come with the shared library, not this script. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION supervision UPDATE TO '0.6.0'" to load this file. \quit

-- A report is asked about a day, and counts the days around it: an
-- infinite one has none
CREATE FUNCTION @extschema@.finite_report_day(day date, report text) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT isfinite(day) THEN
        RAISE EXCEPTION '% needs a day, not %', report, day
            USING ERRCODE = 'datetime_field_overflow',
                  HINT = 'Give a date: the report counts the days before and after it.';
    END IF;
    RETURN day;
END
$$;

COMMENT ON FUNCTION @extschema@.finite_report_day(date, text) IS
    'The day a report is asked about, refused when infinite (22008), NULL passing: used by monthly_return() and observations_due().';

CREATE OR REPLACE FUNCTION @extschema@.monthly_return(month date)
RETURNS TABLE (team text, sessions_due integer, sessions_held integer, sessions_on_time integer,
               sessions_on_time_pct numeric, discussions_due integer, discussions_held integer,
               discussions_on_time integer, discussions_on_time_pct numeric, records_late integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
    windows datemultirange := @extschema@.recording_windows(p.policy);
    first_day date := date_trunc('month', month)::date;
    last_day date := (date_trunc('month', month) + interval '1 month - 1 day')::date;
BEGIN
    IF month IS NULL THEN
        RAISE EXCEPTION 'monthly_return needs a month'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Give any day of the month: monthly_return(''2026-10-01'').';
    END IF;
    PERFORM @extschema@.finite_report_day(month, 'monthly_return');
    -- A session (a discussion) is on time when held by the latest date that
    -- followed from the one before it (or from the start in the role, the
    -- case's opening). Due = held in the month + those overdue at its end.
    RETURN QUERY EXECUTE format($q$
        WITH staff AS (SELECT * FROM %1$s AS s WHERE s.started <= $2 AND (s.left_on IS NULL OR s.left_on > $1)),
        sessions AS (
            SELECT s.staff, s.day, lag(s.day) OVER (PARTITION BY s.staff ORDER BY s.day) AS previous
            FROM (SELECT x.staff, @extschema@.local_day(x.held_at, $4) AS day FROM %2$s AS x) AS s),
        held_sessions AS (
            SELECT st.team, count(*) AS held, count(*) FILTER (WHERE s.day <= dd.latest) AS on_time
            FROM sessions AS s JOIN staff AS st ON st.key = s.staff
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR st.role = ANY ($7)
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@.not_before(s.previous, $5), @extschema@.not_before(st.started, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE s.day >= $1 AND dd.latest IS NOT NULL
            GROUP BY st.team),
        missed_sessions AS (
            SELECT st.team, count(*) AS missed
            FROM staff AS st
            LEFT JOIN (SELECT s.staff, max(s.day) AS last FROM sessions AS s GROUP BY s.staff) AS l ON l.staff = st.key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR st.role = ANY ($7)
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@.not_before(l.last, $5), @extschema@.not_before(st.started, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE dd.latest < $2 AND (st.left_on IS NULL OR st.left_on > $2)
            GROUP BY st.team),
        cases AS (
            SELECT c.*, st.team FROM %3$s AS c JOIN %1$s AS st ON st.key = c.worker
            WHERE c.opened <= $2 AND (c.closed IS NULL OR c.closed > $1)),
        discussions AS (
            SELECT s.case_key, s.day, s.late, lag(s.day) OVER (PARTITION BY s.case_key ORDER BY s.day) AS previous
            FROM (SELECT x.case_key, @extschema@.local_day(x.held_at, $4) AS day,
                         x.recorded_at >= @extschema@.late_from($3, x.held_at::timestamptz, x.significant, $6, $4) AS late
                  FROM %4$s AS x) AS s),
        held_discussions AS (
            SELECT c.team, count(*) FILTER (WHERE dd.latest IS NOT NULL) AS held,
                   count(*) FILTER (WHERE s.day <= dd.latest) AS on_time,
                   CASE WHEN bool_and(s.late IS NULL) THEN NULL
                        ELSE count(*) FILTER (WHERE s.late) END AS late
            FROM discussions AS s JOIN cases AS c ON c.key = s.case_key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $8 IS NULL OR c.category = ANY ($8)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@.not_before(s.previous, $5), @extschema@.not_before(c.opened, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE s.day >= $1
            GROUP BY c.team),
        missed_discussions AS (
            SELECT c.team, count(*) AS missed
            FROM cases AS c
            LEFT JOIN (SELECT s.case_key, max(s.day) AS last FROM discussions AS s GROUP BY s.case_key) AS l
                ON l.case_key = c.key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $8 IS NULL OR c.category = ANY ($8)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@.not_before(l.last, $5), @extschema@.not_before(c.opened, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE dd.latest < $2 AND (c.closed IS NULL OR c.closed > $2)
            GROUP BY c.team),
        teams AS (SELECT DISTINCT st.team FROM staff AS st)
        SELECT t.team,
               (coalesce(hs.held, 0) + coalesce(ms.missed, 0))::integer,
               coalesce(hs.held, 0)::integer, coalesce(hs.on_time, 0)::integer,
               round(100.0 * hs.on_time / nullif(coalesce(hs.held, 0) + coalesce(ms.missed, 0), 0), 1),
               (coalesce(hd.held, 0) + coalesce(md.missed, 0))::integer,
               coalesce(hd.held, 0)::integer, coalesce(hd.on_time, 0)::integer,
               round(100.0 * hd.on_time / nullif(coalesce(hd.held, 0) + coalesce(md.missed, 0), 0), 1),
               hd.late::integer
        FROM teams AS t
        LEFT JOIN held_sessions AS hs ON hs.team IS NOT DISTINCT FROM t.team
        LEFT JOIN missed_sessions AS ms ON ms.team IS NOT DISTINCT FROM t.team
        LEFT JOIN held_discussions AS hd ON hd.team IS NOT DISTINCT FROM t.team
        LEFT JOIN missed_discussions AS md ON md.team IS NOT DISTINCT FROM t.team
        ORDER BY t.team$q$,
        @extschema@.source_query('staff', p.time_zone, NULL),
        @extschema@.source_query('supervision_sessions', p.time_zone, last_day),
        @extschema@.source_query('cases', p.time_zone, NULL),
        @extschema@.source_query('case_discussions', p.time_zone, last_day))
    USING first_day, last_day, p.policy, p.time_zone, p.since, windows,
          @extschema@.rule_subjects(p.policy, 'personal_supervision'),
          @extschema@.rule_subjects(p.policy, 'case_discussion');
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    PERFORM @extschema@.finite_report_day(as_of, 'observations_due');
    -- The period: the year from the rule's first month (GLO-O1, 1 April)
    -- that contains as_of; else the rolling period up to as_of (LEE-Q1);
    -- with no period, since the start in the role (SLO-A2).  A rule naming
    -- no roles covers the supervisors (LEE-Q1 "for each supervisor").
    RETURN QUERY EXECUTE format($q$
        WITH staff AS %s,
        covered AS (
            SELECT st.*, r.rule_id, r.at_least,
                   CASE WHEN r.per IS NULL THEN daterange(st.started, $1, '[]')
                        WHEN r.year_starts IS NOT NULL THEN
                            daterange(y.first, (y.first + r.per::interval)::date)
                        ELSE daterange(($1 - r.per::interval)::date, $1, '(]') END AS period
            FROM staff AS st
            JOIN @extschema@.rules_in_force($2, 'quota', 'observation', $1) AS r
                ON CASE WHEN r.roles IS NULL THEN EXISTS (SELECT FROM staff AS s WHERE s.supervisor = st.key)
                        ELSE st.role = ANY (r.roles) END
            CROSS JOIN LATERAL (SELECT make_date(extract(year FROM $1)::integer
                                                 - CASE WHEN extract(month FROM $1) < r.year_starts THEN 1 ELSE 0 END,
                                                 coalesce(r.year_starts, 1)::integer, 1) AS first) AS y)
        SELECT c.key, c.name, c.team, c.role, c.rule_id, c.period, c.at_least,
               count(o.staff)::integer, greatest(c.at_least - count(o.staff), 0)
        FROM covered AS c
        LEFT JOIN (SELECT s.staff, @extschema@.local_day(s.held_at, $3) AS day FROM %s AS s) AS o
            ON o.staff = c.key AND c.period @> o.day
        GROUP BY c.key, c.name, c.team, c.role, c.rule_id, c.period, c.at_least
        ORDER BY c.team, c.name, c.key, c.rule_id$q$,
        @extschema@.staff_in_post(p.time_zone),
        @extschema@.source_query('observations', p.time_zone, as_of))
    USING as_of, p.policy, p.time_zone;
END
$$;

-- The comments of what this script replaced, restated
COMMENT ON FUNCTION @extschema@.monthly_return(date) IS
    'The monthly return of the month containing the day given (SLO-Q1), per team: personal supervision sessions due (held in the month, plus staff overdue at its end), held, held on time (by the latest date that followed from the session before), and the percentage on time; the same for case discussions (by the allocated worker''s team); and discussions of the month recorded after the recording window (NULL where none could be judged: no recorded_at, or no window in the policy).';
COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';
