
------------------------------------------------------------------------------
-- The presets are read-only; a council copies one to change it
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.protect_presets() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    preset text;
BEGIN
    IF TG_TABLE_NAME = 'vocabulary' THEN
        IF (TG_OP <> 'INSERT' AND OLD.builtin) OR (TG_OP <> 'DELETE' AND NEW.builtin) THEN
            RAISE EXCEPTION 'the shipped name % "%" cannot be changed or added', coalesce(OLD.kind, NEW.kind), coalesce(OLD.name, NEW.name)
                USING ERRCODE = 'SV001',
                      HINT = 'Add a name of your own with builtin false.';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    ELSIF TG_TABLE_NAME = 'policy' THEN
        IF TG_OP <> 'INSERT' AND OLD.builtin THEN
            preset := OLD.name;
        ELSIF TG_OP <> 'DELETE' AND NEW.builtin THEN
            RAISE EXCEPTION 'policy "%" cannot be made a preset', NEW.name
                USING ERRCODE = 'SV001',
                      HINT = 'Presets ship with the extension; leave builtin false.';
        END IF;
    ELSE
        SELECT p.name INTO preset FROM @extschema@.policy p
        WHERE p.builtin AND p.name IN (OLD.policy, NEW.policy);
    END IF;
    IF preset IS NOT NULL THEN
        RAISE EXCEPTION 'preset policy "%" cannot be changed', preset
            USING ERRCODE = 'SV001',
                  HINT = 'Copy it and change the copy: SELECT supervision.copy_policy(''' || preset || ''', ''my_policy'');';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

COMMENT ON FUNCTION @extschema@.protect_presets() IS
    'Trigger on the policy tables and the vocabulary: refuses changes to the shipped presets and names.';

CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.policy
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.policy_version
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.rule
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.vocabulary
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();

REVOKE ALL ON FUNCTION @extschema@.protect_presets() FROM PUBLIC;
