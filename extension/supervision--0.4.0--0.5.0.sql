/* supervision--0.4.0--0.5.0.sql: hardening.  The SQL functions kept
 * without a search_path (so that the planner inlines them into the
 * reports) name pg_catalog's operators, so that an operator planted in a
 * schema on the caller's search_path cannot stand in for them. */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION supervision UPDATE TO '0.5.0'" to load this file. \quit

CREATE OR REPLACE FUNCTION @extschema@.not_before(day date, since date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN day OPERATOR(pg_catalog.<) since THEN since ELSE day END $$;

CREATE OR REPLACE FUNCTION @extschema@.due_status(rule text, target date, latest date, as_of date, soon date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN rule IS NULL THEN 'no rule'
        WHEN latest IS NULL THEN 'nothing due'
        WHEN as_of OPERATOR(pg_catalog.>) latest THEN 'overdue'
        WHEN as_of OPERATOR(pg_catalog.>) target THEN 'past target'
        WHEN target OPERATOR(pg_catalog.<=) soon THEN 'due soon'
        ELSE 'on track' END
$$;

CREATE OR REPLACE FUNCTION @extschema@.late_from(policy text, event timestamptz, significant boolean,
                                                 windows datemultirange, time_zone text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN windows OPERATOR(pg_catalog.@>) (event AT TIME ZONE time_zone)::date
                THEN @extschema@.recording_deadline(policy, event, coalesce(significant, false)) END
$$;

-- check_attachment() refuses a NULL table itself (22004), where it used to
-- be skipped and the attach functions failed on the CREATE TRIGGER they built
ALTER FUNCTION @extschema@.check_attachment(regclass, text, text[]) CALLED ON NULL INPUT;

-- "table ... has no recording window attached"
CREATE OR REPLACE FUNCTION @extschema@.detach_recording_window(tab regclass) RETURNS void
LANGUAGE sql
SET search_path = pg_catalog, pg_temp
AS $$ SELECT @extschema@.drop_attachment(tab, '@extschema@.check_recording_window()'::regprocedure,
                                        'recording window') $$;

-- A policy without a calendar is refused by NOT NULL (23502), not reported
-- as a calendar "<NULL>" that does not exist
CREATE OR REPLACE FUNCTION @extschema@.check_policy() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.name !~ '^[a-z0-9][a-z0-9_-]*$' OR length(NEW.name) > 63 THEN
        RAISE EXCEPTION 'invalid policy name "%"', NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use lower-case letters, digits, "-" and "_", starting with a letter or digit, at most 63 characters.';
    END IF;
    IF NEW.calendar IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.calendar c WHERE c.name = NEW.calendar) THEN
        RAISE EXCEPTION 'calendar "%" of policy "%" does not exist', NEW.calendar, NEW.name
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Calendars are: ' || (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM @extschema@.calendar c)
                         || '. A DBA defines one by inserting into supervision.calendar.';
    END IF;
    RETURN NEW;
END
$$;

-- A version in force from -infinity has no first day either
CREATE OR REPLACE FUNCTION @extschema@.check_policy_version() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    IF NEW.version < 1 THEN
        RAISE EXCEPTION 'invalid version % of policy "%"', NEW.version, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Number versions from 1.';
    END IF;
    IF isempty(NEW.in_force) OR lower_inf(NEW.in_force) OR lower(NEW.in_force) = '-infinity' THEN
        RAISE EXCEPTION 'version % of policy "%" has no first day in force', NEW.version, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'in_force is ' || NEW.in_force::text || '.',
                  HINT = 'Give the day it came into force: ''[2024-04-01,)''.';
    END IF;
    -- one version at a time per policy: concurrent writers queue on the policy row
    PERFORM FROM @extschema@.policy p WHERE p.name = NEW.policy FOR NO KEY UPDATE;
    SELECT v.version, v.in_force INTO other
    FROM @extschema@.policy_version v
    WHERE v.policy = NEW.policy AND v.in_force && NEW.in_force
      AND (TG_OP = 'INSERT' OR (v.policy, v.version) <> (OLD.policy, OLD.version))
    ORDER BY lower(v.in_force) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'version % of policy "%" overlaps version %', NEW.version, NEW.policy, other.version
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = 'Version ' || NEW.version || ' is in force ' || NEW.in_force::text
                           || ', version ' || other.version || ' ' || other.in_force::text || '.',
                  HINT = 'End the earlier version the day the new one starts: UPDATE supervision.policy_version SET in_force = daterange(lower(in_force), ''<first day of the new version>'') WHERE ...';
    END IF;
    RETURN NEW;
END
$$;

-- A quota or bound of NaN passed the rule trigger's checks (NaN < 0 is false)
ALTER TABLE @extschema@.rule
    ADD CONSTRAINT rule_bounds_are_numbers CHECK (at_least <> 'NaN' AND at_most <> 'NaN');

-- The comments of what this script replaced, restated where it changed
COMMENT ON FUNCTION @extschema@.not_before(date, date) IS
    'The day, or since when the day is earlier (NULL stays NULL): the reports read an occurrence or start before a policy''s first version as on its first day in force. Names pg_catalog''s operators, so that it inlines safely.';
COMMENT ON FUNCTION @extschema@.due_status(text, date, date, date, date) IS
    'Where a due date (a rule''s target and latest) stands on as_of: no rule, nothing due, overdue (past the latest date), past target (but not the latest), due soon (the target by soon, the end of the horizon), or on track. Names pg_catalog''s operators, so that it inlines safely.';
COMMENT ON FUNCTION @extschema@.late_from(text, timestamptz, boolean, datemultirange, text) IS
    'The first late instant for the record of a discussion held at event, where a version with a recording window was in force that day (else NULL): used by the reports. Names pg_catalog''s operators, so that it inlines safely.';
COMMENT ON FUNCTION @extschema@.check_attachment(regclass, text, text[]) IS
    'Checks the arguments of a trigger to attach (kind oversight or recording_window) against the table, as the trigger will read them: used by attach_oversight() and attach_recording_window(). Refuses a NULL table (22004) and an unknown kind (22023).';
COMMENT ON FUNCTION @extschema@.detach_recording_window(regclass) IS
    'Detaches the recording window from a table (drops its trigger).';
COMMENT ON FUNCTION @extschema@.check_policy() IS
    'Trigger on supervision.policy: checks the name and that the calendar exists (a NULL calendar is left to NOT NULL).';
COMMENT ON FUNCTION @extschema@.check_policy_version() IS
    'Trigger on supervision.policy_version: a version has a first day in force (not -infinity), and the versions of a policy never overlap.';
COMMENT ON CONSTRAINT rule_bounds_are_numbers ON @extschema@.rule IS
    'A quota''s or bound''s at_least and at_most are numbers, not NaN (which passes every comparison check).';
