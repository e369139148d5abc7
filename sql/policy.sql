--
-- Policies as data: the tables, the presets' shape, and every refusal with
-- its SQLSTATE, message, detail and hint.  The due dates of each preset
-- are pinned rule by rule in test/pgtap/policy_*.sql.
--
\pset null '(null)'
SET datestyle = ISO;
SET timezone = 'UTC';

\i test/fixtures/refusal.sql

-- the presets: one version each, every rule sourced and described
SELECT p.name, p.calendar, p.builtin, v.version, v.in_force,
       count(r.*) AS rules, count(DISTINCT r.rule_id) AS rule_ids,
       bool_and(r.source <> '' AND r.description <> '') AS all_sourced
FROM supervision.policy p
JOIN supervision.policy_version v ON v.policy = p.name
LEFT JOIN supervision.rule r ON (r.policy, r.version) = (v.policy, v.version)
GROUP BY p.name, p.calendar, p.builtin, v.version, v.in_force
ORDER BY p.name;

-- a council's own policy, as a DBA writes it
INSERT INTO supervision.policy (name, title) VALUES ('council', 'A council''s policy');
INSERT INTO supervision.policy_version (policy, version, in_force) VALUES
    ('council', 1, '[2020-01-01,2025-04-01)'), ('council', 2, '[2025-04-01,)');
INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, roles, every, latest, source, description) VALUES
    ('council', 1, 'C-P1', 'cadence', 'personal_supervision', NULL, 'monthly', NULL, '§1', 'Monthly'),
    ('council', 2, 'C-P1', 'cadence', 'personal_supervision', NULL, '4-weekly', '25 WD', '§1', 'Every 4 weeks, at most 25 WD apart'),
    ('council', 2, 'C-A1', 'cadence', 'personal_supervision', '{asye}',
     'weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months', NULL, '§2', 'ASYE');
INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, categories, every, source, description) VALUES
    ('council', 2, 'C-C1', 'cadence', 'case_discussion', '{cp,cin}', 'monthly', '§3', 'Monthly case discussion');

-- a rule changing between two versions: judged by the version of the day
-- of the last session (monthly until 31 March 2025, then 4-weekly)
SELECT supervision.personal_supervision_due('council', 'social_worker', '2025-03-31') AS "v1: monthly",
       supervision.personal_supervision_due('council', 'social_worker', '2025-04-01') AS "v2: 4 weeks, 25 WD";

-- every candidate must be met: an ASYE worker gets the ASYE stage or the
-- all-staff rule, whichever binds first
SELECT supervision.personal_supervision_due('council', 'asye', '2026-03-02', '2026-01-05') AS "fortnightly stage",
       supervision.personal_supervision_due('council', 'asye', '2027-01-06', '2026-01-05') AS "asye year over";

-- NULL in, NULL out; nothing to start from gives NULL
SELECT supervision.personal_supervision_due(NULL, 'asye', '2026-03-02') IS NULL AS null_policy,
       supervision.personal_supervision_due('council', 'asye', NULL, NULL) IS NULL AS nothing_held,
       supervision.retention_until('bury', NULL) IS NULL AS null_left_on;

-- refusals: unknown names
SELECT pg_temp.refusal($$SELECT supervision.personal_supervision_due('nowhere', 'social_worker', '2026-01-01')$$);
SELECT pg_temp.refusal($$SELECT supervision.case_discussion_due('council', 'settled', '2026-01-01')$$);
SELECT pg_temp.refusal($$SELECT supervision.cadence_due('council', 'C-X9', '2026-01-01')$$);
SELECT pg_temp.refusal($$SELECT supervision.recording_deadline('council', '2026-01-01 10:00+00')$$);
SELECT pg_temp.refusal($$SELECT supervision.retention_until('council', '2026-01-01')$$);
SELECT pg_temp.refusal($$SELECT supervision.window_deadline('leeds', 'LEE-R1', '2026-01-07 10:00+00')$$);
-- no version in force, a staged rule without its start, an infinite event
SELECT pg_temp.refusal($$SELECT supervision.personal_supervision_due('council', 'social_worker', '2019-12-31')$$);
SELECT pg_temp.refusal($$SELECT supervision.personal_supervision_due('council', 'asye', '2026-03-02')$$);
SELECT pg_temp.refusal($$SELECT supervision.recording_deadline('islington', 'infinity')$$);

-- refusals: invalid rows
SELECT pg_temp.refusal($$INSERT INTO supervision.policy (name, title) VALUES ('Bad Name', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy (name, title, calendar) VALUES ('p2', 'x', 'nowhere')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version VALUES ('council', 3, '[2026-01-01,)')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version VALUES ('council', 3, '(,2019-01-01)')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version VALUES ('council', 0, '[2010-01-01,2011-01-01)')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version VALUES ('nowhere', 1, '[2010-01-01,)')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, latest, source, description)
                         VALUES ('council', 2, 'C-P2', 'cadence', 'personal_supervision', 'monthly', '2 weeks', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, latest, source, description)
                         VALUES ('council', 2, 'C-P2', 'cadence', 'personal_supervision', 'weekly until 6 weeks, 2 months', '6 weeks', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, within, source, description)
                         VALUES ('council', 2, 'C-P2', 'cadence', 'personal_supervision', 'monthly', '5 WD', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, source, description)
                         VALUES ('council', 2, 'C-P2', 'cadence', 'personal_supervision', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at, source, description)
                         VALUES ('council', 2, 'C-M1', 'cadence', 'case_discussion', '{6 months,3 months}', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at, before, source, description)
                         VALUES ('council', 2, 'C-M1', 'cadence', 'case_discussion', '{9 months}', '1 month', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, starts_after, source, description)
                         VALUES ('council', 2, 'C-C2', 'cadence', 'case_discussion', 'monthly', '12 weeks', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, within, within_significant, source, description)
                         VALUES ('council', 2, 'C-R1', 'window', 'case_record', '24 hours', '5 WD', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, source, description)
                         VALUES ('council', 2, 'C-K1', 'retention', 'supervision_file', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, source, description)
                         VALUES ('council', 2, 'C-D1', 'bound', 'session_length', 120, 90, 'minutes', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at_least, unit, source, description)
                         VALUES ('council', 2, 'C-O1', 'quota', 'observation', 2, 'occurrences', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, source, description)
                         VALUES ('council', 2, 'C-H1', 'recording', 'management_oversight', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, source, description)
                         VALUES ('council', 2, 'C-Z1', 'rota', 'personal_supervision', 'monthly', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, roles, every, source, description)
                         VALUES ('council', 2, 'C-Z1', 'cadence', 'personal_supervision', '{}', 'monthly', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, source, description)
                         VALUES ('council', 9, 'C-Z1', 'cadence', 'personal_supervision', 'monthly', '§', 'x')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, source, description)
                         VALUES ('council', 2, 'C-P1', 'cadence', 'group_supervision', 'monthly', '§', 'x')$$);

-- the presets are read-only; a copy is the council's to change
SELECT pg_temp.refusal($$UPDATE supervision.rule SET every = 'weekly' WHERE policy = 'slough' AND rule_id = 'SLO-P1'$$);
SELECT pg_temp.refusal($$DELETE FROM supervision.policy WHERE name = 'bury'$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy_version VALUES ('leeds', 2, '[2030-01-01,)')$$);
SELECT pg_temp.refusal($$INSERT INTO supervision.policy (name, title, builtin) VALUES ('fake', 'x', true)$$);
SELECT pg_temp.refusal($$SELECT supervision.copy_policy('nowhere', 'x')$$);
SELECT supervision.copy_policy('bury', 'bury-local');
UPDATE supervision.rule SET every = '2 months' WHERE policy = 'bury-local' AND rule_id = 'BUR-C2';
SELECT supervision.case_discussion_due('bury', 'settled', '2026-01-15') AS preset,
       supervision.case_discussion_due('bury-local', 'settled', '2026-01-15') AS copy;

-- a change is seen by the next statement; a deleted policy is gone
DELETE FROM supervision.policy WHERE name = 'bury-local';
SELECT pg_temp.refusal($$SELECT supervision.case_discussion_due('bury-local', 'settled', '2026-01-15')$$);

-- one call site, a different policy on each row (its cached rows change)
SELECT p AS policy, supervision.personal_supervision_due(p, 'social_worker', '2026-12-07') AS due
FROM unnest(ARRAY['slough', 'leeds', 'islington', 'gloucestershire', 'bury', 'slough', 'council']) p;

-- in a parallel worker, whose caches start cold and which may not take a
-- new snapshot, calendars and policies are read with the query's snapshot
-- (the setting is debug_parallel_query from PostgreSQL 16, force_parallel_mode before)
SELECT current_setting('server_version_num')::integer >= 160000 AS parallel_setting_renamed \gset
\if :parallel_setting_renamed
SET debug_parallel_query = on;
\else
SET force_parallel_mode = on;
\endif
SELECT supervision.add_working_days('2026-12-23', 5) AS "5 WD after 23 Dec 2026",
       supervision.personal_supervision_due('bury', 'social_worker', '2026-12-23') AS "BUR-P1";
\if :parallel_setting_renamed
RESET debug_parallel_query;
\else
RESET force_parallel_mode;
\endif
