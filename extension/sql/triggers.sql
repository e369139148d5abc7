
------------------------------------------------------------------------------
-- Stamping: management oversight (SLO-R2, ISL-R2)
--
-- attach_oversight() creates two triggers on the council's table, both
-- calling stamp_oversight() with the attachment as "key=value" arguments:
-- supervision_oversight (BEFORE INSERT OR UPDATE OR DELETE, each row) and
-- supervision_oversight_truncate (BEFORE TRUNCATE).  The triggers are the
-- configuration: pg_dump keeps them with the table.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.stamp_oversight() RETURNS trigger
AS 'MODULE_PATHNAME', 'stamp_oversight'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.stamp_oversight() IS
    'Trigger: stamps a management oversight entry on INSERT (recorded at the server''s clock, by the session user or the trusted supervision.actor, heading, designation), refuses a change to the stamp, and DELETE or TRUNCATE except to the purging role. Attach it with attach_oversight().';

CREATE FUNCTION @extschema@.check_recording_window() RETURNS trigger
AS 'MODULE_PATHNAME', 'check_recording_window'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.check_recording_window() IS
    'Trigger: judges on INSERT whether a record follows its event within the window (of a policy, or given), and refuses it, asks a late reason, or flags it late; the columns it judged from cannot change. Attach it with attach_recording_window().';

CREATE FUNCTION @extschema@._check_attachment(tab regclass, kind text, args text[]) RETURNS void
AS 'MODULE_PATHNAME', 'check_attachment'
LANGUAGE C STABLE;
COMMENT ON FUNCTION @extschema@._check_attachment(regclass, text, text[]) IS
    'Checks the arguments of a trigger to attach (kind oversight or recording_window) against the table, as the trigger will read them: used by attach_oversight() and attach_recording_window(). Refuses a NULL table (22004) and an unknown kind (22023).';

-- The arguments of a trigger, quoted for CREATE TRIGGER
CREATE FUNCTION @extschema@._trigger_arguments(args text[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT string_agg(quote_literal(a), ', ' ORDER BY n) FROM unnest(args) WITH ORDINALITY AS u(a, n) $$;

COMMENT ON FUNCTION @extschema@._trigger_arguments(text[]) IS
    'The arguments of a trigger, each quoted as a string literal, for CREATE TRIGGER: used by the attach functions.';

-- Refuse a second attachment of the same trigger function to a table
CREATE FUNCTION @extschema@._refuse_second_attachment(tab regclass, fn regprocedure, what text, detach text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    existing name;
BEGIN
    SELECT t.tgname INTO existing FROM pg_trigger t
    WHERE t.tgrelid = tab AND t.tgfoid = fn AND t.tgparentid = 0 LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'table % already has % attached', tab, what
            USING ERRCODE = 'duplicate_object',
                  DETAIL = format('Trigger %I calls %s.', existing, fn),
                  HINT = format('To attach it differently, call %s(%L) first.', detach, tab::text);
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@._refuse_second_attachment(regclass, regprocedure, text, text) IS
    'Refuses to attach a trigger function to a table that has it already (attaching twice never makes two triggers): used by the attach functions.';

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

-- Drop the triggers of one trigger function on a table, or say there are none
CREATE FUNCTION @extschema@._drop_attachment(tab regclass, fn regprocedure, what text)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    t name;
    dropped integer := 0;
BEGIN
    FOR t IN SELECT tgname FROM pg_trigger WHERE tgrelid = tab AND tgfoid = fn AND tgparentid = 0 LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', t, tab);
        dropped := dropped + 1;
    END LOOP;
    IF dropped = 0 THEN
        RAISE EXCEPTION 'table % has no % attached', tab, what
            USING ERRCODE = 'undefined_object',
                  HINT = 'The view supervision.attachment lists the tables with triggers attached.';
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@._drop_attachment(regclass, regprocedure, text) IS
    'Drops the triggers of one of the extension''s trigger functions from a table: used by the detach functions.';

CREATE FUNCTION @extschema@.detach_oversight(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._drop_attachment(tab, '@extschema@.stamp_oversight()'::regprocedure,
                                        'management oversight stamping') $$;

COMMENT ON FUNCTION @extschema@.detach_oversight(regclass) IS
    'Detaches management oversight stamping from a table (drops its triggers); the stamps already written stay.';

CREATE FUNCTION @extschema@.detach_recording_window(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@._drop_attachment(tab, '@extschema@.check_recording_window()'::regprocedure,
                                        'recording window') $$;
COMMENT ON FUNCTION @extschema@.detach_recording_window(regclass) IS
    'Detaches the recording window from a table (drops its trigger).';

-- (the trigger functions found by name, so that those of later concept
-- files, guard_confidentiality, are listed too)
CREATE VIEW @extschema@.attachment AS
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

-- Attaching is the DBA's: they grant these to whoever attaches triggers.
REVOKE ALL ON FUNCTION @extschema@.stamp_oversight() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.check_recording_window() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._check_attachment(regclass, text, text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._trigger_arguments(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._refuse_second_attachment(regclass, regprocedure, text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@._drop_attachment(regclass, regprocedure, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.attach_oversight(regclass, name, name, name, text, text, name, regprocedure, name, name, text, name, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.attach_recording_window(regclass, name, text, text, @extschema@.timescale, @extschema@.timescale, text, text, name, name, name, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.detach_oversight(regclass) FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.detach_recording_window(regclass) FROM PUBLIC;
GRANT SELECT ON @extschema@.attachment TO PUBLIC;
