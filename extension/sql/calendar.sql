
------------------------------------------------------------------------------
-- Calendar
--
-- Working-day calendars: the three built-in UK calendars, whose bank
-- holidays the C code knows (extension/bank_holidays.c), and a council's
-- own, kept in these two tables.  The tables are configuration: pg_dump
-- keeps the council's rows, not the shipped ones.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.calendar (
    name         text PRIMARY KEY,
    based_on     text,
    weekend_days smallint[] NOT NULL DEFAULT '{6,7}',
    time_zone    text NOT NULL DEFAULT 'Europe/London',
    description  text,
    builtin      boolean NOT NULL DEFAULT false
);

COMMENT ON TABLE @extschema@.calendar IS
    'Working-day calendars: the three built-in ones (builtin = true, read-only) and a council''s own, which a DBA inserts here.';
COMMENT ON COLUMN @extschema@.calendar.name IS
    'The calendar''s name, as functions take it: lower-case letters, digits, "-" and "_", at most 63 characters.';
COMMENT ON COLUMN @extschema@.calendar.based_on IS
    'The built-in calendar whose bank holidays (and closure days) apply: england-and-wales, scotland or northern-ireland; NULL for none.';
COMMENT ON COLUMN @extschema@.calendar.weekend_days IS
    'ISO weekdays never worked (1 = Monday .. 7 = Sunday); ''{}'' for a seven-day calendar.';
COMMENT ON COLUMN @extschema@.calendar.time_zone IS
    'The time zone in which the calendar''s days begin and end.';
COMMENT ON COLUMN @extschema@.calendar.description IS
    'What the calendar is for.';
COMMENT ON COLUMN @extschema@.calendar.builtin IS
    'True for the calendars shipped with the extension; those rows cannot be changed.';

INSERT INTO @extschema@.calendar (name, based_on, weekend_days, time_zone, description, builtin) VALUES
    ('england-and-wales', NULL, '{6,7}', 'Europe/London',
     'Weekends and the bank holidays of England and Wales since 1971 (the default calendar).', true),
    ('scotland', NULL, '{6,7}', 'Europe/London',
     'Weekends and the bank holidays of Scotland since 1971; councils add their local holidays as closure days.', true),
    ('northern-ireland', NULL, '{6,7}', 'Europe/London',
     'Weekends and the bank holidays of Northern Ireland since 1971.', true);

CREATE TABLE @extschema@.closure_day (
    calendar text NOT NULL
        REFERENCES @extschema@.calendar (name) ON UPDATE CASCADE ON DELETE CASCADE,
    day      date NOT NULL,
    name     text NOT NULL,
    PRIMARY KEY (calendar, day)
);

COMMENT ON TABLE @extschema@.closure_day IS
    'Days a calendar does not work beyond its weekends and bank holidays: a council''s Christmas closure, or a bank holiday proclaimed at short notice (added to a built-in calendar, it applies to every calendar based on it).';
COMMENT ON COLUMN @extschema@.closure_day.calendar IS
    'The calendar the day belongs to.';
COMMENT ON COLUMN @extschema@.closure_day.day IS
    'The day not worked, from 1971-01-01 to 2199-12-31.';
COMMENT ON COLUMN @extschema@.closure_day.name IS
    'What the day is, as bank_holidays() lists it.';

CREATE FUNCTION @extschema@.check_calendar() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.builtin THEN
        RAISE EXCEPTION 'built-in calendar "%" cannot be changed', OLD.name
            USING ERRCODE = 'SV001',
                  HINT = 'Define a calendar of your own with based_on => ''' || OLD.name
                         || ''', or add a day to this one in supervision.closure_day.';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.builtin THEN
        RAISE EXCEPTION 'calendar "%" cannot be made built-in', NEW.name
            USING ERRCODE = 'SV001',
                  HINT = 'Built-in calendars ship with the extension; leave builtin false.';
    END IF;
    IF NEW.name !~ '^[a-z0-9][a-z0-9_-]*$' OR length(NEW.name) > 63 THEN
        RAISE EXCEPTION 'invalid calendar name "%"', NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use lower-case letters, digits, "-" and "_", starting with a letter or digit, at most 63 characters.';
    END IF;
    IF NEW.based_on IS NOT NULL AND NOT EXISTS (
            SELECT FROM @extschema@.calendar c WHERE c.name = NEW.based_on AND c.builtin) THEN
        RAISE EXCEPTION 'calendar "%" cannot be based on "%"', NEW.name, NEW.based_on
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'based_on names a built-in calendar: england-and-wales, scotland or northern-ireland; or is NULL for no bank holidays.';
    END IF;
    IF EXISTS (SELECT FROM unnest(NEW.weekend_days) d WHERE d IS NULL OR d NOT BETWEEN 1 AND 7) THEN
        RAISE EXCEPTION 'invalid weekend_days % for calendar "%"', NEW.weekend_days, NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'List ISO weekdays from 1 (Monday) to 7 (Sunday), for example ''{6,7}'', or ''{}'' for a seven-day calendar.';
    END IF;
    IF (SELECT count(DISTINCT d) FROM unnest(NEW.weekend_days) d) = 7 THEN
        RAISE EXCEPTION 'calendar "%" has no working weekday', NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Leave at least one day of the week out of weekend_days.';
    END IF;
    BEGIN
        PERFORM now() AT TIME ZONE NEW.time_zone;
    EXCEPTION WHEN invalid_parameter_value OR feature_not_supported THEN
        RAISE EXCEPTION 'invalid time zone "%" for calendar "%"', NEW.time_zone, NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use a name from pg_timezone_names, such as Europe/London.';
    END;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.check_calendar() IS
    'Trigger on supervision.calendar: refuses changes to the built-in rows and checks a council''s calendar before it is stored.';

CREATE TRIGGER check_calendar
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.calendar
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_calendar();

CREATE FUNCTION @extschema@.check_closure_day() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.day NOT BETWEEN DATE '1971-01-01' AND DATE '2199-12-31' THEN
        RAISE EXCEPTION 'closure day % out of range for working-day calendar', to_char(NEW.day, 'YYYY-MM-DD')
            USING ERRCODE = 'datetime_field_overflow',
                  DETAIL = 'Working-day calendars cover 1971-01-01 to 2199-12-31.',
                  HINT = 'Give a day in that range.';
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.check_closure_day() IS
    'Trigger on supervision.closure_day: refuses a day outside the range working-day calendars cover.';

CREATE TRIGGER check_closure_day
    BEFORE INSERT OR UPDATE ON @extschema@.closure_day
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_closure_day();

CREATE FUNCTION @extschema@.calendar_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'calendar_changed'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.calendar_changed() IS
    'Statement trigger on the calendar tables: every session drops its cached calendars when a change commits.';

CREATE TRIGGER calendar_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.calendar
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.calendar_changed();
CREATE TRIGGER calendar_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.closure_day
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.calendar_changed();

REVOKE ALL ON FUNCTION @extschema@.check_calendar() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.check_closure_day() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.calendar_changed() FROM PUBLIC;
GRANT SELECT ON @extschema@.calendar, @extschema@.closure_day TO PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.calendar', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.closure_day', '');

CREATE FUNCTION @extschema@.is_working_day(day date)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_working_day'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.is_working_day(day date, calendar text)
RETURNS boolean
AS 'MODULE_PATHNAME', 'is_working_day'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.is_working_day(date) IS
    'Whether the day is a working day of the default calendar (supervision.calendar): not a weekend day, bank holiday or closure day.';
COMMENT ON FUNCTION @extschema@.is_working_day(date, text) IS
    'Whether the day is a working day of the named calendar: not a weekend day, bank holiday or closure day.';

CREATE FUNCTION @extschema@.add_working_days(day date, n integer)
RETURNS date
AS 'MODULE_PATHNAME', 'add_working_days'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.add_working_days(day date, n integer, calendar text)
RETURNS date
AS 'MODULE_PATHNAME', 'add_working_days'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.add_working_days(date, integer) IS
    'The date n working days after day (before it when n < 0), not counting day itself, in the default calendar; n = 0 gives day if it is a working day, else the next one. Infinite dates pass through.';
COMMENT ON FUNCTION @extschema@.add_working_days(date, integer, text) IS
    'The date n working days after day (before it when n < 0), not counting day itself, in the named calendar; n = 0 gives day if it is a working day, else the next one. Infinite dates pass through.';

CREATE FUNCTION @extschema@.working_days_between(a date, b date)
RETURNS integer
AS 'MODULE_PATHNAME', 'working_days_between'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.working_days_between(a date, b date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'working_days_between'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.working_days_between(date, date) IS
    'The number of working days d of the default calendar with a < d <= b; negative when b < a.';
COMMENT ON FUNCTION @extschema@.working_days_between(date, date, text) IS
    'The number of working days d of the named calendar with a < d <= b; negative when b < a.';

CREATE FUNCTION @extschema@.bank_holidays(year integer, OUT day date, OUT name text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'bank_holidays'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 12;

CREATE FUNCTION @extschema@.bank_holidays(year integer, calendar text, OUT day date, OUT name text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'bank_holidays'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 12;

COMMENT ON FUNCTION @extschema@.bank_holidays(integer) IS
    'The bank holidays of the default calendar observed in the year, as GOV.UK lists them, and its closure days, in date order.';
COMMENT ON FUNCTION @extschema@.bank_holidays(integer, text) IS
    'The bank holidays of the named calendar observed in the year, as GOV.UK lists them, and its closure days, in date order.';
