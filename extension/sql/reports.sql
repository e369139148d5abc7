
------------------------------------------------------------------------------
-- Reports: what a report writer calls
--
-- Each report is one SQL statement over the source functions, which
-- PostgreSQL inlines (report and source functions alike), so a WHERE on a
-- case, worker, team or status reaches the council's own tables and indexes,
-- read with the caller's rights.  The terms (policy, time zone, horizon) are
-- read once, in the FROM; a row's due dates are computed once, in a derived
-- table (x), and read from it.  They are computed as unnest(ARRAY[...]): a
-- set-returning function keeps PostgreSQL from pulling the derived table
-- up and copying the due-date expression into each column that reads it
-- (ten copies to plan, and to run), while a WHERE on the other columns
-- still reaches the council's tables.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.supervision_due(as_of date DEFAULT current_date,
                                            horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.key, x.name, x.team, x.role, (x.due).rule, x.last_held, (x.due).target, (x.due).latest,
           @extschema@._due_status((x.due).rule, (x.due).target, (x.due).latest, as_of, x.soon),
           @extschema@._days_overdue((x.due).latest, as_of)
    FROM (SELECT st.key, st.name, st.team, st.role, @extschema@.local_day(l.last_at, p.time_zone) AS last_held, p.soon,
                 unnest(ARRAY[@extschema@._supervision_due(p, st.role, @extschema@.local_day(l.last_at, p.time_zone),
                                                           st.started, o.observed)]) AS due
          FROM @extschema@._report_terms(as_of, horizon, 'personal_supervision') AS p
          CROSS JOIN LATERAL @extschema@._staff_in_post(p.time_zone, as_of) AS st
          LEFT JOIN (SELECT s.staff, max(s.held_at) AS last_at
                     FROM @extschema@._report_terms(as_of, NULL, NULL) AS t
                     CROSS JOIN LATERAL @extschema@._source_supervision_sessions(t.time_zone, t.until) AS s
                     GROUP BY s.staff) AS l ON l.staff = st.key
          LEFT JOIN (SELECT f.* FROM @extschema@._report_terms(as_of, NULL, 'personal_supervision') AS t
                     CROSS JOIN LATERAL @extschema@._first_observed(t.time_zone, t.until) AS f
                     WHERE t.observations) AS o
              ON o.staff = st.key
          ) AS x
    ORDER BY x.team, x.name, x.key;
END;

COMMENT ON FUNCTION @extschema@.supervision_due(date, @extschema@.timescale) IS
    'Every member of staff in post on as_of: their rule of personal supervision, last session, target and latest dates by the policy in force (supervision.policy), status (overdue, past target, due soon within horizon, on track, nothing due, no rule) and days overdue.';

CREATE FUNCTION @extschema@.case_discussions_due(as_of date DEFAULT current_date,
                                                 horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (case_key text, child text, category text, worker text, team text, rule text,
               opened date, last_discussed date, target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.key, x.child, x.category, x.worker, x.team, (x.due).rule, x.opened, x.last_discussed,
           (x.due).target, (x.due).latest,
           @extschema@._due_status((x.due).rule, (x.due).target, (x.due).latest, as_of, x.soon),
           @extschema@._days_overdue((x.due).latest, as_of)
    FROM (SELECT c.key, c.child, c.category, c.worker, st.team, c.opened,
                 @extschema@.local_day(l.last_at, p.time_zone) AS last_discussed, p.soon,
                 unnest(ARRAY[@extschema@._case_due(p, c.category, @extschema@.local_day(l.last_at, p.time_zone),
                                                    c.opened)]) AS due
          FROM @extschema@._report_terms(as_of, horizon, 'case_discussion') AS p
          CROSS JOIN LATERAL @extschema@._source_cases(p.time_zone, p.until) AS c
          -- every case's last discussion at once, not one case at a time: a
          -- WHERE on case_key still reaches it (the planner carries the key)
          LEFT JOIN (SELECT d.case_key, max(d.held_at) AS last_at
                     FROM @extschema@._report_terms(as_of, NULL, NULL) AS t
                     CROSS JOIN LATERAL @extschema@._source_case_discussions(t.time_zone, t.until) AS d
                     GROUP BY d.case_key) AS l ON l.case_key = c.key
          LEFT JOIN LATERAL @extschema@._source_staff(p.time_zone, NULL) AS st ON st.key = c.worker
          WHERE c.opened <= as_of AND (c.closed IS NULL OR c.closed > as_of)) AS x;
END;

COMMENT ON FUNCTION @extschema@.case_discussions_due(date, @extschema@.timescale) IS
    'Every case open on as_of: its category, allocated worker and team, rule of case discussion, last discussion, target and latest dates by the policy in force (supervision.policy), status and days overdue. In no order (it is meant for large caseloads): add ORDER BY; a WHERE on case_key, worker or team reads only those cases.';

-- Every open case with what the pre-supervision report adds: the last
-- management oversight entry and the discussions recorded late
CREATE FUNCTION @extschema@._caseloads(as_of date, horizon @extschema@.timescale)
RETURNS TABLE (case_key text, child text, category text, worker text, opened date, rule text,
               last_discussed date, target date, latest date, status text, days_overdue integer,
               last_oversight date, late_records integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.key, x.child, x.category, x.worker, x.opened, (x.due).rule, x.last_discussed,
           (x.due).target, (x.due).latest,
           @extschema@._due_status((x.due).rule, (x.due).target, (x.due).latest, as_of, x.soon),
           @extschema@._days_overdue((x.due).latest, as_of), x.last_oversight, x.late_records
    FROM (SELECT c.key, c.child, c.category, c.worker, c.opened, l.last_discussed, p.soon,
                 o.last_oversight, l.late_records,
                 unnest(ARRAY[@extschema@._case_due(p, c.category, l.last_discussed, c.opened)]) AS due
          FROM @extschema@._report_terms(as_of, horizon, 'case_discussion') AS p
          CROSS JOIN LATERAL @extschema@._source_cases(p.time_zone, p.until) AS c
          -- one case at a time: a worker's report reads only their cases' rows
          LEFT JOIN LATERAL (
              SELECT @extschema@.local_day(max(d.held_at), p.time_zone) AS last_discussed,
                     -- NULL when no record could be judged (none, no recorded_at, no window)
                     CASE WHEN coalesce(bool_and(d.late IS NULL), true) THEN NULL
                          ELSE (count(*) FILTER (WHERE d.late))::integer END AS late_records
              FROM (SELECT s.held_at, s.recorded_at >= @extschema@._late_from(p.policy, s.held_at, s.significant,
                                                                               p.windows, p.time_zone) AS late
                    FROM @extschema@._source_case_discussions(p.time_zone, p.until) AS s
                    WHERE s.case_key = c.key) AS d) AS l ON true
          LEFT JOIN LATERAL (SELECT @extschema@.local_day(max(s.recorded_at), p.time_zone) AS last_oversight
                             FROM @extschema@._source_oversight(p.time_zone, p.until) AS s
                             WHERE s.case_key = c.key) AS o ON true
          WHERE c.opened <= as_of AND (c.closed IS NULL OR c.closed > as_of)) AS x;
END;

COMMENT ON FUNCTION @extschema@._caseloads(date, @extschema@.timescale) IS
    'Every case open on as_of with its worker, what is due, the day of its last management oversight entry and how many of its discussions were recorded late: pre_supervision_report() is one worker''s rows, caseloads_today every worker''s (with their team).';

-- A member of staff the staff source has, or a clear refusal
CREATE FUNCTION @extschema@._known_staff(staff text) RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@._source_staff(NULL, NULL) AS s WHERE s.key = _known_staff.staff) THEN
        RAISE EXCEPTION 'no member of staff "%"', staff
            USING ERRCODE = 'SV303',
                  HINT = 'Give the key of a member of staff as the staff source holds it '
                         '(SELECT * FROM supervision.source WHERE kind = ''staff'').';
    END IF;
    RETURN staff;
END
$$;

COMMENT ON FUNCTION @extschema@._known_staff(text) IS
    'The key of a member of staff the staff source has; refuses one it does not have (SV303): pre_supervision_report() reads the cases whose worker it is.';

CREATE FUNCTION @extschema@.pre_supervision_report(staff text, as_of date DEFAULT current_date,
                                                   horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (case_key text, child text, category text, opened date, rule text, last_discussed date,
               target date, latest date, status text, days_overdue integer,
               last_oversight date, late_records integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT c.case_key, c.child, c.category, c.opened, c.rule, c.last_discussed, c.target, c.latest, c.status,
           c.days_overdue, c.last_oversight, c.late_records
    FROM @extschema@._caseloads(as_of, horizon) AS c
    -- _known_staff runs where the cases are read (it is not a constant to
    -- fold away), and the worker's key reaches the council's index
    WHERE c.worker = @extschema@._known_staff(pre_supervision_report.staff)
    ORDER BY c.latest NULLS LAST, c.case_key;
END;

COMMENT ON FUNCTION @extschema@.pre_supervision_report(text, date, @extschema@.timescale) IS
    'A worker''s caseload before their supervision (Leeds framework 4.7): each open case, its last discussion, next due, status, the day of its last management oversight entry, and how many of its discussions were recorded after the policy''s recording window (NULL when the source has no recorded_at). Soonest due first. Reads only that worker''s cases.';

CREATE FUNCTION @extschema@.monthly_return(month date)
RETURNS TABLE (team text, sessions_due integer, sessions_held integer, sessions_on_time integer,
               sessions_on_time_pct numeric, discussions_due integer, discussions_held integer,
               discussions_on_time integer, discussions_on_time_pct numeric, records_late integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- A session (a discussion) is on time when held by the latest date that
    -- followed from the one before it (or from the start in the role, the
    -- case's opening). Due = held in the month + those overdue at its end.
    WITH terms AS (
        SELECT p, p.time_zone, m.first_day, m.last_day, @extschema@._day_end(m.last_day, p.time_zone) AS until
        FROM @extschema@._report_month(monthly_return.month) AS m
        CROSS JOIN LATERAL @extschema@._report_terms(m.first_day, NULL, 'case_discussion') AS p),
    terms_of_sessions AS (
        SELECT t.first_day, t.last_day,
               ROW((t.p).policy, (t.p).calendar, (t.p).time_zone, (t.p).since, NULL,
                   @extschema@._rule_subjects((t.p).policy, 'personal_supervision'),
                   (t.p).windows, t.until, @extschema@._step_downs_held((t.p).policy))::@extschema@._report_terms AS p
        FROM terms AS t),
    terms_of_discussions AS (
        SELECT t.first_day, t.last_day,
               ROW((t.p).policy, (t.p).calendar, (t.p).time_zone, (t.p).since, NULL,
                   @extschema@._rule_subjects((t.p).policy, 'case_discussion'),
                   (t.p).windows, t.until, (t.p).observations)::@extschema@._report_terms AS p
        FROM terms AS t),
    staff AS (
        SELECT s.*, o.observed
        FROM terms AS t CROSS JOIN LATERAL @extschema@._source_staff(t.time_zone, t.until) AS s
        LEFT JOIN (SELECT f.* FROM terms_of_sessions AS t2
                   CROSS JOIN LATERAL @extschema@._first_observed((t2.p).time_zone, (t2.p).until) AS f
                   WHERE (t2.p).observations) AS o ON o.staff = s.key
        WHERE s.started <= t.last_day AND (s.left_on IS NULL OR s.left_on > t.first_day)),
    sessions AS (
        SELECT s.staff, s.day, lag(s.day) OVER (PARTITION BY s.staff ORDER BY s.day) AS previous
        FROM (SELECT x.staff, @extschema@.local_day(x.held_at, t.time_zone) AS day
              FROM terms AS t
              CROSS JOIN LATERAL @extschema@._source_supervision_sessions(t.time_zone, t.until) AS x) AS s),
    held_sessions AS (
        SELECT x.team, count(*) AS held, count(*) FILTER (WHERE x.day <= (x.due).latest) AS on_time
        FROM (SELECT st.team, s.day, t.first_day,
                     @extschema@._supervision_due(t.p, st.role, s.previous, st.started, st.observed) AS due
              FROM terms_of_sessions AS t, sessions AS s JOIN staff AS st ON st.key = s.staff) AS x
        WHERE x.day >= x.first_day AND (x.due).latest IS NOT NULL
        GROUP BY x.team),
    missed_sessions AS (
        SELECT x.team, count(*) AS missed
        FROM (SELECT st.team, st.left_on, t.last_day,
                     @extschema@._supervision_due(t.p, st.role, l.last, st.started, st.observed) AS due
              FROM terms_of_sessions AS t, staff AS st
              LEFT JOIN (SELECT s.staff, max(s.day) AS last FROM sessions AS s GROUP BY s.staff) AS l
                  ON l.staff = st.key) AS x
        WHERE (x.due).latest < x.last_day AND (x.left_on IS NULL OR x.left_on > x.last_day)
        GROUP BY x.team),
    cases AS (
        SELECT c.*, st.team
        FROM terms AS t CROSS JOIN LATERAL @extschema@._source_cases(t.time_zone, t.until) AS c
        JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = c.worker
        WHERE c.opened <= t.last_day AND (c.closed IS NULL OR c.closed > t.first_day)),
    discussions AS (
        SELECT s.case_key, s.day, s.late, lag(s.day) OVER (PARTITION BY s.case_key ORDER BY s.day) AS previous
        FROM (SELECT x.case_key, @extschema@.local_day(x.held_at, t.time_zone) AS day,
                     x.recorded_at >= @extschema@._late_from((t.p).policy, x.held_at, x.significant,
                                                              (t.p).windows, t.time_zone) AS late
              FROM terms AS t
              CROSS JOIN LATERAL @extschema@._source_case_discussions(t.time_zone, t.until) AS x) AS s),
    held_discussions AS (
        SELECT x.team, count(*) FILTER (WHERE (x.due).latest IS NOT NULL) AS held,
               count(*) FILTER (WHERE x.day <= (x.due).latest) AS on_time,
               CASE WHEN bool_and(x.late IS NULL) THEN NULL ELSE count(*) FILTER (WHERE x.late) END AS late
        FROM (SELECT c.team, s.day, s.late, t.first_day,
                     @extschema@._case_due(t.p, c.category, s.previous, c.opened) AS due
              FROM terms_of_discussions AS t, discussions AS s JOIN cases AS c ON c.key = s.case_key) AS x
        WHERE x.day >= x.first_day
        GROUP BY x.team),
    missed_discussions AS (
        SELECT x.team, count(*) AS missed
        FROM (SELECT c.team, c.closed, t.last_day,
                     @extschema@._case_due(t.p, c.category, l.last, c.opened) AS due
              FROM terms_of_discussions AS t, cases AS c
              LEFT JOIN (SELECT s.case_key, max(s.day) AS last FROM discussions AS s GROUP BY s.case_key) AS l
                  ON l.case_key = c.key) AS x
        WHERE (x.due).latest < x.last_day AND (x.closed IS NULL OR x.closed > x.last_day)
        GROUP BY x.team),
    -- the records of the month's sessions not with the supervisee by the
    -- policy's window (LEE-R1, BUR-R1): only where records are registered
    late_session_records AS (
        SELECT x.team, count(*) FILTER (WHERE x.give_by < x.until AND coalesce(x.given_at, 'infinity') >= x.give_by)
                   AS late
        FROM (SELECT st.team, t.until, rec.given_at,
                     @extschema@.window_deadline((t.p).policy, r.give_rule,
                                                 @extschema@.local_instant(s.day::timestamp, t.time_zone), false,
                                                 'supervision_record') AS give_by
              FROM terms AS t
              CROSS JOIN LATERAL @extschema@._record_rules((t.p).policy) AS r
              JOIN sessions AS s ON r.in_force @> s.day AND s.day >= t.first_day
              JOIN staff AS st ON st.key = s.staff
              LEFT JOIN (SELECT d.staff, d.day, d.given_at
                         FROM terms AS t CROSS JOIN LATERAL @extschema@._records_by_day(t.time_zone, t.until) AS d)
                  AS rec ON rec.staff = s.staff AND rec.day = s.day
              WHERE r.give_rule IS NOT NULL
                AND EXISTS (SELECT FROM @extschema@.source AS k WHERE k.kind = 'session_records')) AS x
        GROUP BY x.team),
    teams AS (SELECT DISTINCT st.team FROM staff AS st)
    SELECT t.team,
           (coalesce(hs.held, 0) + coalesce(ms.missed, 0))::integer,
           coalesce(hs.held, 0)::integer, coalesce(hs.on_time, 0)::integer,
           round(100.0 * hs.on_time / nullif(coalesce(hs.held, 0) + coalesce(ms.missed, 0), 0), 1),
           (coalesce(hd.held, 0) + coalesce(md.missed, 0))::integer,
           coalesce(hd.held, 0)::integer, coalesce(hd.on_time, 0)::integer,
           round(100.0 * hd.on_time / nullif(coalesce(hd.held, 0) + coalesce(md.missed, 0), 0), 1),
           CASE WHEN hd.late IS NOT NULL OR sr.late IS NOT NULL
                THEN (coalesce(hd.late, 0) + coalesce(sr.late, 0))::integer END
    FROM teams AS t
    LEFT JOIN held_sessions AS hs ON hs.team IS NOT DISTINCT FROM t.team
    LEFT JOIN missed_sessions AS ms ON ms.team IS NOT DISTINCT FROM t.team
    LEFT JOIN held_discussions AS hd ON hd.team IS NOT DISTINCT FROM t.team
    LEFT JOIN missed_discussions AS md ON md.team IS NOT DISTINCT FROM t.team
    LEFT JOIN late_session_records AS sr ON sr.team IS NOT DISTINCT FROM t.team
    ORDER BY t.team;
END;

COMMENT ON FUNCTION @extschema@.monthly_return(date) IS
    'The monthly return of the month containing the day given (SLO-Q1), per team: personal supervision sessions due (held in the month, plus staff overdue at its end), held, held on time (by the latest date that followed from the session before), and the percentage on time; the same for case discussions (by the allocated worker''s team); and records late: discussions of the month recorded after the case-record window, and the records of the month''s sessions not with the supervisee by the policy''s window on them (LEE-R1, BUR-R1; where a session_records source is registered); NULL where none could be judged (no recorded_at, no window in the policy).';

-- The bounds on a session's length, by version of the policy: a version's
-- session_length bound, and for part-time staff its
-- session_length_part_time bound where it has one (BUR-D1)
CREATE FUNCTION @extschema@._session_bounds(policy text)
RETURNS TABLE (rule text, roles text[], at_least numeric, at_most numeric, in_force daterange, part_time boolean)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT r.rule_id, r.roles, r.at_least, r.at_most, v.in_force, pt.part_time
    FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    CROSS JOIN (VALUES (false), (true)) AS pt(part_time)
    WHERE r.policy = _session_bounds.policy AND r.kind = 'bound'
      AND r.topic = CASE WHEN pt.part_time AND EXISTS (
                             SELECT FROM @extschema@.rule q
                             WHERE q.policy = r.policy AND q.version = r.version AND q.kind = 'bound'
                               AND q.topic = 'session_length_part_time')
                         THEN 'session_length_part_time' ELSE 'session_length' END;
END;

COMMENT ON FUNCTION @extschema@._session_bounds(text) IS
    'The bounds on a session''s length of each version of a policy (topic session_length), for full-time staff and for part-time staff (topic session_length_part_time where the version has it, else the same): used by sessions_outside_bounds().';

CREATE FUNCTION @extschema@.sessions_outside_bounds(first_day date DEFAULT date_trunc('month', current_date)::date,
                                                    last_day date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, held_on date, minutes numeric, rule text,
               at_least numeric, at_most numeric, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- from the few bounds the policy sets, to the staff they cover, to their
    -- sessions (on the council's index by member of staff)
    WITH bounds AS MATERIALIZED (
        SELECT d.span_first, p.time_zone, p.until, b.*
        FROM @extschema@._report_span(sessions_outside_bounds.first_day, sessions_outside_bounds.last_day,
                                      'sessions_outside_bounds') AS d
        CROSS JOIN LATERAL @extschema@._report_terms(d.span_last, NULL, NULL) AS p
        CROSS JOIN LATERAL @extschema@._session_bounds(p.policy) AS b)
    SELECT x.staff, x.name, x.team, x.role, x.held_on, x.minutes, x.rule, x.at_least, x.at_most, x.finding
    FROM (SELECT s.staff, st.name, st.team, st.role, s.held_on, s.minutes, b.rule, b.at_least, b.at_most,
                 b.span_first, b.in_force,
                 CASE WHEN s.minutes < 0 THEN 'invalid length'
                      WHEN s.minutes < b.at_least THEN 'short'
                      WHEN s.minutes > b.at_most THEN 'long' END AS finding
          FROM bounds AS b
          JOIN LATERAL @extschema@._source_staff(b.time_zone, b.until) AS st
              ON (b.roles IS NULL OR st.role = ANY (b.roles)) AND b.part_time = coalesce(st.part_time, false)
          JOIN LATERAL (SELECT y.staff, y.minutes, @extschema@.local_day(y.held_at, b.time_zone) AS held_on
                        FROM @extschema@._source_supervision_sessions(b.time_zone, b.until) AS y) AS s
              ON s.staff = st.key) AS x
    WHERE x.finding IS NOT NULL AND x.held_on >= x.span_first AND x.in_force @> x.held_on
    ORDER BY x.held_on, x.staff, x.rule;
END;

COMMENT ON FUNCTION @extschema@.sessions_outside_bounds(date, date) IS
    'Held sessions from first_day to last_day (this month so far by default) whose length is outside the bound the policy in force that day sets for the member of staff''s role (SLO-D1, BUR-D1, LEE-A1, GLO-S1, ISL-D1): short, long, or an invalid (negative) length; a part-time worker (the staff source''s part_time) is held to the version''s part-time bound where it has one (BUR-D1). Sessions with no length recorded are not judged.';

-- BUR-C5: the cases discussed in each one-to-one: the discussions of the
-- supervisee's cases (their allocated worker) on the day of the session
CREATE FUNCTION @extschema@.cases_per_session(first_day date DEFAULT date_trunc('month', current_date)::date,
                                              last_day date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, held_on date, cases integer, rule text,
               at_least numeric, at_most numeric, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH bounds AS MATERIALIZED (
        SELECT d.span_first, d.span_last, p.time_zone, p.until, r.rule_id, r.roles, r.at_least, r.at_most, v.in_force
        FROM @extschema@._report_span(cases_per_session.first_day, cases_per_session.last_day, 'cases_per_session') AS d
        CROSS JOIN LATERAL @extschema@._report_terms(d.span_last, NULL, NULL) AS p
        JOIN @extschema@.rule AS r ON r.policy = p.policy AND r.kind = 'bound' AND r.topic = 'cases_per_session'
        JOIN @extschema@.policy_version AS v ON v.policy = r.policy AND v.version = r.version)
    SELECT x.key, x.name, x.team, x.role, x.held_on, x.cases, x.rule_id, x.at_least, x.at_most, x.finding
    FROM (SELECT st.key, st.name, st.team, st.role, s.held_on, b.rule_id, b.at_least, b.at_most,
                 count(DISTINCT d.case_key)::integer AS cases,
                 CASE WHEN count(DISTINCT d.case_key) < b.at_least THEN 'too few cases'
                      WHEN count(DISTINCT d.case_key) > b.at_most THEN 'too many cases' END AS finding
          FROM bounds AS b
          JOIN LATERAL @extschema@._source_staff(b.time_zone, b.until) AS st ON b.roles IS NULL OR st.role = ANY (b.roles)
          JOIN LATERAL (SELECT DISTINCT y.staff, @extschema@.local_day(y.held_at, b.time_zone) AS held_on
                        FROM @extschema@._source_supervision_sessions(b.time_zone, b.until) AS y) AS s
              ON s.staff = st.key
          LEFT JOIN LATERAL (
              SELECT c.key AS case_key
              FROM @extschema@._source_cases(b.time_zone, NULL) AS c
              JOIN LATERAL @extschema@._source_case_discussions(b.time_zone, b.until) AS z ON z.case_key = c.key
              WHERE c.worker = st.key
                AND z.held_at >= @extschema@.local_instant(s.held_on::timestamp, b.time_zone)
                AND z.held_at < @extschema@.local_instant((s.held_on + 1)::timestamp, b.time_zone)) AS d ON true
          WHERE s.held_on >= b.span_first AND s.held_on <= b.span_last AND b.in_force @> s.held_on
          GROUP BY st.key, st.name, st.team, st.role, s.held_on, b.rule_id, b.at_least, b.at_most) AS x
    WHERE x.finding IS NOT NULL
    ORDER BY x.held_on, x.key;
END;

COMMENT ON FUNCTION @extschema@.cases_per_session(date, date) IS
    'Held one-to-one sessions from first_day to last_day (this month so far by default) whose number of cases discussed (the discussions, that day, of the cases the supervisee is allocated) is outside the policy''s bound on cases_per_session (BUR-C5: at least one): too few cases, or too many.';

-- BUR-X2: the cases taken to each reflective session with senior managers
-- (the reflective_cases source: a row a case, the sessions by day)
CREATE FUNCTION @extschema@.cases_per_reflective_session(
    first_day date DEFAULT date_trunc('month', current_date)::date, last_day date DEFAULT current_date)
RETURNS TABLE (held_on date, cases integer, rule text, at_least numeric, at_most numeric, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH bounds AS MATERIALIZED (
        SELECT d.span_first, d.span_last, p.time_zone, p.until, r.rule_id, r.at_least, r.at_most, v.in_force
        FROM @extschema@._report_span(cases_per_reflective_session.first_day, cases_per_reflective_session.last_day,
                                      'cases_per_reflective_session') AS d
        CROSS JOIN LATERAL @extschema@._report_terms(d.span_last, NULL, NULL) AS p
        JOIN @extschema@.rule AS r ON r.policy = p.policy AND r.kind = 'bound' AND r.topic = 'cases_per_reflective_session'
        JOIN @extschema@.policy_version AS v ON v.policy = r.policy AND v.version = r.version)
    SELECT x.held_on, x.cases, x.rule_id, x.at_least, x.at_most, x.finding
    FROM (SELECT s.held_on, b.rule_id, b.at_least, b.at_most, count(DISTINCT s.case_key)::integer AS cases,
                 CASE WHEN count(DISTINCT s.case_key) < b.at_least THEN 'too few cases'
                      WHEN count(DISTINCT s.case_key) > b.at_most THEN 'too many cases' END AS finding
          FROM bounds AS b
          CROSS JOIN LATERAL (SELECT y.case_key, @extschema@.local_day(y.held_at, b.time_zone) AS held_on
                              FROM @extschema@._source_reflective_cases(b.time_zone, b.until) AS y) AS s
          WHERE s.held_on >= b.span_first AND s.held_on <= b.span_last AND b.in_force @> s.held_on
          GROUP BY s.held_on, b.rule_id, b.at_least, b.at_most) AS x
    WHERE x.finding IS NOT NULL
    ORDER BY x.held_on;
END;

COMMENT ON FUNCTION @extschema@.cases_per_reflective_session(date, date) IS
    'Reflective sessions with senior managers held from first_day to last_day (this month so far by default), from the reflective_cases source (a row for each case taken to a session, sessions told apart by day), whose number of cases is outside the policy''s bound on cases_per_reflective_session (BUR-X2: 2 to 3): too few cases, or too many.';

CREATE FUNCTION @extschema@.records_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, held_on date, rule text, give_by timestamptz, given_at timestamptz,
               given_late boolean, answer_by timestamptz, agreed_at timestamptz, amendment_at timestamptz,
               status text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- what was given, agreed or queried by the end of as_of (until) counts
    WITH terms AS MATERIALIZED (
        SELECT p.policy, p.time_zone, p.until FROM @extschema@._report_terms(records_due.as_of, NULL, NULL) AS p),
    -- the few rules, read once (inner to a join, a function scan would run
    -- again for each session)
    rules AS MATERIALIZED (
        SELECT r.* FROM terms AS t CROSS JOIN LATERAL @extschema@._record_rules(t.policy) AS r),
    records AS (
        SELECT d.* FROM terms AS t CROSS JOIN LATERAL @extschema@._records_by_day(t.time_zone, t.until) AS d)
    SELECT y.staff, y.name, y.team, y.held_on, y.rule, y.give_by, y.given_at, y.given_at >= y.give_by,
           y.answer_by, y.agreed_at, y.amendment_at,
           CASE WHEN least(y.agreed_at, y.amendment_at) < coalesce(y.given_at, 'infinity') THEN 'answered before given'
                WHEN y.given_at IS NULL THEN CASE WHEN y.give_by < y.until THEN 'record overdue' ELSE 'record to give' END
                WHEN y.amendment_at IS NOT NULL THEN 'amendment asked'
                WHEN y.agreed_at IS NOT NULL THEN 'agreed'
                WHEN y.agreement_rule IS NOT NULL THEN 'stands as agreed'
                WHEN y.answer_by IS NULL THEN 'given'
                WHEN y.answer_by < y.until THEN 'deemed accepted'
                ELSE 'awaiting answer' END
    FROM (SELECT s.staff, st.name, st.team, s.held_on, coalesce(r.give_rule, r.agreement_rule, r.answer_rule) AS rule,
                 t.until, r.agreement_rule, rec.given_at, rec.agreed_at, rec.amendment_at,
                 CASE WHEN r.give_rule IS NOT NULL THEN @extschema@.window_deadline(
                     t.policy, r.give_rule, s.held_at, false, 'supervision_record') END AS give_by,
                 CASE WHEN r.answer_rule IS NOT NULL AND rec.given_at IS NOT NULL THEN @extschema@.window_deadline(
                     t.policy, r.answer_rule, rec.given_at, false, 'record_response') END AS answer_by
          FROM terms AS t
          CROSS JOIN rules AS r
          JOIN LATERAL (SELECT z.staff, z.held_at, @extschema@.local_day(z.held_at, t.time_zone) AS held_on
                        FROM @extschema@._source_supervision_sessions(t.time_zone, t.until) AS z) AS s
              -- (two inequalities, which the planner estimates far better than @>)
              ON s.held_on >= lower(r.in_force) AND (upper_inf(r.in_force) OR s.held_on < upper(r.in_force))
          -- the staff as a relation of their own, which the planner may hash
          JOIN (SELECT f.* FROM terms AS t2 CROSS JOIN LATERAL @extschema@._source_staff(t2.time_zone, NULL) AS f) AS st
              ON st.key = s.staff
          LEFT JOIN records AS rec ON rec.staff = s.staff AND rec.day = s.held_on) AS y
    ORDER BY y.held_on, y.staff;
END;

COMMENT ON FUNCTION @extschema@.records_due(date) IS
    'The record of each held supervision session up to as_of, where the policy in force that day sets a rule on it (LEE-R1, BUR-R1, GLO-R2): when it had to reach the supervisee (give_by: the first late instant), when it did and whether late, when it had to be answered (answer_by), the answer, and its status at the end of as_of: record to give, record overdue, given, awaiting answer, deemed accepted (no answer in time, LEE-R1), agreed, stands as agreed (GLO-R2), amendment asked, or answered before given (flagged, not dropped). Records are matched to sessions by member of staff and day (the session_records source).';

-- agreements_due() and appraisals_due(): a cadence on a topic, per member of staff
CREATE FUNCTION @extschema@._cadence_report(topic text, source_kind text, as_of date,
                                           horizon @extschema@.timescale)
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT x.key, x.name, x.team, x.role, (x.due).rule, x.last_held, (x.due).target, (x.due).latest,
           @extschema@._due_status((x.due).rule, (x.due).target, (x.due).latest, as_of, x.soon),
           @extschema@._days_overdue((x.due).latest, as_of)
    FROM (SELECT st.key, st.name, st.team, st.role, l.last_held, p.soon, r.rule_id,
                 unnest(ARRAY[@extschema@.cadence_due(p.policy, r.rule_id,
                                                      @extschema@._not_before(l.last_held, p.since),
                                                      @extschema@._not_before(st.started, p.since), topic)]) AS due
          FROM @extschema@._report_terms(as_of, horizon, NULL) AS p
          CROSS JOIN LATERAL @extschema@._staff_in_post(p.time_zone, as_of) AS st
          JOIN LATERAL @extschema@._rules_in_force(p.policy, 'cadence', topic, as_of) AS r
              ON r.roles IS NULL OR st.role = ANY (r.roles)
          LEFT JOIN LATERAL (
              SELECT s.staff, @extschema@.local_day(max(s.held_at), p.time_zone) AS last_held
              FROM (SELECT a.staff, a.held_at FROM @extschema@._source_agreements(p.time_zone, p.until) AS a
                    WHERE source_kind = 'agreements'
                    UNION ALL
                    SELECT a.staff, a.held_at FROM @extschema@._source_appraisals(p.time_zone, p.until) AS a
                    WHERE source_kind = 'appraisals'
                    UNION ALL
                    SELECT a.staff, a.held_at FROM @extschema@._source_trainings(p.time_zone, p.until) AS a
                    WHERE source_kind = 'trainings') AS s
              GROUP BY s.staff) AS l ON l.staff = st.key) AS x
    ORDER BY x.team, x.name, x.key, x.rule_id;
END;

COMMENT ON FUNCTION @extschema@._cadence_report(text, text, date, @extschema@.timescale) IS
    'Every member of staff in post whom a cadence rule on a topic covers, with the last occurrence from a source (agreements, appraisals or trainings), and what is due: used by agreements_due(), appraisals_due() and training_due().';

CREATE FUNCTION @extschema@.agreements_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._cadence_report('agreement', 'agreements', as_of, horizon);
END;

COMMENT ON FUNCTION @extschema@.agreements_due(date, @extschema@.timescale) IS
    'Supervision agreements due (SLO-X2, LEE-X1, BUR-X1): every member of staff in post, their last agreement, when the next review is due, status and days overdue. No rows when the policy has no agreement cadence.';

CREATE FUNCTION @extschema@.appraisals_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._cadence_report('appraisal', 'appraisals', as_of, horizon);
END;

COMMENT ON FUNCTION @extschema@.appraisals_due(date, @extschema@.timescale) IS
    'Appraisals due (SLO-X3, BUR-E1): every member of staff in post, their last appraisal, when the next is due, status and days overdue. No rows when the policy has no appraisal cadence.';

-- observations_due() and audits_due(): a quota on a topic, per member of staff
CREATE FUNCTION @extschema@._quota_report(topic text, source_kind text, as_of date, report text)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    -- The period: the year from the rule's first month (GLO-O1, 1 April)
    -- that contains as_of; else the rolling period up to as_of (LEE-Q1);
    -- with no period, since the start in the role (SLO-A2).  A rule naming
    -- no roles covers the supervisors (LEE-Q1 "for each supervisor").
    WITH terms AS (
        SELECT p.policy, p.time_zone, @extschema@._finite_report_day(_quota_report.as_of, _quota_report.report) AS day
        FROM @extschema@._report_terms(_quota_report.as_of, NULL, NULL) AS p),
    staff AS (
        SELECT s.* FROM terms AS t CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, t.day) AS s),
    covered AS (
        SELECT st.*, r.rule_id, r.at_least,
               CASE WHEN r.per IS NULL THEN daterange(st.started, t.day, '[]')
                    WHEN r.year_starts IS NOT NULL THEN daterange(y.first, (y.first + r.per::interval)::date)
                    ELSE daterange((t.day - r.per::interval)::date, t.day, '(]') END AS period
        FROM terms AS t
        CROSS JOIN staff AS st
        JOIN LATERAL @extschema@._rules_in_force(t.policy, 'quota', _quota_report.topic, t.day) AS r
            ON CASE WHEN r.roles IS NULL THEN EXISTS (SELECT FROM staff AS s WHERE s.supervisor = st.key)
                    ELSE st.role = ANY (r.roles) END
        CROSS JOIN LATERAL (SELECT make_date(extract(year FROM t.day)::integer
                                             - CASE WHEN extract(month FROM t.day) < r.year_starts THEN 1 ELSE 0 END,
                                             coalesce(r.year_starts, 1)::integer, 1) AS first) AS y)
    SELECT c.key, c.name, c.team, c.role, c.rule_id, c.period, c.at_least,
           count(o.staff)::integer, greatest(c.at_least - count(o.staff), 0)
    FROM covered AS c
    LEFT JOIN (SELECT s.staff, @extschema@.local_day(s.held_at, t.time_zone) AS day
               FROM terms AS t
               CROSS JOIN LATERAL (
                   SELECT x.staff, x.held_at
                   FROM @extschema@._source_observations(t.time_zone, @extschema@._day_end(t.day, t.time_zone)) AS x
                   WHERE _quota_report.source_kind = 'observations'
                   UNION ALL
                   SELECT x.staff, x.held_at
                   FROM @extschema@._source_supervision_audits(t.time_zone, @extschema@._day_end(t.day, t.time_zone)) AS x
                   WHERE _quota_report.source_kind = 'supervision_audits') AS s) AS o
        ON o.staff = c.key AND c.period @> o.day
    GROUP BY c.key, c.name, c.team, c.role, c.rule_id, c.period, c.at_least
    ORDER BY c.team, c.name, c.key, c.rule_id;
END;

COMMENT ON FUNCTION @extschema@._quota_report(text, text, date, text) IS
    'Every member of staff in post whom a quota rule on a topic covers (a rule naming no roles covers the supervisors), the period counted, and how many occurrences the source (observations or supervision_audits) holds in it: used by observations_due() and audits_due().';

CREATE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._quota_report('observation', 'observations', as_of, 'observations_due');
END;

COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';

-- LEE-Q1's audit of supervision, counted on its own
CREATE FUNCTION @extschema@.audits_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._quota_report('audit', 'supervision_audits', as_of, 'audits_due');
END;

COMMENT ON FUNCTION @extschema@.audits_due(date) IS
    'Audit quotas (LEE-Q1''s audit of supervision): every supervisor in post whom a quota rule on topic audit covers, the period counted (the rolling 12 months up to as_of), audits required, held (the supervision_audits source), and how many short.';

CREATE FUNCTION @extschema@.supervisor_load(as_of date DEFAULT current_date)
RETURNS TABLE (supervisor text, name text, team text, supervisees integer, rule text,
               at_most numeric, over boolean)
LANGUAGE sql STABLE
BEGIN ATOMIC
    WITH terms AS (SELECT p.policy, p.time_zone FROM @extschema@._report_terms(as_of, NULL, NULL) AS p),
    staff AS (SELECT s.* FROM terms AS t CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, as_of) AS s)
    SELECT m.key, m.name, m.team, count(*)::integer, r.rule_id, r.at_most, count(*) > r.at_most
    FROM terms AS t
    CROSS JOIN staff AS s JOIN staff AS m ON m.key = s.supervisor
    LEFT JOIN LATERAL (SELECT * FROM @extschema@._rules_in_force(t.policy, 'bound', 'supervisees', as_of)
                       LIMIT 1) AS r ON true
    GROUP BY m.key, m.name, m.team, r.rule_id, r.at_most
    ORDER BY count(*) DESC, m.key;
END;

COMMENT ON FUNCTION @extschema@.supervisor_load(date) IS
    'Every supervisor in post with their supervisees in post on as_of, the policy''s bound on supervisees (LEE-S1) and whether they are over it (NULL where the policy has none).';

CREATE FUNCTION @extschema@.retention_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, left_on date, rule text, keep_until date, may_delete boolean)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT s.key, s.name, s.team, s.left_on, r.rule_id, k.keep_until, as_of > k.keep_until
    FROM @extschema@._report_terms(as_of, NULL, NULL) AS p
    CROSS JOIN LATERAL @extschema@._source_staff(p.time_zone, NULL) AS s
    LEFT JOIN LATERAL (SELECT * FROM @extschema@._rules_in_force(p.policy, 'retention', 'supervision_file',
                                                                 @extschema@._not_before(s.left_on, p.since))
                       LIMIT 1) AS r ON true
    CROSS JOIN LATERAL (SELECT @extschema@.due_date(s.left_on, r.keep, p.calendar) AS keep_until) AS k
    WHERE s.left_on <= as_of
    ORDER BY k.keep_until NULLS LAST, s.key;
END;

COMMENT ON FUNCTION @extschema@.retention_due(date) IS
    'Supervision files of staff who have left by as_of (LEE-R2, BUR-R2): the last day each must be kept (as retention_until(), by the version in force when they left, or the first version for a leaver before it), and whether it may now be deleted (NULL where the policy has no retention rule).';

-- Supervision training (LEE-T1): refreshed every 5 years by those who
-- supervise ("existing managers"), from the trainings source
CREATE FUNCTION @extschema@.training_due(as_of date DEFAULT current_date,
                                         horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT c.* FROM @extschema@._cadence_report('training', 'trainings', as_of, horizon) AS c
    WHERE c.staff IN (SELECT s.supervisor
                      FROM @extschema@._report_terms(as_of, NULL, NULL) AS t
                      CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, as_of) AS s);
END;

COMMENT ON FUNCTION @extschema@.training_due(date, @extschema@.timescale) IS
    'Every member of staff in post who supervises someone in post, where the policy has a cadence of supervision training (LEE-T1: refreshed every 5 years): their last training (the trainings source), target and latest dates, status (due soon within horizon, 20 working days by default) and days overdue; with none yet, due from the start in their role.';

-- Group supervision per team (GLO-G1): the team's sessions are a source of
-- their own, so that they never count toward anyone's one-to-one cadence
CREATE FUNCTION @extschema@.group_supervision_due(as_of date DEFAULT current_date,
                                                  horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (team text, rule text, last_held date, target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.team, (x.due).rule, x.last_held, (x.due).target, (x.due).latest,
           @extschema@._due_status((x.due).rule, (x.due).target, (x.due).latest, as_of, x.soon),
           @extschema@._days_overdue((x.due).latest, as_of)
    FROM (SELECT tm.team, r.rule_id, @extschema@.local_day(g.last_at, p.time_zone) AS last_held, p.soon,
                 -- a team with no session yet is due from the policy's first day
                 unnest(ARRAY[@extschema@.cadence_due(p.policy, r.rule_id,
                                  @extschema@._not_before(@extschema@.local_day(g.last_at, p.time_zone), p.since),
                                  p.since, 'group_supervision')]) AS due
          FROM @extschema@._report_terms(as_of, horizon, NULL) AS p
          CROSS JOIN LATERAL @extschema@._rules_in_force(p.policy, 'cadence', 'group_supervision', as_of) AS r
          -- the teams of the staff in post
          CROSS JOIN LATERAL (SELECT DISTINCT st.team FROM @extschema@._staff_in_post(p.time_zone, as_of) AS st
                              WHERE st.team IS NOT NULL) AS tm
          LEFT JOIN LATERAL (SELECT max(gs.held_at) AS last_at
                             FROM @extschema@._source_group_sessions(p.time_zone, @extschema@._day_end(as_of, p.time_zone)) AS gs
                             WHERE gs.team = tm.team) AS g ON true) AS x
    ORDER BY x.team, (x.due).rule;
END;

COMMENT ON FUNCTION @extschema@.group_supervision_due(date, @extschema@.timescale) IS
    'Every team of the staff in post, where the policy has a cadence of group supervision (GLO-G1: monthly, every team): the team''s last group session (the group_sessions source), target and latest dates, status and days overdue; a team with none yet is due from the policy''s first day. Group sessions never count toward a one-to-one cadence.';

-- The reports run with the caller's rights: a report writer sees only the
-- council's rows they may SELECT.  So the internal helpers they call (the
-- functions named with a leading underscore) stay executable by PUBLIC.
