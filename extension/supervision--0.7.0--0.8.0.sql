/* supervision--0.7.0--0.8.0.sql: one current source for every SQL object.
 * The install script of 0.8.0 is built from extension/sql/, one file a
 * concept; this step brings a 0.7.0 database to the same objects:
 * - the internal helpers are named with a leading underscore, and those
 *   that only the DBA's functions call are not executable by PUBLIC; the
 *   functions that call them are replaced to use the new names;
 * - comments and a preset's interpretation cite the policies by name and
 *   section only. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION supervision UPDATE TO '0.8.0'" to load this file. \quit

-- Internal helpers: a reader of \df supervision.* sees the contract first
ALTER TYPE @extschema@.policy_in_force RENAME TO _policy_in_force;
ALTER FUNCTION @extschema@.check_attachment(regclass, text, text[]) RENAME TO _check_attachment;
ALTER FUNCTION @extschema@.trigger_arguments(text[]) RENAME TO _trigger_arguments;
ALTER FUNCTION @extschema@.refuse_second_attachment(regclass, regprocedure, text, text) RENAME TO _refuse_second_attachment;
ALTER FUNCTION @extschema@.drop_attachment(regclass, regprocedure, text) RENAME TO _drop_attachment;
ALTER FUNCTION @extschema@.source_column(text, text, regclass, name, text) RENAME TO _source_column;
ALTER FUNCTION @extschema@.source_query(text, text, date) RENAME TO _source_query;
ALTER FUNCTION @extschema@.policy_in_force() RENAME TO _policy_in_force;
ALTER FUNCTION @extschema@.not_before(date, date) RENAME TO _not_before;
ALTER FUNCTION @extschema@.due_status(text, date, date, date, date) RENAME TO _due_status;
ALTER FUNCTION @extschema@.recording_windows(text) RENAME TO _recording_windows;
ALTER FUNCTION @extschema@.late_from(text, timestamptz, boolean, datemultirange, text) RENAME TO _late_from;
ALTER FUNCTION @extschema@.rule_subjects(text, text) RENAME TO _rule_subjects;
ALTER FUNCTION @extschema@.staff_in_post(text) RENAME TO _staff_in_post;
ALTER FUNCTION @extschema@.rules_in_force(text, text, text, date) RENAME TO _rules_in_force;
ALTER FUNCTION @extschema@.cadence_report(text, text, date, @extschema@.timescale) RENAME TO _cadence_report;
ALTER FUNCTION @extschema@.finite_report_day(date, text) RENAME TO _finite_report_day;

-- Only the DBA's attach functions call this
REVOKE ALL ON FUNCTION @extschema@._trigger_arguments(text[]) FROM PUBLIC;

-- The functions that call a renamed helper, as extension/sql/ defines them

CREATE OR REPLACE FUNCTION @extschema@.attach_oversight(
    tab regclass,
    recorded_at name,
    recorded_by name,
    heading name DEFAULT NULL,
    heading_text text DEFAULT NULL,
    policy text DEFAULT NULL,
    designation name DEFAULT NULL,
    designation_from regprocedure DEFAULT NULL,
    actor_role name DEFAULT NULL,
    purger name DEFAULT NULL,
    updates text DEFAULT 'none',
    signed name DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    args text[];
BEGIN
    -- the heading of the policy's recording rule for management oversight
    IF heading IS NOT NULL AND heading_text IS NULL AND policy IS NOT NULL THEN
        SELECT r.heading INTO heading_text
        FROM @extschema@.rule r
        JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
        WHERE r.policy = attach_oversight.policy AND r.kind = 'recording'
          AND r.topic IN ('management_oversight', 'management_decision')
          AND r.heading IS NOT NULL AND v.in_force @> current_date
        ORDER BY r.rule_id LIMIT 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'policy "%" in force today names no heading for management oversight', policy
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give heading_text, or a policy with a recording rule on topic management_oversight or management_decision that has a heading.';
        END IF;
    END IF;
    args := array_remove(ARRAY[
        'recorded_at=' || recorded_at,
        'recorded_by=' || recorded_by,
        'heading=' || heading,
        'heading_text=' || heading_text,
        'designation=' || designation,
        'designation_from=' || designation_from::text,
        'actor_role=' || actor_role,
        'purger=' || purger,
        'updates=' || updates,
        'signed=' || signed], NULL);
    PERFORM @extschema@._check_attachment(tab, 'oversight', args);
    PERFORM @extschema@._refuse_second_attachment(tab, '@extschema@.stamp_oversight()'::regprocedure,
        'management oversight stamping', '@extschema@.detach_oversight');
    EXECUTE format('CREATE TRIGGER supervision_oversight BEFORE INSERT OR UPDATE OR DELETE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION @extschema@.stamp_oversight(%s)',
                   tab, @extschema@._trigger_arguments(args));
    EXECUTE format('CREATE TRIGGER supervision_oversight_truncate BEFORE TRUNCATE ON %s '
                   'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.stamp_oversight(%s)',
                   tab, @extschema@._trigger_arguments(args));
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.attach_recording_window(
    tab regclass,
    event name,
    policy text DEFAULT NULL,
    rule_id text DEFAULT NULL,
    within @extschema@.timescale DEFAULT NULL,
    within_significant @extschema@.timescale DEFAULT NULL,
    calendar text DEFAULT NULL,
    mode text DEFAULT 'reject',
    significant name DEFAULT NULL,
    late name DEFAULT NULL,
    late_reason name DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    args text[];
BEGIN
    -- a window given here is counted in the calendar of the moment
    IF within IS NOT NULL AND calendar IS NULL THEN
        calendar := current_setting('supervision.calendar');
    END IF;
    args := array_remove(ARRAY[
        'event=' || event,
        'policy=' || policy,
        'rule_id=' || rule_id,
        'within=' || within::text,
        'within_significant=' || within_significant::text,
        'calendar=' || calendar,
        'mode=' || mode,
        'significant=' || significant,
        'late=' || late,
        'late_reason=' || late_reason], NULL);
    PERFORM @extschema@._check_attachment(tab, 'recording_window', args);
    -- the policy's window for an event now: an unknown policy or rule is refused here
    IF policy IS NOT NULL AND rule_id IS NULL THEN
        PERFORM @extschema@.recording_deadline(policy, now());
    ELSIF policy IS NOT NULL THEN
        PERFORM @extschema@.window_deadline(policy, rule_id, now());
    END IF;
    PERFORM @extschema@._refuse_second_attachment(tab, '@extschema@.check_recording_window()'::regprocedure,
        'a recording window', '@extschema@.detach_recording_window');
    EXECUTE format('CREATE TRIGGER supervision_recording_window BEFORE INSERT OR UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION @extschema@.check_recording_window(%s)',
                   tab, @extschema@._trigger_arguments(args));
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.detach_oversight(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._drop_attachment(tab, '@extschema@.stamp_oversight()'::regprocedure,
                                        'management oversight stamping') $$;

CREATE OR REPLACE FUNCTION @extschema@.detach_recording_window(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._drop_attachment(tab, '@extschema@.check_recording_window()'::regprocedure,
                                        'recording window') $$;

CREATE OR REPLACE FUNCTION @extschema@.register_source(kind text, relation regclass, columns jsonb DEFAULT '{}',
                                            counts text[] DEFAULT NULL)
RETURNS @extschema@.source
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f record;
    col text;
    resolved jsonb := '{}';
    unknown text;
    registered @extschema@.source;
BEGIN
    IF kind IS NULL OR NOT EXISTS (SELECT FROM @extschema@.source_field s WHERE s.kind = register_source.kind) THEN
        RAISE EXCEPTION 'unknown kind of source "%"', kind
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Kinds are: ' || (SELECT string_agg(DISTINCT s.kind, ', ') FROM @extschema@.source_field s) || '.';
    END IF;
    IF relation IS NULL OR NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = relation
                                       AND c.relkind IN ('r', 'p', 'v', 'm', 'f')) THEN
        RAISE EXCEPTION 'relation % is not a table or view', coalesce(relation::text, 'NULL')
            USING ERRCODE = 'wrong_object_type',
                  HINT = 'Register a table, a view, a materialized view or a foreign table.';
    END IF;
    IF columns IS NULL OR jsonb_typeof(columns) <> 'object' THEN
        RAISE EXCEPTION 'columns must be a JSON object, not %', coalesce(columns::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Map each field to its column: ''{"key": "staff_id", "started": "role_start"}''.';
    END IF;
    SELECT string_agg(j.key, ', ') INTO unknown FROM jsonb_each(columns) j WHERE jsonb_typeof(j.value) <> 'string';
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'the column of field % is not a JSON string', unknown
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Map each field to a column name: ''{"key": "staff_id"}''.';
    END IF;
    SELECT string_agg(j.key, ', ') INTO unknown FROM jsonb_each(columns) j
    WHERE NOT EXISTS (SELECT FROM @extschema@.source_field s WHERE s.kind = register_source.kind AND s.field = j.key);
    IF unknown IS NOT NULL THEN
        RAISE EXCEPTION 'the % source has no field %', kind, unknown
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Its fields are: ' || (SELECT string_agg(s.field, ', ' ORDER BY s.position)
                                                FROM @extschema@.source_field s WHERE s.kind = register_source.kind)
                         || '.';
    END IF;

    FOR f IN SELECT s.field, s.required, s.class FROM @extschema@.source_field s
             WHERE s.kind = register_source.kind ORDER BY s.position LOOP
        col := columns ->> f.field;
        IF col IS NULL THEN
            -- an unnamed field reads the column of its own name, where there is one
            IF NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = relation AND a.attname = f.field
                           AND a.attnum > 0 AND NOT a.attisdropped) THEN
                IF f.required THEN
                    PERFORM @extschema@._source_column(kind, f.field, relation, f.field, f.class);
                END IF;
                CONTINUE;
            END IF;
            col := f.field;
        END IF;
        PERFORM @extschema@._source_column(kind, f.field, relation, col, f.class);
        resolved := resolved || jsonb_build_object(f.field, col);
    END LOOP;

    IF counts IS NOT NULL AND NOT resolved ? 'kind' THEN
        RAISE EXCEPTION 'counts needs the % source''s kind column', kind
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Name the column whose values counts lists: ''{"kind": "<column>"}''.';
    END IF;

    INSERT INTO @extschema@.source AS s (kind, relation, columns, counts)
    VALUES (kind, relation, resolved, counts)
    ON CONFLICT ON CONSTRAINT source_pkey DO UPDATE
        SET relation = EXCLUDED.relation, columns = EXCLUDED.columns, counts = EXCLUDED.counts
    RETURNING s.* INTO registered;
    RETURN registered;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@._source_query(kind text, time_zone text, upto date) RETURNS text
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
BEGIN
    SELECT s.* INTO src FROM @extschema@.source s WHERE s.kind = _source_query.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no % source is registered', kind
            USING ERRCODE = 'SV301',
                  HINT = format('Tell the reports where it lives: SELECT supervision.register_source(%L, ''<table>'', ''{"<field>": "<column>"}'').', kind);
    END IF;
    IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = src.relation) THEN
        RAISE EXCEPTION 'the relation of the % source no longer exists', kind
            USING ERRCODE = 'SV301',
                  HINT = format('Register it again: SELECT supervision.register_source(%L, ...).', kind);
    END IF;
    FOR f IN SELECT s.field, s.required, s.class FROM @extschema@.source_field s
             WHERE s.kind = _source_query.kind ORDER BY s.position LOOP
        col := src.columns ->> f.field;
        IF col IS NULL THEN
            items := items || format('NULL::%s AS %I',
                CASE f.class WHEN 'day' THEN 'date' WHEN 'time' THEN 'timestamptz' WHEN 'instant' THEN 'timestamptz'
                             WHEN 'flag' THEN 'boolean' ELSE 'text' END, f.field);
            CONTINUE;
        END IF;
        -- renamed or retyped since registration: the same errors as registering
        typ := @extschema@._source_column(kind, f.field, src.relation, col, f.class);
        items := items || CASE f.class
            WHEN 'key' THEN format('r.%I::text AS %I', col, f.field)
            WHEN 'text' THEN format('r.%I::text AS %I', col, f.field)
            WHEN 'day' THEN format('@extschema@.local_day(r.%I, %L) AS %I', col, time_zone, f.field)
            ELSE format('r.%I AS %I', col, f.field) END;
        IF f.class = 'time' AND upto IS NOT NULL THEN
            -- up to the end of the day, written so that an index on the column serves
            conds := conds || CASE typ
                WHEN 'date'::regtype THEN format('r.%I <= %L::date', col, upto)
                WHEN 'timestamp without time zone'::regtype THEN format('r.%I < %L::timestamp', col, upto + 1)
                ELSE format('r.%I < %L::timestamptz', col, ((upto + 1)::timestamp AT TIME ZONE time_zone)) END;
        END IF;
        IF f.field = 'kind' AND src.counts IS NOT NULL THEN
            -- one value as a plain =, which the planner estimates from the
            -- column's statistics as it does a hand-written filter
            conds := conds || CASE WHEN cardinality(src.counts) = 1
                THEN format('r.%I::text = %L', col, (SELECT v FROM unnest(src.counts) AS v))
                ELSE format('r.%I::text = ANY (%L::text[])', col, src.counts) END;
        END IF;
    END LOOP;
    RETURN format('(SELECT %s FROM %s AS r%s)', array_to_string(items, ', '), src.relation::text,
                  CASE WHEN cardinality(conds) > 0 THEN ' WHERE ' || array_to_string(conds, ' AND ') ELSE '' END);
END
$$;

CREATE OR REPLACE FUNCTION @extschema@._policy_in_force() RETURNS @extschema@._policy_in_force
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

CREATE OR REPLACE FUNCTION @extschema@._recording_windows(policy text) RETURNS datemultirange
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(range_agg(v.in_force), '{}')
    FROM @extschema@.policy_version v
    WHERE v.policy = _recording_windows.policy
      AND EXISTS (SELECT FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                  AND r.kind = 'window' AND r.topic = 'case_record')
$$;

CREATE OR REPLACE FUNCTION @extschema@._rule_subjects(policy text, topic text) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN bool_or(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END IS NULL) THEN NULL
                ELSE array_agg(DISTINCT s) END
    FROM @extschema@.rule r
    LEFT JOIN LATERAL unnest(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END) AS s ON true
    WHERE r.policy = _rule_subjects.policy AND r.topic = _rule_subjects.topic AND r.kind = 'cadence'
$$;

CREATE OR REPLACE FUNCTION @extschema@._staff_in_post(time_zone text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('(SELECT * FROM %s AS s WHERE s.started <= $1 AND (s.left_on IS NULL OR s.left_on > $1))',
                  @extschema@._source_query('staff', time_zone, NULL))
$$;

CREATE OR REPLACE FUNCTION @extschema@.supervision_due(as_of date DEFAULT current_date,
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

CREATE OR REPLACE FUNCTION @extschema@.case_discussions_due(as_of date DEFAULT current_date,
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

CREATE OR REPLACE FUNCTION @extschema@.pre_supervision_report(staff text, as_of date DEFAULT current_date,
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

CREATE OR REPLACE FUNCTION @extschema@.monthly_return(month date)
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

CREATE OR REPLACE FUNCTION @extschema@._rules_in_force(policy text, kind text, topic text, day date)
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

CREATE OR REPLACE FUNCTION @extschema@._cadence_report(topic text, source_kind text, as_of date,
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

CREATE OR REPLACE FUNCTION @extschema@.agreements_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@._cadence_report('agreement', 'agreements', as_of, horizon) $$;

CREATE OR REPLACE FUNCTION @extschema@.appraisals_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@._cadence_report('appraisal', 'appraisals', as_of, horizon) $$;

CREATE OR REPLACE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
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

CREATE OR REPLACE FUNCTION @extschema@.supervisor_load(as_of date DEFAULT current_date)
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

CREATE OR REPLACE FUNCTION @extschema@.retention_due(as_of date DEFAULT current_date)
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

-- Comments that cited a file outside the policies
COMMENT ON TABLE @extschema@.rule IS
    'The rules of each policy version, one row a rule of the published policy under its rule ID; the columns that apply depend on kind.';
COMMENT ON COLUMN @extschema@.rule.rule_id IS 'The rule''s ID, as the published policies are numbered (SLO-P1), or a council''s own.';

-- A preset's interpretation cited the list of rule IDs by its file name
ALTER TABLE @extschema@.policy DISABLE TRIGGER protect_presets;
UPDATE @extschema@.policy
   SET description = replace(replace(description,
           'RULES.md calls GLO-C1 a window;', 'The list of rule IDs calls GLO-C1 a window;'),
           '(the policy''s wording; RULES.md says', '(the policy''s wording; the list of rule IDs says')
 WHERE name = 'gloucestershire';
ALTER TABLE @extschema@.policy ENABLE TRIGGER protect_presets;

-- Any role may use the schema: the read-only functions work for a plain
-- role straight after CREATE EXTENSION (extension/sql/schema.sql)
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;

-- Drivers send text: a text or varchar parameter is read as a timescale or
-- schedule literal wherever one is taken
CREATE CAST (text AS @extschema@.timescale) WITH INOUT AS IMPLICIT;
CREATE CAST (varchar AS @extschema@.timescale) WITH INOUT AS IMPLICIT;
CREATE CAST (text AS @extschema@.schedule) WITH INOUT AS IMPLICIT;
CREATE CAST (varchar AS @extschema@.schedule) WITH INOUT AS IMPLICIT;

COMMENT ON CAST (text AS @extschema@.timescale) IS
    'Text read as a timescale literal (''5 working days''), implicitly: a driver''s text parameter is accepted wherever a timescale is.';
COMMENT ON CAST (varchar AS @extschema@.timescale) IS
    'Varchar read as a timescale literal, implicitly: a driver''s varchar parameter (JDBC setString) is accepted wherever a timescale is.';
COMMENT ON CAST (text AS @extschema@.schedule) IS
    'Text read as a schedule literal (''weekly until 6 weeks, monthly''), implicitly: a driver''s text parameter is accepted wherever a schedule is.';
COMMENT ON CAST (varchar AS @extschema@.schedule) IS
    'Varchar read as a schedule literal, implicitly: a driver''s varchar parameter (JDBC setString) is accepted wherever a schedule is.';
