--
-- Reports over a council's own tables: registering where things live
-- (every refusal), report SQL that quotes every identifier (hostile names
-- cannot inject), and the refusals of the report functions.  The reports'
-- answers, worked out by hand, are in test/pgtap/reports.sql.
--
\pset null '(null)'
SET datestyle = ISO;
SET timezone = 'Europe/London';
SET client_min_messages = warning;

\i test/fixtures/refusal.sql

-- staff kept as a council might, with names that need quoting everywhere
CREATE SCHEMA "Case Work";
CREATE TABLE "Case Work"."Staff; DROP TABLE x" (
    "Worker ID"            text PRIMARY KEY,
    "role"                 varchar(40) NOT NULL,
    "start""ed"            date NOT NULL,
    "left_on"              timestamptz,
    "x); DROP TABLE y; --" text,
    salary                 numeric
);
CREATE TABLE y (keep integer);
INSERT INTO y VALUES (1);
INSERT INTO "Case Work"."Staff; DROP TABLE x" VALUES
    ('W 1', 'social_worker', '2024-01-01', NULL, 'Team A', 30000),
    ('W''2', 'team_manager', '2024-01-01', '2026-06-30 23:30+01', 'Team A', 50000);
CREATE TABLE "Case Work".sessions ("who?" text, "when" timestamptz, status text);
INSERT INTO "Case Work".sessions VALUES
    ('W 1', '2026-10-01 09:00+01', 'held'),
    ('W 1', '2026-10-30 09:00+00', 'cancelled'),
    ('W 1', '2026-11-23 00:30+00', 'held');   -- after the end of 22 Nov in London

-- what each kind of source has
SELECT kind, string_agg(field || CASE WHEN required THEN '*' ELSE '' END, ' ' ORDER BY position) AS fields
FROM supervision.source_field GROUP BY kind ORDER BY kind;

-- refusals of register_source
SELECT pg_temp.refusal($$SELECT supervision.register_source('staf', '"Case Work"."Staff; DROP TABLE x"')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source(NULL, '"Case Work"."Staff; DROP TABLE x"')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', NULL)$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', 'supervision.source_field_pkey')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '[1]')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": "Worker ID", "grade": "salary"}')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": 1}')$$);
-- a required field with no column of its name
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": "Worker ID"}')$$);
-- a named column that does not exist
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": "worker id", "started": "start\"ed"}')$$);
-- wrong types
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": "Worker ID", "started": "start\"ed", "role": "salary"}')$$);
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"', '{"key": "Worker ID", "started": "role"}')$$);
-- counts without a kind column
SELECT pg_temp.refusal($$SELECT supervision.register_source('supervision_sessions', '"Case Work".sessions', '{"staff": "who?", "held_at": "when"}', '{held}')$$);
-- nothing was written by the refusals
SELECT count(*) AS registered FROM supervision.source;

-- registered: an unnamed optional field reads the column of its own name (left_on)
SELECT kind, relation, columns, counts
FROM supervision.register_source('staff', '"Case Work"."Staff; DROP TABLE x"',
    '{"key": "Worker ID", "started": "start\"ed", "team": "x); DROP TABLE y; --"}');
SELECT kind, relation, columns, counts
FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "status"}', '{held}');

-- the source functions written from them quote every identifier and
-- literal, qualify every name (they are inlined under the caller's
-- search_path), and name their arguments by number, $1 the time zone and
-- $2 the end of the report's day (a council's column may have any name)
SELECT supervision._source_body('staff');
SELECT supervision._source_body('supervision_sessions');
-- one value of counts is compared with =, which the planner estimates from
-- the column's statistics as it does a hand-written filter; several with
-- = ANY; either way every value is quoted
SELECT supervision._source_body('supervision_sessions')
     = $$SELECT r."who?"::pg_catalog.text, r."when", NULL::pg_catalog.numeric, r.status::pg_catalog.text FROM "Case Work".sessions AS r WHERE r."when" OPERATOR(pg_catalog.<) COALESCE($2, 'infinity'::pg_catalog.timestamptz) AND r.status::pg_catalog.text OPERATOR(pg_catalog.=) 'held'$$ AS one_value;
SELECT counts FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "status"}', ARRAY['held', 'it''s held; DROP TABLE y; --']);
SELECT supervision._source_body('supervision_sessions')
     = $$SELECT r."who?"::pg_catalog.text, r."when", NULL::pg_catalog.numeric, r.status::pg_catalog.text FROM "Case Work".sessions AS r WHERE r."when" OPERATOR(pg_catalog.<) COALESCE($2, 'infinity'::pg_catalog.timestamptz) AND r.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{held,"it''s held; DROP TABLE y; --"}'::pg_catalog.text[])$$ AS several_values;
SELECT counts FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "status"}', ARRAY['it''s held; DROP TABLE y; --']);
SELECT supervision._source_body('supervision_sessions')
     = $$SELECT r."who?"::pg_catalog.text, r."when", NULL::pg_catalog.numeric, r.status::pg_catalog.text FROM "Case Work".sessions AS r WHERE r."when" OPERATOR(pg_catalog.<) COALESCE($2, 'infinity'::pg_catalog.timestamptz) AND r.status::pg_catalog.text OPERATOR(pg_catalog.=) 'it''s held; DROP TABLE y; --'$$ AS one_hostile_value;
-- and the function the reports read is written from it
SELECT prosrc = supervision._source_body('supervision_sessions') AS written
FROM pg_proc WHERE oid = 'supervision._source_supervision_sessions(text, timestamptz)'::regprocedure;
SELECT counts FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "status"}', '{held}');

-- what a report reads once, from the session's policy cache (C), is what
-- the policy tables say, for every policy and topic: no row differs
SELECT p.name, t.topic,
       supervision._rule_subjects(p.name, t.topic) AS cached,
       (SELECT CASE WHEN bool_or(CASE WHEN t.topic = 'case_discussion' THEN r.categories ELSE r.roles END IS NULL)
                    THEN NULL ELSE array_agg(DISTINCT s COLLATE "C" ORDER BY s COLLATE "C") END
        FROM supervision.rule r
        LEFT JOIN LATERAL unnest(CASE WHEN t.topic = 'case_discussion' THEN r.categories ELSE r.roles END) AS s ON true
        WHERE r.policy = p.name AND r.topic = t.topic AND r.kind = 'cadence') AS in_tables
FROM supervision.policy p
CROSS JOIN (VALUES ('personal_supervision'), ('case_discussion'), ('agreement'), ('appraisal'), ('nothing')) AS t(topic)
WHERE supervision._rule_subjects(p.name, t.topic) IS DISTINCT FROM
      (SELECT CASE WHEN bool_or(CASE WHEN t.topic = 'case_discussion' THEN r.categories ELSE r.roles END IS NULL)
                   THEN NULL ELSE array_agg(DISTINCT s COLLATE "C" ORDER BY s COLLATE "C") END
       FROM supervision.rule r
       LEFT JOIN LATERAL unnest(CASE WHEN t.topic = 'case_discussion' THEN r.categories ELSE r.roles END) AS s ON true
       WHERE r.policy = p.name AND r.topic = t.topic AND r.kind = 'cadence');
SELECT p.name, supervision._recording_windows(p.name) AS cached
FROM supervision.policy p
WHERE supervision._recording_windows(p.name) IS DISTINCT FROM
      (SELECT coalesce(range_agg(v.in_force), '{}') FROM supervision.policy_version v
       WHERE v.policy = p.name
         AND EXISTS (SELECT FROM supervision.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'window' AND r.topic = 'case_record'));
-- the windows of a policy that has them, and one that has none
SELECT supervision._recording_windows('islington') AS islington, supervision._recording_windows('leeds') AS leeds,
       supervision._recording_windows('nowhere') AS nowhere, supervision._rule_subjects('nowhere', 'agreement') AS none;
SELECT supervision._rule_subjects('leeds', 'case_discussion');

-- the reports refuse without a policy, and with one that does not exist
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
SET supervision.policy = 'nowhere';
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
SET supervision.policy = 'leeds';

-- W 1: held Thu 1 Oct 2026 (the cancelled one and the one after 22 Nov in
-- London do not count); LEE-P1 monthly: due Sun 1 Nov 2026, 21 days overdue.
-- W'2 left on 30 Jun 2026 (23:30 BST, that day in London).
SELECT * FROM supervision.supervision_due('2026-11-22');
-- the leaver's supervision file, LEE-R2: 72 months after Tue 30 Jun 2026 = Wed 30 Jun 2032
SELECT * FROM supervision.retention_due('2026-11-22');
-- the hostile names did nothing
SELECT count(*) AS y_rows FROM y;

-- a source not registered
SELECT pg_temp.refusal($$SELECT * FROM supervision.case_discussions_due('2026-11-22')$$);
-- a source whose column was renamed or dropped after registering
ALTER TABLE "Case Work".sessions RENAME COLUMN "when" TO "held";
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
ALTER TABLE "Case Work".sessions RENAME COLUMN "held" TO "when";
-- named back, it is read again: a registered relation's source function is
-- written again after every ALTER TABLE of it
SELECT staff, last_held FROM supervision.supervision_due('2026-11-22');
-- a table renamed is read under its new name
ALTER TABLE "Case Work".sessions RENAME TO "Sessions 2";
SELECT staff, last_held FROM supervision.supervision_due('2026-11-22');
ALTER TABLE "Case Work"."Sessions 2" RENAME TO sessions;
-- a column retyped to one its field cannot read, then back
ALTER TABLE "Case Work".sessions ALTER COLUMN "when" TYPE text;
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
ALTER TABLE "Case Work".sessions ALTER COLUMN "when" TYPE timestamptz USING "when"::timestamptz;
SELECT staff, last_held FROM supervision.supervision_due('2026-11-22');
-- a column dropped: refused, with the hint to register again; registered
-- again, read again
ALTER TABLE "Case Work".sessions ADD COLUMN state text;
UPDATE "Case Work".sessions SET state = status;
SELECT kind, columns FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "state"}', '{held}');
ALTER TABLE "Case Work".sessions DROP COLUMN state;
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
SELECT kind, columns FROM supervision.register_source('supervision_sessions', '"Case Work".sessions',
    '{"staff": "who?", "held_at": "when", "kind": "status"}', '{held}');
SELECT staff, last_held FROM supervision.supervision_due('2026-11-22');
-- the view of a report gives what the report gives as of today
SELECT (SELECT array_agg(v::text ORDER BY v.staff) FROM supervision.supervision_due_today v)
     = (SELECT array_agg(f::text ORDER BY f.staff) FROM supervision.supervision_due() f) AS view_as_report;
-- a source whose relation was dropped
CREATE TABLE gone ("staff" text, held_at date);
SELECT kind FROM supervision.register_source('appraisals', 'gone');
DROP TABLE gone;
SELECT pg_temp.refusal($$SELECT * FROM supervision.appraisals_due('2026-11-22')$$);
-- an unknown member of staff
SELECT pg_temp.refusal($$SELECT * FROM supervision.pre_supervision_report('W 9', '2026-11-22')$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.monthly_return(NULL)$$);

-- unregistering
SELECT supervision.unregister_source('appraisals');
SELECT pg_temp.refusal($$SELECT supervision.unregister_source('appraisals')$$);

-- a report writer runs the reports with their own rights: they need SELECT
-- on the council's tables, and may not register
CREATE ROLE report_writer;
GRANT USAGE ON SCHEMA supervision, "Case Work" TO report_writer;
GRANT SELECT ON "Case Work".sessions TO report_writer;
SET ROLE report_writer;
SELECT pg_temp.refusal($$SELECT supervision.register_source('staff', 'y')$$);
SELECT pg_temp.refusal($$SELECT * FROM supervision.supervision_due('2026-11-22')$$);
RESET ROLE;
GRANT SELECT ON "Case Work"."Staff; DROP TABLE x" TO report_writer;
SET ROLE report_writer;
SELECT staff, status FROM supervision.supervision_due('2026-11-22');
RESET ROLE;
DROP OWNED BY report_writer;
DROP ROLE report_writer;

RESET supervision.policy;
SELECT supervision.unregister_source(kind) FROM supervision.source ORDER BY kind;
DROP SCHEMA "Case Work" CASCADE;
DROP TABLE y;
