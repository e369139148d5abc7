--
-- A hostile search_path: functions and operators planted in a schema that
-- comes before pg_catalog must not be called by the install script or by
-- the extension's trigger functions (compare contrib/seg/sql/security.sql).
--
SET datestyle = ISO;
CREATE SCHEMA hostile;
CREATE FUNCTION hostile.trap(text, text) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: % = %', $1, $2; END $$;
CREATE OPERATOR hostile.= (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.trap);
CREATE OPERATOR hostile.~ (LEFTARG = text, RIGHTARG = text, FUNCTION = hostile.trap);
CREATE FUNCTION hostile.length(text) RETURNS integer
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: length'; END $$;
CREATE FUNCTION hostile.unnest(smallint[]) RETURNS SETOF smallint
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: unnest'; END $$;
CREATE FUNCTION hostile.now() RETURNS timestamptz
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: now'; END $$;
CREATE FUNCTION hostile.pg_extension_config_dump(regclass, text) RETURNS void
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: pg_extension_config_dump'; END $$;

SET search_path = hostile, pg_catalog, public;
-- the planted operator is live for an ordinary query ...
SELECT 'a'::text = 'a'::text;
-- ... but not inside the extension
DROP EXTENSION supervision;
CREATE EXTENSION supervision;
INSERT INTO supervision.calendar (name, based_on, weekend_days) VALUES ('camden', 'england-and-wales', '{6,7}');
INSERT INTO supervision.closure_day VALUES ('camden', '2026-12-29', 'Christmas closure');
-- (the test's own WHERE clauses name pg_catalog's operator: the planted one would trap them)
UPDATE supervision.calendar SET description = 'Camden', name = 'camden-cs' WHERE name OPERATOR(pg_catalog.=) 'camden';
SELECT calendar, day FROM supervision.closure_day WHERE calendar OPERATOR(pg_catalog.=) 'camden-cs';
SELECT supervision.add_working_days('2026-12-23', 5, 'camden-cs') AS "Wed 23 Dec 2026 + 5 in camden (29 Dec closed)";
DELETE FROM supervision.calendar WHERE name OPERATOR(pg_catalog.=) 'camden-cs';
SELECT count(*) AS closure_days_left FROM supervision.closure_day;

RESET search_path;
DROP SCHEMA hostile CASCADE;

-- Operators planted in public, on a search_path that puts public before
-- pg_catalog, cannot stand in for pg_catalog's in the SQL functions kept
-- without a search_path so that the reports can inline them (0.5.0)
CREATE FUNCTION public.trap_date(date, date) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: a date comparison'; END $$;
CREATE OPERATOR public.< (LEFTARG = date, RIGHTARG = date, FUNCTION = public.trap_date);
CREATE OPERATOR public.> (LEFTARG = date, RIGHTARG = date, FUNCTION = public.trap_date);
CREATE OPERATOR public.<= (LEFTARG = date, RIGHTARG = date, FUNCTION = public.trap_date);
CREATE FUNCTION public.trap_contains(datemultirange, date) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked: @>'; END $$;
CREATE OPERATOR public.@> (LEFTARG = datemultirange, RIGHTARG = date, FUNCTION = public.trap_contains);
SET search_path = public, pg_catalog;
SELECT '2026-01-01'::date < '2026-02-01'::date AS "the planted < is live here";
SELECT supervision._not_before('2026-01-01', '2026-02-01') AS "not_before: 1 Feb",
       supervision._due_status('X', '2026-03-01', '2026-03-10', '2026-03-05', '2026-03-08') AS "due_status: past target",
       supervision._late_from('islington', '2026-12-23 10:00+00', false, '{[2020-01-01,)}', 'Europe/London')
           AT TIME ZONE 'Europe/London' AS "ISL-R1: late from the midnight after Mon 4 Jan";
-- (5 working days from Wed 23 Dec 2026: 24, 29, 30, 31 Dec, 4 Jan)
RESET search_path;
DROP FUNCTION public.trap_date(date, date) CASCADE;
DROP FUNCTION public.trap_contains(datemultirange, date) CASCADE;
