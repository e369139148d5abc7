--
-- Working-day calendars: the objects installed, their labels, and every
-- refusal with its SQLSTATE, message, detail and hint.  The facts (which
-- days are holidays, what add_working_days answers) are pinned in
-- test/pgtap/bank_holidays.sql and test/pgtap/working_days.sql.
--
\pset null '(null)'
SET datestyle = ISO;

\i test/fixtures/refusal.sql

-- what is installed, each object with its comment
SELECT p.oid::regprocedure AS function, p.provolatile AS vol, p.proisstrict AS strict,
       p.proparallel AS par, obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p WHERE p.pronamespace = 'supervision'::regnamespace
ORDER BY p.oid::regprocedure::text;

SELECT c.relname, c.relkind, obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       (SELECT count(*) FROM pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
           AND col_description(c.oid, a.attnum) IS NULL) AS uncommented_columns
FROM pg_class c WHERE c.relnamespace = 'supervision'::regnamespace AND c.relkind IN ('r', 'v')
ORDER BY 1;

-- pg_dump keeps the council's calendars and closure days, not the shipped rows
SELECT unnest(extconfig)::regclass AS config_table, unnest(extcondition) AS dumped
FROM pg_extension WHERE extname = 'supervision';

-- nobody but the owner writes the calendar tables; the trigger functions are not for calling
SELECT has_table_privilege('public', 'supervision.calendar', 'SELECT') AS public_reads,
       has_table_privilege('public', 'supervision.calendar', 'INSERT') AS public_inserts,
       has_table_privilege('public', 'supervision.closure_day', 'DELETE') AS public_deletes,
       has_function_privilege('public', 'supervision.calendar_changed()', 'EXECUTE') AS public_runs_trigger;

SELECT name, based_on, weekend_days, time_zone, builtin FROM supervision.calendar ORDER BY name;

-- supervision.calendar set before the library is loaded in a session is kept,
-- and checked when the first function call loads it
SET supervision.calendar = 'scotland';
SELECT supervision.is_working_day('2026-06-15') AS "Mon 15 Jun 2026, Scotland's World Cup day";
RESET supervision.calendar;
SHOW supervision.calendar;
SELECT supervision.is_working_day('2026-06-15') AS "Mon 15 Jun 2026 in England and Wales";

-- NULL in, NULL out
SELECT supervision.is_working_day(NULL), supervision.is_working_day('2026-01-05', NULL),
       supervision.add_working_days(NULL, 1), supervision.add_working_days('2026-01-05', NULL),
       supervision.add_working_days('2026-01-05', 1, NULL),
       supervision.working_days_between(NULL, '2026-01-05'), supervision.working_days_between('2026-01-05', NULL, 'scotland');
SELECT count(*) AS holidays_of_null FROM supervision.bank_holidays(NULL);

-- infinite dates pass through add_working_days, and nowhere else
SELECT supervision.add_working_days('infinity', 5), supervision.add_working_days('-infinity', -5, 'scotland');
SELECT pg_temp.refusal($$SELECT supervision.is_working_day('infinity')$$);
SELECT pg_temp.refusal($$SELECT supervision.working_days_between('2026-01-01', 'infinity')$$);

-- the supported range, 1971-01-01 to 2199-12-31, and just outside it
SELECT supervision.is_working_day('1971-01-01') AS "1971-01-01 (New Year's Day, before 1974)",
       supervision.is_working_day('2199-12-31') AS "2199-12-31 (a Tuesday)";
SELECT pg_temp.refusal($$SELECT supervision.is_working_day('1970-12-31')$$);
SELECT pg_temp.refusal($$SELECT supervision.is_working_day('2200-01-01', 'scotland')$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('1970-12-31', 1)$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('2199-12-31', 1)$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('1971-01-04', -2)$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('2026-01-05', 2147483647)$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('2026-01-05', -2147483648)$$);
SELECT pg_temp.refusal($$SELECT supervision.working_days_between('1970-12-31', '2026-01-01')$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.bank_holidays(1970)$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.bank_holidays(2200, 'northern-ireland')$$);

-- unknown calendars
SELECT pg_temp.refusal($$SELECT supervision.is_working_day('2026-01-05', 'England-and-Wales')$$);
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('2026-01-05', 1, '')$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.bank_holidays(2026, repeat('x', 100))$$);
SELECT pg_temp.refusal($$SET supervision.calendar = 'wales'$$);
SHOW supervision.calendar;
SELECT pg_temp.refusal($$SET supervision.nonsense = 'x'$$);

-- a council's calendar: what the table refuses
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name) VALUES ('Camden')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name) VALUES ('-camden')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name) VALUES (repeat('c', 64))$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, based_on) VALUES ('camden', 'wales')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('camden', '{0,6}')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('camden', '{6,NULL}')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('camden', '{1,2,3,4,5,6,7,7}')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, time_zone) VALUES ('camden', 'Europe/Camden')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, builtin) VALUES ('camden', true)$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name) VALUES ('scotland')$$);
SELECT pg_temp.refusal($$UPDATE supervision.calendar SET weekend_days = '{7}' WHERE name = 'scotland'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.calendar WHERE name = 'northern-ireland'$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.closure_day VALUES ('nowhere', '2026-12-29', 'Closure')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.closure_day VALUES ('england-and-wales', '1970-12-31', 'Closure')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.closure_day VALUES ('england-and-wales', '2200-01-01', 'Closure')$$);

-- a council's calendar that is accepted, used, and made the default
INSERT INTO supervision.calendar (name, based_on, description)
VALUES ('camden', 'england-and-wales', 'Camden children''s services: E&W plus the Christmas closure');
INSERT INTO supervision.closure_day VALUES ('camden', '2026-12-29', 'Christmas closure');
SET supervision.calendar = 'camden';
SHOW supervision.calendar;
-- Tue 29 Dec 2026 is closed in Camden, open in E&W
SELECT supervision.is_working_day('2026-12-29') AS camden, supervision.is_working_day('2026-12-29', 'england-and-wales') AS ew;
SELECT * FROM supervision.bank_holidays(2026) WHERE day >= '2026-12-01';
-- the default calendar is deleted: the next use says so
DELETE FROM supervision.calendar WHERE name = 'camden';
SELECT count(*) AS camden_closures_left FROM supervision.closure_day WHERE calendar = 'camden';
SELECT pg_temp.refusal($$SELECT supervision.is_working_day('2026-12-29')$$);
RESET supervision.calendar;

-- the cache trigger refuses to be used as anything but a statement trigger
CREATE TABLE misuse (x int);
CREATE TRIGGER misuse BEFORE INSERT ON misuse FOR EACH ROW EXECUTE FUNCTION supervision.calendar_changed();
SELECT pg_temp.refusal($$INSERT INTO misuse VALUES (1)$$);
DROP TABLE misuse;
