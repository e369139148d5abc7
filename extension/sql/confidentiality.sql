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
