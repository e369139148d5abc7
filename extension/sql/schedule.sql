
------------------------------------------------------------------------------
-- Schedule
--
-- A cadence that changes with time since a start date: 'weekly until 6
-- weeks, fortnightly until 6 months, monthly'.  extension/schedule.c.
------------------------------------------------------------------------------

CREATE TYPE @extschema@.schedule;

CREATE FUNCTION @extschema@.schedule_in(cstring) RETURNS @extschema@.schedule
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.schedule_out(@extschema@.schedule) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.schedule_recv(internal) RETURNS @extschema@.schedule
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.schedule_send(@extschema@.schedule) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.schedule (
    INPUT = @extschema@.schedule_in,
    OUTPUT = @extschema@.schedule_out,
    RECEIVE = @extschema@.schedule_recv,
    SEND = @extschema@.schedule_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.schedule IS
    'A staged cadence measured from a start date: timescales separated by commas, each but the last with "until" an offset, such as ''weekly until 6 weeks, fortnightly until 6 months, monthly''.';
COMMENT ON FUNCTION @extschema@.schedule_in(cstring) IS 'Text input of schedule.';
COMMENT ON FUNCTION @extschema@.schedule_out(@extschema@.schedule) IS 'Canonical text output of schedule.';
COMMENT ON FUNCTION @extschema@.schedule_recv(internal) IS 'Binary input of schedule (format version 1), checked as text input is.';
COMMENT ON FUNCTION @extschema@.schedule_send(@extschema@.schedule) IS 'Binary output of schedule (format version 1).';

CREATE FUNCTION @extschema@.schedule(@extschema@.timescale) RETURNS @extschema@.schedule
AS 'MODULE_PATHNAME', 'schedule_from_timescale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.timescale AS @extschema@.schedule)
    WITH FUNCTION @extschema@.schedule(@extschema@.timescale) AS IMPLICIT;

COMMENT ON FUNCTION @extschema@.schedule(@extschema@.timescale) IS
    'A timescale as a one-stage, open-ended schedule.';
COMMENT ON CAST (@extschema@.timescale AS @extschema@.schedule) IS
    'A timescale is a one-stage schedule.';

-- Drivers send text (see the casts to timescale)
CREATE CAST (text AS @extschema@.schedule) WITH INOUT AS IMPLICIT;
CREATE CAST (varchar AS @extschema@.schedule) WITH INOUT AS IMPLICIT;

COMMENT ON CAST (text AS @extschema@.schedule) IS
    'Text read as a schedule literal (''weekly until 6 weeks, monthly''), implicitly: a driver''s text parameter is accepted wherever a schedule is.';
COMMENT ON CAST (varchar AS @extschema@.schedule) IS
    'Varchar read as a schedule literal, implicitly: a driver''s varchar parameter (JDBC setString) is accepted wherever a schedule is.';

CREATE FUNCTION @extschema@.stage_at(s @extschema@.schedule, started date, "on" date)
RETURNS @extschema@.timescale
AS 'MODULE_PATHNAME', 'stage_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.stage_at(@extschema@.schedule, date, date) IS
    'The timescale in force on a day of a schedule that started on a date (stage i runs up to the day before started + its until); NULL once the schedule has ended.';

CREATE FUNCTION @extschema@.next_due(s @extschema@.schedule, started date, last_held date)
RETURNS date
AS 'MODULE_PATHNAME', 'next_due'
LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.next_due(s @extschema@.schedule, started date, last_held date, calendar text)
RETURNS date
AS 'MODULE_PATHNAME', 'next_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.next_due(@extschema@.schedule, date, date) IS
    'The due date of the next occurrence, in the default calendar: the stage in force on the day of last_held applied to last_held; with last_held NULL, the first stage applied to started; NULL once the schedule has ended.';
COMMENT ON FUNCTION @extschema@.next_due(@extschema@.schedule, date, date, text) IS
    'The due date of the next occurrence, in the named calendar: the stage in force on the day of last_held applied to last_held; with last_held NULL, the first stage applied to started; NULL once the schedule has ended.';

------------------------------------------------------------------------------
-- Stages of a schedule, so SQL can compare a hard limit with each of them
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.stages(s @extschema@.schedule) RETURNS @extschema@.timescale[]
AS 'MODULE_PATHNAME', 'schedule_stages'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.stages(@extschema@.schedule) IS
    'The cadence of each stage of a schedule, in order: stages(''weekly until 6 weeks, monthly'') = {1 week,1 month}.';
