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
