--
-- Hostile users (issue 7): what a plain login cannot do to the stamps, the
-- triggers, the configuration and other teams' records, each refusal with
-- its documented SQLSTATE; and, as positive controls, what the same login
-- can do, so that no refusal below is just a grant missing everywhere.
--
-- The plain roles have what a council gives a social worker's login: USAGE
-- on schema supervision, EXECUTE on the report functions, SELECT on the
-- case tables the reports read, and SELECT, INSERT, UPDATE on the tables
-- they write (case notes, management oversight entries).  The team lead's
-- login also has DELETE and TRUNCATE on the oversight entries, to show that
-- the trigger refuses where PostgreSQL's privileges would allow.
--
-- SET SESSION AUTHORIZATION (not SET ROLE) where the stamp names the
-- session user; the test's own session began as a superuser, so it can.
--
\pset null '(null)'
SET datestyle = ISO;
SET timezone = 'Europe/London';

\i test/fixtures/refusal.sql

CREATE ROLE regress_sv_staff NOLOGIN;
CREATE ROLE regress_sv_worker LOGIN IN ROLE regress_sv_staff;   -- a social worker, team 1
CREATE ROLE regress_sv_lead LOGIN IN ROLE regress_sv_staff;     -- team 1's team manager
CREATE ROLE regress_sv_south LOGIN IN ROLE regress_sv_staff;    -- a social worker, team 2
CREATE ROLE regress_sv_apps NOLOGIN;     -- actor_role: trusted to name others (no members)
CREATE ROLE regress_sv_purger NOLOGIN;   -- purger: may delete entries (no members)
GRANT USAGE ON SCHEMA supervision TO regress_sv_staff;

------------------------------------------------------------------------------
-- The clock before the library loads.  supervision.clock is a superuser's
-- setting (README); before the extension's library is loaded in a session
-- PostgreSQL keeps any SET of an unknown "supervision.*" name as a
-- placeholder, whoever sets it.  When the library loads, a placeholder set
-- by a plain user is dropped with a warning, and the clock is the server's.
-- (This must run first: nothing in this session has loaded the library yet.)
------------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_sv_worker;
SELECT pg_temp.refusal($$SET supervision.clock = '2001-01-01 09:00'$$);
SHOW supervision.clock;
SELECT supervision.is_working_day('2026-12-28') AS "loads the library";
SHOW supervision.clock;
RESET SESSION AUTHORIZATION;

------------------------------------------------------------------------------
-- The council: the sample case schema, two teams, the triggers attached and
-- the sources registered the documented way (as test/sample/attach.sql)
------------------------------------------------------------------------------
\set ECHO none
\i test/sample/schema.sql
\set ECHO all

INSERT INTO casework.team VALUES (1, 'North'), (2, 'South');
INSERT INTO casework.worker VALUES
    ('W02', 'Lee North', 'team_manager',  1, NULL,  '2023-01-01', NULL),
    ('W04', 'Pat South', 'team_manager',  2, NULL,  '2023-01-01', NULL),
    ('W01', 'Ann North', 'social_worker', 1, 'W02', '2024-01-01', NULL),
    ('W03', 'Sam South', 'social_worker', 2, 'W04', '2024-01-01', NULL);
-- which login is which member of staff, in which team (for row-level security)
CREATE TABLE casework.staff_login (
    login     name PRIMARY KEY,
    worker_id text NOT NULL REFERENCES casework.worker,
    team_id   integer NOT NULL REFERENCES casework.team
);
INSERT INTO casework.staff_login VALUES
    ('regress_sv_worker', 'W01', 1), ('regress_sv_lead', 'W02', 1), ('regress_sv_south', 'W03', 2);
INSERT INTO casework.child VALUES
    (1, 'A', 'One', '2015-01-01'), (2, 'B', 'Two', '2016-02-02'),
    (3, 'C', 'Three', '2017-03-03'), (4, 'D', 'Four', '2018-04-04');
INSERT INTO casework.case_file VALUES
    ('C1', 1, 'cp',  'W01', '2026-01-05', NULL),
    ('C2', 2, 'cin', 'W01', '2026-06-01', NULL),
    ('C3', 3, 'cla', 'W03', '2025-03-01', NULL),
    ('C4', 4, 'cin', 'W03', '2026-02-01', NULL);
-- history, written before the triggers were attached
INSERT INTO casework.case_note (case_ref, note_type, event_at, recorded_at, author, body) VALUES
    ('C1', 'Case supervision', '2026-09-10 10:00', '2026-09-11 09:00', 'W02', 'Reviewed the CP plan'),
    ('C2', 'Case supervision', '2026-08-03 14:00', '2026-08-04 09:00', 'W02', 'Reviewed the CIN plan'),
    ('C2', 'Home visit',       '2026-11-02 11:00', '2026-11-02 16:00', 'W01', 'Visited at home'),
    ('C3', 'Case supervision', '2026-10-01 10:00', '2026-10-01 15:00', 'W04', 'Reviewed the care plan'),
    ('C4', 'Case supervision', '2026-07-15 10:00', '2026-07-16 09:00', 'W04', 'Reviewed the CIN plan');
INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation) VALUES
    ('C1', 'Plan agreed at the strategy meeting', '2026-09-12 10:00', 'regress_sv_lead', 'Management Oversight', 'Team Manager'),
    ('C3', 'Placement stable', '2026-10-02 10:00', 'pat.south', 'Management Oversight', 'Team Manager');
INSERT INTO casework.supervision_session (supervisee, supervisor, session_date, status) VALUES
    ('W01', 'W02', '2026-10-20', 'held'),
    ('W01', 'W02', '2026-11-17', 'cancelled'),
    ('W02', 'W04', '2026-11-05', 'held'),
    ('W03', 'W04', '2026-09-15', 'held'),
    ('W04', 'W02', '2026-11-10', 'held');

SELECT supervision.attach_oversight('casework.oversight_entry', 'recorded_at', 'recorded_by',
    heading => 'heading', heading_text => 'Management Oversight', designation => 'designation',
    actor_role => 'regress_sv_apps', purger => 'regress_sv_purger');
SELECT supervision.attach_recording_window('casework.case_note', 'event_at',
    within => '5 working days', within_significant => '24 hours', calendar => 'england-and-wales',
    mode => 'flag', significant => 'significant', late => 'is_late', late_reason => 'late_reason');
SELECT "table", "trigger", kind, enabled FROM supervision.attachment ORDER BY "table"::text, "trigger";

SELECT kind FROM supervision.register_source('staff', 'casework.worker',
    '{"key": "worker_id", "name": "full_name", "role": "job_role", "team": "team_id",
      "supervisor": "line_manager", "started": "role_start", "left_on": "leaving_date"}');
SELECT kind FROM supervision.register_source('cases', 'casework.case_file',
    '{"key": "case_ref", "child": "child_id", "category": "legal_status", "worker": "worker_id",
      "opened": "opened_on", "closed": "closed_on"}');
SELECT kind FROM supervision.register_source('supervision_sessions', 'casework.supervision_session',
    '{"staff": "supervisee", "held_at": "session_date", "kind": "status"}', counts => '{held}');
SELECT kind FROM supervision.register_source('case_discussions', 'casework.case_note',
    '{"case_key": "case_ref", "held_at": "event_at", "kind": "note_type"}', counts => '{Case supervision}');
SELECT kind FROM supervision.register_source('oversight', 'casework.oversight_entry', '{"case_key": "case_ref"}');

-- what the council grants its staff (EXECUTE on the reports is PUBLIC's
-- already; granted here as a council's script would say it)
GRANT EXECUTE ON FUNCTION supervision.supervision_due(date, supervision.timescale),
    supervision.case_discussions_due(date, supervision.timescale),
    supervision.pre_supervision_report(text, date, supervision.timescale) TO regress_sv_staff;
GRANT USAGE ON SCHEMA casework TO regress_sv_staff;
GRANT SELECT ON casework.team, casework.worker, casework.staff_login, casework.child,
    casework.case_file, casework.supervision_session TO regress_sv_staff;
GRANT SELECT, INSERT, UPDATE ON casework.case_note, casework.oversight_entry TO regress_sv_staff;
GRANT DELETE, TRUNCATE ON casework.oversight_entry TO regress_sv_lead;

------------------------------------------------------------------------------
-- Positive controls: the plain login records, and is stamped with its own
-- name and the server's clock, whatever it sends
------------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_sv_worker;
-- the server's clock (none is fixed): the stamp is the time of the statement
BEGIN;
INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation)
VALUES ('C1', 'Forged stamp', '2001-01-01 09:00', 'regress_sv_lead', 'Nothing to see', 'Team Manager')
RETURNING recorded_by, heading, recorded_at = statement_timestamp() AS "recorded at the statement's time";
ROLLBACK;
RESET SESSION AUTHORIZATION;

-- from here the superuser fixes the clock: Friday 20 November 2026, 14:30
SET supervision.clock = '2026-11-20 14:30';
SET SESSION AUTHORIZATION regress_sv_lead;
INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation)
VALUES ('C2', 'Step-down plan agreed', '2001-01-01 09:00', 'someone else', 'Nothing to see', 'Team Manager')
RETURNING case_ref, recorded_at, recorded_by, heading, designation;
RESET SESSION AUTHORIZATION;

SET SESSION AUTHORIZATION regress_sv_worker;
-- the designation is the application's word (README: "the application gives
-- it"); a council that needs it trusted looks it up with designation_from
INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation)
VALUES ('C1', 'Child seen alone', '2001-01-01 09:00', 'regress_sv_lead', 'Nothing to see', 'Social Worker')
RETURNING case_ref, recorded_at, recorded_by, heading, designation;
-- COPY is stamped as INSERT is
COPY casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation) FROM STDIN;
C1	Copied in with a forged stamp	2001-01-01 09:00+00	regress_sv_lead	Nothing to see	Social Worker
\.
-- MERGE's INSERT too
MERGE INTO casework.oversight_entry o
USING (VALUES ('C2', 'Merged in with a forged stamp')) AS s (case_ref, body) ON false
WHEN NOT MATCHED THEN INSERT (case_ref, body, recorded_at, recorded_by, heading, designation)
    VALUES (s.case_ref, s.body, '2001-01-01 09:00', 'regress_sv_lead', 'Nothing to see', 'Social Worker');
SELECT case_ref, body, recorded_at, recorded_by, heading, designation
FROM casework.oversight_entry ORDER BY entry_id;

-- case notes: the recording window (5 working days, 24 hours when
-- significant) is judged by the server; a forged late flag does not survive.
-- Fri 13 Nov 09:30 + 5 working days: due Fri 20 Nov, late from Sat 21 Nov
-- 00:00, so on time at 14:30 on the 20th; Wed 18 Nov 10:00, significant:
-- late from Thu 19 Nov 10:00.
INSERT INTO casework.case_note (case_ref, note_type, event_at, author, significant, is_late, body)
VALUES ('C2', 'Home visit', '2026-11-13 09:30', 'W01', false, true, 'Home visit, on time')
RETURNING case_ref, event_at, significant, is_late;
INSERT INTO casework.case_note (case_ref, note_type, event_at, author, significant, is_late, body)
VALUES ('C2', 'Home visit', '2026-11-18 10:00', 'W01', true, false, 'Home visit, significant, late')
RETURNING case_ref, event_at, significant, is_late;
-- the login may UPDATE a case note (a column the window was not judged from)
UPDATE casework.case_note SET body = body || ' (typo mended)' WHERE body = 'Home visit, on time'
RETURNING body;

------------------------------------------------------------------------------
-- 1. The stamp cannot change (SV101), nor an entry that may not change
-- (SV102: updates => 'none', the default), by UPDATE, INSERT ... ON CONFLICT
-- or MERGE; nor a column a recording window was judged from (SV101)
------------------------------------------------------------------------------
-- the team manager's entry on C2
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET recorded_at = '2026-11-19 09:00' WHERE body = 'Step-down plan agreed'$$);
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET recorded_by = 'regress_sv_worker' WHERE body = 'Step-down plan agreed'$$);
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET heading = 'Case note' WHERE body = 'Step-down plan agreed'$$);
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET designation = 'Service Manager' WHERE body = 'Step-down plan agreed'$$);
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET body = 'No plan agreed' WHERE body = 'Step-down plan agreed'$$);
-- nor the login's own entry
SELECT pg_temp.refusal($$UPDATE casework.oversight_entry SET body = 'Child not seen' WHERE body = 'Child seen alone'$$);
SELECT pg_temp.refusal($$INSERT INTO casework.oversight_entry (entry_id, case_ref, body, designation)
    SELECT entry_id, case_ref, body, designation FROM casework.oversight_entry WHERE body = 'Step-down plan agreed'
    ON CONFLICT (entry_id) DO UPDATE SET recorded_by = EXCLUDED.recorded_by$$);
SELECT pg_temp.refusal($$MERGE INTO casework.oversight_entry o USING (VALUES ('Step-down plan agreed')) AS s (body)
    ON o.body = s.body WHEN MATCHED THEN UPDATE SET recorded_at = '2026-11-19 09:00'$$);
-- the late case note stays late, and stays judged as it was
SELECT pg_temp.refusal($$UPDATE casework.case_note SET is_late = false WHERE body = 'Home visit, significant, late'$$);
SELECT pg_temp.refusal($$UPDATE casework.case_note SET significant = false WHERE body = 'Home visit, significant, late'$$);
SELECT pg_temp.refusal($$UPDATE casework.case_note SET event_at = '2026-11-20 09:00' WHERE body = 'Home visit, significant, late'$$);
-- nor can the session's own settings move a window: it is counted in the
-- attached calendar and its time zone.  Thu 12 Nov 23:30 in London + 5
-- working days: due Thu 19 Nov, late from Fri 20 Nov 00:00 London, so late
-- at 09:00 on the 20th.  (In Kiritimati, UTC+14, the event falls on Fri 13
-- Nov: counted there it would be due Fri 20 and on time.)
RESET SESSION AUTHORIZATION;
SET supervision.clock = '2026-11-20 09:00';
SET SESSION AUTHORIZATION regress_sv_worker;
SET timezone = 'Pacific/Kiritimati';
SET supervision.calendar = 'scotland';
INSERT INTO casework.case_note (case_ref, note_type, event_at, author, is_late, body)
VALUES ('C1', 'Home visit', '2026-11-12 23:30 Europe/London', 'W01', false, 'Home visit, late in London')
RETURNING case_ref, event_at, is_late;
SET timezone = 'Europe/London';
RESET supervision.calendar;
RESET SESSION AUTHORIZATION;
SET supervision.clock = '2026-11-20 14:30';
SET SESSION AUTHORIZATION regress_sv_worker;

------------------------------------------------------------------------------
-- 2. DELETE and TRUNCATE.  The worker's login has no DELETE or TRUNCATE
-- privilege, so PostgreSQL refuses (42501) before any trigger runs.  The
-- team manager's login has both privileges, and the trigger refuses (SV103):
-- only members of the purging role may remove entries.  Neither can become
-- the purging role (42501).
------------------------------------------------------------------------------
SELECT pg_temp.refusal($$DELETE FROM casework.oversight_entry WHERE body = 'Child seen alone'$$);
SELECT pg_temp.refusal($$TRUNCATE casework.oversight_entry$$);
SELECT pg_temp.refusal($$DELETE FROM casework.case_note$$);
SELECT pg_temp.refusal($$SET ROLE regress_sv_purger$$);
RESET SESSION AUTHORIZATION;
SET SESSION AUTHORIZATION regress_sv_lead;
SELECT pg_temp.refusal($$DELETE FROM casework.oversight_entry WHERE body = 'Step-down plan agreed'$$);
SELECT pg_temp.refusal($$DELETE FROM casework.oversight_entry$$);
SELECT pg_temp.refusal($$TRUNCATE casework.oversight_entry$$);
SELECT pg_temp.refusal($$MERGE INTO casework.oversight_entry o USING (VALUES ('C2')) AS s (case_ref)
    ON o.case_ref = s.case_ref WHEN MATCHED THEN DELETE$$);
SELECT pg_temp.refusal($$SET ROLE regress_sv_purger$$);
RESET SESSION AUTHORIZATION;

------------------------------------------------------------------------------
-- 3. supervision.actor naming someone else: the login is not a member of
-- the table's actor_role, so the entry is refused (SV104); the SET itself
-- is any user's.  Naming themselves is allowed.  An actor holds for the
-- transaction that sets it: one left from an earlier transaction is
-- refused (SV106) whoever it names.
------------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_sv_worker;
BEGIN;
SET LOCAL supervision.actor = 'regress_sv_lead';
SELECT pg_temp.refusal($$INSERT INTO casework.oversight_entry (case_ref, body, designation)
    VALUES ('C1', 'Written as the team manager', 'Team Manager')$$);
ROLLBACK;
SET supervision.actor = 'regress_sv_lead';
SELECT pg_temp.refusal($$INSERT INTO casework.oversight_entry (case_ref, body, designation)
    VALUES ('C1', 'Written as the team manager, set in an earlier transaction', 'Team Manager')$$);
BEGIN;
SET LOCAL supervision.actor = 'alice.smith';
SELECT pg_temp.refusal($$INSERT INTO casework.oversight_entry (case_ref, body, designation)
    VALUES ('C1', 'Written as someone else', 'Team Manager')$$);
ROLLBACK;
-- a name that differs only in case is someone else
BEGIN;
SET LOCAL supervision.actor = 'REGRESS_SV_WORKER';
SELECT pg_temp.refusal($$INSERT INTO casework.oversight_entry (case_ref, body, designation)
    VALUES ('C1', 'Written as my double', 'Social Worker')$$);
ROLLBACK;
SET supervision.actor = 'regress_sv_worker';
INSERT INTO casework.oversight_entry (case_ref, body, designation)
VALUES ('C1', 'Written as myself', 'Social Worker')
RETURNING case_ref, body, recorded_at, recorded_by;
RESET supervision.actor;

------------------------------------------------------------------------------
-- 4. Detaching or disabling the triggers: the detach (and attach) functions
-- are revoked from PUBLIC; only the table's owner may alter a table's
-- triggers; session_replication_role is a superuser's setting.  42501 each.
------------------------------------------------------------------------------
SELECT pg_temp.refusal($$SELECT supervision.detach_oversight('casework.oversight_entry')$$);
SELECT pg_temp.refusal($$SELECT supervision.detach_recording_window('casework.case_note')$$);
SELECT pg_temp.refusal($$SELECT supervision._drop_attachment('casework.oversight_entry', 'supervision.stamp_oversight()', 'stamping')$$);
SELECT pg_temp.refusal($$SELECT supervision.attach_oversight('casework.oversight_entry', 'recorded_at', 'recorded_by', actor_role => 'regress_sv_staff', purger => 'regress_sv_staff')$$);
SELECT pg_temp.refusal($$ALTER TABLE casework.oversight_entry DISABLE TRIGGER supervision_oversight$$);
SELECT pg_temp.refusal($$ALTER TABLE casework.oversight_entry DISABLE TRIGGER supervision_oversight_truncate$$);
SELECT pg_temp.refusal($$ALTER TABLE casework.oversight_entry DISABLE TRIGGER ALL$$);
SELECT pg_temp.refusal($$ALTER TABLE casework.case_note DISABLE TRIGGER supervision_recording_window$$);
SELECT pg_temp.refusal($$DROP TRIGGER supervision_oversight ON casework.oversight_entry$$);
SELECT pg_temp.refusal($$DROP TRIGGER supervision_recording_window ON casework.case_note$$);
SELECT pg_temp.refusal($$ALTER TABLE casework.oversight_entry RENAME COLUMN recorded_by TO entered_by$$);
SELECT pg_temp.refusal($$SET session_replication_role = replica$$);
SELECT pg_temp.refusal($$SELECT set_config('session_replication_role', 'replica', true)$$);
SELECT "table", "trigger", kind, enabled FROM supervision.attachment ORDER BY "table"::text, "trigger";
SHOW session_replication_role;

------------------------------------------------------------------------------
-- 5. Configuration is the owner's: the policy, calendar and source tables
-- are SELECT only for PUBLIC (42501 for any write), register_source and
-- unregister_source are revoked from PUBLIC (42501), copy_policy is PUBLIC's
-- but writes the policy tables with the caller's rights (42501), nothing
-- can be planted in schema supervision (42501), and supervision.clock is a
-- superuser's setting (42501 however it is set)
------------------------------------------------------------------------------
SELECT pg_temp.refusal($$INSERT INTO supervision.policy (name, title, calendar) VALUES ('regress_hostile', 'Mine', 'england-and-wales')$$);
SELECT pg_temp.refusal($$UPDATE supervision.policy SET calendar = 'scotland' WHERE name = 'leeds'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.policy WHERE NOT builtin$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version (policy, version, in_force) VALUES ('leeds', 2, '[2026-11-01,)')$$);
SELECT pg_temp.refusal($$UPDATE supervision.policy_version SET in_force = '[2026-11-01,)' WHERE policy = 'leeds'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.policy_version WHERE policy = 'leeds'$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every) VALUES ('leeds', 1, 'LEE-P9', 'cadence', 'personal_supervision', 'quarterly')$$);
SELECT pg_temp.refusal($$UPDATE supervision.rule SET every = '12 months' WHERE policy = 'leeds' AND rule_id = 'LEE-P1'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.rule WHERE policy = 'leeds'$$);
SELECT pg_temp.refusal($$TRUNCATE supervision.rule$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.vocabulary (kind, name, description) VALUES ('role', 'exempt', 'Never supervised')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.calendar (name, based_on) VALUES ('regress_hostile', NULL)$$);
SELECT pg_temp.refusal($$UPDATE supervision.calendar SET weekend_days = '{1,2,3,4,5,6,7}' WHERE name = 'england-and-wales'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.calendar WHERE NOT builtin$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('england-and-wales', '2026-11-23', 'A day off')$$);
SELECT pg_temp.refusal($$UPDATE supervision.closure_day SET day = day + 1$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.closure_day$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.source (kind, relation, columns) VALUES ('appraisals', 'casework.staff_login', '{}')$$);
SELECT pg_temp.refusal($$UPDATE supervision.source SET relation = 'casework.staff_login' WHERE kind = 'staff'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.source$$);
SELECT pg_temp.refusal($$UPDATE supervision.source_field SET required = false$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', 'casework.staff_login', '{"key": "login", "role": "login", "started": "login"}')$$);
SELECT pg_temp.refusal($$SELECT supervision.unregister_source('staff')$$);
SELECT pg_temp.refusal($$SELECT supervision.copy_policy('leeds', 'regress_hostile')$$);
SELECT pg_temp.refusal($$ALTER TABLE supervision.rule DISABLE TRIGGER protect_presets$$);
SELECT pg_temp.refusal($$CREATE FUNCTION supervision.regress_planted() RETURNS integer LANGUAGE sql AS 'SELECT 1'$$);
-- the clock
SELECT pg_temp.refusal($$SET supervision.clock = '2026-11-10 09:00'$$);
SELECT pg_temp.refusal($$SET LOCAL supervision.clock = '2026-11-10 09:00'$$);
SELECT pg_temp.refusal($$RESET supervision.clock$$);
SELECT pg_temp.refusal($$SELECT set_config('supervision.clock', '2026-11-10 09:00', false)$$);
SELECT pg_temp.refusal($$ALTER ROLE CURRENT_USER SET supervision.clock = '2026-11-10 09:00'$$);
SELECT pg_temp.refusal($$CREATE FUNCTION pg_temp.backdated() RETURNS void LANGUAGE sql
    SET supervision.clock = '2026-11-10 09:00' AS 'SELECT'$$);
SHOW supervision.clock;
RESET SESSION AUTHORIZATION;
-- nothing was written
SELECT count(*) AS hostile_policies FROM supervision.policy WHERE name = 'regress_hostile';
SELECT count(*) AS hostile_calendars FROM supervision.calendar WHERE name = 'regress_hostile';
SELECT every AS "LEE-P1 every" FROM supervision.rule WHERE policy = 'leeds' AND rule_id = 'LEE-P1';
SELECT kind, relation FROM supervision.source ORDER BY kind;
SELECT count(*) AS role_settings FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
WHERE r.rolname LIKE 'regress\_sv\_%';
SELECT case_ref, body, recorded_at, recorded_by, heading, designation
FROM casework.oversight_entry ORDER BY entry_id;
SELECT case_ref, note_type, event_at, significant, is_late, body
FROM casework.case_note ORDER BY note_id;

------------------------------------------------------------------------------
-- 6. Another team's records, through the reports.  The reports run with the
-- caller's rights, so the DBA's row-level security holds: each login sees
-- its own team's staff, cases, sessions, notes and entries, the superuser
-- sees all.  Leeds: LEE-P1 monthly supervision, LEE-C1 a case discussion
-- every 3 months; on Sun 22 Nov 2026 the horizon (5 WD) ends Fri 27 Nov.
--   W01 held 20 Oct (the 17 Nov session was cancelled): due 20 Nov, overdue 2
--   W02 held 5 Nov: due 5 Dec, on track;  W04 held 10 Nov: due 10 Dec
--   W03 held 15 Sep: due 15 Oct, overdue 38
--   C1 (cp) discussed 10 Sep: due 10 Dec;  C2 (cin) 3 Aug: due 3 Nov, overdue 19
--   C3 (cla) 1 Oct: due 1 Jan 2027;  C4 (cin) 15 Jul: due 15 Oct, overdue 38
-- (home visits are not case discussions)
------------------------------------------------------------------------------
CREATE FUNCTION casework.login_team() RETURNS integer
LANGUAGE sql STABLE
AS $$ SELECT team_id FROM casework.staff_login WHERE login = current_user $$;
ALTER TABLE casework.worker ENABLE ROW LEVEL SECURITY;
ALTER TABLE casework.case_file ENABLE ROW LEVEL SECURITY;
ALTER TABLE casework.supervision_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE casework.case_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE casework.oversight_entry ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_team ON casework.worker
    USING (team_id = casework.login_team());
CREATE POLICY own_team ON casework.case_file
    USING (EXISTS (SELECT FROM casework.worker w
                   WHERE w.worker_id = case_file.worker_id AND w.team_id = casework.login_team()));
CREATE POLICY own_team ON casework.supervision_session
    USING (EXISTS (SELECT FROM casework.worker w
                   WHERE w.worker_id = supervision_session.supervisee AND w.team_id = casework.login_team()));
CREATE POLICY own_team ON casework.case_note
    USING (EXISTS (SELECT FROM casework.case_file c JOIN casework.worker w ON w.worker_id = c.worker_id
                   WHERE c.case_ref = case_note.case_ref AND w.team_id = casework.login_team()));
CREATE POLICY own_team ON casework.oversight_entry
    USING (EXISTS (SELECT FROM casework.case_file c JOIN casework.worker w ON w.worker_id = c.worker_id
                   WHERE c.case_ref = oversight_entry.case_ref AND w.team_id = casework.login_team()));
SET supervision.policy = 'leeds';

-- the superuser sees every team
SELECT * FROM supervision.supervision_due('2026-11-22');
SELECT * FROM supervision.case_discussions_due('2026-11-22') ORDER BY case_key;
SELECT * FROM supervision.pre_supervision_report('W03', '2026-11-22');

-- the worker in team 1: only team 1
SET SESSION AUTHORIZATION regress_sv_worker;
SELECT worker_id FROM casework.worker ORDER BY 1;
SELECT * FROM supervision.supervision_due('2026-11-22');
SELECT * FROM supervision.case_discussions_due('2026-11-22') ORDER BY case_key;
SELECT * FROM supervision.pre_supervision_report('W01', '2026-11-22');
-- the views of the reports read with the login's rights too (security_invoker)
SELECT count(*) FILTER (WHERE team IS DISTINCT FROM '1') AS other_teams_cases, count(*) > 0 AS some_cases
FROM supervision.caseloads_today;
-- another team's worker is not in the staff source as this login sees it:
-- refused as a key that does not exist is, with the same words (SV303), so
-- the refusal does not even tell whether W03 exists
SELECT pg_temp.refusal($$SELECT * FROM supervision.pre_supervision_report('W03', '2026-11-22')$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.pre_supervision_report('W99', '2026-11-22')$$);
-- the login cannot switch row-level security off: the report is refused
SET row_security = off;
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
RESET row_security;
-- nor shadow a source with a table of its own
CREATE TEMP TABLE worker (worker_id text, full_name text, job_role text, team_id integer,
                          line_manager text, role_start date, leaving_date date);
INSERT INTO worker VALUES ('W03', 'Sam South', 'social_worker', 1, NULL, '2024-01-01', NULL);
SET search_path = pg_temp, casework, public;
SELECT staff, team FROM supervision.supervision_due('2026-11-22');
RESET search_path;
DROP TABLE pg_temp.worker;
-- nor write a case note on another team's case
SELECT pg_temp.refusal($$INSERT INTO casework.case_note (case_ref, note_type, event_at, author, body)
    VALUES ('C3', 'Home visit', '2026-11-19 10:00', 'W01', 'Not my case')$$);
-- nor touch another team's entries: for this login they are not there
UPDATE casework.oversight_entry SET body = 'Placement breaking down' WHERE case_ref = 'C3'
RETURNING case_ref, body;
RESET SESSION AUTHORIZATION;

-- the worker in team 2: only team 2
SET ROLE regress_sv_south;
SELECT * FROM supervision.supervision_due('2026-11-22');
SELECT * FROM supervision.case_discussions_due('2026-11-22') ORDER BY case_key;
SELECT pg_temp.refusal($$SELECT * FROM supervision.pre_supervision_report('W01', '2026-11-22')$$);
RESET ROLE;

------------------------------------------------------------------------------
-- Clean up: the sources, the schema, the roles (roles are cluster-wide)
------------------------------------------------------------------------------
SET client_min_messages = warning;
RESET supervision.policy;
RESET supervision.clock;
SELECT supervision.unregister_source(kind) FROM supervision.source
WHERE relation::text LIKE 'casework.%' ORDER BY kind;
DROP SCHEMA casework CASCADE;
DROP OWNED BY regress_sv_staff, regress_sv_worker, regress_sv_lead, regress_sv_south,
    regress_sv_apps, regress_sv_purger;
DROP ROLE regress_sv_worker, regress_sv_lead, regress_sv_south, regress_sv_staff,
    regress_sv_apps, regress_sv_purger;
