--
-- Triggers on a council's own tables: management oversight stamping
-- (SLO-R2, ISL-R2) and recording windows (SLO-R1, ISL-R1, GLO-R1).
-- supervision.clock fixes the time of recording, so each deadline below,
-- worked out by hand from the rule and the calendar, is tested on both
-- sides: the last instant on time and the first late one.
--
\pset null '(null)'
SET datestyle = ISO;
SET timezone = 'Europe/London';

\i test/fixtures/refusal.sql

-- a case-note table of the kind councils have, not shaped for us
CREATE TABLE case_note (
    id           bigserial PRIMARY KEY,
    child_id     integer NOT NULL,
    body         text NOT NULL,
    discussed_at timestamptz,
    significant  boolean NOT NULL DEFAULT false,
    heading      text,
    written_by   text,
    written_at   timestamptz,
    designation  varchar(40),
    late         boolean,
    late_reason  text,
    signed_at    timestamptz
);

------------------------------------------------------------------------------
-- Attaching: every mistake is reported at once, with its SQLSTATE
------------------------------------------------------------------------------
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'entered_at', 'written_by')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'child_id', 'written_by')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'signed_at')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_at')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', heading => 'heading')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', heading => 'heading', policy => 'leeds')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', updates => 'sometimes')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', updates => 'unsigned')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', actor_role => 'no_such_role')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by', designation => 'designation', designation_from => 'length(text)')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('pg_class', 'written_at', 'written_by')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'body', policy => 'islington')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'islington', within => '5 WD')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'camden')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'leeds')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'islington', rule_id => 'ISL-P1')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', within => '24 hours', within_significant => '5 WD')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', within => '5 WD', calendar => 'camden')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'islington', mode => 'flag')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'islington', mode => 'require_reason')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', policy => 'islington', mode => 'warn')$$);
SELECT count(*) AS triggers_after_refusals FROM pg_trigger WHERE tgrelid = 'case_note'::regclass;

-- Islington: heading 'Management Decision' from ISL-R2, window ISL-R1
SELECT supervision.attach_oversight('case_note', recorded_at => 'written_at', recorded_by => 'written_by',
    heading => 'heading', policy => 'islington', designation => 'designation',
    updates => 'unsigned', signed => 'signed_at');
SELECT supervision.attach_recording_window('case_note', event => 'discussed_at', policy => 'islington',
    significant => 'significant', late => 'late', late_reason => 'late_reason', mode => 'require_reason');
SELECT "table", "trigger", kind, enabled FROM supervision.attachment ORDER BY 2;
-- attaching twice never makes two triggers
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('case_note', 'written_at', 'written_by')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_recording_window('case_note', 'discussed_at', within => '1 WD')$$);

------------------------------------------------------------------------------
-- ISL-R1: a discussion at 10:00 on Monday 2 November 2026; 5 working days
-- are Tue 3 to Mon 9 November, so the record is late from 00:00 on
-- Tuesday 10 November (London, GMT); 24 hours when significant: late from
-- 10:00 on Tuesday 3 November.
------------------------------------------------------------------------------
SET supervision.clock = '2026-11-09 23:59:59.999999';
-- the client's stamps do not survive: the server's clock and session user do
INSERT INTO case_note (child_id, body, discussed_at, designation, written_by, written_at, heading, late)
VALUES (1, 'ISL-R1 on time, last instant', '2026-11-02 10:00', 'Team Manager', 'mallory', '2000-01-01', 'Nothing to see', true)
RETURNING id, heading, written_by, written_at, designation, late;
SET supervision.clock = '2026-11-10 00:00';
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (1, 'ISL-R1 late, first instant', '2026-11-02 10:00', 'Team Manager')$$);
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation, late_reason)
    VALUES (1, 'ISL-R1 late, blank reason', '2026-11-02 10:00', 'Team Manager', '  ')$$);
INSERT INTO case_note (child_id, body, discussed_at, designation, late_reason)
VALUES (1, 'ISL-R1 late with a reason', '2026-11-02 10:00', 'Team Manager', 'Worker off sick')
RETURNING body, late, late_reason;
SET supervision.clock = '2026-11-03 09:59:59.999999';
INSERT INTO case_note (child_id, body, discussed_at, significant, designation)
VALUES (2, 'ISL-R1 significant, last instant', '2026-11-02 10:00', true, 'Team Manager')
RETURNING body, late;
SET supervision.clock = '2026-11-03 10:00';
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, significant, designation)
    VALUES (2, 'ISL-R1 significant, late', '2026-11-02 10:00', true, 'Team Manager')$$);

-- an event in the future, or none, is refused in every mode
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'future', '2026-11-03 10:00:00.000001', 'Team Manager')$$);
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'no event', NULL, 'Team Manager')$$);
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'no event', '-infinity', 'Team Manager')$$);
-- each refusal names the column it is about, for an application's form
SELECT pg_temp.refused_at($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'future', '2026-11-03 10:00:00.000001', 'Team Manager')$$);
SELECT pg_temp.refused_at($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'no event', NULL, 'Team Manager')$$);
SELECT pg_temp.refused_at($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'no designation', '2026-11-03 09:00', '  ')$$);
-- the manager's designation must be clear (SLO-R2, ISL-R2)
SELECT pg_temp.refusal($$INSERT INTO case_note (child_id, body, discussed_at, designation)
    VALUES (3, 'no designation', '2026-11-03 09:00', NULL)$$);

------------------------------------------------------------------------------
-- UPDATE, DELETE, TRUNCATE
------------------------------------------------------------------------------
SELECT pg_temp.refusal($$UPDATE case_note SET written_by = 'eve' WHERE child_id = 1$$);
SELECT pg_temp.refusal($$UPDATE case_note SET written_at = written_at + interval '1 day' WHERE child_id = 1$$);
SELECT pg_temp.refusal($$UPDATE case_note SET heading = 'Case note' WHERE child_id = 1$$);
SELECT pg_temp.refusal($$UPDATE case_note SET discussed_at = '2026-11-05 10:00' WHERE child_id = 1$$);
SELECT pg_temp.refusal($$UPDATE case_note SET late = false WHERE child_id = 1$$);
-- unsigned entries may change their other columns; signing is a change too
UPDATE case_note SET body = body || ' (typo mended)' WHERE child_id = 2 RETURNING body;
-- writing the stamps back unchanged is no change
UPDATE case_note SET written_by = written_by, heading = heading WHERE child_id = 2;
UPDATE case_note SET signed_at = '2026-11-03 11:00' WHERE child_id = 2;
SELECT pg_temp.refusal($$UPDATE case_note SET body = 'rewritten' WHERE child_id = 2$$);
SELECT pg_temp.refusal($$UPDATE case_note SET signed_at = NULL WHERE child_id = 2$$);
SELECT pg_temp.refusal($$DELETE FROM case_note WHERE child_id = 2$$);
SELECT pg_temp.refusal($$TRUNCATE case_note$$);
SELECT child_id, body, heading, written_by, written_at, designation, late, late_reason, signed_at
FROM case_note ORDER BY id;

------------------------------------------------------------------------------
-- Who recorded it: the session user, or supervision.actor when the
-- session user holds the role the table trusts
------------------------------------------------------------------------------
CREATE ROLE triggers_trusted_apps NOLOGIN;
CREATE ROLE triggers_case_system LOGIN IN ROLE triggers_trusted_apps;
CREATE ROLE triggers_mallory LOGIN;
CREATE ROLE triggers_purger NOLOGIN;
CREATE ROLE triggers_records_officer LOGIN IN ROLE triggers_purger;
CREATE TABLE oversight_entry (
    id          bigserial PRIMARY KEY,
    case_id     integer NOT NULL,
    decision    text NOT NULL,
    heading     varchar(12),
    manager     text,
    entered_at  timestamptz,
    designation text
);
CREATE TABLE manager (login text PRIMARY KEY, job_title text);
INSERT INTO manager VALUES ('alice.smith', 'Team Manager, Assessment Team'), ('triggers_mallory', ''),
    (session_user, 'Director of Children''s Services');
-- the lookup runs as the user who inserts: SECURITY DEFINER keeps the staff table private
CREATE FUNCTION designation_of(login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT job_title FROM public.manager WHERE manager.login = $1 $$;
-- Slough's heading from SLO-R2; a heading that does not fit is refused as PostgreSQL would
SELECT supervision.attach_oversight('oversight_entry', 'entered_at', 'manager', heading => 'heading',
    policy => 'slough', designation => 'designation', designation_from => 'designation_of(text)',
    actor_role => 'triggers_trusted_apps', purger => 'triggers_purger', updates => 'any');
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (9, 'too long a heading?')$$);
ALTER TABLE oversight_entry ALTER COLUMN heading TYPE varchar(40);
INSERT INTO oversight_entry (case_id, decision) VALUES (9, 'The DBA''s own entry');
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON oversight_entry TO triggers_case_system, triggers_mallory, triggers_records_officer;
GRANT USAGE ON SEQUENCE oversight_entry_id_seq TO triggers_case_system, triggers_mallory, triggers_records_officer;
SET supervision.clock = '2026-11-20 14:30';

-- the trusted case system names the manager it records for
SET SESSION AUTHORIZATION triggers_case_system;
BEGIN;
SET LOCAL supervision.actor = 'alice.smith';
INSERT INTO oversight_entry (case_id, decision, manager, designation)
VALUES (10, 'Convene a strategy meeting', 'someone else', 'Director')
RETURNING case_id, heading, manager, entered_at, designation;
COMMIT;
-- an actor left from an earlier transaction is nobody's to use: behind a
-- pooler it may be another client's (SV106), and nothing is written
SET supervision.actor = 'alice.smith';
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (13, 'Stale actor')$$);
BEGIN;
SET LOCAL supervision.actor = 'alice.smith';
INSERT INTO oversight_entry (case_id, decision) VALUES (13, 'Actor of this transaction') RETURNING case_id, manager;
ROLLBACK;
-- set_config(..., true) is SET LOCAL
BEGIN;
SELECT set_config('supervision.actor', 'alice.smith', true) IS NOT NULL AS set_locally;
INSERT INTO oversight_entry (case_id, decision) VALUES (14, 'Actor by set_config') RETURNING case_id, manager;
ROLLBACK;
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (15, 'Stale again')$$);
RESET supervision.actor;
SELECT count(*) AS stale_actor_rows FROM oversight_entry WHERE decision IN ('Stale actor', 'Stale again');
-- where a refusal points, for an application to show it beside its field:
-- the table, and the column where there is one
SET supervision.actor = 'alice.smith';
SELECT pg_temp.refused_at($$INSERT INTO oversight_entry (case_id, decision) VALUES (16, 'Stale actor')$$);
RESET supervision.actor;
SELECT pg_temp.refused_at($$UPDATE oversight_entry SET manager = 'someone else'$$);
-- a blank actor is refused (22023) where it is set
SELECT pg_temp.refusal($$SET supervision.actor = '   '$$);
-- an actor the lookup does not know has no designation
BEGIN;
SET LOCAL supervision.actor = 'bob.jones';
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (11, 'Step down to CIN')$$);
ROLLBACK;
-- without an actor, the session user; the case system has no designation
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (11, 'Step down to CIN')$$);
RESET SESSION AUTHORIZATION;

-- a plain user cannot make the stamp name someone else
SET SESSION AUTHORIZATION triggers_mallory;
BEGIN;
SET LOCAL supervision.actor = 'alice.smith';
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (12, 'Close the case')$$);
ROLLBACK;
-- naming themselves is no lie, but their designation is blank
SET supervision.actor = 'triggers_mallory';
SELECT pg_temp.refusal($$INSERT INTO oversight_entry (case_id, decision) VALUES (12, 'Close the case')$$);
RESET supervision.actor;
-- nor fix the clock, nor detach or disable the trigger, nor delete
SELECT pg_temp.refusal($$SET supervision.clock = '2020-01-01'$$);
SELECT pg_temp.refusal($$SELECT supervision.detach_oversight('oversight_entry')$$);
SELECT pg_temp.refusal($$ALTER TABLE oversight_entry DISABLE TRIGGER supervision_oversight$$);
SELECT pg_temp.refusal($$DROP TRIGGER supervision_oversight ON oversight_entry$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('oversight_entry', 'entered_at', 'manager')$$);
SELECT pg_temp.refusal($$DELETE FROM oversight_entry$$);
SELECT pg_temp.refusal($$TRUNCATE oversight_entry$$);
-- updates => 'any': other columns may change, the stamp may not
UPDATE oversight_entry SET decision = decision || ', within 2 days' RETURNING decision;
SELECT pg_temp.refusal($$UPDATE oversight_entry SET designation = 'Director'$$);
RESET SESSION AUTHORIZATION;

-- the purging role may delete, for retention purges
SET SESSION AUTHORIZATION triggers_records_officer;
DELETE FROM oversight_entry WHERE case_id = 10;
RESET SESSION AUTHORIZATION;

-- migrating historical rows: replica mode skips the triggers, the PostgreSQL way
SET session_replication_role = replica;
INSERT INTO oversight_entry (case_id, decision, heading, manager, entered_at, designation)
VALUES (13, 'Historical decision', 'Management Oversight', 'c.brown', '2019-05-01 09:00', 'Service Manager');
SET session_replication_role = origin;
SELECT case_id, heading, manager, entered_at, designation FROM oversight_entry ORDER BY id;

------------------------------------------------------------------------------
-- Windows given at attach time, and the clock changes
------------------------------------------------------------------------------
CREATE TABLE scottish_note (id serial, discussed_at timestamptz, urgent boolean, late boolean);
SET supervision.calendar = 'scotland';
SELECT supervision.attach_recording_window('scottish_note', 'discussed_at', within => '5 working days',
    within_significant => '24 hours', significant => 'urgent', late => 'late', mode => 'flag');
RESET supervision.calendar;
-- the calendar is the one of the moment of attaching
SELECT definition FROM supervision.attachment WHERE "table" = 'scottish_note'::regclass;
-- Thursday 26 November 2026, 10:00; St Andrew's Day is Monday 30 November
-- in Scotland: 5 working days are Fri 27, Tue 1, Wed 2, Thu 3, Fri 4
-- December, so late from 00:00 on Saturday 5 December (in England and
-- Wales it would be Friday 4 December)
SET supervision.clock = '2026-12-04 23:59:59.999999';
INSERT INTO scottish_note (discussed_at, urgent) VALUES ('2026-11-26 10:00', false) RETURNING late;
SET supervision.clock = '2026-12-05 00:00';
INSERT INTO scottish_note (discussed_at, urgent) VALUES ('2026-11-26 10:00', NULL) RETURNING late;
-- urgent: 24 hours exactly, late from the same time the next day
INSERT INTO scottish_note (discussed_at, urgent) VALUES ('2026-12-04 00:00', true) RETURNING late;
INSERT INTO scottish_note (discussed_at, urgent) VALUES ('2026-12-04 00:00:00.000001', true) RETURNING late;

-- GLO-R1, 1 working day, in reject mode
CREATE TABLE glos_note (id serial, held_at timestamptz NOT NULL, note text);
SELECT supervision.attach_recording_window('glos_note', 'held_at', policy => 'gloucestershire');
-- Friday 27 March 2026, 18:00 GMT; clocks go forward on Sunday 29 March;
-- the working day is Monday 30 March, so late from 00:00 BST on Tuesday
-- 31 March, which is 23:00 UTC on the 30th
SET supervision.clock = '2026-03-30 22:59:59.999999+00';
INSERT INTO glos_note (held_at, note) VALUES ('2026-03-27 18:00+00', 'GLO-R1 spring, on time');
SET supervision.clock = '2026-03-30 23:00:00+00';
SELECT pg_temp.refusal($$INSERT INTO glos_note (held_at, note) VALUES ('2026-03-27 18:00+00', 'GLO-R1 spring, late')$$);
-- Friday 23 October 2026, 18:00 BST (17:00 UTC); clocks go back on Sunday
-- 25 October; the working day is Monday 26 October, late from 00:00 GMT on
-- Tuesday 27 October
SET supervision.clock = '2026-10-26 23:59:59.999999+00';
INSERT INTO glos_note (held_at, note) VALUES ('2026-10-23 17:00+00', 'GLO-R1 autumn, on time');
SET supervision.clock = '2026-10-27 00:00:00+00';
SELECT pg_temp.refusal($$INSERT INTO glos_note (held_at, note) VALUES ('2026-10-23 17:00+00', 'GLO-R1 autumn, late')$$);
-- 23:30 UTC on Sunday 5 July 2026 is already Monday 6 July in London: the
-- working day after is Tuesday 7 July, late from 00:00 BST on Wednesday 8
-- July (23:00 UTC on the 7th); counted in UTC it would be a day earlier
SET supervision.clock = '2026-07-07 22:59:59.999999+00';
INSERT INTO glos_note (held_at, note) VALUES ('2026-07-05 23:30+00', 'GLO-R1 late evening UTC, on time');
SET supervision.clock = '2026-07-07 23:00:00+00';
SELECT pg_temp.refusal($$INSERT INTO glos_note (held_at, note) VALUES ('2026-07-05 23:30+00', 'GLO-R1 late evening UTC, late')$$);
SELECT note FROM glos_note ORDER BY id;

------------------------------------------------------------------------------
-- A council's policy changes: the attached trigger follows it
------------------------------------------------------------------------------
SELECT supervision.copy_policy('slough', 'slough-local');
CREATE TABLE slough_note (id serial, held_at timestamptz, note text);
SELECT supervision.attach_recording_window('slough_note', 'held_at', policy => 'slough-local');
-- SLO-R1, 5 working days from Wednesday 23 December 2026 14:00: Thu 24,
-- Tue 29, Wed 30, Thu 31 December, Mon 4 January (25 and 28 December and
-- 1 January are bank holidays), so late from 00:00 on Tuesday 5 January 2027
SET supervision.clock = '2027-01-04 23:59:59.999999';
INSERT INTO slough_note (held_at, note) VALUES ('2026-12-23 14:00', 'SLO-R1 over Christmas, on time');
SET supervision.clock = '2027-01-05 00:00';
SELECT pg_temp.refusal($$INSERT INTO slough_note (held_at, note) VALUES ('2026-12-23 14:00', 'SLO-R1 over Christmas, late')$$);
-- the council widens its window to 6 working days: the same record is now
-- on time (late from Wednesday 6 January), with no re-attaching
UPDATE supervision.rule SET within = '6 working days'
WHERE policy = 'slough-local' AND rule_id = 'SLO-R1' AND kind = 'window';
INSERT INTO slough_note (held_at, note) VALUES ('2026-12-23 14:00', 'SLO-R1 widened, on time');
-- an event on a day no version covers
SET supervision.clock = '2019-01-05 00:00';
SELECT pg_temp.refusal($$INSERT INTO slough_note (held_at, note) VALUES ('2019-01-04 14:00', 'before the policy')$$);

------------------------------------------------------------------------------
-- The table changes under the trigger; a trigger attached by hand
------------------------------------------------------------------------------
SET supervision.clock = '2027-01-05 00:00';
ALTER TABLE slough_note RENAME COLUMN held_at TO discussed_at;
SELECT pg_temp.refusal($$INSERT INTO slough_note (discussed_at, note) VALUES ('2027-01-04 09:00', 'renamed')$$);
SELECT supervision.detach_recording_window('slough_note');
SELECT supervision.attach_recording_window('slough_note', 'discussed_at', policy => 'slough-local');
INSERT INTO slough_note (discussed_at, note) VALUES ('2027-01-04 09:00', 'after re-attaching');
SELECT pg_temp.refusal($$SELECT supervision.detach_oversight('glos_note')$$);

CREATE TABLE hand_made (id serial, at timestamptz, who text);
CREATE TRIGGER after_insert AFTER INSERT ON hand_made FOR EACH ROW
    EXECUTE FUNCTION supervision.stamp_oversight('recorded_at=at', 'recorded_by=who');
SELECT pg_temp.refusal($$INSERT INTO hand_made DEFAULT VALUES$$);
DROP TRIGGER after_insert ON hand_made;
CREATE TRIGGER per_statement BEFORE INSERT ON hand_made FOR EACH STATEMENT
    EXECUTE FUNCTION supervision.check_recording_window('event=at', 'within=1 day', 'calendar=england-and-wales');
SELECT pg_temp.refusal($$INSERT INTO hand_made DEFAULT VALUES$$);
DROP TRIGGER per_statement ON hand_made;
CREATE TRIGGER bad_arguments BEFORE INSERT ON hand_made FOR EACH ROW
    EXECUTE FUNCTION supervision.stamp_oversight('at', 'who');
SELECT pg_temp.refusal($$INSERT INTO hand_made DEFAULT VALUES$$);
DROP TRIGGER bad_arguments ON hand_made;
CREATE TRIGGER unknown_argument BEFORE INSERT ON hand_made FOR EACH ROW
    EXECUTE FUNCTION supervision.stamp_oversight('recorded_at=at', 'recorded_by=who', 'colour=blue');
SELECT pg_temp.refusal($$INSERT INTO hand_made DEFAULT VALUES$$);
DROP TRIGGER unknown_argument ON hand_made;

-- names that need quoting are quoted, and a name cannot inject SQL
CREATE TABLE "Case Notes; DROP TABLE case_note" ("Written ""At""" timestamptz, "by=whom" text, body text);
SELECT supervision.attach_oversight('"Case Notes; DROP TABLE case_note"', 'Written "At"', 'by=whom');
INSERT INTO "Case Notes; DROP TABLE case_note" (body) VALUES ('quoted') RETURNING *;
SELECT supervision.detach_oversight('"Case Notes; DROP TABLE case_note"');
SELECT count(*) AS case_notes_still_there FROM case_note;

-- a partitioned table: the triggers reach every partition, and go with detaching
CREATE TABLE part_note (id integer, at timestamptz, who text, region text) PARTITION BY LIST (region);
CREATE TABLE part_note_north PARTITION OF part_note FOR VALUES IN ('north');
SELECT supervision.attach_oversight('part_note', 'at', 'who');
INSERT INTO part_note VALUES (1, NULL, 'someone', 'north') RETURNING *;
SELECT pg_temp.refusal($$UPDATE part_note SET who = 'someone'$$);
SELECT "table", trigger FROM supervision.attachment WHERE "table"::text LIKE 'part_note%' ORDER BY 1, 2;
SELECT supervision.detach_oversight('part_note');
SELECT count(*) AS part_note_triggers FROM pg_trigger WHERE tgrelid IN ('part_note'::regclass, 'part_note_north'::regclass);

-- the stamp and window functions are not for PUBLIC
SELECT p.proname, has_function_privilege('public', p.oid, 'EXECUTE') AS public_may_execute
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'supervision'
  AND p.proname IN ('stamp_oversight', 'check_recording_window', '_check_attachment', '_trigger_arguments', '_refuse_second_attachment', '_drop_attachment',
                    'attach_oversight', 'attach_recording_window', 'detach_oversight',
                    'detach_recording_window')
ORDER BY 1;

RESET supervision.clock;
DROP TABLE case_note, oversight_entry, manager, scottish_note, glos_note, slough_note, hand_made,
    "Case Notes; DROP TABLE case_note", part_note;
DROP FUNCTION designation_of(text);
DELETE FROM supervision.policy WHERE name = 'slough-local';
DROP ROLE triggers_trusted_apps, triggers_case_system, triggers_mallory, triggers_purger, triggers_records_officer;
