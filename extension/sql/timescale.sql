
------------------------------------------------------------------------------
-- Timescale
--
-- An amount of time in one unit, as policies write it: "5 working days",
-- "24 hours", "monthly", "once every calendar month".  Input is forgiving,
-- output canonical.  extension/timescale.c, extension/due_dates.c.
------------------------------------------------------------------------------

CREATE TYPE @extschema@.timescale;

CREATE FUNCTION @extschema@.timescale_in(cstring) RETURNS @extschema@.timescale
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.timescale_out(@extschema@.timescale) RETURNS cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.timescale_recv(internal) RETURNS @extschema@.timescale
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.timescale_send(@extschema@.timescale) RETURNS bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.timescale (
    INPUT = @extschema@.timescale_in,
    OUTPUT = @extschema@.timescale_out,
    RECEIVE = @extschema@.timescale_recv,
    SEND = @extschema@.timescale_send,
    INTERNALLENGTH = 8,
    ALIGNMENT = int4,
    STORAGE = plain
);

COMMENT ON TYPE @extschema@.timescale IS
    'An amount of time in one unit as policies write it: hours, working days, days, weeks, months (years are 12 months) or calendar months; input such as ''5 WD'', ''fortnightly'', ''6-monthly'', ''every calendar month''.';
COMMENT ON FUNCTION @extschema@.timescale_in(cstring) IS 'Text input of timescale.';
COMMENT ON FUNCTION @extschema@.timescale_out(@extschema@.timescale) IS 'Canonical text output of timescale, such as ''5 working days''.';
COMMENT ON FUNCTION @extschema@.timescale_recv(internal) IS 'Binary input of timescale (format version 1), checked as text input is.';
COMMENT ON FUNCTION @extschema@.timescale_send(@extschema@.timescale) IS 'Binary output of timescale (format version 1).';

CREATE FUNCTION @extschema@.timescale_eq(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_ne(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_lt(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_le(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_gt(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_ge(@extschema@.timescale, @extschema@.timescale) RETURNS boolean
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_cmp(@extschema@.timescale, @extschema@.timescale) RETURNS integer
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.timescale_hash(@extschema@.timescale) RETURNS integer
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION @extschema@.timescale_eq(@extschema@.timescale, @extschema@.timescale) IS 'Whether two timescales are the same count of the same unit.';
COMMENT ON FUNCTION @extschema@.timescale_ne(@extschema@.timescale, @extschema@.timescale) IS 'Whether two timescales differ in count or unit.';
COMMENT ON FUNCTION @extschema@.timescale_lt(@extschema@.timescale, @extschema@.timescale) IS 'Whether a timescale is nominally shorter (ties broken by unit).';
COMMENT ON FUNCTION @extschema@.timescale_le(@extschema@.timescale, @extschema@.timescale) IS 'Whether a timescale is nominally shorter or equal (ties broken by unit).';
COMMENT ON FUNCTION @extschema@.timescale_gt(@extschema@.timescale, @extschema@.timescale) IS 'Whether a timescale is nominally longer (ties broken by unit).';
COMMENT ON FUNCTION @extschema@.timescale_ge(@extschema@.timescale, @extschema@.timescale) IS 'Whether a timescale is nominally longer or equal (ties broken by unit).';
COMMENT ON FUNCTION @extschema@.timescale_cmp(@extschema@.timescale, @extschema@.timescale) IS 'Btree comparison of timescales by nominal length (a working day 7/5 of a day, a month 30.4375 days), ties broken by unit: hours, working days, days, weeks, months, calendar months.';
COMMENT ON FUNCTION @extschema@.timescale_hash(@extschema@.timescale) IS 'Hash of a timescale, for GROUP BY and hash joins.';

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.timescale, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.timescale_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.timescale, @extschema@.timescale) IS 'Same count of the same unit.';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.timescale, @extschema@.timescale) IS 'Different count or unit.';
COMMENT ON OPERATOR @extschema@.< (@extschema@.timescale, @extschema@.timescale) IS 'Nominally shorter (ties broken by unit).';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.timescale, @extschema@.timescale) IS 'Nominally shorter or equal (ties broken by unit).';
COMMENT ON OPERATOR @extschema@.> (@extschema@.timescale, @extschema@.timescale) IS 'Nominally longer (ties broken by unit).';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.timescale, @extschema@.timescale) IS 'Nominally longer or equal (ties broken by unit).';

CREATE OPERATOR CLASS @extschema@.timescale_ops
DEFAULT FOR TYPE @extschema@.timescale USING btree AS
    OPERATOR 1 @extschema@.<,
    OPERATOR 2 @extschema@.<=,
    OPERATOR 3 @extschema@.=,
    OPERATOR 4 @extschema@.>=,
    OPERATOR 5 @extschema@.>,
    FUNCTION 1 @extschema@.timescale_cmp(@extschema@.timescale, @extschema@.timescale);

CREATE OPERATOR CLASS @extschema@.timescale_hash_ops
DEFAULT FOR TYPE @extschema@.timescale USING hash AS
    OPERATOR 1 @extschema@.=,
    FUNCTION 1 @extschema@.timescale_hash(@extschema@.timescale);

COMMENT ON OPERATOR CLASS @extschema@.timescale_ops USING btree IS
    'Orders timescales by nominal length, ties broken by unit: a total, stable order for ORDER BY and indexes.';
COMMENT ON OPERATOR CLASS @extschema@.timescale_hash_ops USING hash IS
    'Hashes timescales for GROUP BY, DISTINCT and hash joins.';

COMMENT ON OPERATOR FAMILY @extschema@.timescale_ops USING btree IS
    'Btree operator family of timescale: ordered by nominal length, ties broken by unit.';
COMMENT ON OPERATOR FAMILY @extschema@.timescale_hash_ops USING hash IS
    'Hash operator family of timescale, for GROUP BY and hash joins.';

CREATE FUNCTION @extschema@.interval(@extschema@.timescale) RETURNS interval
AS 'MODULE_PATHNAME', 'timescale_to_interval' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.timescale(interval) RETURNS @extschema@.timescale
AS 'MODULE_PATHNAME', 'interval_to_timescale' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE CAST (@extschema@.timescale AS interval) WITH FUNCTION @extschema@.interval(@extschema@.timescale);
CREATE CAST (interval AS @extschema@.timescale) WITH FUNCTION @extschema@.timescale(interval);

COMMENT ON FUNCTION @extschema@.interval(@extschema@.timescale) IS
    'The timescale as an interval, where it is exact: hours, days, weeks, months; working days and calendar months are refused.';
COMMENT ON FUNCTION @extschema@.timescale(interval) IS
    'The interval as a timescale, where it is exact: a positive whole number of hours, days or months, in one unit.';
COMMENT ON CAST (@extschema@.timescale AS interval) IS
    'Exact timescales only: working days and calendar months depend on a calendar.';
COMMENT ON CAST (interval AS @extschema@.timescale) IS
    'Intervals of whole hours, days or months only.';

-- Drivers send text: psycopg's binary parameters and JDBC's setString type
-- a timescale as text or varchar.  These casts read the value as the
-- literal it is (timescale_in, with its refusals), so every function and
-- operator that takes a timescale takes them too; an untyped literal
-- resolves as it did.
CREATE CAST (text AS @extschema@.timescale) WITH INOUT AS IMPLICIT;
CREATE CAST (varchar AS @extschema@.timescale) WITH INOUT AS IMPLICIT;

COMMENT ON CAST (text AS @extschema@.timescale) IS
    'Text read as a timescale literal (''5 working days''), implicitly: a driver''s text parameter is accepted wherever a timescale is.';
COMMENT ON CAST (varchar AS @extschema@.timescale) IS
    'Varchar read as a timescale literal, implicitly: a driver''s varchar parameter (JDBC setString) is accepted wherever a timescale is.';

CREATE FUNCTION @extschema@.due_date("from" date, t @extschema@.timescale)
RETURNS date
AS 'MODULE_PATHNAME', 'due_date'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.due_date("from" date, t @extschema@.timescale, calendar text)
RETURNS date
AS 'MODULE_PATHNAME', 'due_date'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.due_date(date, @extschema@.timescale) IS
    'The last day that still meets the timescale counted from the day, in the default calendar: months clamp to the month''s end, N calendar months end with the N-th month after, working days skip weekends and holidays, N hours give the day ceil(N/24) after.';
COMMENT ON FUNCTION @extschema@.due_date(date, @extschema@.timescale, text) IS
    'The last day that still meets the timescale counted from the day, in the named calendar: months clamp to the month''s end, N calendar months end with the N-th month after, working days skip weekends and holidays, N hours give the day ceil(N/24) after.';

CREATE OPERATOR @extschema@.+ (
    LEFTARG = date, RIGHTARG = @extschema@.timescale,
    FUNCTION = @extschema@.due_date
);
COMMENT ON OPERATOR @extschema@.+ (date, @extschema@.timescale) IS
    'due_date(date, timescale) in the default calendar.';

CREATE FUNCTION @extschema@.deadline(event timestamptz, t @extschema@.timescale)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'deadline'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.deadline(event timestamptz, t @extschema@.timescale, calendar text)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'deadline'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.deadline(timestamptz, @extschema@.timescale) IS
    'The first instant that is late, in the default calendar: event + N hours exactly; for day-based units, midnight in the calendar''s time zone after the due date of the event''s local date.';
COMMENT ON FUNCTION @extschema@.deadline(timestamptz, @extschema@.timescale, text) IS
    'The first instant that is late, in the named calendar: event + N hours exactly; for day-based units, midnight in the calendar''s time zone after the due date of the event''s local date.';
