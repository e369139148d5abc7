
------------------------------------------------------------------------------
-- The policy the reports apply: the setting supervision.policy
------------------------------------------------------------------------------

CREATE TYPE @extschema@._policy_in_force AS (
    policy    text,
    calendar  text,
    time_zone text,
    since     date
);

COMMENT ON TYPE @extschema@._policy_in_force IS
    'The policy the reports apply (supervision.policy), its calendar, the calendar''s time zone, and the first day of its first version.';

CREATE FUNCTION @extschema@._policy_in_force() RETURNS @extschema@._policy_in_force
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wanted text := coalesce(current_setting('supervision.policy', true), '');
    answer @extschema@._policy_in_force;
BEGIN
    IF wanted = '' THEN
        RAISE EXCEPTION 'no policy is set for the reports'
            USING ERRCODE = 'SV302',
                  HINT = 'SET supervision.policy = ''leeds'' (or a policy of your own); ALTER DATABASE ... SET supervision.policy = ... sets it for everyone.';
    END IF;
    SELECT p.name, p.calendar, c.time_zone,
           (SELECT min(lower(v.in_force)) FROM @extschema@.policy_version v WHERE v.policy = p.name)
    INTO answer
    FROM @extschema@.policy p JOIN @extschema@.calendar c ON c.name = p.calendar
    WHERE p.name = wanted;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'policy "%" does not exist', wanted
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Policies are: ' || (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM @extschema@.policy p)
                         || '. Set supervision.policy to one of them.';
    END IF;
    RETURN answer;
END
$$;

COMMENT ON FUNCTION @extschema@._policy_in_force() IS
    'The policy named by supervision.policy, with its calendar and time zone; refuses when none is set (SV302) or it does not exist.';

CREATE FUNCTION @extschema@._not_before(day date, since date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN day OPERATOR(pg_catalog.<) since THEN since ELSE day END $$;

COMMENT ON FUNCTION @extschema@._not_before(date, date) IS
    'The day, or since when the day is earlier (NULL stays NULL): the reports read an occurrence or start before a policy''s first version as on its first day in force. Names pg_catalog''s operators, so that it inlines safely.';

CREATE FUNCTION @extschema@._due_status(rule text, target date, latest date, as_of date, soon date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN rule IS NULL THEN 'no rule'
        WHEN latest IS NULL THEN 'nothing due'
        WHEN as_of OPERATOR(pg_catalog.>) latest THEN 'overdue'
        WHEN as_of OPERATOR(pg_catalog.>) target THEN 'past target'
        WHEN target OPERATOR(pg_catalog.<=) soon THEN 'due soon'
        ELSE 'on track' END
$$;
COMMENT ON FUNCTION @extschema@._due_status(text, date, date, date, date) IS
    'Where a due date (a rule''s target and latest) stands on as_of: no rule, nothing due, overdue (past the latest date), past target (but not the latest), due soon (the target by soon, the end of the horizon), or on track. Names pg_catalog''s operators, so that it inlines safely.';

------------------------------------------------------------------------------
-- Reports: set-returning functions a report writer calls
------------------------------------------------------------------------------

-- the days on which a version of the policy with a recording window was in force
CREATE FUNCTION @extschema@._recording_windows(policy text) RETURNS datemultirange
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(range_agg(v.in_force), '{}')
    FROM @extschema@.policy_version v
    WHERE v.policy = _recording_windows.policy
      AND EXISTS (SELECT FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                  AND r.kind = 'window' AND r.topic = 'case_record')
$$;

COMMENT ON FUNCTION @extschema@._recording_windows(text) IS
    'The days on which a version of the policy with a recording window (a window rule on topic case_record) was in force: the reports judge records late only then.';

CREATE FUNCTION @extschema@._late_from(policy text, event timestamptz, significant boolean,
                                                 windows datemultirange, time_zone text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN windows OPERATOR(pg_catalog.@>) (event AT TIME ZONE time_zone)::date
                THEN @extschema@.recording_deadline(policy, event, coalesce(significant, false)) END
$$;
COMMENT ON FUNCTION @extschema@._late_from(text, timestamptz, boolean, datemultirange, text) IS
    'The first late instant for the record of a discussion held at event, where a version with a recording window was in force that day (else NULL): used by the reports. Names pg_catalog''s operators, so that it inlines safely.';

-- The roles (categories) the policy's cadences on a topic speak of, in any
-- version; NULL when a rule covers everyone.  The reports ask the due-date
-- functions only for those, and show the rest as 'no rule'.
CREATE FUNCTION @extschema@._rule_subjects(policy text, topic text) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN bool_or(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END IS NULL) THEN NULL
                ELSE array_agg(DISTINCT s) END
    FROM @extschema@.rule r
    LEFT JOIN LATERAL unnest(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END) AS s ON true
    WHERE r.policy = _rule_subjects.policy AND r.topic = _rule_subjects.topic AND r.kind = 'cadence'
$$;

COMMENT ON FUNCTION @extschema@._rule_subjects(text, text) IS
    'The roles (for topic personal_supervision) or case categories (case_discussion) that the policy''s cadence rules on the topic name, in any version; NULL when one names none and so covers all. Used by the reports.';

-- the staff in post on a day, as a subquery
CREATE FUNCTION @extschema@._staff_in_post(time_zone text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('(SELECT * FROM %s AS s WHERE s.started <= $1 AND (s.left_on IS NULL OR s.left_on > $1))',
                  @extschema@._source_query('staff', time_zone, NULL))
$$;

COMMENT ON FUNCTION @extschema@._staff_in_post(text) IS
    'The SQL of a subquery over the staff source: those in post on the day $1 (started, not yet left). Used by the reports.';

CREATE FUNCTION @extschema@.supervision_due(as_of date DEFAULT current_date,
                                            horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT st.key, st.name, st.team, st.role, dd.rule, l.last_held, dd.target, dd.latest,
               @extschema@._due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END
        FROM %s AS st
        LEFT JOIN (SELECT s.staff, @extschema@.local_day(max(s.held_at), $5) AS last_held
                   FROM %s AS s GROUP BY s.staff) AS l ON l.staff = st.key
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR st.role = ANY ($7)
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@._not_before(l.last_held, $6), @extschema@._not_before(st.started, $6)) END AS d OFFSET 0) AS z) AS dd
        ORDER BY st.team, st.name, st.key$q$,
        @extschema@._staff_in_post(p.time_zone),
        @extschema@._source_query('supervision_sessions', p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, p.since,
          @extschema@._rule_subjects(p.policy, 'personal_supervision');
END
$$;

COMMENT ON FUNCTION @extschema@.supervision_due(date, @extschema@.timescale) IS
    'Every member of staff in post on as_of: their rule of personal supervision, last session, target and latest dates by the policy in force (supervision.policy), status (overdue, past target, due soon within horizon, on track, nothing due, no rule) and days overdue.';

CREATE FUNCTION @extschema@.case_discussions_due(as_of date DEFAULT current_date,
                                                 horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (case_key text, child text, category text, worker text, team text, rule text,
               opened date, last_discussed date, target date, latest date, status text, days_overdue integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT c.key, c.child, c.category, c.worker, st.team, dd.rule, c.opened, l.last_discussed,
               dd.target, dd.latest, @extschema@._due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END
        FROM %s AS c
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.held_at), $5) AS last_discussed
                   FROM %s AS s GROUP BY s.case_key) AS l ON l.case_key = c.key
        LEFT JOIN %s AS st ON st.key = c.worker
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR c.category = ANY ($7)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@._not_before(l.last_discussed, $6), @extschema@._not_before(c.opened, $6)) END AS d OFFSET 0) AS z) AS dd
        WHERE c.opened <= $1 AND (c.closed IS NULL OR c.closed > $1)$q$,
        @extschema@._source_query('cases', p.time_zone, NULL),
        @extschema@._source_query('case_discussions', p.time_zone, as_of),
        @extschema@._source_query('staff', p.time_zone, NULL))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, p.since,
          @extschema@._rule_subjects(p.policy, 'case_discussion');
END
$$;

COMMENT ON FUNCTION @extschema@.case_discussions_due(date, @extschema@.timescale) IS
    'Every case open on as_of: its category, allocated worker and team, rule of case discussion, last discussion, target and latest dates by the policy in force (supervision.policy), status and days overdue. In no order (it is meant for large caseloads): add ORDER BY.';

CREATE FUNCTION @extschema@.pre_supervision_report(staff text, as_of date DEFAULT current_date,
                                                   horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (case_key text, child text, category text, opened date, rule text, last_discussed date,
               target date, latest date, status text, days_overdue integer,
               last_oversight date, late_records integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
    windows datemultirange := @extschema@._recording_windows(p.policy);
    known boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT FROM %s AS s WHERE s.key = $1)',
                   @extschema@._source_query('staff', p.time_zone, NULL))
        INTO known USING staff;
    IF NOT known THEN
        RAISE EXCEPTION 'no member of staff "%"', staff
            USING ERRCODE = 'SV303',
                  HINT = 'Give the key of a member of staff as the staff source holds it (SELECT * FROM supervision.source WHERE kind = ''staff'').';
    END IF;
    RETURN QUERY EXECUTE format($q$
        SELECT c.key, c.child, c.category, c.opened, dd.rule, l.last_discussed,
               dd.target, dd.latest, @extschema@._due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END,
               o.last_oversight, l.late_records
        FROM %s AS c
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.held_at), $5) AS last_discussed,
                          -- NULL when no record could be judged (no recorded_at, no window)
                          CASE WHEN bool_and(s.late IS NULL) THEN NULL
                               ELSE count(*) FILTER (WHERE s.late)::integer END AS late_records
                   FROM (SELECT x.*, x.recorded_at >= @extschema@._late_from(
                                         $3, x.held_at::timestamptz, x.significant, $8, $5) AS late
                         FROM %s AS x) AS s
                   GROUP BY s.case_key) AS l ON l.case_key = c.key
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.recorded_at), $5) AS last_oversight
                   FROM %s AS s GROUP BY s.case_key) AS o ON o.case_key = c.key
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $9 IS NULL OR c.category = ANY ($9)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@._not_before(l.last_discussed, $7), @extschema@._not_before(c.opened, $7)) END AS d OFFSET 0) AS z) AS dd
        WHERE c.worker = $6 AND c.opened <= $1 AND (c.closed IS NULL OR c.closed > $1)
        ORDER BY dd.latest NULLS LAST, c.key$q$,
        @extschema@._source_query('cases', p.time_zone, NULL),
        @extschema@._source_query('case_discussions', p.time_zone, as_of),
        @extschema@._source_query('oversight', p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, staff, p.since, windows,
          @extschema@._rule_subjects(p.policy, 'case_discussion');
END
$$;

COMMENT ON FUNCTION @extschema@.pre_supervision_report(text, date, @extschema@.timescale) IS
    'A worker''s caseload before their supervision (Leeds framework 4.7): each open case, its last discussion, next due, status, the day of its last management oversight entry, and how many of its discussions were recorded after the policy''s recording window (NULL when the source has no recorded_at). Soonest due first.';

-- A report is asked about a day, and counts the days around it: an
-- infinite one has none
CREATE FUNCTION @extschema@._finite_report_day(day date, report text) RETURNS date
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

COMMENT ON FUNCTION @extschema@._finite_report_day(date, text) IS
    'The day a report is asked about, refused when infinite (22008), NULL passing: used by monthly_return() and observations_due().';

CREATE FUNCTION @extschema@.monthly_return(month date)
RETURNS TABLE (team text, sessions_due integer, sessions_held integer, sessions_on_time integer,
               sessions_on_time_pct numeric, discussions_due integer, discussions_held integer,
               discussions_on_time integer, discussions_on_time_pct numeric, records_late integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
    windows datemultirange := @extschema@._recording_windows(p.policy);
    first_day date := date_trunc('month', month)::date;
    last_day date := (date_trunc('month', month) + interval '1 month - 1 day')::date;
BEGIN
    IF month IS NULL THEN
        RAISE EXCEPTION 'monthly_return needs a month'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Give any day of the month: monthly_return(''2026-10-01'').';
    END IF;
    PERFORM @extschema@._finite_report_day(month, 'monthly_return');
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
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@._not_before(s.previous, $5), @extschema@._not_before(st.started, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE s.day >= $1 AND dd.latest IS NOT NULL
            GROUP BY st.team),
        missed_sessions AS (
            SELECT st.team, count(*) AS missed
            FROM staff AS st
            LEFT JOIN (SELECT s.staff, max(s.day) AS last FROM sessions AS s GROUP BY s.staff) AS l ON l.staff = st.key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR st.role = ANY ($7)
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@._not_before(l.last, $5), @extschema@._not_before(st.started, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE dd.latest < $2 AND (st.left_on IS NULL OR st.left_on > $2)
            GROUP BY st.team),
        cases AS (
            SELECT c.*, st.team FROM %3$s AS c JOIN %1$s AS st ON st.key = c.worker
            WHERE c.opened <= $2 AND (c.closed IS NULL OR c.closed > $1)),
        discussions AS (
            SELECT s.case_key, s.day, s.late, lag(s.day) OVER (PARTITION BY s.case_key ORDER BY s.day) AS previous
            FROM (SELECT x.case_key, @extschema@.local_day(x.held_at, $4) AS day,
                         x.recorded_at >= @extschema@._late_from($3, x.held_at::timestamptz, x.significant, $6, $4) AS late
                  FROM %4$s AS x) AS s),
        held_discussions AS (
            SELECT c.team, count(*) FILTER (WHERE dd.latest IS NOT NULL) AS held,
                   count(*) FILTER (WHERE s.day <= dd.latest) AS on_time,
                   CASE WHEN bool_and(s.late IS NULL) THEN NULL
                        ELSE count(*) FILTER (WHERE s.late) END AS late
            FROM discussions AS s JOIN cases AS c ON c.key = s.case_key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $8 IS NULL OR c.category = ANY ($8)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@._not_before(s.previous, $5), @extschema@._not_before(c.opened, $5)) END AS d OFFSET 0) AS z) AS dd
            WHERE s.day >= $1
            GROUP BY c.team),
        missed_discussions AS (
            SELECT c.team, count(*) AS missed
            FROM cases AS c
            LEFT JOIN (SELECT s.case_key, max(s.day) AS last FROM discussions AS s GROUP BY s.case_key) AS l
                ON l.case_key = c.key
            CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $8 IS NULL OR c.category = ANY ($8)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@._not_before(l.last, $5), @extschema@._not_before(c.opened, $5)) END AS d OFFSET 0) AS z) AS dd
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
        @extschema@._source_query('staff', p.time_zone, NULL),
        @extschema@._source_query('supervision_sessions', p.time_zone, last_day),
        @extschema@._source_query('cases', p.time_zone, NULL),
        @extschema@._source_query('case_discussions', p.time_zone, last_day))
    USING first_day, last_day, p.policy, p.time_zone, p.since, windows,
          @extschema@._rule_subjects(p.policy, 'personal_supervision'),
          @extschema@._rule_subjects(p.policy, 'case_discussion');
END
$$;

COMMENT ON FUNCTION @extschema@.monthly_return(date) IS
    'The monthly return of the month containing the day given (SLO-Q1), per team: personal supervision sessions due (held in the month, plus staff overdue at its end), held, held on time (by the latest date that followed from the session before), and the percentage on time; the same for case discussions (by the allocated worker''s team); and discussions of the month recorded after the recording window (NULL where none could be judged: no recorded_at, or no window in the policy).';

-- the rules of a kind and topic in the version of the policy in force on a day
CREATE FUNCTION @extschema@._rules_in_force(policy text, kind text, topic text, day date)
RETURNS SETOF @extschema@.rule
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.* FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    WHERE r.policy = _rules_in_force.policy AND r.kind = _rules_in_force.kind
      AND r.topic = _rules_in_force.topic AND v.in_force @> day
    ORDER BY r.rule_id
$$;

COMMENT ON FUNCTION @extschema@._rules_in_force(text, text, text, date) IS
    'The rules of a kind and topic in the version of a policy in force on a day: used by the reports.';

-- agreements_due() and appraisals_due(): a cadence on a topic, per member of staff
CREATE FUNCTION @extschema@._cadence_report(topic text, source_kind text, as_of date,
                                           horizon @extschema@.timescale)
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT st.key, st.name, st.team, st.role, d.rule, l.last_held, d.target, d.latest,
               @extschema@._due_status(d.rule, d.target, d.latest, $1, $2),
               CASE WHEN $1 > d.latest THEN $1 - d.latest ELSE 0 END
        FROM %s AS st
        JOIN @extschema@._rules_in_force($3, 'cadence', $6, $1) AS r
            ON r.roles IS NULL OR st.role = ANY (r.roles)
        LEFT JOIN (SELECT s.staff, @extschema@.local_day(max(s.held_at), $5) AS last_held
                   FROM %s AS s GROUP BY s.staff) AS l ON l.staff = st.key
        CROSS JOIN LATERAL @extschema@.cadence_due($3, r.rule_id, @extschema@._not_before(l.last_held, $7), @extschema@._not_before(st.started, $7), $6) AS d
        ORDER BY st.team, st.name, st.key, r.rule_id$q$,
        @extschema@._staff_in_post(p.time_zone),
        @extschema@._source_query(source_kind, p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, topic, p.since;
END
$$;

COMMENT ON FUNCTION @extschema@._cadence_report(text, text, date, @extschema@.timescale) IS
    'Every member of staff in post whom a cadence rule on a topic covers, with the last occurrence from a source, and what is due: used by agreements_due() and appraisals_due().';

CREATE FUNCTION @extschema@.agreements_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@._cadence_report('agreement', 'agreements', as_of, horizon) $$;

COMMENT ON FUNCTION @extschema@.agreements_due(date, @extschema@.timescale) IS
    'Supervision agreements due (SLO-X2, LEE-X1, BUR-X1): every member of staff in post, their last agreement, when the next review is due, status and days overdue. No rows when the policy has no agreement cadence.';

CREATE FUNCTION @extschema@.appraisals_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@._cadence_report('appraisal', 'appraisals', as_of, horizon) $$;

COMMENT ON FUNCTION @extschema@.appraisals_due(date, @extschema@.timescale) IS
    'Appraisals due (SLO-X3, BUR-E1): every member of staff in post, their last appraisal, when the next is due, status and days overdue. No rows when the policy has no appraisal cadence.';

CREATE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    PERFORM @extschema@._finite_report_day(as_of, 'observations_due');
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
            JOIN @extschema@._rules_in_force($2, 'quota', 'observation', $1) AS r
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
        @extschema@._staff_in_post(p.time_zone),
        @extschema@._source_query('observations', p.time_zone, as_of))
    USING as_of, p.policy, p.time_zone;
END
$$;
COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';

CREATE FUNCTION @extschema@.supervisor_load(as_of date DEFAULT current_date)
RETURNS TABLE (supervisor text, name text, team text, supervisees integer, rule text,
               at_most numeric, over boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        WITH staff AS %s
        SELECT m.key, m.name, m.team, count(*)::integer, r.rule_id, r.at_most, count(*) > r.at_most
        FROM staff AS s JOIN staff AS m ON m.key = s.supervisor
        LEFT JOIN LATERAL (SELECT * FROM @extschema@._rules_in_force($2, 'bound', 'supervisees', $1) LIMIT 1) AS r ON true
        GROUP BY m.key, m.name, m.team, r.rule_id, r.at_most
        ORDER BY count(*) DESC, m.key$q$,
        @extschema@._staff_in_post(p.time_zone))
    USING as_of, p.policy;
END
$$;

COMMENT ON FUNCTION @extschema@.supervisor_load(date) IS
    'Every supervisor in post with their supervisees in post on as_of, the policy''s bound on supervisees (LEE-S1) and whether they are over it (NULL where the policy has none).';

CREATE FUNCTION @extschema@.retention_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, left_on date, rule text, keep_until date, may_delete boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT s.key, s.name, s.team, s.left_on, r.rule_id, k.keep_until, $1 > k.keep_until
        FROM %s AS s
        LEFT JOIN LATERAL (SELECT * FROM @extschema@._rules_in_force($2, 'retention', 'supervision_file', @extschema@._not_before(s.left_on, $3))
                           LIMIT 1) AS r ON true
        CROSS JOIN LATERAL (SELECT @extschema@.due_date(s.left_on, r.keep, $4) AS keep_until) AS k
        WHERE s.left_on <= $1
        ORDER BY k.keep_until NULLS LAST, s.key$q$,
        @extschema@._source_query('staff', p.time_zone, NULL))
    USING as_of, p.policy, p.since, p.calendar;
END
$$;

COMMENT ON FUNCTION @extschema@.retention_due(date) IS
    'Supervision files of staff who have left by as_of (LEE-R2, BUR-R2): the last day each must be kept (as retention_until(), by the version in force when they left, or the first version for a leaver before it), and whether it may now be deleted (NULL where the policy has no retention rule).';

-- The reports run with the caller's rights: a report writer sees only the
-- council's rows they may SELECT.  So the internal helpers they call (the
-- functions named with a leading underscore) stay executable by PUBLIC.
