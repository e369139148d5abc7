
------------------------------------------------------------------------------
-- Sources: where the council keeps what the reports read
--
-- source_field lists, for each kind of source, the fields a report reads and
-- what each must be; source holds what a DBA registered with
-- register_source(): a relation and the column of each field.  Each kind is
-- read through its source function (source_functions.sql), written from them.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.source_field (
    kind        text NOT NULL,
    field       text NOT NULL,
    position    smallint NOT NULL,
    required    boolean NOT NULL,
    class       text NOT NULL CHECK (class IN ('key', 'text', 'day', 'time', 'instant', 'flag', 'number')),
    description text NOT NULL,
    meanings    text[],
    PRIMARY KEY (kind, field)
);

COMMENT ON TABLE @extschema@.source_field IS
    'The fields each kind of source has (staff, cases, supervision_sessions, case_discussions, oversight, observations, agreements, appraisals, session_records, session_bookings, absences, group_sessions, trainings, supervision_audits, role_changes, settlements, reflective_cases), which are required, and what type of column each needs. Shipped with the extension; read-only.';
COMMENT ON COLUMN @extschema@.source_field.kind IS 'The kind of source: what register_source() is told the relation holds.';
COMMENT ON COLUMN @extschema@.source_field.field IS 'The field: the key of register_source()''s columns argument, and the default column name.';
COMMENT ON COLUMN @extschema@.source_field.position IS 'The order in which the field is listed.';
COMMENT ON COLUMN @extschema@.source_field.required IS 'True when a source of the kind must have the field.';
COMMENT ON COLUMN @extschema@.source_field.class IS
    'What column fits: key (any type, compared as text), text (text, varchar or char), day (date, timestamp or timestamptz; a time is read as its day in the policy''s time zone), time (the same, compared as written), instant (timestamptz), flag (boolean), number (integer, numeric or floating point).';
COMMENT ON COLUMN @extschema@.source_field.description IS 'What the field holds.';
COMMENT ON COLUMN @extschema@.source_field.meanings IS
    'For a field whose council values are mapped (register_source''s meanings): what they may mean. With other among them, a value mapped to none means other; without, registering refuses one (SV304). NULL for a field read as it is.';

INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('staff', 'key', 1, true, 'key', 'The member of staff''s key, as other sources name them.'),
    ('staff', 'name', 2, false, 'text', 'Their name.'),
    ('staff', 'role', 3, true, 'text', 'Their role, a role of supervision.vocabulary (social_worker, asye, team_manager, ...).'),
    ('staff', 'team', 4, false, 'key', 'Their team.'),
    ('staff', 'supervisor', 5, false, 'key', 'The key of the member of staff who supervises them.'),
    ('staff', 'started', 6, true, 'day', 'The day they started in the role (places staged schedules: ASYE, students).'),
    ('staff', 'left_on', 7, false, 'day', 'The day they left; NULL while employed.'),
    ('staff', 'part_time', 8, false, 'flag', 'True for a part-time worker (a policy may allow them shorter sessions: BUR-D1).'),
    ('cases', 'key', 1, true, 'key', 'The case''s key, as discussions and oversight entries name it.'),
    ('cases', 'child', 2, false, 'key', 'The child.'),
    ('cases', 'category', 3, true, 'text', 'The case''s category, a category of supervision.vocabulary (cin, cp, cla, ...).'),
    ('cases', 'worker', 4, true, 'key', 'The key of the allocated worker.'),
    ('cases', 'opened', 5, true, 'day', 'The day the case (or plan) started.'),
    ('cases', 'closed', 6, false, 'day', 'The day it closed; NULL while open.'),
    ('supervision_sessions', 'staff', 1, true, 'key', 'The key of the member of staff supervised.'),
    ('supervision_sessions', 'held_at', 2, true, 'time', 'When the session was held.'),
    ('supervision_sessions', 'minutes', 3, false, 'number', 'How long it lasted, in minutes (judged against the policy''s bound on session_length).'),
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
    ('appraisals', 'held_at', 2, true, 'time', 'When the appraisal took place.'),
    ('session_records', 'staff', 1, true, 'key', 'The key of the supervisee whose session the record is of.'),
    ('session_records', 'held_at', 2, true, 'time', 'When the session it records was held (matched to the sessions source by member of staff and day).'),
    ('session_records', 'given_at', 3, false, 'instant', 'When the record reached the supervisee; NULL until it has.'),
    ('session_records', 'agreed_at', 4, false, 'instant', 'When the supervisee signed or agreed it.'),
    ('session_records', 'amendment_at', 5, false, 'instant', 'When the supervisee asked for it to be amended.');

-- The diary (issue 19): bookings, with the council's statuses and reasons
-- mapped to these meanings, and absences
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description, meanings) VALUES
    ('session_bookings', 'key', 1, true, 'key', 'The booking''s key, as rearranged_to names it.', NULL),
    ('session_bookings', 'staff', 2, true, 'key', 'The key of the supervisee.', NULL),
    ('session_bookings', 'supervisor', 3, false, 'key', 'The key of the supervisor (else the staff source''s supervisor).', NULL),
    ('session_bookings', 'booked_for', 4, true, 'time', 'When the session is booked to take place.', NULL),
    ('session_bookings', 'booked_at', 5, false, 'instant', 'When the booking was made.', NULL),
    ('session_bookings', 'status', 6, true, 'text', 'planned, held, cancelled or rearranged (the council''s values mapped by register_source''s meanings).',
     '{planned,held,cancelled,rearranged}'),
    ('session_bookings', 'reason', 7, false, 'text', 'Why it was cancelled or re-arranged: sickness, absence (of either party), or other.',
     '{sickness,absence,other}'),
    ('session_bookings', 'rearranged_to', 8, false, 'key', 'The key of the booking made in its place.', NULL),
    ('absences', 'staff', 1, true, 'key', 'The key of the member of staff absent.', NULL),
    ('absences', 'starts', 2, true, 'day', 'The first day of the absence.', NULL),
    ('absences', 'ends', 3, false, 'day', 'The last day of the absence; NULL while it goes on.', NULL),
    ('absences', 'reason', 4, false, 'text', 'Why (sickness, annual leave, ...), shown as it is.', NULL);

-- Group supervision (issue 20): a team's sessions, never one-to-one
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('group_sessions', 'team', 1, true, 'key', 'The team that met, as the staff source names teams.'),
    ('group_sessions', 'held_at', 2, true, 'time', 'When the group supervision was held.');

-- Supervision training (issue 20, LEE-T1)
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('trainings', 'staff', 1, true, 'key', 'The key of the member of staff trained.'),
    ('trainings', 'held_at', 2, true, 'time', 'When they attended supervision training.');

-- The audit of a supervisor's supervision file (issue 20, LEE-Q1)
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description) VALUES
    ('supervision_audits', 'staff', 1, true, 'key', 'The key of the supervisor whose supervision was audited.'),
    ('supervision_audits', 'held_at', 2, true, 'time', 'When the audit took place.');

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

-- every kind may keep other rows in the same relation: a kind column and the
-- values of it that count (register_source's counts)
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description)
SELECT k, 'kind', 9, false, 'text', 'What the row is; with counts, only rows whose kind is one of counts are read.'
FROM unnest(ARRAY['staff', 'cases', 'supervision_sessions', 'case_discussions', 'oversight',
                  'observations', 'agreements', 'appraisals', 'session_records',
                  'session_bookings', 'absences', 'group_sessions', 'trainings', 'supervision_audits',
                  'role_changes', 'settlements', 'reflective_cases']) AS k;

CREATE TABLE @extschema@.source (
    kind        text PRIMARY KEY,
    relation    regclass NOT NULL,
    columns     jsonb NOT NULL,
    counts      text[],
    meanings    jsonb
);

COMMENT ON TABLE @extschema@.source IS
    'Where the council keeps each kind of source the reports read: written by register_source(), kept by pg_dump.';
COMMENT ON COLUMN @extschema@.source.kind IS 'The kind of source (a kind of supervision.source_field).';
COMMENT ON COLUMN @extschema@.source.relation IS 'The table or view that holds it.';
COMMENT ON COLUMN @extschema@.source.columns IS 'The column of each field: {"field": "column", ...}.';
COMMENT ON COLUMN @extschema@.source.counts IS 'The values of the kind column whose rows count; NULL when every row counts.';
COMMENT ON COLUMN @extschema@.source.meanings IS 'What the council''s values of a mapped field mean: {"field": {"meaning": ["value", ...]}}; NULL when none are mapped.';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.source', '');

-- The column a field reads, and whether its type fits the field's class
CREATE FUNCTION @extschema@._source_column(kind text, field text, relation regclass, col name, class text)
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

-- The council's values of a mapped field (a booking's status and reason),
-- checked when registering: each meaning one the field has, no value with
-- two, and every value in the relation that must mean something mapped
CREATE FUNCTION @extschema@._check_meanings(kind text, relation regclass, columns jsonb, counts text[],
                                            meanings jsonb)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    f record;
    m record;
    unmapped text;
    example text := '{"status": {"cancelled": ["Cancelled"], "held": ["Attended"]}}';
BEGIN
    IF meanings IS NULL THEN
        meanings := '{}';
    ELSIF jsonb_typeof(meanings) <> 'object' THEN
        RAISE EXCEPTION 'meanings must be a JSON object, not %', meanings
            USING ERRCODE = 'invalid_parameter_value', HINT = format('Map each value to what it means: ''%s''.', example);
    END IF;
    FOR m IN SELECT j.key, j.value FROM jsonb_each(meanings) j LOOP
        SELECT s.* INTO f FROM @extschema@.source_field s
        WHERE s.kind = _check_meanings.kind AND s.field = m.key AND s.meanings IS NOT NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the % source''s field % has no meanings to map', kind, m.key
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = coalesce('Fields with meanings: ' || (SELECT string_agg(s.field, ', ' ORDER BY s.position)
                                      FROM @extschema@.source_field s
                                      WHERE s.kind = _check_meanings.kind AND s.meanings IS NOT NULL) || '.',
                                      format('The %s source maps none: leave meanings out.', kind));
        END IF;
        IF jsonb_typeof(m.value) <> 'object' OR EXISTS (
               SELECT FROM jsonb_each(m.value) v
               WHERE jsonb_typeof(v.value) <> 'array'
                  OR EXISTS (SELECT FROM jsonb_array_elements(v.value) e WHERE jsonb_typeof(e) <> 'string')) THEN
            RAISE EXCEPTION 'the meanings of field % must map each meaning to a JSON array of values', m.key
                USING ERRCODE = 'invalid_parameter_value', HINT = format('For example: ''%s''.', example);
        END IF;
        SELECT string_agg(v.key, ', ') INTO unmapped FROM jsonb_each(m.value) v WHERE v.key <> ALL (f.meanings);
        IF unmapped IS NOT NULL THEN
            RAISE EXCEPTION 'field % of the % source cannot mean %', m.key, kind, unmapped
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = format('It can mean: %s.', array_to_string(f.meanings, ', '));
        END IF;
        SELECT string_agg(format('"%s"', x.value), ', ') INTO unmapped
        FROM (SELECT e.value FROM jsonb_each(m.value) v, jsonb_array_elements_text(v.value) e
              GROUP BY e.value HAVING count(DISTINCT v.key) > 1) x;
        IF unmapped IS NOT NULL THEN
            RAISE EXCEPTION 'the values % of field % are given two meanings', unmapped, m.key
                USING ERRCODE = 'invalid_parameter_value', HINT = 'List each value under one meaning.';
        END IF;
    END LOOP;

    -- a field without "other" must mean one thing in every row that counts
    FOR f IN SELECT s.field, s.meanings, columns ->> s.field AS col FROM @extschema@.source_field s
             WHERE s.kind = _check_meanings.kind AND s.meanings IS NOT NULL
               AND NOT 'other' = ANY (s.meanings) AND columns ? s.field LOOP
        EXECUTE format('SELECT string_agg(format(''"%%s"'', v), '', '') FROM (SELECT DISTINCT r.%I::text AS v FROM %s AS r '
                       'WHERE r.%I IS NOT NULL AND r.%I::text <> ALL ($1)%s ORDER BY 1 LIMIT 5) AS x',
                       f.col, relation, f.col, f.col,
                       CASE WHEN counts IS NOT NULL THEN format(' AND r.%I::text = ANY ($2)', columns ->> 'kind') ELSE '' END)
            INTO unmapped
            USING f.meanings || ARRAY(SELECT e FROM jsonb_each(meanings -> f.field) v, jsonb_array_elements_text(v.value) e),
                  counts;
        IF unmapped IS NOT NULL THEN
            RAISE EXCEPTION 'column "%" of relation % holds values the % source''s % cannot read: %',
                            f.col, relation, kind, f.field, unmapped
                USING ERRCODE = 'SV304',
                      SCHEMA = (SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE c.oid = relation),
                      TABLE = (SELECT c.relname FROM pg_class c WHERE c.oid = relation),
                      COLUMN = f.col,
                      HINT = format('Say what each means (%s): register_source(%L, %L, ..., meanings => ''{"%s": {"%s": [%s]}}'').',
                                    array_to_string(f.meanings, ', '), kind, relation::text, f.field, f.meanings[1],
                                    split_part(unmapped, ', ', 1));
        END IF;
    END LOOP;
END
$$;

COMMENT ON FUNCTION @extschema@._check_meanings(text, regclass, jsonb, text[], jsonb) IS
    'Checks register_source''s meanings: each a field''s own meaning (22023), no value given two (22023), and every value of a field that must mean something (a booking''s status) in the rows that count mapped, or a meaning''s own name (SV304, naming the table and column).';

CREATE FUNCTION @extschema@.register_source(kind text, relation regclass, columns jsonb DEFAULT '{}',
                                            counts text[] DEFAULT NULL, meanings jsonb DEFAULT NULL)
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
    PERFORM @extschema@._check_meanings(kind, relation, resolved, counts, meanings);

    INSERT INTO @extschema@.source AS s (kind, relation, columns, counts, meanings)
    VALUES (kind, relation, resolved, counts, meanings)
    ON CONFLICT ON CONSTRAINT source_pkey DO UPDATE
        SET relation = EXCLUDED.relation, columns = EXCLUDED.columns, counts = EXCLUDED.counts,
            meanings = EXCLUDED.meanings
    RETURNING s.* INTO registered;
    RETURN registered;
END
$$;

COMMENT ON FUNCTION @extschema@.register_source(text, regclass, jsonb, text[], jsonb) IS
    'Tells the reports where a kind of source lives: the relation, the column of each field (a field not named reads the column of its own name), with a kind column the values whose rows count, and what the council''s values of a mapped field mean (meanings: a booking''s status and reason). Checks every column, and every value of a mapped field that must mean something (SV304), now; registering a kind again replaces it.';

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

-- Registering is the DBA's; anyone may read what is registered
GRANT SELECT ON @extschema@.source, @extschema@.source_field TO PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.register_source(text, regclass, jsonb, text[], jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._check_meanings(text, regclass, jsonb, text[], jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.unregister_source(text) FROM PUBLIC;
