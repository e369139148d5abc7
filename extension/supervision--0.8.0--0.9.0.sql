-- supervision 0.8.0 -> 0.9.0
--
-- Reports the planner sees into: each source read through a function
-- written when it is registered, the reports as SQL functions PostgreSQL
-- inlines, views of them for BI tools; a session's length and the record
-- of a session (sessions_outside_bounds, records_due); local_instant.

\echo Use "ALTER EXTENSION supervision UPDATE TO '0.9.0'" to load this file. \quit

------------------------------------------------------------------------------
-- A session's length (issue 19): the supervision_sessions source's minutes
-- and the staff source's part_time; Bury's bound for part-time workers
------------------------------------------------------------------------------

ALTER TABLE @extschema@.source_field DROP CONSTRAINT source_field_class_check,
    ADD CONSTRAINT source_field_class_check
        CHECK (class IN ('key', 'text', 'day', 'time', 'instant', 'flag', 'number'));
COMMENT ON COLUMN @extschema@.source_field.class IS
    'What column fits: key (any type, compared as text), text (text, varchar or char), day (date, timestamp or timestamptz; a time is read as its day in the policy''s time zone), time (the same, compared as written), instant (timestamptz), flag (boolean), number (integer, numeric or floating point).';
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('staff', 'part_time', 8, false, 'flag', 'True for a part-time worker (a policy may allow them shorter sessions: BUR-D1).'),
    ('supervision_sessions', 'minutes', 3, false, 'number', 'How long it lasted, in minutes (judged against the policy''s bound on session_length).');

-- The record of a session (issue 19): given, agreed, amendment asked
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('session_records', 'staff', 1, true, 'key', 'The key of the supervisee whose session the record is of.'),
    ('session_records', 'held_at', 2, true, 'time', 'When the session it records was held (matched to the sessions source by member of staff and day).'),
    ('session_records', 'given_at', 3, false, 'instant', 'When the record reached the supervisee; NULL until it has.'),
    ('session_records', 'agreed_at', 4, false, 'instant', 'When the supervisee signed or agreed it.'),
    ('session_records', 'amendment_at', 5, false, 'instant', 'When the supervisee asked for it to be amended.'),
    ('session_records', 'kind', 9, false, 'text', 'What the row is; with counts, only rows whose kind is one of counts are read.');
COMMENT ON TABLE @extschema@.source_field IS
    'The fields each kind of source has (staff, cases, supervision_sessions, case_discussions, oversight, observations, agreements, appraisals, session_records), which are required, and what type of column each needs. Shipped with the extension; read-only.';

-- a number fits a number field
CREATE OR REPLACE FUNCTION @extschema@._source_column(kind text, field text, relation regclass, col name, class text)
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
        WHEN 'number' THEN typ IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype, 'numeric'::regtype,
                                   'real'::regtype, 'double precision'::regtype)
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
                      WHEN 'number' THEN 'It needs a number (integer, numeric): register a view that converts it.'
                      ELSE 'It needs date, timestamp or timestamptz: register a view that converts it.' END;
    END IF;
    RETURN typ;
END
$$;


COMMENT ON FUNCTION @extschema@._source_column(text, text, regclass, name, text) IS
    'Checks that a column a source field reads exists and fits the field (42703, 42804), and returns its type: used by register_source() and the reports.';

ALTER TABLE @extschema@.rule DISABLE TRIGGER protect_presets;
-- BUR-D1: §Frequency and Duration of Supervision (p. 4): part-time workers
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_most, unit, interpretation, source, description) VALUES
('bury', 1, 'BUR-D1', 'bound', 'session_length_part_time', 180, 'minutes',
 'For part time employees "the supervision session may be shorter as the worker will have fewer cases": for a worker the staff source marks part_time, this bound replaces the session_length one, with no minimum; "probably no more than three" hours still holds.',
 '§Frequency and Duration of Supervision (p. 4)',
 'A part-time worker''s session may be shorter than one and a half hours, and normally lasts no more than three.');
ALTER TABLE @extschema@.rule ENABLE TRIGGER protect_presets;

-- The instant of a local time, the zone resolved once per call site: how
-- the source functions read a date or timestamp column as a time
CREATE FUNCTION @extschema@.local_instant(t timestamp, time_zone text) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'local_instant'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.local_instant(timestamp, text) IS 'The instant of a local time in a time zone (Europe/London): the same as t AT TIME ZONE time_zone, with the zone resolved once per call site. The reports read a date or timestamp column as a time with it.';

------------------------------------------------------------------------------
-- Reports the planner sees into (issue 21): each source read through a
-- function written when it is registered, the reports as SQL functions
-- PostgreSQL inlines, and a view of each as of today.  The report functions
-- keep their names, arguments and columns (replaced, so that a council's
-- views over them stay); _source_query() and the text-building
-- _staff_in_post() give way to the source functions.
------------------------------------------------------------------------------

DROP FUNCTION @extschema@._source_query(text, text, date);
DROP FUNCTION @extschema@._staff_in_post(text);

------------------------------------------------------------------------------
-- Source functions: each registered source as a function the planner sees into
--
-- For every kind of source there is one SQL function, _source_<kind>(time
-- zone, until), that reads the council's relation: each field under its own
-- name and type (keys as text, days as dates in the time zone, times as
-- timestamptz), only the rows that count, and of those with a time only the
-- ones before until (the end of the report's day: NULL for no end).
-- Its body is written when the source is registered (and again when it is
-- registered again, restored, or its relation altered), not when a report
-- runs.  It is a plain SELECT with every name qualified, so PostgreSQL inlines
-- it into the report that calls it: a WHERE on a case or a worker reaches
-- the council's indexes, and the council's tables are read with the
-- caller's rights.  A kind not registered, or one whose relation no longer
-- has its columns, has a body that refuses (SV301) with a hint.
------------------------------------------------------------------------------

-- The refusal of a source that cannot be read: called by the body of a
-- source function that cannot be written
CREATE FUNCTION @extschema@._source_refused(problem text, hint text) RETURNS SETOF record
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION '%', problem USING ERRCODE = 'SV301', HINT = hint;
END
$$;

COMMENT ON FUNCTION @extschema@._source_refused(text, text) IS
    'Refuses a report that reads a source not registered, or no longer readable (SV301), with what was wrong and a hint: the body of such a source function reads its rows from it, so the refusal comes when the report runs.';

-- The SQL type each class of field is returned as
CREATE FUNCTION @extschema@._source_field_type(class text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT 'pg_catalog.' || CASE class WHEN 'day' THEN 'date' WHEN 'time' THEN 'timestamptz'
                                       WHEN 'instant' THEN 'timestamptz' WHEN 'flag' THEN 'bool'
                                       WHEN 'number' THEN 'numeric' ELSE 'text' END;
END;

COMMENT ON FUNCTION @extschema@._source_field_type(text) IS
    'The type a source function returns a field of a class as: key and text as text, day as date, time and instant as timestamptz, flag as boolean, number as numeric.';

-- The columns a kind's source function returns: "field type, ..."
CREATE FUNCTION @extschema@._source_columns(kind text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT string_agg(format('%I %s', s.field, @extschema@._source_field_type(s.class)), ', ' ORDER BY s.position)
    FROM @extschema@.source_field s WHERE s.kind = _source_columns.kind;
END;

COMMENT ON FUNCTION @extschema@._source_columns(text) IS
    'The columns of a kind''s source function, each field with its type, in the order of source_field.';

-- The body of a kind's source function: the SELECT over its relation, or
-- the refusal when it cannot be read
CREATE FUNCTION @extschema@._source_body(kind text) RETURNS text
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
        FOR f IN SELECT s.field, s.class FROM @extschema@.source_field s
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
    RETURN format('SELECT %s FROM %s AS r%s', array_to_string(items, ', '), relation,
                  CASE WHEN cardinality(conds) > 0 THEN ' WHERE ' || array_to_string(conds, ' AND ') ELSE '' END);
END
$$;

COMMENT ON FUNCTION @extschema@._source_body(text) IS
    'The body of a kind''s source function: a SELECT over the registered relation, every name qualified and every identifier and value quoted (one value of counts compared with =, several with = ANY); or, for a kind not registered or a relation that no longer has its columns, a SELECT that refuses (SV301) with a hint to register again.';

-- (Re)writes one kind's source function
CREATE FUNCTION @extschema@._write_source_function(kind text) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    EXECUTE format('CREATE OR REPLACE FUNCTION @extschema@.%I(time_zone text, until timestamptz) RETURNS TABLE (%s) '
                   'LANGUAGE sql STABLE PARALLEL SAFE AS %L',
        '_source_' || kind, @extschema@._source_columns(kind), @extschema@._source_body(kind));
END
$$;

COMMENT ON FUNCTION @extschema@._write_source_function(text) IS
    'Writes (or rewrites) the source function of a kind, _source_<kind>(time_zone, until), from what is registered: called when a source is registered, unregistered or restored, and when its relation is altered.';

-- Every kind has its function from the start: refusing until registered
SELECT @extschema@._write_source_function(k.kind) FROM (SELECT DISTINCT s.kind FROM @extschema@.source_field s) AS k;

COMMENT ON FUNCTION @extschema@._source_staff(text, timestamptz) IS
    'The rows of the registered staff source, each field under its own name (key, name, role, team, supervisor, started, left_on, part_time, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_cases(text, timestamptz) IS
    'The rows of the registered cases source (key, child, category, worker, opened, closed, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_supervision_sessions(text, timestamptz) IS
    'The rows of the registered supervision_sessions source that count, held before until (staff, held_at, minutes, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_case_discussions(text, timestamptz) IS
    'The rows of the registered case_discussions source that count, held before until (case_key, held_at, recorded_at, significant, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_oversight(text, timestamptz) IS
    'The rows of the registered oversight source that count, recorded before until (case_key, recorded_at, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_observations(text, timestamptz) IS
    'The rows of the registered observations source that count, held before until (staff, held_at, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_agreements(text, timestamptz) IS
    'The rows of the registered agreements source that count, made before until (staff, held_at, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_session_records(text, timestamptz) IS
    'The rows of the registered session_records source that count, of sessions held before until (staff, held_at, given_at, agreed_at, amendment_at, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_appraisals(text, timestamptz) IS
    'The rows of the registered appraisals source that count, held before until (staff, held_at, kind): written by register_source(), inlined into the reports.';

-- Registering, unregistering, and pg_restore's COPY into source all come
-- through here.  SECURITY DEFINER: the functions belong to the extension's
-- owner, whoever registers.
CREATE FUNCTION @extschema@._source_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@._write_source_function(k.kind)
    FROM (SELECT DISTINCT s.kind FROM @extschema@.source_field s) AS k;
    RETURN NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._source_changed() IS
    'Trigger function: rewrites every source function after a statement changes supervision.source (registering, unregistering, a restore).';

CREATE TRIGGER source_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.source
FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._source_changed();

-- A council's ALTER TABLE (a column renamed, dropped or retyped, the table
-- renamed or moved) or DROP: the source functions of the relations it
-- touched are written again, readable or refusing with a hint.
CREATE FUNCTION @extschema@._source_altered() RETURNS event_trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.source) THEN
        RETURN;
    END IF;
    IF TG_EVENT = 'sql_drop' THEN
        PERFORM @extschema@._write_source_function(s.kind) FROM @extschema@.source s
        WHERE s.relation IN (SELECT d.objid FROM pg_event_trigger_dropped_objects() d
                             WHERE d.classid = 'pg_class'::regclass);
    ELSE
        PERFORM @extschema@._write_source_function(s.kind) FROM @extschema@.source s
        WHERE s.relation IN (SELECT c.objid FROM pg_event_trigger_ddl_commands() c
                             WHERE c.classid = 'pg_class'::regclass);
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@._source_altered() IS
    'Event trigger function: after DDL that alters or drops a registered relation (or a column of it), rewrites its source functions, so that a report reads the relation as it now is or refuses with a hint to register again (SV301), never a wrong column.';

CREATE EVENT TRIGGER supervision_source_altered ON ddl_command_end
WHEN TAG IN ('ALTER TABLE', 'ALTER VIEW', 'CREATE VIEW', 'ALTER MATERIALIZED VIEW', 'ALTER FOREIGN TABLE')
EXECUTE FUNCTION @extschema@._source_altered();

CREATE EVENT TRIGGER supervision_source_dropped ON sql_drop
EXECUTE FUNCTION @extschema@._source_altered();

COMMENT ON EVENT TRIGGER supervision_source_altered IS
    'Rewrites the source functions of a registered relation after it is altered (supervision extension).';
COMMENT ON EVENT TRIGGER supervision_source_dropped IS
    'Rewrites the source functions of a registered relation after it, or a column of it, is dropped (supervision extension).';

-- Writing them is the extension's own business
REVOKE ALL ON FUNCTION @extschema@._source_body(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._write_source_function(text) FROM PUBLIC;

CREATE OR REPLACE FUNCTION @extschema@._policy_in_force() RETURNS @extschema@._policy_in_force
AS 'MODULE_PATHNAME', 'report_policy_in_force'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._policy_in_force() IS
    'The policy named by supervision.policy, with its calendar and time zone; refuses when none is set (SV302) or it does not exist.';

CREATE OR REPLACE FUNCTION @extschema@._not_before(day date, since date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN day < since THEN since ELSE day END;
END;

COMMENT ON FUNCTION @extschema@._not_before(date, date) IS
    'The day, or since when the day is earlier (NULL stays NULL): the reports read an occurrence or start before a policy''s first version as on its first day in force. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';

CREATE OR REPLACE FUNCTION @extschema@._due_status(rule text, target date, latest date, as_of date, soon date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE
        WHEN rule IS NULL THEN 'no rule'
        WHEN latest IS NULL THEN 'nothing due'
        WHEN as_of > latest THEN 'overdue'
        WHEN as_of > target THEN 'past target'
        WHEN target <= soon THEN 'due soon'
        ELSE 'on track' END;
END;
COMMENT ON FUNCTION @extschema@._due_status(text, date, date, date, date) IS
    'Where a due date (a rule''s target and latest) stands on as_of: no rule, nothing due, overdue (past the latest date), past target (but not the latest), due soon (the target by soon, the end of the horizon), or on track. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';


CREATE OR REPLACE FUNCTION @extschema@._days_overdue(latest date, as_of date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN as_of > latest THEN as_of - latest ELSE 0 END;
END;

COMMENT ON FUNCTION @extschema@._days_overdue(date, date) IS
    'How many days as_of is past the latest date (0 when it is not; NULL when nothing is due): the reports'' days_overdue.';

-- the days on which a version of the policy with a recording window was in force
CREATE OR REPLACE FUNCTION @extschema@._recording_windows(policy text) RETURNS datemultirange
AS 'MODULE_PATHNAME', 'report_recording_windows'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._recording_windows(text) IS
    'The days on which a version of the policy with a recording window (a window rule on topic case_record) was in force: the reports judge records late only then.';

CREATE OR REPLACE FUNCTION @extschema@._late_from(policy text, event timestamptz, significant boolean,
                                                 windows datemultirange, time_zone text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN windows @> @extschema@.local_day(event, time_zone)
                THEN @extschema@.recording_deadline(policy, event, coalesce(significant, false)) END;
END;
COMMENT ON FUNCTION @extschema@._late_from(text, timestamptz, boolean, datemultirange, text) IS
    'The first late instant for the record of a discussion held at event, where a version with a recording window was in force that day (else NULL): used by the reports. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';

-- The roles (categories) the policy's cadences on a topic speak of, in any
-- version; NULL when a rule covers everyone.  The reports ask the due-date
-- functions only for those, and show the rest as 'no rule'.  In C, as
-- _policy_in_force and _recording_windows are (report_terms.c): read from
-- the session's policy cache, each report's terms cost microseconds.
CREATE OR REPLACE FUNCTION @extschema@._rule_subjects(policy text, topic text) RETURNS text[]
AS 'MODULE_PATHNAME', 'report_rule_subjects'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._rule_subjects(text, text) IS
    'The roles (for topic personal_supervision) or case categories (case_discussion) that the policy''s cadence rules on the topic name, in any version; NULL when one names none and so covers all. Used by the reports.';

-- the rules of a kind and topic in the version of the policy in force on a day
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

COMMENT ON FUNCTION @extschema@._rules_in_force(text, text, text, date) IS
    'The rules of a kind and topic in the version of a policy in force on a day: used by the reports.';

-- The first instant after a day in a time zone: what happened before it
-- happened by the end of that day
CREATE OR REPLACE FUNCTION @extschema@._day_end(day date, time_zone text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- past the last day a timestamp can hold, every instant is before it
    SELECT CASE WHEN day >= '294276-12-31' THEN 'infinity'::timestamptz
                ELSE ((day + 1)::timestamp AT TIME ZONE time_zone) END;
END;

COMMENT ON FUNCTION @extschema@._day_end(date, text) IS
    'The first instant after a day in a time zone (the next local midnight; infinity after the last day a timestamp holds): the reports count what happened before it. NULL for NULL.';

------------------------------------------------------------------------------
-- What a report is asked: the terms every report reads once, in its FROM
------------------------------------------------------------------------------

CREATE TYPE @extschema@._report_terms AS (
    policy    text,
    calendar  text,
    time_zone text,
    since     date,
    soon      date,
    subjects  text[],
    windows   datemultirange,
    until     timestamptz
);

COMMENT ON TYPE @extschema@._report_terms IS
    'What a report applies, read once per call: the policy in force, its calendar and time zone, the first day of its first version (since), the end of the horizon (soon), the roles or categories its cadences on the topic name (subjects, NULL for all), the days a recording window was in force (windows), and the end of as_of in the time zone (until: what happened before it counts).';

CREATE OR REPLACE FUNCTION @extschema@._report_terms(as_of date, horizon @extschema@.timescale, topic text)
RETURNS @extschema@._report_terms
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    -- the subjects and windows only for a topic: without one, what a
    -- report reads its sources by (the time zone, until) comes cheap
    RETURN ROW(p.policy, p.calendar, p.time_zone, p.since,
               @extschema@.due_date(as_of, horizon, p.calendar),
               CASE WHEN topic IS NOT NULL THEN @extschema@._rule_subjects(p.policy, topic) END,
               CASE WHEN topic IS NOT NULL THEN @extschema@._recording_windows(p.policy) END,
               @extschema@._day_end(as_of, p.time_zone));
END
$$;

COMMENT ON FUNCTION @extschema@._report_terms(date, @extschema@.timescale, text) IS
    'The terms of a report on as_of with a horizon about a topic (personal_supervision, case_discussion, or NULL: then no subjects nor windows): refuses when no policy is set (SV302) or it does not exist. Each report reads it once, in its FROM.';

-- A report is asked about a day, and counts the days around it: an
-- infinite one has none
CREATE OR REPLACE FUNCTION @extschema@._finite_report_day(day date, report text) RETURNS date
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

-- The first and last day of the month monthly_return() is asked about
CREATE OR REPLACE FUNCTION @extschema@._report_month(month date, OUT first_day date, OUT last_day date)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF month IS NULL THEN
        RAISE EXCEPTION 'monthly_return needs a month'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Give any day of the month: monthly_return(''2026-10-01'').';
    END IF;
    PERFORM @extschema@._finite_report_day(month, 'monthly_return');
    first_day := date_trunc('month', month)::date;
    last_day := (date_trunc('month', month) + interval '1 month - 1 day')::date;
END
$$;

COMMENT ON FUNCTION @extschema@._report_month(date) IS
    'The first and last day of the month containing the day given; refuses NULL (22004) and an infinite day (22008): used by monthly_return().';

-- The days a report over a span is asked about, or a clear refusal
CREATE OR REPLACE FUNCTION @extschema@._report_span(first_day date, last_day date, report text)
RETURNS TABLE (span_first date, span_last date)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF _report_span.first_day > _report_span.last_day THEN
        RAISE EXCEPTION '% needs its first day on or before its last, not % after %', report,
                        _report_span.first_day, _report_span.last_day
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Give the days in order: %s(''2026-11-01'', ''2026-11-30'').', report);
    END IF;
    span_first := first_day;
    span_last := last_day;
    RETURN NEXT;
END
$$;

COMMENT ON FUNCTION @extschema@._report_span(date, date, text) IS
    'The first and last day a report over a span is asked about; refuses them out of order (22023); NULL gives no row: used by sessions_outside_bounds().';

------------------------------------------------------------------------------
-- The pieces every report repeats, as SQL functions PostgreSQL inlines
------------------------------------------------------------------------------

-- the staff in post on a day
CREATE OR REPLACE FUNCTION @extschema@._staff_in_post(time_zone text, day date)
RETURNS TABLE (key text, name text, role text, team text, supervisor text, started date, left_on date, kind text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.key, s.name, s.role, s.team, s.supervisor, s.started, s.left_on, s.kind
    FROM @extschema@._source_staff(time_zone, NULL) AS s
    WHERE s.started <= day AND (s.left_on IS NULL OR s.left_on > day);
END;

COMMENT ON FUNCTION @extschema@._staff_in_post(text, date) IS
    'The staff source''s members of staff in post on a day (started, not yet left), days in the time zone: used by the reports.';

-- The next personal supervision of a member of staff, where a cadence of
-- the policy speaks of their role: each report's one call of the due-date
-- function, in a derived table (the due dates of a row computed once)
CREATE OR REPLACE FUNCTION @extschema@._supervision_due(p @extschema@._report_terms, role text, last_held date, started date)
RETURNS @extschema@.due
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN p.subjects IS NULL OR role = ANY (p.subjects)
                THEN @extschema@.personal_supervision_due(p.policy, role, @extschema@._not_before(last_held, p.since),
                                                          @extschema@._not_before(started, p.since)) END;
END;

COMMENT ON FUNCTION @extschema@._supervision_due(@extschema@._report_terms, text, date, date) IS
    'What personal_supervision_due() says for a role under a report''s terms, NULL where no cadence names the role (reported as no rule); a last session or start before the policy''s first version reads as its first day. Inlined into the reports.';

CREATE OR REPLACE FUNCTION @extschema@._case_due(p @extschema@._report_terms, category text, last_discussed date, opened date)
RETURNS @extschema@.due
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN p.subjects IS NULL OR category = ANY (p.subjects)
                THEN @extschema@.case_discussion_due(p.policy, category,
                                                     @extschema@._not_before(last_discussed, p.since),
                                                     @extschema@._not_before(opened, p.since)) END;
END;

COMMENT ON FUNCTION @extschema@._case_due(@extschema@._report_terms, text, date, date) IS
    'What case_discussion_due() says for a category under a report''s terms, NULL where no cadence names the category (reported as no rule); a last discussion or opening before the policy''s first version reads as its first day. Inlined into the reports.';

-- The rules on a supervision record of each version of a policy: the window
-- to give it (supervision_record: LEE-R1, BUR-R1), the window to answer it
-- (record_response: LEE-R1), and a record that stands as agreed unless
-- amended (record_agreement: GLO-R2)
CREATE OR REPLACE FUNCTION @extschema@._record_rules(policy text)
RETURNS TABLE (in_force daterange, give_rule text, answer_rule text, agreement_rule text)
LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 1
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- PL/pgSQL, so that a report reads these few rows once: inlined, each
    -- rule's subquery would run again for every session
    RETURN QUERY
    SELECT x.in_force, x.give_rule, x.answer_rule, x.agreement_rule
    FROM (SELECT v.in_force,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'window' AND r.topic = 'supervision_record') AS give_rule,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'window' AND r.topic = 'record_response') AS answer_rule,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'recording' AND r.topic = 'record_agreement') AS agreement_rule
          FROM @extschema@.policy_version v WHERE v.policy = _record_rules.policy) AS x
    WHERE coalesce(x.give_rule, x.answer_rule, x.agreement_rule) IS NOT NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._record_rules(text) IS
    'Each version of a policy with a rule on the supervision record: its days in force, the window rule to give the record (topic supervision_record), to answer it (record_response), and the recording rule under which it stands as agreed unless amended (record_agreement): used by records_due() and monthly_return().';

-- The record of each session, by member of staff and day: the first time
-- it reached the supervisee, was agreed, or was queried, before until
CREATE OR REPLACE FUNCTION @extschema@._records_by_day(time_zone text, until timestamptz)
RETURNS TABLE (staff text, day date, given_at timestamptz, agreed_at timestamptz, amendment_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.staff, @extschema@.local_day(x.held_at, _records_by_day.time_zone),
           min(x.given_at) FILTER (WHERE x.given_at < _records_by_day.until),
           min(x.agreed_at) FILTER (WHERE x.agreed_at < _records_by_day.until),
           min(x.amendment_at) FILTER (WHERE x.amendment_at < _records_by_day.until)
    FROM @extschema@._source_session_records(_records_by_day.time_zone, _records_by_day.until) AS x
    GROUP BY 1, 2;
END;

COMMENT ON FUNCTION @extschema@._records_by_day(text, timestamptz) IS
    'The session_records source by member of staff and day of the session: when the record first reached the supervisee, was agreed, and was queried, each before until (else NULL): used by records_due() and monthly_return().';


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

CREATE OR REPLACE FUNCTION @extschema@.supervision_due(as_of date DEFAULT current_date,
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
                                                           st.started)]) AS due
          FROM @extschema@._report_terms(as_of, horizon, 'personal_supervision') AS p
          CROSS JOIN LATERAL @extschema@._staff_in_post(p.time_zone, as_of) AS st
          LEFT JOIN (SELECT s.staff, max(s.held_at) AS last_at
                     FROM @extschema@._report_terms(as_of, NULL, NULL) AS t
                     CROSS JOIN LATERAL @extschema@._source_supervision_sessions(t.time_zone, t.until) AS s
                     GROUP BY s.staff) AS l ON l.staff = st.key
          ) AS x
    ORDER BY x.team, x.name, x.key;
END;

COMMENT ON FUNCTION @extschema@.supervision_due(date, @extschema@.timescale) IS
    'Every member of staff in post on as_of: their rule of personal supervision, last session, target and latest dates by the policy in force (supervision.policy), status (overdue, past target, due soon within horizon, on track, nothing due, no rule) and days overdue.';

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
          CROSS JOIN LATERAL @extschema@._source_cases(p.time_zone, NULL) AS c
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
          CROSS JOIN LATERAL @extschema@._source_cases(p.time_zone, NULL) AS c
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
CREATE OR REPLACE FUNCTION @extschema@._known_staff(staff text) RETURNS text
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

CREATE OR REPLACE FUNCTION @extschema@.pre_supervision_report(staff text, as_of date DEFAULT current_date,
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
                   (t.p).windows, t.until)::@extschema@._report_terms AS p
        FROM terms AS t),
    terms_of_discussions AS (
        SELECT t.first_day, t.last_day,
               ROW((t.p).policy, (t.p).calendar, (t.p).time_zone, (t.p).since, NULL,
                   @extschema@._rule_subjects((t.p).policy, 'case_discussion'),
                   (t.p).windows, t.until)::@extschema@._report_terms AS p
        FROM terms AS t),
    staff AS (
        SELECT s.* FROM terms AS t CROSS JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS s
        WHERE s.started <= t.last_day AND (s.left_on IS NULL OR s.left_on > t.first_day)),
    sessions AS (
        SELECT s.staff, s.day, lag(s.day) OVER (PARTITION BY s.staff ORDER BY s.day) AS previous
        FROM (SELECT x.staff, @extschema@.local_day(x.held_at, t.time_zone) AS day
              FROM terms AS t
              CROSS JOIN LATERAL @extschema@._source_supervision_sessions(t.time_zone, t.until) AS x) AS s),
    held_sessions AS (
        SELECT x.team, count(*) AS held, count(*) FILTER (WHERE x.day <= (x.due).latest) AS on_time
        FROM (SELECT st.team, s.day, t.first_day,
                     @extschema@._supervision_due(t.p, st.role, s.previous, st.started) AS due
              FROM terms_of_sessions AS t, sessions AS s JOIN staff AS st ON st.key = s.staff) AS x
        WHERE x.day >= x.first_day AND (x.due).latest IS NOT NULL
        GROUP BY x.team),
    missed_sessions AS (
        SELECT x.team, count(*) AS missed
        FROM (SELECT st.team, st.left_on, t.last_day,
                     @extschema@._supervision_due(t.p, st.role, l.last, st.started) AS due
              FROM terms_of_sessions AS t, staff AS st
              LEFT JOIN (SELECT s.staff, max(s.day) AS last FROM sessions AS s GROUP BY s.staff) AS l
                  ON l.staff = st.key) AS x
        WHERE (x.due).latest < x.last_day AND (x.left_on IS NULL OR x.left_on > x.last_day)
        GROUP BY x.team),
    cases AS (
        SELECT c.*, st.team
        FROM terms AS t CROSS JOIN LATERAL @extschema@._source_cases(t.time_zone, NULL) AS c
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
CREATE OR REPLACE FUNCTION @extschema@._session_bounds(policy text)
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
          JOIN LATERAL @extschema@._source_staff(b.time_zone, NULL) AS st
              ON (b.roles IS NULL OR st.role = ANY (b.roles)) AND b.part_time = coalesce(st.part_time, false)
          JOIN LATERAL (SELECT y.staff, y.minutes, @extschema@.local_day(y.held_at, b.time_zone) AS held_on
                        FROM @extschema@._source_supervision_sessions(b.time_zone, b.until) AS y) AS s
              ON s.staff = st.key) AS x
    WHERE x.finding IS NOT NULL AND x.held_on >= x.span_first AND x.in_force @> x.held_on
    ORDER BY x.held_on, x.staff, x.rule;
END;

COMMENT ON FUNCTION @extschema@.sessions_outside_bounds(date, date) IS
    'Held sessions from first_day to last_day (this month so far by default) whose length is outside the bound the policy in force that day sets for the member of staff''s role (SLO-D1, BUR-D1, LEE-A1, GLO-S1, ISL-D1): short, long, or an invalid (negative) length; a part-time worker (the staff source''s part_time) is held to the version''s part-time bound where it has one (BUR-D1). Sessions with no length recorded are not judged.';

CREATE OR REPLACE FUNCTION @extschema@.records_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, held_on date, rule text, give_by timestamptz, given_at timestamptz,
               given_late boolean, answer_by timestamptz, agreed_at timestamptz, amendment_at timestamptz,
               status text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- what was given, agreed or queried by the end of as_of (until) counts
    WITH terms AS MATERIALIZED (
        SELECT p.policy, p.time_zone, p.until FROM @extschema@._report_terms(records_due.as_of, NULL, NULL) AS p),
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
          CROSS JOIN LATERAL @extschema@._record_rules(t.policy) AS r
          JOIN LATERAL (SELECT z.staff, z.held_at, @extschema@.local_day(z.held_at, t.time_zone) AS held_on
                        FROM @extschema@._source_supervision_sessions(t.time_zone, t.until) AS z) AS s
              ON r.in_force @> s.held_on
          JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = s.staff
          LEFT JOIN records AS rec ON rec.staff = s.staff AND rec.day = s.held_on) AS y
    ORDER BY y.held_on, y.staff;
END;

COMMENT ON FUNCTION @extschema@.records_due(date) IS
    'The record of each held supervision session up to as_of, where the policy in force that day sets a rule on it (LEE-R1, BUR-R1, GLO-R2): when it had to reach the supervisee (give_by: the first late instant), when it did and whether late, when it had to be answered (answer_by), the answer, and its status at the end of as_of: record to give, record overdue, given, awaiting answer, deemed accepted (no answer in time, LEE-R1), agreed, stands as agreed (GLO-R2), amendment asked, or answered before given (flagged, not dropped). Records are matched to sessions by member of staff and day (the session_records source).';

-- agreements_due() and appraisals_due(): a cadence on a topic, per member of staff
CREATE OR REPLACE FUNCTION @extschema@._cadence_report(topic text, source_kind text, as_of date,
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
                    WHERE source_kind = 'appraisals') AS s
              GROUP BY s.staff) AS l ON l.staff = st.key) AS x
    ORDER BY x.team, x.name, x.key, x.rule_id;
END;

COMMENT ON FUNCTION @extschema@._cadence_report(text, text, date, @extschema@.timescale) IS
    'Every member of staff in post whom a cadence rule on a topic covers, with the last occurrence from a source (agreements or appraisals), and what is due: used by agreements_due() and appraisals_due().';

CREATE OR REPLACE FUNCTION @extschema@.agreements_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._cadence_report('agreement', 'agreements', as_of, horizon);
END;

COMMENT ON FUNCTION @extschema@.agreements_due(date, @extschema@.timescale) IS
    'Supervision agreements due (SLO-X2, LEE-X1, BUR-X1): every member of staff in post, their last agreement, when the next review is due, status and days overdue. No rows when the policy has no agreement cadence.';

CREATE OR REPLACE FUNCTION @extschema@.appraisals_due(as_of date DEFAULT current_date,
                                           horizon @extschema@.timescale DEFAULT '20 working days')
RETURNS TABLE (staff text, name text, team text, role text, rule text, last_held date,
               target date, latest date, status text, days_overdue integer)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._cadence_report('appraisal', 'appraisals', as_of, horizon);
END;

COMMENT ON FUNCTION @extschema@.appraisals_due(date, @extschema@.timescale) IS
    'Appraisals due (SLO-X3, BUR-E1): every member of staff in post, their last appraisal, when the next is due, status and days overdue. No rows when the policy has no appraisal cadence.';

CREATE OR REPLACE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    -- The period: the year from the rule's first month (GLO-O1, 1 April)
    -- that contains as_of; else the rolling period up to as_of (LEE-Q1);
    -- with no period, since the start in the role (SLO-A2).  A rule naming
    -- no roles covers the supervisors (LEE-Q1 "for each supervisor").
    WITH terms AS (
        SELECT p.policy, p.time_zone, @extschema@._finite_report_day(observations_due.as_of, 'observations_due') AS day
        FROM @extschema@._report_terms(observations_due.as_of, NULL, NULL) AS p),
    staff AS (
        SELECT s.* FROM terms AS t CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, t.day) AS s),
    covered AS (
        SELECT st.*, r.rule_id, r.at_least,
               CASE WHEN r.per IS NULL THEN daterange(st.started, t.day, '[]')
                    WHEN r.year_starts IS NOT NULL THEN daterange(y.first, (y.first + r.per::interval)::date)
                    ELSE daterange((t.day - r.per::interval)::date, t.day, '(]') END AS period
        FROM terms AS t
        CROSS JOIN staff AS st
        JOIN LATERAL @extschema@._rules_in_force(t.policy, 'quota', 'observation', t.day) AS r
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
               CROSS JOIN LATERAL @extschema@._source_observations(t.time_zone,
                                                                    @extschema@._day_end(t.day, t.time_zone)) AS s) AS o
        ON o.staff = c.key AND c.period @> o.day
    GROUP BY c.key, c.name, c.team, c.role, c.rule_id, c.period, c.at_least
    ORDER BY c.team, c.name, c.key, c.rule_id;
END;

COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';

CREATE OR REPLACE FUNCTION @extschema@.supervisor_load(as_of date DEFAULT current_date)
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

CREATE OR REPLACE FUNCTION @extschema@.retention_due(as_of date DEFAULT current_date)
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

-- The reports run with the caller's rights: a report writer sees only the
-- council's rows they may SELECT.  So the internal helpers they call (the
-- functions named with a leading underscore) stay executable by PUBLIC.


------------------------------------------------------------------------------
-- Report views: each report as of today, for tools that browse tables and
-- views (Power BI, Excel, Metabase)
--
-- security_invoker: a view reads the council's tables with the rights of
-- whoever queries it, as the reports do, so row-level security applies.  A
-- WHERE on a view reaches the council's indexes as one on the report does.
------------------------------------------------------------------------------

CREATE VIEW @extschema@.supervision_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervision_due();
COMMENT ON VIEW @extschema@.supervision_due_today IS
    'supervision_due() as of today, with the default horizon (5 working days): every member of staff in post, their personal supervision due and status.';

CREATE VIEW @extschema@.case_discussions_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.case_discussions_due();
COMMENT ON VIEW @extschema@.case_discussions_due_today IS
    'case_discussions_due() as of today, with the default horizon (5 working days): every open case, its case discussion due and status.';

CREATE VIEW @extschema@.caseloads_today WITH (security_invoker = true) AS
    SELECT c.case_key, c.child, c.category, c.worker, st.team, c.opened, c.rule, c.last_discussed, c.target,
           c.latest, c.status, c.days_overdue, c.last_oversight, c.late_records
    FROM @extschema@._caseloads(current_date, '5 working days') AS c
    LEFT JOIN @extschema@._source_staff(NULL, NULL) AS st ON st.key = c.worker;
COMMENT ON VIEW @extschema@.caseloads_today IS
    'Every worker''s pre-supervision report as of today, in one view: each open case with its worker and team, what is due and its status, the day of its last management oversight entry and the discussions recorded late. WHERE worker = ... gives pre_supervision_report(worker).';

CREATE VIEW @extschema@.monthly_return_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.monthly_return(current_date);
COMMENT ON VIEW @extschema@.monthly_return_this_month IS
    'monthly_return() of the current month, so far (SLO-Q1): per team, sessions and case discussions due, held, on time, and records late.';

CREATE VIEW @extschema@.agreements_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.agreements_due();
COMMENT ON VIEW @extschema@.agreements_due_today IS
    'agreements_due() as of today, with the default horizon (20 working days).';

CREATE VIEW @extschema@.appraisals_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.appraisals_due();
COMMENT ON VIEW @extschema@.appraisals_due_today IS
    'appraisals_due() as of today, with the default horizon (20 working days).';

CREATE VIEW @extschema@.observations_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.observations_due();
COMMENT ON VIEW @extschema@.observations_due_today IS
    'observations_due() as of today: observation quotas, held and short.';

CREATE VIEW @extschema@.supervisor_load_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervisor_load();
COMMENT ON VIEW @extschema@.supervisor_load_today IS
    'supervisor_load() as of today: every supervisor''s supervisees against the policy''s bound.';

CREATE VIEW @extschema@.retention_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.retention_due();
COMMENT ON VIEW @extschema@.retention_due_today IS
    'retention_due() as of today: leavers'' supervision files, kept until when, and whether they may now be deleted.';

CREATE VIEW @extschema@.sessions_outside_bounds_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.sessions_outside_bounds();
COMMENT ON VIEW @extschema@.sessions_outside_bounds_this_month IS
    'sessions_outside_bounds() from the first of this month to today: held sessions shorter or longer than the policy allows.';

CREATE VIEW @extschema@.records_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.records_due();
COMMENT ON VIEW @extschema@.records_due_today IS
    'records_due() as of today: the record of each held session, whether it reached the supervisee in time, and whether it is agreed, deemed accepted or to be amended.';

GRANT SELECT ON @extschema@.supervision_due_today, @extschema@.sessions_outside_bounds_this_month,
    @extschema@.records_due_today, @extschema@.case_discussions_due_today,
    @extschema@.caseloads_today, @extschema@.monthly_return_this_month, @extschema@.agreements_due_today,
    @extschema@.appraisals_due_today, @extschema@.observations_due_today, @extschema@.supervisor_load_today,
    @extschema@.retention_due_today TO PUBLIC;
