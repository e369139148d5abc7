-- supervision 0.10.0 -> 0.11.0
--
-- Issue 20, continued: a council's history of roles (role_changes: each day
-- judged by the role held that day), a case settled only once agreed with a
-- rationale (settlements, BUR-C2), the cases taken to the senior managers'
-- reflective session (reflective_cases, BUR-X2).

\echo Use "ALTER EXTENSION supervision UPDATE TO '0.11.0'" to load this file. \quit

------------------------------------------------------------------------------
-- Sources: role_changes, settlements, reflective_cases
------------------------------------------------------------------------------

COMMENT ON TABLE @extschema@.source_field IS
    'The fields each kind of source has (staff, cases, supervision_sessions, case_discussions, oversight, observations, agreements, appraisals, session_records, session_bookings, absences, group_sessions, trainings, supervision_audits, role_changes, settlements, reflective_cases), which are required, and what type of column each needs. Shipped with the extension; read-only.';

-- A council's history of roles (issue 20): each day judged by the role
-- held that day, read into the staff source function
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('role_changes', 'staff', 1, true, 'key', 'The key of the member of staff.'),
    ('role_changes', 'role', 2, true, 'text', 'The role they took, a role of supervision.vocabulary.'),
    ('role_changes', 'starts', 3, true, 'day', 'The first day in the role (places its staged schedules).');

-- A case agreed as settled, with the rationale (BUR-C2), read into the
-- cases source function
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('settlements', 'case_key', 1, true, 'key', 'The key of the case agreed as settled.'),
    ('settlements', 'agreed_at', 2, true, 'time', 'When supervisor and supervisee agreed it.'),
    ('settlements', 'rationale', 3, true, 'text', 'The rationale recorded; an agreement without one does not count.');

-- The cases taken to a reflective session (BUR-X2)
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('reflective_cases', 'case_key', 1, true, 'key', 'The key of a case taken to the session.'),
    ('reflective_cases', 'held_at', 2, true, 'time', 'When the reflective session was held.');

INSERT INTO @extschema@.source_field (kind, field, position, required, class, description)
SELECT k, 'kind', 9, false, 'text', 'What the row is; with counts, only rows whose kind is one of counts are read.'
FROM unnest(ARRAY['role_changes', 'settlements', 'reflective_cases']) AS k;

------------------------------------------------------------------------------
-- A category a case takes only once agreed (settled: BUR-C2)
------------------------------------------------------------------------------

ALTER TABLE @extschema@.vocabulary ADD COLUMN until_agreed text CHECK (until_agreed IS NULL OR kind = 'category');

COMMENT ON COLUMN @extschema@.vocabulary.until_agreed IS
    'For a category a case takes only once supervisor and supervisee agree it, with the rationale recorded (settled): the category it is judged by until then (cin), where a settlements source is registered; NULL for the others.';

ALTER TABLE @extschema@.vocabulary DISABLE TRIGGER protect_presets;

-- a case is settled once agreed, with the rationale (BUR-C2); until then it
-- is the child in need case it was
UPDATE @extschema@.vocabulary SET until_agreed = 'cin' WHERE kind = 'category' AND name = 'settled';

ALTER TABLE @extschema@.vocabulary ENABLE TRIGGER protect_presets;

------------------------------------------------------------------------------
-- Source functions: the staff and cases sources as the role history and
-- the settlements change them
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@._source_judged(kind text, body text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    items text;
    fields text := (SELECT string_agg(quote_ident(f.field), ', ' ORDER BY f.position)
                    FROM @extschema@.source_field f WHERE f.kind = _source_judged.kind);
BEGIN
    IF kind = 'staff' AND EXISTS (SELECT FROM @extschema@.source s WHERE s.kind = 'role_changes') THEN
        SELECT string_agg(CASE f.field WHEN 'role' THEN 'COALESCE(h.role, s.role)'
                                       WHEN 'started' THEN 'COALESCE(h.starts, s.started)'
                                       ELSE format('s.%I', f.field) END, ', ' ORDER BY f.position)
        INTO items FROM @extschema@.source_field f WHERE f.kind = 'staff';
        -- the role of the latest change on or before the day before until
        -- ($2: the first instant after the report's day; NULL for the latest)
        RETURN format('SELECT %s FROM (%s) AS s(%s) LEFT JOIN ('
                      'SELECT DISTINCT ON (c.staff) c.staff, c.role, c.starts '
                      'FROM @extschema@._source_role_changes($1, $2) AS c '
                      'WHERE c.starts OPERATOR(pg_catalog.<) COALESCE(@extschema@.local_day($2, $1), ''infinity''::pg_catalog.date) '
                      'ORDER BY c.staff, c.starts DESC) AS h ON h.staff OPERATOR(pg_catalog.=) s.key', items, body, fields);
    ELSIF kind = 'cases' AND EXISTS (SELECT FROM @extschema@.source s WHERE s.kind = 'settlements') THEN
        SELECT string_agg(CASE f.field WHEN 'category'
                               THEN 'CASE WHEN v.until_agreed IS NOT NULL AND a.case_key IS NULL THEN v.until_agreed ELSE s.category END'
                               ELSE format('s.%I', f.field) END, ', ' ORDER BY f.position)
        INTO items FROM @extschema@.source_field f WHERE f.kind = 'cases';
        -- an agreement before until with a rationale written
        RETURN format('SELECT %s FROM (%s) AS s(%s) '
                      'LEFT JOIN @extschema@.vocabulary AS v ON v.kind OPERATOR(pg_catalog.=) ''category''::pg_catalog.text '
                      'AND v.name OPERATOR(pg_catalog.=) s.category '
                      'LEFT JOIN (SELECT DISTINCT g.case_key FROM @extschema@._source_settlements($1, $2) AS g '
                      'WHERE pg_catalog.btrim(g.rationale) OPERATOR(pg_catalog.<>) ''''::pg_catalog.text) AS a '
                      'ON a.case_key OPERATOR(pg_catalog.=) s.key', items, body, fields);
    END IF;
    RETURN body;
END
$$;

COMMENT ON FUNCTION @extschema@._source_judged(text, text) IS
    'The body of a kind''s source function as other sources change it: the staff source''s role and started from the latest role change before until (role_changes), the cases source''s category, for one that holds only once agreed (vocabulary.until_agreed: settled), the category it is judged by until a settlement with a rationale is recorded before until (settlements, BUR-C2). Any other kind, or neither registered: the body as it is.';

CREATE OR REPLACE FUNCTION @extschema@._source_body(kind text) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    src @extschema@.source;
    f record;
    col text;
    typ regtype;
    items text[] := '{}';
    conds text[] := '{}';
    relation text;
BEGIN
    SELECT s.* INTO src FROM @extschema@.source s WHERE s.kind = _source_body.kind;
    IF NOT FOUND THEN
        RETURN format('SELECT * FROM @extschema@._source_refused(%L, %L) AS r(%s)',
            format('no %s source is registered', kind),
            format('Tell the reports where it lives: '
                   'SELECT supervision.register_source(%L, ''<table>'', ''{"<field>": "<column>"}'').', kind),
            @extschema@._source_columns(kind));
    END IF;
    BEGIN
        SELECT format('%I.%I', n.nspname, c.relname) INTO STRICT relation
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = src.relation;
        FOR f IN SELECT s.field, s.class, s.meanings FROM @extschema@.source_field s
                 WHERE s.kind = _source_body.kind ORDER BY s.position LOOP
            col := src.columns ->> f.field;
            IF col IS NULL AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = src.relation
                                       AND a.attname = f.field AND a.attnum > 0 AND NOT a.attisdropped) THEN
                -- a field not named reads the column of its own name, as
                -- registering does: also a field added by a later release
                -- (one that does not fit stays empty, as it was)
                BEGIN
                    PERFORM @extschema@._source_column(kind, f.field, src.relation, f.field, f.class);
                    col := f.field;
                EXCEPTION WHEN datatype_mismatch THEN
                    col := NULL;
                END;
            END IF;
            IF col IS NULL THEN
                items := items || format('NULL::%s', @extschema@._source_field_type(f.class));
                CONTINUE;
            END IF;
            -- renamed or retyped since registration: the same errors as registering
            typ := @extschema@._source_column(kind, f.field, src.relation, col, f.class);
            -- $1 is the time zone, $2 until (a column may have any name)
            items := items || CASE
                WHEN f.meanings IS NOT NULL THEN @extschema@._source_meaning(format('r.%I::pg_catalog.text', col),
                                                                            f.meanings, src.meanings -> f.field)
                WHEN f.class IN ('key', 'text') THEN format('r.%I::pg_catalog.text', col)
                WHEN f.class = 'number' THEN format('r.%I::pg_catalog.numeric', col)
                WHEN f.class = 'day' THEN format('@extschema@.local_day(r.%I, $1)', col)
                WHEN f.class = 'time' AND typ = 'date'::regtype
                    THEN format('@extschema@.local_instant(r.%I::pg_catalog.timestamp, $1)', col)
                WHEN f.class = 'time' AND typ = 'timestamp without time zone'::regtype
                    THEN format('@extschema@.local_instant(r.%I, $1)', col)
                ELSE format('r.%I', col) END;
            IF f.class = 'time' THEN
                -- before until (the first instant after the last day), written
                -- so that an index on the column serves
                conds := conds || CASE typ
                    WHEN 'date'::regtype THEN format(
                        'r.%I OPERATOR(pg_catalog.<) COALESCE(@extschema@.local_day($2, $1), ''infinity''::pg_catalog.date)',
                        col)
                    WHEN 'timestamp without time zone'::regtype THEN format(
                        'r.%I OPERATOR(pg_catalog.<) COALESCE(($2 AT TIME ZONE $1), ''infinity''::pg_catalog.timestamp)', col)
                    ELSE format('r.%I OPERATOR(pg_catalog.<) COALESCE($2, ''infinity''::pg_catalog.timestamptz)',
                                col) END;
            END IF;
            IF f.field = 'kind' AND src.counts IS NOT NULL THEN
                -- one value as a plain =, which the planner estimates from
                -- the column's statistics as it does a hand-written filter
                conds := conds || CASE WHEN cardinality(src.counts) = 1
                    THEN format('r.%I::pg_catalog.text OPERATOR(pg_catalog.=) %L', col,
                                (SELECT v FROM unnest(src.counts) AS v))
                    ELSE format('r.%I::pg_catalog.text OPERATOR(pg_catalog.=) ANY (%L::pg_catalog.text[])',
                                col, src.counts) END;
            END IF;
        END LOOP;
    EXCEPTION
        WHEN no_data_found OR undefined_column OR datatype_mismatch THEN
            RETURN format('SELECT * FROM @extschema@._source_refused(%L, %L) AS r(%s)',
                CASE WHEN relation IS NULL THEN format('the relation of the %s source no longer exists', kind)
                     ELSE format('the %s source can no longer be read: %s', kind, SQLERRM) END,
                format('Register it again: SELECT supervision.register_source(%L, ...).', kind),
                @extschema@._source_columns(kind));
    END;
    RETURN @extschema@._source_judged(kind,
        format('SELECT %s FROM %s AS r%s', array_to_string(items, ', '), relation,
               CASE WHEN cardinality(conds) > 0 THEN ' WHERE ' || array_to_string(conds, ' AND ') ELSE '' END));
END
$$;

COMMENT ON FUNCTION @extschema@._source_body(text) IS
    'The body of a kind''s source function: a SELECT over the registered relation (as _source_judged() reads it with the sources that change it), every name qualified and every identifier and value quoted (one value of counts compared with =, several with = ANY); or, for a kind not registered or a relation that no longer has its columns, a SELECT that refuses (SV301) with a hint to register again.';

REVOKE ALL ON FUNCTION @extschema@._source_judged(text, text) FROM PUBLIC;

SELECT @extschema@._write_source_function(k) FROM unnest(ARRAY['role_changes', 'settlements', 'reflective_cases']) AS k;

COMMENT ON FUNCTION @extschema@._source_staff(text, timestamptz) IS
    'The rows of the registered staff source, each field under its own name (key, name, role, team, supervisor, started, left_on, part_time, kind); where a role_changes source is registered, role and started are those of the latest change before until: written by register_source(), inlined into the reports.';

COMMENT ON FUNCTION @extschema@._source_cases(text, timestamptz) IS
    'The rows of the registered cases source (key, child, category, worker, opened, closed, kind); where a settlements source is registered, a settled case not agreed with a rationale before until has the category it is judged by (vocabulary.until_agreed): written by register_source(), inlined into the reports.';

COMMENT ON FUNCTION @extschema@._source_role_changes(text, timestamptz) IS
    'The rows of the registered role_changes source that count (staff, role, starts, kind): written by register_source(), read by the staff source function.';

COMMENT ON FUNCTION @extschema@._source_settlements(text, timestamptz) IS
    'The rows of the registered settlements source that count, agreed before until (case_key, agreed_at, rationale, kind): written by register_source(), read by the cases source function (BUR-C2).';

COMMENT ON FUNCTION @extschema@._source_reflective_cases(text, timestamptz) IS
    'The rows of the registered reflective_cases source that count, held before until (case_key, held_at, kind): written by register_source(), inlined into cases_per_reflective_session() (BUR-X2).';


------------------------------------------------------------------------------
-- Reports: the staff and cases of the report's day; BUR-X2's report
------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION @extschema@._staff_in_post(time_zone text, day date)
RETURNS TABLE (key text, name text, role text, team text, supervisor text, started date, left_on date, kind text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.key, s.name, s.role, s.team, s.supervisor, s.started, s.left_on, s.kind
    FROM @extschema@._source_staff(time_zone, @extschema@._day_end(day, time_zone)) AS s
    WHERE s.started <= day AND (s.left_on IS NULL OR s.left_on > day);
END;

COMMENT ON FUNCTION @extschema@._staff_in_post(text, date) IS
    'The staff source''s members of staff in post on a day (started, not yet left), days in the time zone: used by the reports.';

CREATE OR REPLACE FUNCTION @extschema@.case_discussions_due(as_of date DEFAULT current_date,
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

CREATE OR REPLACE FUNCTION @extschema@._caseloads(as_of date, horizon @extschema@.timescale)
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

CREATE OR REPLACE FUNCTION @extschema@.monthly_return(month date)
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

CREATE OR REPLACE FUNCTION @extschema@.sessions_outside_bounds(first_day date DEFAULT date_trunc('month', current_date)::date,
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

CREATE OR REPLACE FUNCTION @extschema@.cases_per_session(first_day date DEFAULT date_trunc('month', current_date)::date,
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

CREATE VIEW @extschema@.cases_per_reflective_session_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.cases_per_reflective_session();
COMMENT ON VIEW @extschema@.cases_per_reflective_session_this_month IS
    'cases_per_reflective_session() from the first of this month to today: reflective sessions with senior managers with too few or too many cases (BUR-X2).';
GRANT SELECT ON @extschema@.cases_per_reflective_session_this_month TO PUBLIC;

------------------------------------------------------------------------------
-- Bury: BUR-C2's agreement read, BUR-X2's bound read
------------------------------------------------------------------------------

ALTER TABLE @extschema@.rule DISABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.policy DISABLE TRIGGER protect_presets;

UPDATE @extschema@.policy SET description =
 'Interpretations taken. '
 'In force: the policy says only "Issued: January 2016", so version 1 is in force from the first day of that month, 1 January 2016, with no end; it names no other commencement or review date. '
 'Calendar: england-and-wales (Bury is in England); every Bury timescale is in weeks or months, so bank holidays never move a due date. '
 'Sections: the policy numbers none; sources cite the heading (and contents page, and sub-heading). '
 '"Every month" / "monthly" (BUR-P1, BUR-C1, BUR-X2) is one month after the last occurrence, clamped at month ends (31 Jan + 1 month = 28/29 Feb), not "once in every calendar month". '
 'Roles: the policy "is intended for all staff" (Scope of this Policy), so BUR-P1 names no roles (every role of the vocabulary, part-time staff included; part time is not a role). '
 'Its job titles map to the vocabulary as: Social Worker (Level 2) -> social_worker; Social Worker (Level 1), newly qualified -> asye; Social Worker (Level 3) -> senior_social_worker; Advanced Practitioner and Consultant Social Worker -> advanced_practitioner; Family Support Worker, Child Support Worker, Child and Family Worker -> family_support_worker; Independent Reviewing Officer -> iro; Assistant (Team) Manager -> assistant_team_manager; Social Work Manager -> team_manager; Service Manager, Strategic Lead, Principal Social Worker -> service_manager; the Safeguarding Unit -> iro and cp_chair. '
 'ASYE: the policy says supervision is more frequent for newly qualified social workers but defers to the ASYE handbook and gives no frequency, so asye has only BUR-P1 (monthly) as a floor. '
 'Categories: cp = Child Protection; cin = "high level" Child in Need (a lower-level CIN case agreed as settled takes the category settled); advice_assessment = cases held by the Advice and Assessment team ("most" read as all); settled = "more settled cases or those where long term work is being undertaken", a category that holds only once supervisor and supervisee have agreed it and recorded the rationale: where a settlements source is registered, a case of category settled with no such agreement is judged as cin (vocabulary.until_agreed), under BUR-C1''s monthly cadence until agreed; with no settlements source the category is taken as given; disability = cases of the Children''s Disability service ("some ... may require" read as every such case); cla, care_leaver and early_help get no frequency of their own and are covered by BUR-C4 alone. '
 'Case discussion: the case review of BUR-C4 ("in addition to formal supervision") and a discussion in one-to-one supervision are both a discussion of the case on topic case_discussion; last_discussed is the latest of either. Every candidate must be met and the binding one is reported (earliest latest, then earliest target, then rule ID): cp, cin, advice_assessment -> BUR-C1, target = latest = 1 month; settled -> BUR-C2, target = latest = 3 months; disability -> BUR-C3, target = latest = 6 months (the case review''s 3-month target excepts "some Children''s Disability service cases", read as every case of category disability, and its 6-month limit is BUR-C3''s 6 months); cla, care_leaver, early_help -> BUR-C4, target 3 months, latest 6 months. '
 'BUR-C4 keeps the target (3 months) and the hard limit (6 months); overdue means past the limit; the frequency "determined at the point of allocation / transfer" is not modelled. '
 'BUR-D1: 90 to 180 minutes; 180 is a normal maximum ("probably no more than three unless in exceptional circumstances"), and a part-time worker''s session "may be shorter", which a bound cannot tell. '
 'BUR-C5: the row is the minimum of one case for reflective supervision in each one-to-one (every role); the Safeguarding Unit''s minimum of two cases selected by the team manager, besides the cases with issues or escalation, has no row of its own because a second bound on cases_per_session under the same rule ID is not allowed by the key. '
 'BUR-R1: the one-to-one record (supervision_record) within 1 week of the session: seven calendar days, bank holidays not skipped, late from local midnight after the seventh day; no shorter window for significant matters. '
 'There is no case_record window: the policy sets no time for the case-specific records on LCS, so recording_deadline(''bury'', ...) raises 22023. '
 'BUR-R2: the supervision file kept 2 years (24 months) after the employee leaves or retires; case notes on LCS follow the council''s records policy and are not covered. '
 'BUR-E1: two rows, appraisal every 12 months (the annual employee review, next one "twelve months from the date of employee review") and development_plan at 6 months measured from the date of the employee review (the start date; the six-monthly review of the Personal Development Plan); an earlier review for promotion or role change is not modelled. '
 'BUR-X1: the supervision agreement reviewed every 12 months ("annually"); renegotiation when the supervisor changes is an event, not modelled as a cadence. '
 'BUR-X2: the half-day reflective session with senior managers is offered once a month (an opportunity for staff, not a duty of each worker), and takes 2 to 3 cases (a bound on cases_per_reflective_session, read by cases_per_reflective_session() from the reflective_cases source).'
WHERE name = 'bury';

DELETE FROM @extschema@.rule WHERE (policy, rule_id, kind, topic) IN (
    ('bury', 'BUR-C2', 'cadence', 'case_discussion'), ('bury', 'BUR-X2', 'bound', 'cases_per_reflective_session'));

INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-C2', 'cadence', 'case_discussion', '{settled}', '3 months',
 'Settled only once agreed with the rationale recorded: where a settlements source is registered, a case of category settled counts as settled from the first agreement with a rationale (the settlements source''s rows); until then it is judged as cin (vocabulary.until_agreed) and BUR-C1''s monthly cadence applies. With no settlements source, the category settled is taken as given.',
 '§Supervision Definition (p. 4)',
 '"Other more settled cases or those where long term work is being undertaken can be discussed on a three monthly basis": every 3 months. A case is settled only with "a manageable lower level of risk", agreed between supervisor and supervisee with the rationale recorded in supervision notes; it counts as settled only then.');

INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, interpretation, source, description) VALUES
('bury', 1, 'BUR-X2', 'bound', 'cases_per_reflective_session', 2, 3, 'cases',
 'On the senior managers'' reflective session (topic cases_per_reflective_session), not on a one-to-one: BUR-C5''s bound on cases_per_session is the one-to-one''s. cases_per_reflective_session() reads it from the reflective_cases source (a row for each case taken to a session, the sessions told apart by day).',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"Each session can accommodate 2 - 3 cases": a senior managers'' reflective session takes 2 to 3 cases.');

ALTER TABLE @extschema@.policy ENABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.rule ENABLE TRIGGER protect_presets;
