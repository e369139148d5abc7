--
-- Settings made before the extension's library is loaded, as a client
-- behind a connection pooler may make them on a fresh server connection:
-- PostgreSQL keeps them as placeholders and applies them when the library
-- loads, where a check would only be a WARNING and the default would take
-- the value's place.  Here a bad value is refused where it is used, and an
-- actor left from an earlier transaction is refused (SV106) however late
-- the library loads.  Each part starts a new backend (\c).
--
\pset null '(null)'
SET datestyle = ISO;

-- a calendar that does not exist: refused by the function that would use
-- it, with no warning when the library loads
\c
SET datestyle = ISO;
\set ECHO none
\i test/fixtures/refusal.sql
\set ECHO all
SET supervision.calendar = 'narnia';
SELECT pg_temp.refusal($$SELECT supervision.add_working_days('2026-12-24', 1)$$);
SELECT current_setting('supervision.calendar') AS still_set;
-- once the library is loaded, SET refuses it at once
SELECT pg_temp.refusal($$SET supervision.calendar = 'atlantis'$$);
RESET supervision.calendar;
-- Thu 24 Dec 2026 + 1 working day: Fri 25 and Mon 28 are bank holidays
-- (Christmas Day; Boxing Day, a Saturday, substituted on Monday 28), so
-- Tue 29 December
SELECT supervision.add_working_days('2026-12-24', 1) AS "Tue 29 Dec";

-- a table with management oversight stamping, trusting the current user
-- to name the actor
CREATE ROLE settings_apps NOLOGIN;
GRANT settings_apps TO CURRENT_USER;
CREATE TABLE entry (id integer PRIMARY KEY, body text, written_at timestamptz, written_by text);
SELECT supervision.attach_oversight('entry', 'written_at', 'written_by', actor_role => 'settings_apps');

-- a blank actor set in the transaction, before the library loads
\c
\set ECHO none
\i test/fixtures/refusal.sql
\set ECHO all
BEGIN;
SET LOCAL supervision.actor = '   ';
SELECT pg_temp.refusal($$INSERT INTO entry (id, body) VALUES (1, 'blank actor')$$);
ROLLBACK;

-- an actor set at session level in one transaction, before the library
-- loads: the next transaction (another client's, behind a pooler) loads
-- the library and must not stamp with it (SV106)
\c
\set ECHO none
\i test/fixtures/refusal.sql
\set ECHO all
SET supervision.actor = 'alice.smith';
SELECT pg_temp.refusal($$INSERT INTO entry (id, body) VALUES (2, 'stale actor, library loaded late')$$);
RESET supervision.actor;

-- an actor set with SET LOCAL in the transaction that inserts, before the
-- library loads: honoured
\c
\set ECHO none
\i test/fixtures/refusal.sql
\set ECHO all
BEGIN;
SET LOCAL supervision.actor = 'alice.smith';
INSERT INTO entry (id, body) VALUES (3, 'actor of this transaction') RETURNING id, written_by;
COMMIT;

-- and with set_config(..., true), in a later transaction of the same backend
BEGIN;
SELECT set_config('supervision.actor', 'bob.jones', true) IS NOT NULL AS set_locally;
INSERT INTO entry (id, body) VALUES (4, 'actor of this transaction too') RETURNING id, written_by;
COMMIT;

-- nothing refused was written
SELECT id, body, written_by FROM entry ORDER BY id;

-- a clock that is not a time, set (by a superuser) before the library loads
\c
\set ECHO none
\i test/fixtures/refusal.sql
\set ECHO all
SET supervision.clock = 'teatime';
SELECT pg_temp.refusal($$INSERT INTO entry (id, body) VALUES (5, 'no clock')$$);
RESET supervision.clock;

DROP TABLE entry;
DROP ROLE settings_apps;
