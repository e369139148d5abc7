/* supervision--0.3.0--0.4.0.sql: reports over the council's own tables.
 * A DBA registers once where staff, cases, sessions and discussions live;
 * the report functions read them with the policy in force. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION supervision UPDATE TO '0.4.0'" to load this file. \quit

------------------------------------------------------------------------------
-- Sources: where the council keeps what the reports read
--
-- source_field lists, for each kind of source, the fields a report reads and
-- what each must be; source holds what a DBA registered with
-- register_source(): a relation and the column of each field.  Report SQL is
-- built from them with every identifier quoted (source_query()).
------------------------------------------------------------------------------

CREATE TABLE @extschema@.source_field (
    kind        text NOT NULL,
    field       text NOT NULL,
    position    smallint NOT NULL,
    required    boolean NOT NULL,
    class       text NOT NULL CHECK (class IN ('key', 'text', 'day', 'time', 'instant', 'flag')),
    description text NOT NULL,
    PRIMARY KEY (kind, field)
);

COMMENT ON TABLE @extschema@.source_field IS
    'The fields each kind of source has (staff, cases, supervision_sessions, case_discussions, oversight, observations, agreements, appraisals), which are required, and what type of column each needs. Shipped with the extension; read-only.';
COMMENT ON COLUMN @extschema@.source_field.kind IS 'The kind of source: what register_source() is told the relation holds.';
COMMENT ON COLUMN @extschema@.source_field.field IS 'The field: the key of register_source()''s columns argument, and the default column name.';
COMMENT ON COLUMN @extschema@.source_field.position IS 'The order in which the field is listed.';
COMMENT ON COLUMN @extschema@.source_field.required IS 'True when a source of the kind must have the field.';
COMMENT ON COLUMN @extschema@.source_field.class IS
    'What column fits: key (any type, compared as text), text (text, varchar or char), day (date, timestamp or timestamptz; a time is read as its day in the policy''s time zone), time (the same, compared as written), instant (timestamptz), flag (boolean).';
COMMENT ON COLUMN @extschema@.source_field.description IS 'What the field holds.';

INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('staff', 'key', 1, true, 'key', 'The member of staff''s key, as other sources name them.'),
    ('staff', 'name', 2, false, 'text', 'Their name.'),
    ('staff', 'role', 3, true, 'text', 'Their role, a role of supervision.vocabulary (social_worker, asye, team_manager, ...).'),
    ('staff', 'team', 4, false, 'key', 'Their team.'),
    ('staff', 'supervisor', 5, false, 'key', 'The key of the member of staff who supervises them.'),
    ('staff', 'started', 6, true, 'day', 'The day they started in the role (places staged schedules: ASYE, students).'),
    ('staff', 'left_on', 7, false, 'day', 'The day they left; NULL while employed.'),
    ('cases', 'key', 1, true, 'key', 'The case''s key, as discussions and oversight entries name it.'),
    ('cases', 'child', 2, false, 'key', 'The child.'),
    ('cases', 'category', 3, true, 'text', 'The case''s category, a category of supervision.vocabulary (cin, cp, cla, ...).'),
    ('cases', 'worker', 4, true, 'key', 'The key of the allocated worker.'),
    ('cases', 'opened', 5, true, 'day', 'The day the case (or plan) started.'),
    ('cases', 'closed', 6, false, 'day', 'The day it closed; NULL while open.'),
    ('supervision_sessions', 'staff', 1, true, 'key', 'The key of the member of staff supervised.'),
    ('supervision_sessions', 'held_at', 2, true, 'time', 'When the session was held.'),
    ('case_discussions', 'case_key', 1, true, 'key', 'The key of the case discussed.'),
    ('case_discussions', 'held_at', 2, true, 'time', 'When it was discussed.'),
    ('case_discussions', 'recorded_at', 3, false, 'instant', 'When the discussion was recorded on the child''s file (judged against the policy''s recording window).'),
    ('case_discussions', 'significant', 4, false, 'flag', 'True for a significant decision (the shorter recording window).'),
    ('oversight', 'case_key', 1, true, 'key', 'The key of the case.'),
    ('oversight', 'recorded_at', 2, true, 'time', 'When the management oversight entry was recorded.'),
    ('observations', 'staff', 1, true, 'key', 'The key of the member of staff observed.'),
    ('observations', 'held_at', 2, true, 'time', 'When the observation took place.'),
    ('agreements', 'staff', 1, true, 'key', 'The key of the supervisee.'),
    ('agreements', 'held_at', 2, true, 'time', 'When the supervision agreement was made or reviewed.'),
    ('appraisals', 'staff', 1, true, 'key', 'The key of the member of staff appraised.'),
    ('appraisals', 'held_at', 2, true, 'time', 'When the appraisal took place.');

-- every kind may keep other rows in the same relation: a kind column and the
-- values of it that count (register_source's counts)
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description)
SELECT k, 'kind', 9, false, 'text', 'What the row is; with counts, only rows whose kind is one of counts are read.'
FROM unnest(ARRAY['staff', 'cases', 'supervision_sessions', 'case_discussions', 'oversight',
                  'observations', 'agreements', 'appraisals']) AS k;

CREATE TABLE @extschema@.source (
    kind        text PRIMARY KEY,
    relation    regclass NOT NULL,
    columns     jsonb NOT NULL,
    counts      text[]
);

COMMENT ON TABLE @extschema@.source IS
    'Where the council keeps each kind of source the reports read: written by register_source(), kept by pg_dump.';
COMMENT ON COLUMN @extschema@.source.kind IS 'The kind of source (a kind of supervision.source_field).';
COMMENT ON COLUMN @extschema@.source.relation IS 'The table or view that holds it.';
COMMENT ON COLUMN @extschema@.source.columns IS 'The column of each field: {"field": "column", ...}.';
COMMENT ON COLUMN @extschema@.source.counts IS 'The values of the kind column whose rows count; NULL when every row counts.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.source', '');

-- The column a field reads, and whether its type fits the field's class
CREATE FUNCTION @extschema@.source_column(kind text, field text, relation regclass, col name, class text)
RETURNS regtype
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    typ regtype;
    fits boolean;
BEGIN
    SELECT a.atttypid::regtype INTO typ FROM pg_attribute a
    WHERE a.attrelid = relation AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'column "%" of relation % does not exist', col, relation
            USING ERRCODE = 'undefined_column',
                  DETAIL = format('The %s source''s field %s reads it.', kind, field),
                  HINT = format('Name the column that holds it: register_source(%L, %L, ''{"%s": "<column>"}'').',
                                kind, relation::text, field);
    END IF;
    fits := CASE class
        WHEN 'key' THEN true
        WHEN 'text' THEN typ IN ('text'::regtype, 'character varying'::regtype, 'character'::regtype, 'name'::regtype)
        WHEN 'flag' THEN typ = 'boolean'::regtype
        WHEN 'instant' THEN typ = 'timestamp with time zone'::regtype
        ELSE typ IN ('date'::regtype, 'timestamp with time zone'::regtype, 'timestamp without time zone'::regtype)
    END;
    IF NOT fits THEN
        RAISE EXCEPTION 'column "%" of relation % is of type %, not a type the % source''s field % can read',
                        col, relation, typ, kind, field
            USING ERRCODE = 'datatype_mismatch',
                  HINT = CASE class
                      WHEN 'text' THEN 'It needs text, varchar or char: register a view that casts it.'
                      WHEN 'flag' THEN 'It needs boolean: register a view that computes it.'
                      WHEN 'instant' THEN 'It needs timestamptz: register a view that converts it.'
                      ELSE 'It needs date, timestamp or timestamptz: register a view that converts it.' END;
    END IF;
    RETURN typ;
END
$$;

COMMENT ON FUNCTION @extschema@.source_column(text, text, regclass, name, text) IS
    'Checks that a column a source field reads exists and fits the field (42703, 42804), and returns its type: used by register_source() and the reports.';

CREATE FUNCTION @extschema@.register_source(kind text, relation regclass, columns jsonb DEFAULT '{}',
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
                    PERFORM @extschema@.source_column(kind, f.field, relation, f.field, f.class);
                END IF;
                CONTINUE;
            END IF;
            col := f.field;
        END IF;
        PERFORM @extschema@.source_column(kind, f.field, relation, col, f.class);
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

COMMENT ON FUNCTION @extschema@.register_source(text, regclass, jsonb, text[]) IS
    'Tells the reports where a kind of source lives: the relation, the column of each field (a field not named reads the column of its own name), and, with a kind column, the values whose rows count. Checks every column now; registering a kind again replaces it.';

CREATE FUNCTION @extschema@.unregister_source(kind text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM @extschema@.source s WHERE s.kind = unregister_source.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no % source is registered', kind
            USING ERRCODE = 'undefined_object',
                  HINT = 'SELECT * FROM supervision.source lists what is.';
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.unregister_source(text) IS
    'Forgets where a kind of source lives; reports that read it then refuse (SV301).';

-- The day of a date or time in a time zone: a timestamptz is read in the
-- zone, a timestamp as written
CREATE FUNCTION @extschema@.local_day(t date, time_zone text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT t';
CREATE FUNCTION @extschema@.local_day(t timestamptz, time_zone text) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS 'SELECT (t AT TIME ZONE time_zone)::date';
CREATE FUNCTION @extschema@.local_day(t timestamp, time_zone text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT t::date';

COMMENT ON FUNCTION @extschema@.local_day(date, text) IS 'The day itself: a date column read as a day.';
COMMENT ON FUNCTION @extschema@.local_day(timestamptz, text) IS 'The day of an instant in a time zone (Europe/London): a timestamptz column read as a day.';
COMMENT ON FUNCTION @extschema@.local_day(timestamp, text) IS 'The day of a timestamp as written: a timestamp column read as a day.';

-- A subquery over a registered source: each field under its own name, keys
-- as text, days as dates in the time zone, only the rows that count, and
-- only those of the time field up to the end of day upto.
CREATE FUNCTION @extschema@.source_query(kind text, time_zone text, upto date) RETURNS text
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
    SELECT s.* INTO src FROM @extschema@.source s WHERE s.kind = source_query.kind;
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
             WHERE s.kind = source_query.kind ORDER BY s.position LOOP
        col := src.columns ->> f.field;
        IF col IS NULL THEN
            items := items || format('NULL::%s AS %I',
                CASE f.class WHEN 'day' THEN 'date' WHEN 'time' THEN 'timestamptz' WHEN 'instant' THEN 'timestamptz'
                             WHEN 'flag' THEN 'boolean' ELSE 'text' END, f.field);
            CONTINUE;
        END IF;
        -- renamed or retyped since registration: the same errors as registering
        typ := @extschema@.source_column(kind, f.field, src.relation, col, f.class);
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
            conds := conds || format('r.%I::text = ANY (%L::text[])', col, src.counts);
        END IF;
    END LOOP;
    RETURN format('(SELECT %s FROM %s AS r%s)', array_to_string(items, ', '), src.relation::text,
                  CASE WHEN cardinality(conds) > 0 THEN ' WHERE ' || array_to_string(conds, ' AND ') ELSE '' END);
END
$$;

COMMENT ON FUNCTION @extschema@.source_query(text, text, date) IS
    'The SQL of a subquery over a registered source, every identifier quoted: each field under its own name (keys as text, days in the time zone), only the rows that count, and, given upto, only rows up to the end of that day. Refuses an unregistered source (SV301).';

------------------------------------------------------------------------------
-- The policy the reports apply: the setting supervision.policy
------------------------------------------------------------------------------

CREATE TYPE @extschema@.policy_in_force AS (
    policy    text,
    calendar  text,
    time_zone text,
    since     date
);

COMMENT ON TYPE @extschema@.policy_in_force IS
    'The policy the reports apply (supervision.policy), its calendar, the calendar''s time zone, and the first day of its first version.';

CREATE FUNCTION @extschema@.policy_in_force() RETURNS @extschema@.policy_in_force
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    wanted text := coalesce(current_setting('supervision.policy', true), '');
    answer @extschema@.policy_in_force;
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

COMMENT ON FUNCTION @extschema@.policy_in_force() IS
    'The policy named by supervision.policy, with its calendar and time zone; refuses when none is set (SV302) or it does not exist.';

-- Reports read history older than the policy: an occurrence (or a start)
-- before its first version counts as on the day it came into force, so that
-- what is due is judged by a version that exists
CREATE FUNCTION @extschema@.not_before(day date, since date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN day < since THEN since ELSE day END $$;

COMMENT ON FUNCTION @extschema@.not_before(date, date) IS
    'The day, or since when the day is earlier (NULL stays NULL): the reports read an occurrence or start before a policy''s first version as on its first day in force.';

-- Where a due date stands on a day; soon is the last day of the horizon
-- (computed once per report, not per row)
CREATE FUNCTION @extschema@.due_status(rule text, target date, latest date, as_of date, soon date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN rule IS NULL THEN 'no rule'
        WHEN latest IS NULL THEN 'nothing due'
        WHEN as_of > latest THEN 'overdue'
        WHEN as_of > target THEN 'past target'
        WHEN target <= soon THEN 'due soon'
        ELSE 'on track' END
$$;

COMMENT ON FUNCTION @extschema@.due_status(text, date, date, date, date) IS
    'Where a due date (a rule''s target and latest) stands on as_of: no rule, nothing due, overdue (past the latest date), past target (but not the latest), due soon (the target by soon, the end of the horizon), or on track.';

------------------------------------------------------------------------------
-- Reports: set-returning functions a report writer calls
------------------------------------------------------------------------------

-- the days on which a version of the policy with a recording window was in force
CREATE FUNCTION @extschema@.recording_windows(policy text) RETURNS datemultirange
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT coalesce(range_agg(v.in_force), '{}')
    FROM @extschema@.policy_version v
    WHERE v.policy = recording_windows.policy
      AND EXISTS (SELECT FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                  AND r.kind = 'window' AND r.topic = 'case_record')
$$;

COMMENT ON FUNCTION @extschema@.recording_windows(text) IS
    'The days on which a version of the policy with a recording window (a window rule on topic case_record) was in force: the reports judge records late only then.';

-- the first late instant for the record of a discussion, where the policy
-- had a recording window on the day (windows: recording_windows())
CREATE FUNCTION @extschema@.late_from(policy text, event timestamptz, significant boolean,
                                      windows datemultirange, time_zone text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN windows @> (event AT TIME ZONE time_zone)::date
                THEN @extschema@.recording_deadline(policy, event, coalesce(significant, false)) END
$$;

COMMENT ON FUNCTION @extschema@.late_from(text, timestamptz, boolean, datemultirange, text) IS
    'The first late instant for the record of a discussion held at event, where a version with a recording window was in force that day (else NULL): used by the reports.';

-- The roles (categories) the policy's cadences on a topic speak of, in any
-- version; NULL when a rule covers everyone.  The reports ask the due-date
-- functions only for those, and show the rest as 'no rule'.
CREATE FUNCTION @extschema@.rule_subjects(policy text, topic text) RETURNS text[]
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE WHEN bool_or(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END IS NULL) THEN NULL
                ELSE array_agg(DISTINCT s) END
    FROM @extschema@.rule r
    LEFT JOIN LATERAL unnest(CASE WHEN topic = 'case_discussion' THEN r.categories ELSE r.roles END) AS s ON true
    WHERE r.policy = rule_subjects.policy AND r.topic = rule_subjects.topic AND r.kind = 'cadence'
$$;

COMMENT ON FUNCTION @extschema@.rule_subjects(text, text) IS
    'The roles (for topic personal_supervision) or case categories (case_discussion) that the policy''s cadence rules on the topic name, in any version; NULL when one names none and so covers all. Used by the reports.';

-- the staff in post on a day, as a subquery
CREATE FUNCTION @extschema@.staff_in_post(time_zone text) RETURNS text
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT format('(SELECT * FROM %s AS s WHERE s.started <= $1 AND (s.left_on IS NULL OR s.left_on > $1))',
                  @extschema@.source_query('staff', time_zone, NULL))
$$;

COMMENT ON FUNCTION @extschema@.staff_in_post(text) IS
    'The SQL of a subquery over the staff source: those in post on the day $1 (started, not yet left). Used by the reports.';

CREATE FUNCTION @extschema@.supervision_due(as_of date DEFAULT current_date,
                                            horizon @extschema@.timescale DEFAULT '5 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT st.key, st.name, st.team, st.role, dd.rule, l.last_held, dd.target, dd.latest,
               @extschema@.due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END
        FROM %s AS st
        LEFT JOIN (SELECT s.staff, @extschema@.local_day(max(s.held_at), $5) AS last_held
                   FROM %s AS s GROUP BY s.staff) AS l ON l.staff = st.key
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR st.role = ANY ($7)
                THEN @extschema@.personal_supervision_due($3, st.role, @extschema@.not_before(l.last_held, $6), @extschema@.not_before(st.started, $6)) END AS d OFFSET 0) AS z) AS dd
        ORDER BY st.team, st.name, st.key$q$,
        @extschema@.staff_in_post(p.time_zone),
        @extschema@.source_query('supervision_sessions', p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, p.since,
          @extschema@.rule_subjects(p.policy, 'personal_supervision');
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
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT c.key, c.child, c.category, c.worker, st.team, dd.rule, c.opened, l.last_discussed,
               dd.target, dd.latest, @extschema@.due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END
        FROM %s AS c
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.held_at), $5) AS last_discussed
                   FROM %s AS s GROUP BY s.case_key) AS l ON l.case_key = c.key
        LEFT JOIN %s AS st ON st.key = c.worker
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $7 IS NULL OR c.category = ANY ($7)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@.not_before(l.last_discussed, $6), @extschema@.not_before(c.opened, $6)) END AS d OFFSET 0) AS z) AS dd
        WHERE c.opened <= $1 AND (c.closed IS NULL OR c.closed > $1)$q$,
        @extschema@.source_query('cases', p.time_zone, NULL),
        @extschema@.source_query('case_discussions', p.time_zone, as_of),
        @extschema@.source_query('staff', p.time_zone, NULL))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, p.since,
          @extschema@.rule_subjects(p.policy, 'case_discussion');
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
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
    windows datemultirange := @extschema@.recording_windows(p.policy);
    known boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT FROM %s AS s WHERE s.key = $1)',
                   @extschema@.source_query('staff', p.time_zone, NULL))
        INTO known USING staff;
    IF NOT known THEN
        RAISE EXCEPTION 'no member of staff "%"', staff
            USING ERRCODE = 'SV303',
                  HINT = 'Give the key of a member of staff as the staff source holds it (SELECT * FROM supervision.source WHERE kind = ''staff'').';
    END IF;
    RETURN QUERY EXECUTE format($q$
        SELECT c.key, c.child, c.category, c.opened, dd.rule, l.last_discussed,
               dd.target, dd.latest, @extschema@.due_status(dd.rule, dd.target, dd.latest, $1, $2),
               CASE WHEN $1 > dd.latest THEN $1 - dd.latest ELSE 0 END,
               o.last_oversight, l.late_records
        FROM %s AS c
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.held_at), $5) AS last_discussed,
                          -- NULL when no record could be judged (no recorded_at, no window)
                          CASE WHEN bool_and(s.late IS NULL) THEN NULL
                               ELSE count(*) FILTER (WHERE s.late)::integer END AS late_records
                   FROM (SELECT x.*, x.recorded_at >= @extschema@.late_from(
                                         $3, x.held_at::timestamptz, x.significant, $8, $5) AS late
                         FROM %s AS x) AS s
                   GROUP BY s.case_key) AS l ON l.case_key = c.key
        LEFT JOIN (SELECT s.case_key, @extschema@.local_day(max(s.recorded_at), $5) AS last_oversight
                   FROM %s AS s GROUP BY s.case_key) AS o ON o.case_key = c.key
        CROSS JOIN LATERAL (SELECT (z.d).rule, (z.d).target, (z.d).latest FROM (SELECT CASE WHEN $9 IS NULL OR c.category = ANY ($9)
                THEN @extschema@.case_discussion_due($3, c.category, @extschema@.not_before(l.last_discussed, $7), @extschema@.not_before(c.opened, $7)) END AS d OFFSET 0) AS z) AS dd
        WHERE c.worker = $6 AND c.opened <= $1 AND (c.closed IS NULL OR c.closed > $1)
        ORDER BY dd.latest NULLS LAST, c.key$q$,
        @extschema@.source_query('cases', p.time_zone, NULL),
        @extschema@.source_query('case_discussions', p.time_zone, as_of),
        @extschema@.source_query('oversight', p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, staff, p.since, windows,
          @extschema@.rule_subjects(p.policy, 'case_discussion');
END
$$;

COMMENT ON FUNCTION @extschema@.pre_supervision_report(text, date, @extschema@.timescale) IS
    'A worker''s caseload before their supervision (Leeds framework 4.7): each open case, its last discussion, next due, status, the day of its last management oversight entry, and how many of its discussions were recorded after the policy''s recording window (NULL when the source has no recorded_at). Soonest due first.';

CREATE FUNCTION @extschema@.monthly_return(month date)
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

COMMENT ON FUNCTION @extschema@.monthly_return(date) IS
    'The monthly return of the month containing the day given (SLO-Q1), per team: personal supervision sessions due (held in the month, plus staff overdue at its end), held, held on time (by the latest date that followed from the session before), and the percentage on time; the same for case discussions (by the allocated worker''s team); and discussions of the month recorded after the recording window (NULL where none could be judged: no recorded_at, or no window in the policy).';

-- the rules of a kind and topic in the version of the policy in force on a day
CREATE FUNCTION @extschema@.rules_in_force(policy text, kind text, topic text, day date)
RETURNS SETOF @extschema@.rule
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.* FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    WHERE r.policy = rules_in_force.policy AND r.kind = rules_in_force.kind
      AND r.topic = rules_in_force.topic AND v.in_force @> day
    ORDER BY r.rule_id
$$;

COMMENT ON FUNCTION @extschema@.rules_in_force(text, text, text, date) IS
    'The rules of a kind and topic in the version of a policy in force on a day: used by the reports.';

-- agreements_due() and appraisals_due(): a cadence on a topic, per member of staff
CREATE FUNCTION @extschema@.cadence_report(topic text, source_kind text, as_of date,
                                           horizon @extschema@.timescale)
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT st.key, st.name, st.team, st.role, d.rule, l.last_held, d.target, d.latest,
               @extschema@.due_status(d.rule, d.target, d.latest, $1, $2),
               CASE WHEN $1 > d.latest THEN $1 - d.latest ELSE 0 END
        FROM %s AS st
        JOIN @extschema@.rules_in_force($3, 'cadence', $6, $1) AS r
            ON r.roles IS NULL OR st.role = ANY (r.roles)
        LEFT JOIN (SELECT s.staff, @extschema@.local_day(max(s.held_at), $5) AS last_held
                   FROM %s AS s GROUP BY s.staff) AS l ON l.staff = st.key
        CROSS JOIN LATERAL @extschema@.cadence_due($3, r.rule_id, @extschema@.not_before(l.last_held, $7), @extschema@.not_before(st.started, $7), $6) AS d
        ORDER BY st.team, st.name, st.key, r.rule_id$q$,
        @extschema@.staff_in_post(p.time_zone),
        @extschema@.source_query(source_kind, p.time_zone, as_of))
    USING as_of, @extschema@.due_date(as_of, horizon, p.calendar), p.policy, p.calendar, p.time_zone, topic, p.since;
END
$$;

COMMENT ON FUNCTION @extschema@.cadence_report(text, text, date, @extschema@.timescale) IS
    'Every member of staff in post whom a cadence rule on a topic covers, with the last occurrence from a source, and what is due: used by agreements_due() and appraisals_due().';

CREATE FUNCTION @extschema@.agreements_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@.cadence_report('agreement', 'agreements', as_of, horizon) $$;

COMMENT ON FUNCTION @extschema@.agreements_due(date, @extschema@.timescale) IS
    'Supervision agreements due (SLO-X2, LEE-X1, BUR-X1): every member of staff in post, their last agreement, when the next review is due, status and days overdue. No rows when the policy has no agreement cadence.';

CREATE FUNCTION @extschema@.appraisals_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT * FROM @extschema@.cadence_report('appraisal', 'appraisals', as_of, horizon) $$;

COMMENT ON FUNCTION @extschema@.appraisals_due(date, @extschema@.timescale) IS
    'Appraisals due (SLO-X3, BUR-E1): every member of staff in post, their last appraisal, when the next is due, status and days overdue. No rows when the policy has no appraisal cadence.';

CREATE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
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

COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';

CREATE FUNCTION @extschema@.supervisor_load(as_of date DEFAULT current_date)
RETURNS TABLE (supervisor text, name text, team text, supervisees integer, rule text,
               at_most numeric, over boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        WITH staff AS %s
        SELECT m.key, m.name, m.team, count(*)::integer, r.rule_id, r.at_most, count(*) > r.at_most
        FROM staff AS s JOIN staff AS m ON m.key = s.supervisor
        LEFT JOIN LATERAL (SELECT * FROM @extschema@.rules_in_force($2, 'bound', 'supervisees', $1) LIMIT 1) AS r ON true
        GROUP BY m.key, m.name, m.team, r.rule_id, r.at_most
        ORDER BY count(*) DESC, m.key$q$,
        @extschema@.staff_in_post(p.time_zone))
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
    p @extschema@.policy_in_force := @extschema@.policy_in_force();
BEGIN
    RETURN QUERY EXECUTE format($q$
        SELECT s.key, s.name, s.team, s.left_on, r.rule_id, k.keep_until, $1 > k.keep_until
        FROM %s AS s
        LEFT JOIN LATERAL (SELECT * FROM @extschema@.rules_in_force($2, 'retention', 'supervision_file', @extschema@.not_before(s.left_on, $3))
                           LIMIT 1) AS r ON true
        CROSS JOIN LATERAL (SELECT @extschema@.due_date(s.left_on, r.keep, $4) AS keep_until) AS k
        WHERE s.left_on <= $1
        ORDER BY k.keep_until NULLS LAST, s.key$q$,
        @extschema@.source_query('staff', p.time_zone, NULL))
    USING as_of, p.policy, p.since, p.calendar;
END
$$;

COMMENT ON FUNCTION @extschema@.retention_due(date) IS
    'Supervision files of staff who have left by as_of (LEE-R2, BUR-R2): the last day each must be kept (as retention_until(), by the version in force when they left, or the first version for a leaver before it), and whether it may now be deleted (NULL where the policy has no retention rule).';

-- the reports run with the caller's rights: a report writer sees only the
-- council's rows they may SELECT
GRANT SELECT ON @extschema@.source, @extschema@.source_field TO PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.register_source(text, regclass, jsonb, text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.unregister_source(text) FROM PUBLIC;
