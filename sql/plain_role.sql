--
-- A plain role with no grant of its own, straight after CREATE EXTENSION:
-- the read-only functions (calendars, timescales, due dates, reports)
-- work; what writes configuration or attaches triggers is refused (42501)
-- with nothing written.  Then what drivers send: a timescale or schedule
-- as a text or varchar parameter (psycopg's binary parameters, JDBC's
-- setString), accepted wherever one is taken; an untyped literal resolves
-- as it did.  Dates worked by hand from the England and Wales calendar:
-- Christmas Day Fri 25 Dec 2026, Boxing Day (a Saturday) substituted on
-- Mon 28 Dec, New Year's Day Fri 1 Jan 2027.
--
SET datestyle = ISO;
SET timezone = 'Europe/London';
\i test/fixtures/refusal.sql
CREATE ROLE plain_role_clerk LOGIN;
-- the council's table, which the clerk may write
CREATE TABLE plain_note (id integer, written_at timestamptz, written_by text);
GRANT SELECT, INSERT ON plain_note TO plain_role_clerk;
SET SESSION AUTHORIZATION plain_role_clerk;

SELECT supervision.is_working_day('2026-12-25') AS "Christmas Day: no",
       supervision.add_working_days('2026-12-24', 1) AS "Tue 29 Dec",
       supervision.working_days_between('2026-12-24', '2027-01-04') AS "29, 30, 31 Dec, 4 Jan: 4";
-- 5 working days after Wed 23 Dec: Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan
SELECT '5 WD'::supervision.timescale AS canonical,
       supervision.due_date('2026-12-23', '5 working days') AS "Mon 4 Jan 2027",
       supervision.deadline('2026-11-02 10:00', '5 working days') AS "late from Tue 10 Nov 00:00";
-- SLO-A1's stages from Mon 5 Jan 2026: weekly until 16 Feb, then fortnightly
SELECT supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly', '2026-01-05', '2026-03-01')
       AS "SLO-A1 on 1 Mar: 2 weeks";
-- LEE-P1: monthly, from Fri 20 Nov 2026 to Sun 20 Dec (not moved off the weekend)
SELECT * FROM supervision.personal_supervision_due('leeds', 'social_worker', '2026-11-20');
SELECT day, name FROM supervision.bank_holidays(2027) ORDER BY day LIMIT 2;
SELECT count(*) > 0 AS "the presets are readable" FROM supervision.rule WHERE policy = 'leeds';
-- a report runs, and says what it lacks (no source registered here)
SET supervision.policy = 'leeds';
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-20')$$);
RESET supervision.policy;

-- writing configuration or attaching triggers is the DBA's
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, based_on) VALUES ('mine', 'england-and-wales')$$);
SELECT pg_temp.refusal($$SELECT supervision.copy_policy('leeds', 'mine')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('plain_note', 'written_at', 'written_by')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', 'plain_note', '{"key": "id"}')$$);
SELECT pg_temp.refusal($$SET supervision.clock = '2020-01-01'$$);
SELECT (SELECT count(*) FROM supervision.calendar WHERE name = 'mine') AS calendars,
       (SELECT count(*) FROM supervision.policy WHERE name = 'mine') AS policies,
       (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'plain_note'::regclass) AS triggers,
       (SELECT count(*) FROM supervision.source) AS sources;

-- what drivers send: text and varchar parameters
PREPARE due_text(date, text) AS SELECT supervision.due_date($1, $2);
EXECUTE due_text('2026-12-23', '5 WD');
PREPARE due_varchar(date, varchar, text) AS SELECT supervision.due_date($1, $2, $3);
-- in Scotland 2 January 2027 (a Saturday) is also substituted, on Mon 4 Jan:
-- Thu 24, Tue 29, Wed 30, Thu 31 Dec, Tue 5 Jan
EXECUTE due_varchar('2026-12-23', '5 working days', 'scotland');
PREPARE deadline_varchar(timestamptz, varchar, varchar) AS SELECT supervision.deadline($1, $2, $3);
-- 1 working day after 18:00 Fri 27 Mar 2026 in Scotland: Mon 30 Mar, late from Tue 31 Mar 00:00 (BST)
EXECUTE deadline_varchar('2026-03-27 18:00', '1 working day', 'scotland');
PREPARE stage_text(text, date, date) AS SELECT supervision.stage_at($1, $2, $3);
EXECUTE stage_text('weekly until 6 weeks, monthly', '2026-01-05', '2026-02-16');
PREPARE next_due_varchar(varchar, date, date) AS SELECT supervision.next_due($1, $2, $3);
-- weekly until 6 weeks from Mon 5 Jan; last held Mon 9 Feb: next Mon 16 Feb
EXECUTE next_due_varchar('weekly until 6 weeks, monthly', '2026-01-05', '2026-02-09');
-- a bad value is refused as the literal would be
SELECT pg_temp.refusal($$EXECUTE due_text('2026-12-23', '5 parsecs')$$);
-- untyped literals resolve as before, with no ambiguity
SELECT supervision.due_date('2026-12-23', '5 WD') AS untyped,
       supervision.stage_at('monthly', '2026-01-05', '2026-02-16') AS untyped_schedule;
DEALLOCATE ALL;

RESET SESSION AUTHORIZATION;
DROP TABLE plain_note;
DROP ROLE plain_role_clerk;
