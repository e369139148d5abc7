------------------------------------------------------------------------------
-- Local day
--
-- The day on which something happened, in the calendar's time zone: the
-- reports read every discussion's and session's time as its day.  A
-- timestamptz is read in the zone (extension/local_day.c resolves the zone
-- once per call site, where AT TIME ZONE looks it up by name on every row),
-- a timestamp as written, a date as it is.
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.local_day(t date, time_zone text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT t';

CREATE FUNCTION @extschema@.local_day(t timestamptz, time_zone text) RETURNS date
AS 'MODULE_PATHNAME', 'local_day'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.local_day(t timestamp, time_zone text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT t::date';

CREATE FUNCTION @extschema@.local_instant(t timestamp, time_zone text) RETURNS timestamptz
AS 'MODULE_PATHNAME', 'local_instant'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.local_instant(timestamp, text) IS 'The instant of a local time in a time zone (Europe/London): the same as t AT TIME ZONE time_zone, with the zone resolved once per call site. The reports read a date or timestamp column as a time with it.';

COMMENT ON FUNCTION @extschema@.local_day(date, text) IS 'The day itself: a date column read as a day.';
COMMENT ON FUNCTION @extschema@.local_day(timestamptz, text) IS 'The day of an instant in a time zone (Europe/London): a timestamptz column read as a day. The same as (t AT TIME ZONE time_zone)::date, with the zone resolved once per call site.';
COMMENT ON FUNCTION @extschema@.local_day(timestamp, text) IS 'The day of a timestamp as written: a timestamp column read as a day.';
