
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

-- What other sources change in how a kind is read: the staff source with
-- the role held on the report's day (role_changes: each day judged by the
-- role held that day, and a staged schedule placed from the first day in
-- it), the cases source with a settled case's category only once agreed
-- with a rationale (settlements, BUR-C2).  The other source is read through
-- its own function, so altering its relation needs no rewrite here.
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
    'The rows of the registered staff source, each field under its own name (key, name, role, team, supervisor, started, left_on, part_time, kind); where a role_changes source is registered, role and started are those of the latest change before until: written by register_source(), inlined into the reports.';
COMMENT ON FUNCTION @extschema@._source_cases(text, timestamptz) IS
    'The rows of the registered cases source (key, child, category, worker, opened, closed, kind); where a settlements source is registered, a settled case not agreed with a rationale before until has the category it is judged by (vocabulary.until_agreed): written by register_source(), inlined into the reports.';
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
COMMENT ON FUNCTION @extschema@._source_role_changes(text, timestamptz) IS
    'The rows of the registered role_changes source that count (staff, role, starts, kind): written by register_source(), read by the staff source function.';
COMMENT ON FUNCTION @extschema@._source_settlements(text, timestamptz) IS
    'The rows of the registered settlements source that count, agreed before until (case_key, agreed_at, rationale, kind): written by register_source(), read by the cases source function (BUR-C2).';
COMMENT ON FUNCTION @extschema@._source_reflective_cases(text, timestamptz) IS
    'The rows of the registered reflective_cases source that count, held before until (case_key, held_at, kind): written by register_source(), inlined into cases_per_reflective_session() (BUR-X2).';
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
REVOKE ALL ON FUNCTION @extschema@._source_judged(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._source_body(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._write_source_function(text) FROM PUBLIC;
