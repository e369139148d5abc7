-- supervision 0.9.0 -> 0.10.0
--
-- The session lifecycle (issue 19, continued): the diary of bookings and
-- absences as sources (a booking's status and reason mapped from the
-- council's own values), sessions to re-book, bookings ahead, supervisors
-- absent, supervision on the return from an absence; a recording window
-- attached by rule ID and topic (LEE-R1's two windows); an ASYE's staged
-- supervision held at its first stage until observed (SLO-A2); headings for
-- every preset; milestones met from a window leading up to them; BUR-C4's
-- 3-month target no longer applied to disability cases (BUR-C3); group
-- supervision per team (GLO-G1); an ASYE a social worker once the year ends;
-- training and audits (LEE-T1, LEE-Q1); the confidentiality guard.

\echo Use "ALTER EXTENSION supervision UPDATE TO '0.10.0'" to load this file. \quit

------------------------------------------------------------------------------
-- Sources: the diary's kinds, and fields whose values are mapped
------------------------------------------------------------------------------

ALTER TABLE @extschema@.source_field ADD COLUMN meanings text[];
COMMENT ON TABLE @extschema@.source_field IS
    'The fields each kind of source has (staff, cases, supervision_sessions, case_discussions, oversight, observations, agreements, appraisals, session_records, session_bookings, absences, group_sessions, trainings, supervision_audits), which are required, and what type of column each needs. Shipped with the extension; read-only.';
COMMENT ON COLUMN @extschema@.source_field.meanings IS
    'For a field whose council values are mapped (register_source''s meanings): what they may mean. With other among them, a value mapped to none means other; without, registering refuses one (SV304). NULL for a field read as it is.';

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
INSERT INTO @extschema@.source_field (kind, field, position, required, class, description)
SELECT k, 'kind', 9, false, 'text', 'What the row is; with counts, only rows whose kind is one of counts are read.'
FROM unnest(ARRAY['session_bookings', 'absences', 'group_sessions', 'trainings', 'supervision_audits']) AS k;

ALTER TABLE @extschema@.source ADD COLUMN meanings jsonb;
COMMENT ON COLUMN @extschema@.source.meanings IS 'What the council''s values of a mapped field mean: {"field": {"meaning": ["value", ...]}}; NULL when none are mapped.';

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

DROP FUNCTION @extschema@.register_source(text, regclass, jsonb, text[]);
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
REVOKE ALL ON FUNCTION @extschema@.register_source(text, regclass, jsonb, text[], jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._check_meanings(text, regclass, jsonb, text[], jsonb) FROM PUBLIC;

-- What a council's value of a mapped field means, as SQL: each meaning's
-- values (and its own name) to the meaning; any other value to other where
-- the field has it, else to itself (a report flags it); NULL stays NULL
CREATE FUNCTION @extschema@._source_meaning(value text, meanings text[], mapped jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT format('CASE WHEN %s IS NULL THEN NULL %s ELSE %s END', value,
                  string_agg(format('WHEN %s OPERATOR(pg_catalog.=) ANY (%L::pg_catalog.text[]) THEN %L', value,
                                    array_prepend(m.meaning, ARRAY(SELECT pg_catalog.jsonb_array_elements_text(
                                        coalesce(mapped -> m.meaning, '[]')))), m.meaning), ' ' ORDER BY m.n),
                  CASE WHEN 'other' = ANY (meanings) THEN '''other''::pg_catalog.text' ELSE value END)
    FROM unnest(meanings) WITH ORDINALITY AS m(meaning, n);
END;

COMMENT ON FUNCTION @extschema@._source_meaning(text, text[], jsonb) IS
    'The SQL expression a source function reads a mapped field with: a CASE giving each meaning for its values (register_source''s meanings) and its own name, and for any other value other where the field has it, else the value itself.';

-- The body of a kind's source function: the SELECT over its relation, or
-- the refusal when it cannot be read
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
    RETURN format('SELECT %s FROM %s AS r%s', array_to_string(items, ', '), relation,
                  CASE WHEN cardinality(conds) > 0 THEN ' WHERE ' || array_to_string(conds, ' AND ') ELSE '' END);
END
$$;

COMMENT ON FUNCTION @extschema@._source_body(text) IS
    'The body of a kind''s source function: a SELECT over the registered relation, every name qualified and every identifier and value quoted (one value of counts compared with =, several with = ANY); or, for a kind not registered or a relation that no longer has its columns, a SELECT that refuses (SV301) with a hint to register again.';

SELECT @extschema@._write_source_function(k) FROM unnest(ARRAY['session_bookings', 'absences', 'group_sessions', 'trainings', 'supervision_audits']) AS k;
COMMENT ON FUNCTION @extschema@._source_session_bookings(text, timestamptz) IS
    'The rows of the registered session_bookings source that count, booked for before until (key, staff, supervisor, booked_for, booked_at, status, reason, rearranged_to, kind; status and reason as what they mean): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_absences(text, timestamptz) IS
    'The rows of the registered absences source that count (staff, starts, ends, reason, kind): written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_group_sessions(text, timestamptz) IS
    'The rows of the registered group_sessions source that count, held before until (team, held_at, kind): written by register_source(), inlined into group_supervision_due().';
COMMENT ON FUNCTION @extschema@._source_trainings(text, timestamptz) IS
    'The rows of the registered trainings source that count, held before until (staff, held_at, kind): written by register_source(), inlined into training_due().';
COMMENT ON FUNCTION @extschema@._source_supervision_audits(text, timestamptz) IS
    'The rows of the registered supervision_audits source that count, held before until (staff, held_at, kind): written by register_source(), inlined into audits_due().';

------------------------------------------------------------------------------
-- Presets: booking ahead under Gloucestershire and Bury, ISL-X1's priority
------------------------------------------------------------------------------

ALTER TABLE @extschema@.rule DISABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.policy DISABLE TRIGGER protect_presets;

-- GLO-P1: §3 Preparing for formal Supervision (the diary of 1:1 supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-P1', 'window', 'booking_ahead', '12 months',
 '"Planned, so that both parties are aware of the dates for the year ahead": a booking horizon of 12 months, under GLO-P1 (the catalogue gives the sentence no ID of its own). Booked ahead when the latest planned session falls in the horizon''s last month or later.',
 '§3 Preparing for formal Supervision',
 'Supervision is booked into both parties'' calendars by the supervisor and planned so that both are aware of the dates for the year ahead.');

-- BUR-E1: §Reviewing Personal Development (p. 8): the next 12 months planned
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES
('bury', 1, 'BUR-E1', 'window', 'booking_ahead', '12 months',
 '"Supervisions should be planned in accordance with the supervision policy for the next 12 months": read as a booking horizon of 12 months at all times, under BUR-E1 (the sentence belongs to the employee review, and the catalogue gives it no ID of its own). The text plans the year at each employee review; the rolling reading is stricter in the months after one. Booked ahead when the latest planned session falls in the horizon''s last month or later.',
 '§Reviewing Personal Development (p. 8)',
 'Supervisions are planned for the next 12 months, in accordance with the supervision policy.');

-- ISL-X1: §Frequency, bullet 2: supervision as a priority on return
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, within, interpretation, source, description)
VALUES ('islington', 1, 'ISL-X1', 'window', 'return_supervision',
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}',
    '5 working days',
    '"Supervision must be scheduled as a priority when the practitioner returns" gives no timescale; the preset reads "a priority" as a session within 5 working days of the day of return (the first working day after the absence, not counted). It applies where the absence caused a gap: the practitioner''s supervision fell due before the absence ended and none was held during it.',
    '§Frequency, bullet 2',
    'Supervision must be scheduled as a priority when the practitioner returns from leave (sickness or annual leave) that caused a gap in supervision.');
UPDATE @extschema@.policy SET description = replace(description,
    '"scheduled as a priority" on return carries no timescale and is not computed. ',
    '"scheduled as a priority" on return carries no timescale: the preset reads it as a session within 5 working days of the return (window, topic return_supervision), where the absence caused a gap. ')
WHERE name = 'islington';
ALTER TABLE @extschema@.policy ENABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.rule ENABLE TRIGGER protect_presets;

------------------------------------------------------------------------------
-- SLO-A2: an ASYE's staged supervision steps down only once observed
------------------------------------------------------------------------------

-- SLO-A2: an ASYE steps down to a less frequent stage only once their
-- direct work has been observed and judged adequate
CREATE FUNCTION @extschema@.personal_supervision_due(policy text, role text, last_held date,
                                                     started date, observed date)
RETURNS @extschema@.due
AS 'MODULE_PATHNAME', 'personal_supervision_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.personal_supervision_due(text, text, date, date, date) IS
    'The next personal supervision, as personal_supervision_due(policy, role, last_held, started), where observed is the first day the worker''s direct work was observed and judged adequate (NULL: not yet): under a policy whose quota on topic observation has no period (SLO-A2), the role''s staged schedule stays at its first stage until then (a session on or after observed steps down as the schedule says).';

ALTER TYPE @extschema@._report_terms ADD ATTRIBUTE observations boolean;
COMMENT ON TYPE @extschema@._report_terms IS
    'What a report applies, read once per call: the policy in force, its calendar and time zone, the first day of its first version (since), the end of the horizon (soon), the roles or categories its cadences on the topic name (subjects, NULL for all), the days a recording window was in force (windows), the end of as_of in the time zone (until: what happened before it counts), and, for topic personal_supervision, whether the reports read observations (observations: _step_downs_held(); else every step-down is taken as made).';

-- SLO-A2: the reports read observations only where the policy holds
-- step-downs until one (a quota on observation with no period), and an
-- observations source is registered
CREATE FUNCTION @extschema@._holds_step_downs(policy text) RETURNS boolean
AS 'MODULE_PATHNAME', 'report_holds_step_downs'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._holds_step_downs(text) IS
    'Whether a version of the policy has a quota on topic observation with no period, which holds its roles'' staged schedules at their first stage until observed (SLO-A2): read from the session''s policy cache, as personal_supervision_due() reads it.';

CREATE FUNCTION @extschema@._step_downs_held(policy text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@._holds_step_downs(_step_downs_held.policy)
       AND EXISTS (SELECT FROM @extschema@.source AS s WHERE s.kind = 'observations');
END;

COMMENT ON FUNCTION @extschema@._step_downs_held(text) IS
    'Whether the reports read observations for SLO-A2: the policy has a quota on topic observation with no period (a condition on its roles'' step-downs), and an observations source is registered.';

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
               @extschema@._day_end(as_of, p.time_zone),
               CASE WHEN topic = 'personal_supervision' THEN @extschema@._step_downs_held(p.policy) END);
END
$$;

-- observed: the first day the worker's direct work was observed and judged
-- adequate (SLO-A2), from _first_observed()
CREATE FUNCTION @extschema@._supervision_due(p @extschema@._report_terms, role text, last_held date, started date,
                                             observed date)
RETURNS @extschema@.due
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN p.subjects IS NULL OR role = ANY (p.subjects)
                THEN @extschema@.personal_supervision_due(p.policy, role, @extschema@._not_before(last_held, p.since),
                                                          @extschema@._not_before(started, p.since),
                                                          CASE WHEN p.observations THEN observed
                                                               ELSE '-infinity'::date END) END;
END;

COMMENT ON FUNCTION @extschema@._supervision_due(@extschema@._report_terms, text, date, date, date) IS
    'What personal_supervision_due() says for a role under a report''s terms, NULL where no cadence names the role (reported as no rule); a last session or start before the policy''s first version reads as its first day; observed (NULL: not yet) holds a staged schedule at its first stage under SLO-A2, where an observations source is registered (else every step-down is taken as made). Inlined into the reports.';

-- The first day each member of staff was observed: the observations
-- source's rows that count (for SLO-A2, register the outcomes judged
-- adequate as its counts); nothing read where none is registered
CREATE FUNCTION @extschema@._first_observed(time_zone text, until timestamptz)
RETURNS TABLE (staff text, observed date)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT o.staff, @extschema@.local_day(min(o.held_at), _first_observed.time_zone)
    FROM @extschema@._source_observations(_first_observed.time_zone, _first_observed.until) AS o
    WHERE EXISTS (SELECT FROM @extschema@.source AS k WHERE k.kind = 'observations')
    GROUP BY o.staff;
END;

COMMENT ON FUNCTION @extschema@._first_observed(text, timestamptz) IS
    'The day of each member of staff''s first observation before until, from the observations source''s rows that count (SLO-A2: the outcomes judged adequate); no rows, and nothing read, where no observations source is registered. Used by the reports of personal supervision.';

-- every report again: those that read _report_terms hold its columns, one
-- more now (and supervision_due, monthly_return and records_due changed)
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
        FROM terms AS t CROSS JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS s
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

-- BUR-C5: the cases discussed in each one-to-one: the discussions of the
-- supervisee's cases (their allocated worker) on the day of the session
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
          JOIN LATERAL @extschema@._source_staff(b.time_zone, NULL) AS st ON b.roles IS NULL OR st.role = ANY (b.roles)
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

CREATE OR REPLACE FUNCTION @extschema@.records_due(as_of date DEFAULT current_date)
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
                    WHERE source_kind = 'appraisals'
                    UNION ALL
                    SELECT a.staff, a.held_at FROM @extschema@._source_trainings(p.time_zone, p.until) AS a
                    WHERE source_kind = 'trainings') AS s
              GROUP BY s.staff) AS l ON l.staff = st.key) AS x
    ORDER BY x.team, x.name, x.key, x.rule_id;
END;

COMMENT ON FUNCTION @extschema@._cadence_report(text, text, date, @extschema@.timescale) IS
    'Every member of staff in post whom a cadence rule on a topic covers, with the last occurrence from a source (agreements, appraisals or trainings), and what is due: used by agreements_due(), appraisals_due() and training_due().';

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

-- observations_due() and audits_due(): a quota on a topic, per member of staff
CREATE OR REPLACE FUNCTION @extschema@._quota_report(topic text, source_kind text, as_of date, report text)
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

CREATE OR REPLACE FUNCTION @extschema@.observations_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._quota_report('observation', 'observations', as_of, 'observations_due');
END;

COMMENT ON FUNCTION @extschema@.observations_due(date) IS
    'Observation quotas (GLO-O1, LEE-Q1, SLO-A2): every member of staff in post whom a quota rule on observation covers, the period counted (the year from the rule''s first month containing as_of, the rolling period up to as_of, or since the start in the role), observations required, held, and how many short.';

-- LEE-Q1's audit of supervision, counted on its own
CREATE OR REPLACE FUNCTION @extschema@.audits_due(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, period daterange,
               required numeric, held integer, short numeric)
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT * FROM @extschema@._quota_report('audit', 'supervision_audits', as_of, 'audits_due');
END;

COMMENT ON FUNCTION @extschema@.audits_due(date) IS
    'Audit quotas (LEE-Q1''s audit of supervision): every supervisor in post whom a quota rule on topic audit covers, the period counted (the rolling 12 months up to as_of), audits required, held (the supervision_audits source), and how many short.';

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

-- Supervision training (LEE-T1): refreshed every 5 years by those who
-- supervise ("existing managers"), from the trainings source
CREATE OR REPLACE FUNCTION @extschema@.training_due(as_of date DEFAULT current_date,
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
CREATE OR REPLACE FUNCTION @extschema@.group_supervision_due(as_of date DEFAULT current_date,
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

DROP FUNCTION @extschema@._supervision_due(@extschema@._report_terms, text, date, date);

------------------------------------------------------------------------------
-- The diary: sessions booked ahead, cancelled and re-booked, and absences
--
-- The reports of the session lifecycle the policies regulate (issue 19),
-- over the session_bookings and absences sources: sessions to re-book
-- (SLO-X1, LEE-X3), staff not booked ahead (SLO-X4, LEE-X2, GLO-P1,
-- BUR-E1), supervisors absent over 2 weeks (LEE-X4), and supervision on the
-- return from an absence that left a gap (ISL-X1).  Like the other
-- reports, SQL functions PostgreSQL inlines into the caller's query.
------------------------------------------------------------------------------

-- The window rules on some topics of each version of a policy: read once a
-- report (PL/pgSQL, as _record_rules is), a handful of rows
CREATE FUNCTION @extschema@._window_rules(policy text, topics text[])
RETURNS TABLE (rule text, topic text, within @extschema@.timescale, roles text[], in_force daterange)
LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 2
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT r.rule_id, r.topic, r.within, r.roles, v.in_force
    FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    WHERE r.policy = _window_rules.policy AND r.kind = 'window' AND r.topic = ANY (_window_rules.topics);
END
$$;

COMMENT ON FUNCTION @extschema@._window_rules(text, text[]) IS
    'The window rules on some topics of each version of a policy, with the days the version is in force: what the diary''s reports read once.';

-- The day a member of staff is back at work after an absence: the first
-- working day after its last
CREATE FUNCTION @extschema@._return_day(last_absent date, calendar text) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.add_working_days(last_absent, 1, calendar);
END;

COMMENT ON FUNCTION @extschema@._return_day(date, text) IS
    'The return to work after an absence whose last day is given: the first working day after it in the calendar (an absence ending on a Friday returns on the Monday). NULL while the absence goes on.';

CREATE FUNCTION @extschema@.sessions_to_rebook(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, booking text, booked_for date, status text, reason text,
               rule text, counts_from date, due_by timestamptz, rebooked text, rebooked_for date,
               rebooked_at timestamptz, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH terms AS MATERIALIZED (
        SELECT p.policy, p.calendar, p.time_zone, p.until FROM @extschema@._report_terms(sessions_to_rebook.as_of, NULL, NULL) AS p),
    rules AS MATERIALIZED (
        SELECT r.* FROM terms AS t
        CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{rebooking,rearranged_session}') AS r),
    -- the cancelled or re-arranged bookings a rule covers (filtered on the
    -- status alone, so that the planner counts them as few)
    judged AS (
        SELECT b.*, st.name, st.team, coalesce(b.supervisor, st.supervisor) AS other_party,
               r.rule, r.topic, t.policy, t.calendar, t.time_zone, t.until,
               -- SLO-X1 counts from the return after sickness or absence; LEE-X3
               -- after sickness absence (else from the day booked)
               CASE WHEN r.topic = 'rebooking' THEN true
                    ELSE coalesce(b.reason = 'sickness', false) END AS from_return
        FROM terms AS t
        CROSS JOIN LATERAL (SELECT y.*, @extschema@.local_day(y.booked_for, t.time_zone) AS day
                            FROM @extschema@._source_session_bookings(t.time_zone, NULL) AS y
                            WHERE y.status IN ('cancelled', 'rearranged')) AS b
        LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = b.staff
        JOIN rules AS r
            ON r.in_force @> b.day AND (r.roles IS NULL OR st.role = ANY (r.roles))
           AND (r.topic = 'rearranged_session' OR b.reason IN ('sickness', 'absence')))
    SELECT y.staff, y.name, y.team, y.key, y.day, y.status, y.reason, y.rule, y.counts_from, y.due_by,
           y.rebooked, y.rebooked_for, y.rebooked_at,
           CASE WHEN y.from_return AND y.absences = 0 THEN 'no absence recorded'
                WHEN y.from_return AND y.still_absent THEN 'absent'
                WHEN y.rebooked IS NULL THEN CASE WHEN y.due_by < y.until THEN 'overdue' ELSE 'to rebook' END
                WHEN y.topic = 'rebooking' AND y.rebooked_at IS NULL THEN 'rebooked, when not recorded'
                -- SLO-X1 judges when the new booking was made, LEE-X3 when it takes place
                WHEN CASE WHEN y.topic = 'rebooking' THEN y.rebooked_at ELSE y.rebooked_time END < y.due_by
                    THEN 'rebooked'
                -- a later booking while the window is still open: one in time may yet be made
                WHEN y.due_by >= y.until THEN 'to rebook'
                ELSE 'rebooked late' END
    FROM (SELECT j.*, a.absences, a.still_absent, x.counts_from, n.key AS rebooked, n.booked_at AS rebooked_at,
                 n.booked_for AS rebooked_time, @extschema@.local_day(n.booked_for, j.time_zone) AS rebooked_for,
                 CASE WHEN x.counts_from IS NOT NULL THEN @extschema@.window_deadline(
                     j.policy, j.rule, @extschema@.local_instant(x.counts_from::timestamp, j.time_zone), false, j.topic)
                 END AS due_by
          FROM judged AS j
          -- the absences of either party over the day booked
          LEFT JOIN LATERAL (
              SELECT count(*) AS absences, bool_or(z.ends IS NULL) AS still_absent, max(z.ends) AS last_absent
              FROM @extschema@._source_absences(j.time_zone, NULL) AS z
              WHERE j.from_return AND z.staff IN (j.staff, j.other_party)
                AND z.starts <= j.day AND (z.ends IS NULL OR z.ends >= j.day)) AS a ON true
          CROSS JOIN LATERAL (
              SELECT CASE WHEN NOT j.from_return THEN j.day
                          WHEN NOT a.still_absent THEN @extschema@._return_day(a.last_absent, j.calendar) END
                     AS counts_from) AS x
          -- the booking made in its place, as far as known by until
          LEFT JOIN LATERAL (
              SELECT m.key, m.booked_for, m.booked_at
              FROM @extschema@._source_session_bookings(j.time_zone, NULL) AS m
              WHERE m.staff = j.staff AND (m.booked_at IS NULL OR m.booked_at < j.until)
                AND CASE WHEN j.rearranged_to IS NOT NULL THEN m.key = j.rearranged_to
                         ELSE m.status IN ('planned', 'held') AND m.booked_for > j.booked_for
                              AND (m.booked_at IS NULL OR j.booked_at IS NULL OR m.booked_at > j.booked_at) END
              ORDER BY m.booked_for LIMIT 1) AS n ON true) AS y
    UNION ALL
    -- the bookings that cannot be judged, flagged, never dropped
    SELECT b.staff, st.name, st.team, b.key, b.day, b.status, b.reason, NULL, NULL, NULL, NULL, NULL, NULL,
           CASE WHEN b.status = 'held' THEN 'held before booked' ELSE 'status not mapped' END
    FROM terms AS t
    CROSS JOIN LATERAL (SELECT y.*, @extschema@.local_day(y.booked_for, t.time_zone) AS day
                        FROM @extschema@._source_session_bookings(t.time_zone, NULL) AS y
                        WHERE y.status IS NULL OR y.status NOT IN ('planned', 'held', 'cancelled', 'rearranged')
                           OR (y.status = 'held' AND y.booked_for < y.booked_at)) AS b
    LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = b.staff
    ORDER BY 5, 1, 4;
END;

COMMENT ON FUNCTION @extschema@.sessions_to_rebook(date) IS
    'Each cancelled or re-arranged booking a rule of the policy in force on its day covers, as it stands at the end of as_of: LEE-X3 (the new session takes place within 5 working days of the day booked, or of the return to work after sickness), SLO-X1 (after sickness or absence of either party, a new session is booked within 5 working days of the return). counts_from is the day the window counts from, due_by its first late instant, rebooked the booking made in its place (rearranged_to, else the member of staff''s next booking made after it). finding: rebooked, rebooked late, to rebook (no booking in time yet, and the window still open), overdue, absent (not back yet), no absence recorded, rebooked, when not recorded (no booked_at); and bookings that cannot be judged, flagged: status not mapped, held before booked.';

CREATE FUNCTION @extschema@.bookings_ahead(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, horizon date, booked_until date, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT st.key, st.name, st.team, st.role, r.rule, x.horizon, @extschema@.local_day(bk.last_at, t.time_zone),
           -- the diary covers the horizon when it reaches into its last month
           CASE WHEN @extschema@.local_day(bk.last_at, t.time_zone) > (x.horizon - interval '1 month')::date
                THEN 'booked ahead' ELSE 'not booked ahead' END
    FROM @extschema@._report_terms(bookings_ahead.as_of, NULL, NULL) AS t
    CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{booking_ahead}') AS r
    CROSS JOIN LATERAL (SELECT @extschema@.due_date(bookings_ahead.as_of, r.within, t.calendar) AS horizon) AS x
    CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, bookings_ahead.as_of) AS st
    LEFT JOIN (SELECT b.staff, max(b.booked_for) AS last_at
               FROM @extschema@._report_terms(bookings_ahead.as_of, NULL, NULL) AS t2
               CROSS JOIN LATERAL @extschema@._source_session_bookings(t2.time_zone, NULL) AS b
               WHERE b.status = 'planned'
                 AND b.booked_for >= @extschema@.local_instant(bookings_ahead.as_of::timestamp, t2.time_zone)
               GROUP BY b.staff) AS bk ON bk.staff = st.key
    WHERE r.in_force @> bookings_ahead.as_of AND (r.roles IS NULL OR st.role = ANY (r.roles))
    ORDER BY st.team, st.name, st.key;
END;

COMMENT ON FUNCTION @extschema@.bookings_ahead(date) IS
    'Each member of staff in post on as_of whom a booking_ahead rule of the policy covers (SLO-X4 and LEE-X2: 3 months; GLO-P1 and BUR-E1 as their presets read them: 12 months): the horizon (as_of plus the rule''s time), the day of their latest planned session from as_of on (booked_until), and booked ahead when it falls in the horizon''s last month or later, else not booked ahead.';

CREATE FUNCTION @extschema@.supervisors_absent(as_of date DEFAULT current_date)
RETURNS TABLE (supervisor text, supervisor_name text, absent_from date, absent_to date, reason text,
               staff text, name text, team text, rule text, alternative_from timestamptz, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT y.supervisor, y.supervisor_name, y.starts, y.ends, y.reason, y.key, y.name, y.team,
           y.rule, y.alternative_from,
           CASE WHEN y.ends < y.starts THEN 'ends before it starts'
                WHEN y.alternative_from < y.until THEN 'alternative supervision needed'
                ELSE 'alternative supervision from' END
    FROM (SELECT a.staff AS supervisor, sv.name AS supervisor_name, a.starts, a.ends, a.reason,
                 st.key, st.name, st.team, t.until, t.time_zone,
                 CASE WHEN a.ends >= a.starts OR a.ends IS NULL THEN r.rule END AS rule,
                 -- the window runs from the supervisor's last day at work: its
                 -- end is the first instant the absence has lasted longer
                 CASE WHEN a.ends >= a.starts OR a.ends IS NULL THEN @extschema@.window_deadline(
                     t.policy, r.rule, @extschema@.local_instant((a.starts - 1)::timestamp, t.time_zone),
                     false, r.topic) END AS alternative_from
          FROM @extschema@._report_terms(supervisors_absent.as_of, NULL, NULL) AS t
          CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{alternative_supervision}') AS r
          CROSS JOIN LATERAL @extschema@._source_absences(t.time_zone, NULL) AS a
          JOIN LATERAL @extschema@._staff_in_post(t.time_zone, supervisors_absent.as_of) AS st ON st.supervisor = a.staff
          LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS sv ON sv.key = a.staff
          WHERE r.in_force @> supervisors_absent.as_of
            AND (a.ends < a.starts
                 OR (a.starts <= supervisors_absent.as_of AND (a.ends IS NULL OR a.ends >= supervisors_absent.as_of)))) AS y
    -- absent past the window's end: known to go on by then, or already has
    WHERE y.rule IS NULL
       OR (y.ends IS NULL AND y.alternative_from < y.until)
       OR @extschema@._day_end(y.ends, y.time_zone) > y.alternative_from
    ORDER BY y.starts, y.supervisor, y.key;
END;

COMMENT ON FUNCTION @extschema@.supervisors_absent(date) IS
    'LEE-X4: each supervisor absent on as_of whose absence has lasted, or is recorded to last, more than the policy''s window (2 weeks), with each of their supervisees in post: alternative_from is the first instant the absence has lasted longer (from the supervisor''s last day at work), and the finding alternative supervision needed (by the end of as_of) or alternative supervision from (a recorded absence that will); an absence that ends before it starts is flagged (ends before it starts), never dropped.';

CREATE FUNCTION @extschema@.supervision_on_return(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, absent_from date, absent_to date, reason text, returned_on date,
               rule text, due_by timestamptz, held_on date, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT y.staff, y.name, y.team, y.starts, y.ends, y.reason, y.returned_on, y.rule, y.due_by,
           @extschema@.local_day(y.held_at, y.time_zone),
           CASE WHEN y.ends < y.starts THEN 'ends before it starts'
                WHEN y.held_at < y.due_by THEN 'held'
                WHEN y.held_at IS NOT NULL THEN 'held late'
                WHEN y.due_by < y.until THEN 'overdue'
                ELSE 'due on return' END
    FROM (SELECT a.staff, st.name, st.team, a.starts, a.ends, a.reason, x.returned_on, t.time_zone, t.until,
                 CASE WHEN a.ends >= a.starts THEN r.rule END AS rule,
                 CASE WHEN a.ends >= a.starts THEN @extschema@.window_deadline(
                     t.policy, r.rule, @extschema@.local_instant(x.returned_on::timestamp, t.time_zone), false, r.topic)
                 END AS due_by,
                 (SELECT min(s.held_at) FROM @extschema@._source_supervision_sessions(t.time_zone, t.until) AS s
                  WHERE s.staff = a.staff
                    AND s.held_at >= @extschema@.local_instant(x.returned_on::timestamp, t.time_zone)) AS held_at,
                 -- a gap: supervision fell due by the absence's last day, and
                 -- none was held during it
                 (SELECT (@extschema@._supervision_due(t, st.role, @extschema@.local_day(max(s.held_at) FILTER (
                              WHERE s.held_at < @extschema@.local_instant(a.starts::timestamp, t.time_zone)), t.time_zone),
                                                       st.started,
                                                       CASE WHEN t.observations THEN (
                                                           SELECT f.observed
                                                           FROM @extschema@._first_observed(t.time_zone, t.until) AS f
                                                           WHERE f.staff = a.staff) END)).latest <= a.ends
                         AND count(*) FILTER (WHERE s.held_at >= @extschema@.local_instant(a.starts::timestamp, t.time_zone)) = 0
                  FROM @extschema@._source_supervision_sessions(t.time_zone, @extschema@._day_end(a.ends, t.time_zone)) AS s
                  WHERE s.staff = a.staff) AS gap
          FROM @extschema@._report_terms(supervision_on_return.as_of, NULL, 'personal_supervision') AS t
          CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{return_supervision}') AS r
          CROSS JOIN LATERAL @extschema@._source_absences(t.time_zone, NULL) AS a
          JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st
              ON st.key = a.staff AND (r.roles IS NULL OR st.role = ANY (r.roles))
          CROSS JOIN LATERAL (SELECT @extschema@._return_day(a.ends, t.calendar) AS returned_on) AS x
          WHERE x.returned_on <= supervision_on_return.as_of AND r.in_force @> x.returned_on) AS y
    WHERE y.rule IS NULL OR y.gap
    ORDER BY y.returned_on, y.staff;
END;

COMMENT ON FUNCTION @extschema@.supervision_on_return(date) IS
    'ISL-X1: each absence that ended with a return to work by as_of and left a gap in supervision (the member of staff''s supervision fell due by its last day, and none was held during it), where the policy sets a window for supervision on the return: the day of return (the first working day after the absence), due_by (the window''s first late instant: Islington''s preset reads "a priority" as 5 working days), the first session held since, and the finding: held, held late, due on return, or overdue; an absence that ends before it starts is flagged (ends before it starts), never dropped.';

-- The diary (issue 19)
CREATE VIEW @extschema@.sessions_to_rebook_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.sessions_to_rebook();
COMMENT ON VIEW @extschema@.sessions_to_rebook_today IS
    'sessions_to_rebook() as of today: cancelled and re-arranged sessions, whether re-booked in time (SLO-X1, LEE-X3), and bookings that cannot be judged.';

CREATE VIEW @extschema@.bookings_ahead_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.bookings_ahead();
COMMENT ON VIEW @extschema@.bookings_ahead_today IS
    'bookings_ahead() as of today: whether each member of staff''s diary holds sessions far enough ahead (SLO-X4, LEE-X2, GLO-P1, BUR-E1).';

CREATE VIEW @extschema@.supervisors_absent_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervisors_absent();
COMMENT ON VIEW @extschema@.supervisors_absent_today IS
    'supervisors_absent() as of today: supervisors absent over 2 weeks and the supervisees who need alternative supervision (LEE-X4).';

CREATE VIEW @extschema@.supervision_on_return_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervision_on_return();
COMMENT ON VIEW @extschema@.supervision_on_return_today IS
    'supervision_on_return() as of today: staff back from an absence that left a gap in supervision, and whether they were supervised in time (ISL-X1).';

CREATE VIEW @extschema@.cases_per_session_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.cases_per_session();
COMMENT ON VIEW @extschema@.cases_per_session_this_month IS
    'cases_per_session() from the first of this month to today: one-to-one sessions with too few (BUR-C5) or too many cases discussed.';

CREATE VIEW @extschema@.audits_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.audits_due();
COMMENT ON VIEW @extschema@.audits_due_today IS
    'audits_due() as of today: supervisors short of the audit of their supervision (LEE-Q1).';

CREATE VIEW @extschema@.training_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.training_due();
COMMENT ON VIEW @extschema@.training_due_today IS
    'training_due() as of today: supervisors whose supervision training is due (LEE-T1).';

CREATE VIEW @extschema@.group_supervision_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.group_supervision_due();
COMMENT ON VIEW @extschema@.group_supervision_due_today IS
    'group_supervision_due() as of today: each team''s group supervision against the policy''s cadence (GLO-G1).';

GRANT SELECT ON @extschema@.sessions_to_rebook_today, @extschema@.bookings_ahead_today,
    @extschema@.supervisors_absent_today, @extschema@.supervision_on_return_today,
    @extschema@.group_supervision_due_today, @extschema@.training_due_today, @extschema@.audits_due_today,
    @extschema@.cases_per_session_this_month TO PUBLIC;

------------------------------------------------------------------------------
-- A recording window attached by rule ID and topic (LEE-R1 has two)
------------------------------------------------------------------------------

DROP FUNCTION @extschema@.attach_recording_window(regclass, name, text, text, @extschema@.timescale,
                                                  @extschema@.timescale, text, text, name, name, name);
CREATE FUNCTION @extschema@.attach_recording_window(
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
    late_reason name DEFAULT NULL,
    topic text DEFAULT NULL)
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
        'late_reason=' || late_reason,
        'topic=' || topic], NULL);
    PERFORM @extschema@._check_attachment(tab, 'recording_window', args);
    -- the policy's window for an event now: an unknown policy or rule is refused here
    IF policy IS NOT NULL AND rule_id IS NULL THEN
        PERFORM @extschema@.recording_deadline(policy, now());
    ELSIF policy IS NOT NULL THEN
        PERFORM @extschema@.window_deadline(policy, rule_id, now(), false, topic);
    END IF;
    PERFORM @extschema@._refuse_second_attachment(tab, '@extschema@.check_recording_window()'::regprocedure,
        'a recording window', '@extschema@.detach_recording_window');
    EXECUTE format('CREATE TRIGGER supervision_recording_window BEFORE INSERT OR UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION @extschema@.check_recording_window(%s)',
                   tab, @extschema@._trigger_arguments(args));
END
$$;

COMMENT ON FUNCTION @extschema@.attach_recording_window(regclass, name, text, text, @extschema@.timescale, @extschema@.timescale, text, text, name, name, name, text) IS
    'Attaches a recording window to a table: event (timestamptz) is when the discussion (or session, or receipt) happened; the window is the policy''s (its case_record window, or rule_id, with topic where the rule has two windows: LEE-R1''s supervision_record and record_response), or within/within_significant in calendar; mode reject|require_reason (late_reason column)|flag (late column); significant selects the shorter window. Checks the columns at once.';
REVOKE ALL ON FUNCTION @extschema@.attach_recording_window(regclass, name, text, text, @extschema@.timescale, @extschema@.timescale, text, text, name, name, name, text) FROM PUBLIC;

------------------------------------------------------------------------------
-- Headings for every preset (BUR-R1, GLO-R1; Leeds names none), attached
-- by policy or by a recording rule's ID (ISL-R3)
------------------------------------------------------------------------------

DROP FUNCTION @extschema@.attach_oversight(regclass, name, name, name, text, text, name, regprocedure, name, name, text, name);
CREATE FUNCTION @extschema@.attach_oversight(
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
    signed name DEFAULT NULL,
    rule_id text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    args text[];
    others text;
BEGIN
    IF rule_id IS NOT NULL AND policy IS NULL THEN
        RAISE EXCEPTION 'rule_id % needs the policy it is a rule of', rule_id
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Give the policy as well: policy => ''islington'', rule_id => %L.', rule_id);
    END IF;
    -- the heading of the policy's recording rule for management oversight
    -- (or of the recording rule named: ISL-R3's mid-point checks)
    IF heading IS NOT NULL AND heading_text IS NULL AND policy IS NOT NULL THEN
        SELECT r.heading INTO heading_text
        FROM @extschema@.rule r
        JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
        WHERE r.policy = attach_oversight.policy AND r.kind = 'recording'
          AND CASE WHEN attach_oversight.rule_id IS NOT NULL THEN r.rule_id = attach_oversight.rule_id
                   ELSE r.topic IN ('management_oversight', 'management_decision') END
          AND r.heading IS NOT NULL AND v.in_force @> current_date
        ORDER BY r.rule_id LIMIT 1;
        IF NOT FOUND THEN
            -- say what the policy's recording rules do say
            SELECT string_agg(format('%s (%s)', r.rule_id, r.topic), ', ' ORDER BY r.rule_id) INTO others
            FROM @extschema@.rule r
            JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
            WHERE r.policy = attach_oversight.policy AND r.kind = 'recording' AND v.in_force @> current_date;
            RAISE EXCEPTION 'policy "%" in force today names no heading for %', policy,
                            coalesce('rule ' || attach_oversight.rule_id, 'management oversight')
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = CASE WHEN others IS NULL THEN 'It has no recording rule.'
                                    ELSE format('Its recording rules, none with a heading%s: %s.',
                                                CASE WHEN attach_oversight.rule_id IS NOT NULL
                                                     THEN format(' under %s', attach_oversight.rule_id) ELSE '' END,
                                                others) END,
                      HINT = 'Give the heading your case system uses: heading_text => ''Management Oversight''.';
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

COMMENT ON FUNCTION @extschema@.attach_oversight(regclass, name, name, name, text, text, name, regprocedure, name, name, text, name, text) IS
    'Attaches management oversight stamping to a table: recorded_at (timestamptz) and recorded_by (text) stamped on INSERT; optionally heading (with heading_text, or the heading of policy''s recording rule on management oversight or decisions, or of its rule_id: ISL-R3), designation (supplied, or from designation_from(text) returns text), actor_role (may set supervision.actor), purger (may delete), updates none|unsigned|any with signed. Checks the columns at once.';
REVOKE ALL ON FUNCTION @extschema@.attach_oversight(regclass, name, name, name, text, text, name, regprocedure, name, name, text, name, text) FROM PUBLIC;

------------------------------------------------------------------------------
-- Milestones count from a window leading up to them (GLO-C1, LEE-A2, BUR-E1)
------------------------------------------------------------------------------

COMMENT ON COLUMN @extschema@.rule.within IS 'Window: the time allowed after the event. Milestone cadence (with at): the days or weeks leading up to each milestone in which an occurrence meets it.';

CREATE OR REPLACE FUNCTION @extschema@.check_rule() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- the columns each kind uses; every other kind's columns stay NULL
    kind_columns constant jsonb := '{
        "cadence":   ["every", "at", "before", "within", "latest", "starts_after", "first_due"],
        "window":    ["within", "within_significant"],
        "retention": ["keep"],
        "quota":     ["at_least", "at_most", "unit", "per", "year_starts"],
        "bound":     ["at_least", "at_most", "unit"],
        "recording": ["heading", "recorded_by", "designation", "place"]}';
    row_json jsonb := to_jsonb(NEW);
    what text := format('rule %s (%s, %s) of policy "%s" version %s',
                        NEW.rule_id, NEW.kind, NEW.topic, NEW.policy, NEW.version);
    col text;
    stage @extschema@.timescale;
BEGIN
    IF NOT kind_columns ? NEW.kind THEN
        RAISE EXCEPTION 'invalid kind "%" of rule % of policy "%"', NEW.kind, NEW.rule_id, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A rule is a cadence, window, quota, bound, retention or recording.';
    END IF;
    IF NEW.rule_id !~ '^\S+$' OR NEW.topic !~ '^[a-z][a-z0-9_]*$' THEN
        RAISE EXCEPTION 'invalid rule ID "%" or topic "%" of policy "%"', NEW.rule_id, NEW.topic, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A rule ID has no spaces (SLO-P1); a topic is a lower-case word with "_" (personal_supervision).';
    END IF;
    FOR col IN
        SELECT c FROM jsonb_each(kind_columns) k, jsonb_array_elements_text(k.value) c
        WHERE k.key <> NEW.kind AND row_json -> c <> 'null'
          AND NOT (kind_columns -> NEW.kind) ? c
    LOOP
        RAISE EXCEPTION 'column % does not apply to %', col, what
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A ' || NEW.kind || ' rule uses: '
                         || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(kind_columns -> NEW.kind) x) || '.';
    END LOOP;
    IF cardinality(NEW.roles) = 0 OR array_position(NEW.roles, NULL) IS NOT NULL
       OR cardinality(NEW.categories) = 0 OR array_position(NEW.categories, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'empty roles or categories, or a NULL among them, in %', what
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'List names, or leave the column NULL for everyone.';
    END IF;

    SELECT string_agg(x, ', ') INTO col
    FROM (SELECT unnest(NEW.roles) x EXCEPT SELECT v.name FROM @extschema@.vocabulary v WHERE v.kind = 'role') u;
    IF col IS NOT NULL THEN
        RAISE EXCEPTION 'unknown role % in %', col, what
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Roles are: ' || (SELECT string_agg(v.name, ', ' ORDER BY v.name) FROM @extschema@.vocabulary v WHERE v.kind = 'role')
                         || '. A DBA adds one to supervision.vocabulary.';
    END IF;
    SELECT string_agg(x, ', ') INTO col
    FROM (SELECT unnest(NEW.categories) x EXCEPT SELECT v.name FROM @extschema@.vocabulary v WHERE v.kind = 'category') u;
    IF col IS NOT NULL THEN
        RAISE EXCEPTION 'unknown case category % in %', col, what
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Case categories are: ' || (SELECT string_agg(v.name, ', ' ORDER BY v.name) FROM @extschema@.vocabulary v WHERE v.kind = 'category')
                         || '. A DBA adds one to supervision.vocabulary.';
    END IF;

    IF NEW.kind = 'cadence' THEN
        IF (NEW.every IS NULL) = (NEW.at IS NULL) THEN
            RAISE EXCEPTION '% needs a schedule (every) or milestones (at), not both', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'every => ''monthly'' for a recurring cadence; at => ''{3 months,6 months}'' for milestones from the start date.';
        END IF;
        IF NEW.at IS NOT NULL AND (cardinality(NEW.at) = 0 OR array_position(NEW.at, NULL) IS NOT NULL
           OR EXISTS (SELECT FROM unnest(NEW.at) WITH ORDINALITY a(t, i)
                      JOIN unnest(NEW.at) WITH ORDINALITY b(t, i) ON b.i = a.i + 1
                      WHERE NOT b.t OPERATOR(@extschema@.>) a.t)) THEN
            RAISE EXCEPTION 'milestones % of % are not in increasing order', NEW.at, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'List them from the first: ''{3 months,6 months,9 months}''.';
        END IF;
        IF NEW.before IS NOT NULL AND (NEW.at IS NULL OR NEW.before::text !~ '^\d+ (day|week)s?$') THEN
            RAISE EXCEPTION 'before % of % is not a number of days or weeks ahead of milestones', NEW.before, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give before only with at, in days or weeks: before => ''6 weeks''.';
        END IF;
        -- on a milestone cadence, within is the window leading up to each
        -- milestone in which an occurrence meets it (GLO-C1, LEE-A2, BUR-E1)
        IF NEW.within IS NOT NULL AND (NEW.at IS NULL OR NEW.within::text !~ '^\d+ (day|week)s?$'
                                       OR NEW.within_significant IS NOT NULL) THEN
            RAISE EXCEPTION 'within % of % is not a number of days or weeks leading up to milestones', NEW.within, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give within on a cadence only with at, in days or weeks: within => ''4 weeks'' (an occurrence in the 4 weeks up to a milestone meets it).';
        END IF;
        IF NEW.latest IS NOT NULL AND (NEW.every IS NULL OR EXISTS (
                SELECT FROM unnest(@extschema@.stages(NEW.every)) s
                WHERE NEW.latest OPERATOR(@extschema@.<) s)) THEN
            RAISE EXCEPTION 'the hard limit % of % is shorter than its target %', NEW.latest, what, NEW.every
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'latest is the most ever allowed after the last occurrence, at least as long as every stage of every.';
        END IF;
        IF (NEW.starts_after IS NULL) <> (NEW.first_due IS NULL)
           OR NEW.first_due NOT IN ('on_start', 'one_cadence_after')
           OR (NEW.starts_after IS NOT NULL AND NEW.every IS NULL) THEN
            RAISE EXCEPTION 'starts_after and first_due of % go together', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'With every and starts_after => ''12 weeks'', set first_due => ''on_start'' or ''one_cadence_after''; else leave both NULL.';
        END IF;
    ELSIF NEW.kind = 'window' THEN
        IF NEW.within IS NULL OR NEW.within_significant OPERATOR(@extschema@.>) NEW.within THEN
            RAISE EXCEPTION '% needs within, and a within_significant no longer than it', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'within => ''5 working days'', within_significant => ''24 hours''.';
        END IF;
    ELSIF NEW.kind = 'retention' THEN
        IF NEW.keep IS NULL THEN
            RAISE EXCEPTION '% needs keep', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'keep => ''6 years'': how long after leaving the file is kept.';
        END IF;
    ELSIF NEW.kind IN ('quota', 'bound') THEN
        IF (NEW.at_least IS NULL AND NEW.at_most IS NULL) OR NEW.at_least > NEW.at_most
           OR NEW.at_least < 0 OR NEW.unit IS NULL
           OR (NEW.kind = 'quota' AND NEW.at_least IS NULL)
           OR NEW.year_starts NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION '% needs a unit and at_least <= at_most%', what,
                    CASE WHEN NEW.kind = 'quota' THEN ', with at_least' ELSE '' END
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = CASE WHEN NEW.kind = 'quota'
                                  THEN 'at_least => 2, unit => ''occurrences'', per => ''12 months'', year_starts => 4 (1 April).'
                                  ELSE 'at_least => 90, at_most => 120, unit => ''minutes''.' END;
        END IF;
    ELSIF NEW.kind = 'recording' THEN
        IF NEW.heading IS NULL AND NEW.recorded_by IS NULL AND NEW.place IS NULL THEN
            RAISE EXCEPTION '% says nothing about the entry', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give a heading, recorded_by or place.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

ALTER TABLE @extschema@.rule DISABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.policy DISABLE TRIGGER protect_presets;
DELETE FROM @extschema@.rule WHERE (policy, rule_id, kind, topic) IN (
    ('gloucestershire', 'GLO-C1', 'cadence', 'case_discussion'), ('leeds', 'LEE-A2', 'cadence', 'asye_review'),
    ('bury', 'BUR-E1', 'cadence', 'development_plan'), ('leeds', 'LEE-R3', 'recording', 'case_supervision_record'),
    ('bury', 'BUR-C3', 'cadence', 'case_discussion'), ('bury', 'BUR-C4', 'cadence', 'case_discussion'),
    ('leeds', 'LEE-Q1', 'quota', 'observation'), ('bury', 'BUR-X2', 'bound', 'cases_per_session'));
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, at, before, within, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-C1', 'cadence', 'case_discussion',
 '{cp}',
 '{9 months}', '6 weeks', '4 weeks',
 'The discussion "six weeks before the Review Child Protection Conference" is the one that prepares it: a discussion in the 4 weeks up to plan start + 9 months - 6 weeks (a monthly supervision falls in any such 4 weeks) meets it; one before that window does not, and the date stays due.',
 '§5.3 CP Chairs & children on lengthy plans',
 'Every child approaching 9 months subject to a Child Protection plan is discussed in supervision six weeks before the Review Child Protection Conference at month 9: due by plan start + 9 months - 6 weeks.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-A2', 'cadence', 'asye_review',
  '{asye}',
  '{3 months,6 months,9 months,11 months}', '2 weeks',
  '"Regular reviews - 3, 6 and 9 with the final review 11 months post starting": milestones in months from the start of the ASYE, each due on the day, not moved off weekends or bank holidays; a review in the 2 weeks up to a milestone (or after it) is that milestone''s review, so the next one falls due.',
  '§4.6 Newly qualified social workers (NQSWS)',
  'ASYE reviews at 3, 6 and 9 months, and the final review at 11 months after the start of the ASYE programme.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at, within, interpretation, source, description) VALUES
('bury', 1, 'BUR-E1', 'cadence', 'development_plan', '{6 months}', '4 weeks',
 'The review of the Personal Development Plan "six months from the date of employee review": a review in the 4 weeks up to that date (or after it) meets it.',
 '§Reviewing Personal Development (p. 8)',
 '"A review date (six months from the date of employee review)": the six-monthly review of the Personal Development Plan, a milestone 6 months after the employee review (the start date).');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, recorded_by, place, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-R3', 'recording', 'case_supervision_record',
  'supervisor', 'child_record',
  'Leeds names no heading for case supervision or management oversight on the child''s record: attaching its oversight stamping by policy is refused, and the council gives the heading its case system uses.',
  '§4.13 Record Keeping',
  'Case supervision (case reflection, planning, decisions, management oversight) is recorded by the supervisor only on the child''s individual record; no child''s information goes into records of personal supervision.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, place, interpretation, source, description) VALUES
('bury', 1, 'BUR-R1', 'recording', 'management_oversight', 'Management Oversight', 'supervisor', 'child_record',
 'Decisions after ad-hoc supervision are recorded "using the management oversight option on case notes": the heading Management Oversight, on the child''s LCS record, by the supervisor ("the supervisor will normally record"). The catalogue gives this sentence no ID: it is kept under BUR-R1, whose section (Recording of Supervision) names the same option.',
 '§Ad-hoc Supervision and Consultation (p. 4); §Recording of Supervision (p. 5)',
 'Any decisions made following an ad-hoc supervision or consultation are recorded on the service user''s electronic file using the management oversight option on case notes.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, place, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-R1', 'recording', 'management_oversight', 'Management Oversight', 'supervisor', 'child_record',
 '"Management oversight and decisions need to be recorded by the supervisor", "on Liquid Logic as a case note": the heading Management Oversight, on the child''s record, by the supervisor. The catalogue gives this sentence no ID: it is kept under GLO-R1, the rule of the same section on when the note is due.',
 '§6 Recording',
 'Management oversight and decisions are recorded by the supervisor on the child''s record, as a case note on Liquid Logic.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, source, description) VALUES
('bury', 1, 'BUR-C3', 'cadence', 'case_discussion', '{disability}', '6 months',
 '§Supervision Definition (p. 4)',
 '"some cases held within the Children''s Disability service ... may require supervision at 6 monthly intervals": every 6 months. The case review section makes the same exception to its 3-month target ("with the exception of some Children''s Disability service cases where the supervisory period may be less frequent"), so BUR-C4 does not cover disability cases and BUR-C3 is the rule reported for them; its 6 months is BUR-C4''s "should not exceed 6 months".');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, per, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-Q1', 'quota', 'observation',
  1, 'occurrences', '12 months',
  '"Used annually" = at least once in any 12 months (a rolling year; the text names no year start, so no year_starts), a recommended minimum. This row is the observation of supervision; the audit of supervision is counted on its own (topic audit).',
  '§4.19 Quality Assurance of personal supervision',
  'Each supervisor is observed in supervision by their line manager (Observation of Supervision), and their supervision file audited (Audit of Supervision), at least once a year.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, per, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-Q1', 'quota', 'audit',
  1, 'occurrences', '12 months',
  'The Audit of Supervision, counted on its own (audits_due, the supervision_audits source), at the frequency of the observation: at least once in any 12 months per supervisor (no roles named: those who supervise).',
  '§4.19 Quality Assurance of personal supervision',
  'Each supervisor''s supervision file is audited (Audit of Supervision) at least once a year.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, interpretation, source, description) VALUES
('bury', 1, 'BUR-X2', 'bound', 'cases_per_reflective_session', 2, 3, 'cases',
 'On the senior managers'' reflective session (topic cases_per_reflective_session), not on a one-to-one: BUR-C5''s bound on cases_per_session is the one-to-one''s. No source holds these sessions yet, so nothing reads it.',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"Each session can accommodate 2 - 3 cases": a senior managers'' reflective session takes 2 to 3 cases.');
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, latest, interpretation, source, description) VALUES
('bury', 1, 'BUR-C4', 'cadence', 'case_discussion', '{cin,cp,cla,care_leaver,early_help,settled,advice_assessment}',
 '3 months', '6 months',
 'two dates kept: target 3 months, hard limit 6 months after the last review; overdue means past the limit. Every category but disability: the text excepts "some Children''s Disability service cases where the supervisory period may be less frequent", which BUR-C3 (every 6 months, within the same 6-month limit) covers. A category a council adds to the vocabulary is covered once added to this list.',
 '§Recording of Supervision (p. 5): Case review',
 'Every case has a case review, a discussion between manager and supervisee "at 3 monthly intervals in most cases" (target 3 months), and "The review timescale for any case should not exceed 6 months" (latest 6 months).');
UPDATE @extschema@.policy SET description = replace(description,
    'disability -> BUR-C4, target 3 months, latest 6 months (BUR-C3''s 6 months ties with BUR-C4''s limit and BUR-C4''s target is earlier, so the 3-month target applies to disability cases although the text lets "some" of them be reviewed less often; the 6-month limit is the text''s); ',
    'disability -> BUR-C3, target = latest = 6 months (the case review''s 3-month target excepts "some Children''s Disability service cases", read as every case of category disability, and its 6-month limit is BUR-C3''s 6 months); ')
WHERE name = 'bury';
UPDATE @extschema@.policy SET description = replace(description,
    'Once that date has passed (a discussion on or after it), nothing further is due from GLO-C1: the policy names no later milestone. ',
    'A discussion in the 4 weeks up to that date, or after it, meets it, and then nothing further is due from GLO-C1: the policy names no later milestone. ')
WHERE name = 'gloucestershire';
ALTER TABLE @extschema@.policy ENABLE TRIGGER protect_presets;
ALTER TABLE @extschema@.rule ENABLE TRIGGER protect_presets;

------------------------------------------------------------------------------
-- Roles change: once a role's staged schedules end, the rules of the role
-- the worker then holds apply (an ASYE becomes a social worker)
------------------------------------------------------------------------------

ALTER TABLE @extschema@.vocabulary ADD COLUMN becomes text CHECK (becomes IS NULL OR kind = 'role');
COMMENT ON COLUMN @extschema@.vocabulary.becomes IS
    'For a role: the role a worker holds once the staged schedules of this one end (asye: social_worker), whose rules then apply; NULL when none.';
ALTER TABLE @extschema@.vocabulary DISABLE TRIGGER protect_presets;
-- an ASYE is a social worker once the assessed year ends
UPDATE @extschema@.vocabulary SET becomes = 'social_worker' WHERE kind = 'role' AND name = 'asye';
ALTER TABLE @extschema@.vocabulary ENABLE TRIGGER protect_presets;

------------------------------------------------------------------------------
-- Confidentiality: the guard on personal supervision records (issue 20)
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- Confidentiality: children's names and identifiers stay out of personal
-- supervision records (SLO-R3, LEE-R3; 003, 004)
--
-- A DBA attaches guard_confidentiality() to the table of personal
-- supervision records: an entry whose text names a case of the registered
-- cases source, by its reference or the child's identifier, is refused
-- (SV401) or flagged.  extension/confidentiality.c keeps the identifiers
-- per backend, read again when the cases relation changes.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.guard_confidentiality() RETURNS trigger
AS 'MODULE_PATHNAME', 'guard_confidentiality'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.guard_confidentiality() IS
    'Trigger: refuses (SV401) or flags an entry of a personal supervision record whose text names a case of the registered cases source, by its reference or the child''s identifier (whole words, any case; digits alone only from 6 digits). Attach it with attach_confidentiality().';

CREATE FUNCTION @extschema@._case_identifiers_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'case_identifiers_changed'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@._case_identifiers_changed() IS
    'Trigger on the cases relation, for each statement: every backend reads the cases'' identifiers again before its next check (attached by attach_confidentiality()).';

CREATE FUNCTION @extschema@.attach_confidentiality(
    tab regclass,
    columns name[],
    mode text DEFAULT 'reject',
    flag name DEFAULT NULL,
    identifiers text[] DEFAULT '{key,child}')
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    col name;
    typ regtype;
    cases regclass;
BEGIN
    IF tab IS NULL THEN
        RAISE EXCEPTION 'attach_confidentiality needs a table'
            USING ERRCODE = 'null_value_not_allowed', HINT = 'Name the table of personal supervision records.';
    END IF;
    IF columns IS NULL OR cardinality(columns) = 0 THEN
        RAISE EXCEPTION 'attach_confidentiality needs the columns to check'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'columns => ''{notes}''.';
    END IF;
    FOREACH col IN ARRAY columns LOOP
        SELECT a.atttypid::regtype INTO typ FROM pg_attribute a
        WHERE a.attrelid = tab AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'column "%" of relation % does not exist', col, tab
                USING ERRCODE = 'undefined_column', HINT = 'Name a column of the table that holds the entry''s text.';
        ELSIF typ NOT IN ('text'::regtype, 'character varying'::regtype) THEN
            RAISE EXCEPTION 'column "%" of relation % is of type %, not text', col, tab, typ
                USING ERRCODE = 'datatype_mismatch', HINT = 'The guard reads text or varchar columns.';
        END IF;
    END LOOP;
    IF mode IS NULL OR mode NOT IN ('reject', 'flag') THEN
        RAISE EXCEPTION 'mode must be reject or flag, not %', coalesce(mode, 'NULL')
            USING ERRCODE = 'invalid_parameter_value', HINT = 'mode => ''flag'' with flag => a boolean column.';
    END IF;
    IF (mode = 'flag') <> (flag IS NOT NULL) THEN
        RAISE EXCEPTION 'a flag column goes with mode flag, and only with it'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'mode => ''flag'', flag => ''<boolean column>''.';
    END IF;
    IF flag IS NOT NULL AND NOT EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = tab AND a.attname = flag
                                        AND a.attnum > 0 AND NOT a.attisdropped AND a.atttypid = 'boolean'::regtype) THEN
        RAISE EXCEPTION 'column "%" of relation % is not a boolean column', flag, tab
            USING ERRCODE = 'datatype_mismatch', HINT = 'Name a boolean column for the flag.';
    END IF;
    IF identifiers IS NULL OR cardinality(identifiers) = 0
       OR EXISTS (SELECT FROM unnest(identifiers) AS i WHERE i IS NULL OR i NOT IN ('key', 'child')) THEN
        RAISE EXCEPTION 'identifiers must be key, child or both, not %', coalesce(identifiers::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'key is the case''s reference, child the child''s identifier (the cases source''s fields).';
    END IF;
    SELECT s.relation INTO cases FROM @extschema@.source s WHERE s.kind = 'cases';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no cases source is registered'
            USING ERRCODE = 'SV301',
                  HINT = 'The guard reads the children''s cases from it: SELECT supervision.register_source(''cases'', ...).';
    END IF;
    PERFORM @extschema@._refuse_second_attachment(tab, '@extschema@.guard_confidentiality()'::regprocedure,
        'a confidentiality guard', '@extschema@.detach_confidentiality');
    EXECUTE format('CREATE TRIGGER supervision_confidentiality BEFORE INSERT OR UPDATE ON %s '
                   'FOR EACH ROW EXECUTE FUNCTION @extschema@.guard_confidentiality(%s)',
                   tab, @extschema@._trigger_arguments(ARRAY[
                       'columns=' || array_to_string(columns, ','), 'mode=' || mode, 'flag=' || flag,
                       'identifiers=' || array_to_string(identifiers, ',')]::text[]));
    -- a new case is named from the next statement on, in every backend
    IF EXISTS (SELECT FROM pg_class c WHERE c.oid = cases AND c.relkind IN ('r', 'p'))
       AND NOT EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = cases
                       AND t.tgfoid = '@extschema@._case_identifiers_changed()'::regprocedure) THEN
        EXECUTE format('CREATE TRIGGER supervision_case_identifiers AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s '
                       'FOR EACH STATEMENT EXECUTE FUNCTION @extschema@._case_identifiers_changed()', cases);
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.attach_confidentiality(regclass, name[], text, name, text[]) IS
    'Attaches the confidentiality guard to a table of personal supervision records: the text columns checked, mode reject (SV401) or flag (a boolean column set true or false), and which identifiers of the cases source are looked for (key: the case''s reference; child: the child''s identifier). Where the cases source is a table, a statement trigger on it keeps every backend''s identifiers current.';

CREATE FUNCTION @extschema@.detach_confidentiality(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._drop_attachment(tab, '@extschema@.guard_confidentiality()'::regprocedure,
                                        'confidentiality guard') $$;

COMMENT ON FUNCTION @extschema@.detach_confidentiality(regclass) IS
    'Detaches the confidentiality guard from a table (the statement trigger on the cases relation stays, and costs one invalidation a statement).';

REVOKE ALL ON FUNCTION @extschema@.guard_confidentiality() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._case_identifiers_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.attach_confidentiality(regclass, name[], text, name, text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.detach_confidentiality(regclass) FROM PUBLIC;

-- (the trigger functions found by name, so that those of later concept
-- files, guard_confidentiality, are listed too)
CREATE OR REPLACE VIEW @extschema@.attachment AS
SELECT t.tgrelid::regclass AS "table",
       t.tgname AS "trigger",
       CASE p.proname WHEN 'stamp_oversight' THEN 'oversight' WHEN 'check_recording_window' THEN 'recording_window'
                      ELSE 'confidentiality' END AS kind,
       t.tgenabled OPERATOR(pg_catalog.<>) 'D' AS enabled,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_proc p ON p.oid OPERATOR(pg_catalog.=) t.tgfoid
WHERE p.pronamespace OPERATOR(pg_catalog.=) '@extschema@'::regnamespace
  AND p.proname OPERATOR(pg_catalog.=) ANY (ARRAY['stamp_oversight', 'check_recording_window', 'guard_confidentiality']::name[]);

COMMENT ON VIEW @extschema@.attachment IS
    'The tables with the extension''s triggers attached: table, trigger, kind (oversight, recording_window or confidentiality), whether enabled, and its definition with the attachment''s arguments.';
