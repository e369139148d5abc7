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
