-- make demo: what the supervision extension does, on a throwaway database.
\set QUIET on
\pset footer off
SET datestyle = ISO;
SET client_min_messages = warning;
SELECT extract(year FROM current_date)::int AS this_year,
       extract(year FROM current_date)::int + 1 AS next_year \gset

\echo
\echo '1. The bank holidays of the coming year, as observed in each calendar'
\echo '   SELECT * FROM supervision.bank_holidays(':next_year', ''scotland'');'
SELECT to_char(day, 'Dy DD Mon YYYY') AS "observed on",
       coalesce(max(name) FILTER (WHERE cal = 'england-and-wales'), '-') AS "england-and-wales",
       coalesce(max(name) FILTER (WHERE cal = 'scotland'), '-') AS "scotland",
       coalesce(max(name) FILTER (WHERE cal = 'northern-ireland'), '-') AS "northern-ireland"
FROM unnest(ARRAY['england-and-wales', 'scotland', 'northern-ireland']) cal,
     supervision.bank_holidays(:next_year, cal)
GROUP BY day ORDER BY day;

\echo
\echo '2. Due dates in working days, over this Christmas and New Year'
SELECT rule, "from", within, to_char(supervision.add_working_days(d, n, 'england-and-wales'), 'Dy DD Mon') AS "england-and-wales",
       to_char(supervision.add_working_days(d, n, 'scotland'), 'Dy DD Mon') AS "scotland",
       to_char(supervision.add_working_days(d, n, 'northern-ireland'), 'Dy DD Mon') AS "northern-ireland"
FROM (VALUES
    ('SLO-R1 case supervision record', make_date(:this_year, 12, 22), 5, '5 working days'),
    ('GLO-R1 notes on the child''s record', make_date(:this_year, 12, 24), 1, '1 working day'),
    ('GLO-P1 next supervision at the latest', make_date(:this_year, 12, 1), 25, '25 working days'),
    ('LEE-R1 record to the supervisee', make_date(:this_year, 12, 18), 10, '10 working days')
) AS t(rule, d, n, within)
CROSS JOIN LATERAL (SELECT to_char(d, 'Dy DD Mon YYYY') AS "from") f;

\echo
\echo '3. A council''s own calendars, defined with plain SQL (test/fixtures/council_calendars.sql)'
\i test/fixtures/council_calendars.sql
SELECT name, coalesce(based_on, '-') AS based_on, weekend_days, description
FROM supervision.calendar WHERE NOT builtin ORDER BY name;

\echo
\echo '   The same record (SLO-R1, 5 working days) in each calendar:'
SELECT cal AS calendar, to_char(DATE '2026-12-23', 'Dy DD Mon YYYY') AS "supervision held",
       to_char(supervision.add_working_days(DATE '2026-12-23', 5, cal), 'Dy DD Mon YYYY') AS "record due by",
       supervision.working_days_between(DATE '2026-12-23', DATE '2027-01-08', cal) AS "working days to Fri 8 Jan"
FROM unnest(ARRAY['england-and-wales', 'camden', 'scotland', 'glasgow', 'residential']) cal;

\echo
\echo '4. The default calendar is the setting supervision.calendar'
SET supervision.calendar = 'camden';
SELECT current_setting('supervision.calendar') AS "supervision.calendar",
       supervision.is_working_day('2026-12-30') AS "Wed 30 Dec 2026 a working day?",
       supervision.is_working_day('2027-03-15') AS "Mon 15 Mar 2027 (proclaimed) a working day?";
RESET supervision.calendar;
\echo

\echo '5. Timescales in the policies'' own words, and staged schedules'
SELECT rule, t::supervision.timescale AS timescale,
       to_char(d, 'Dy DD Mon YYYY') AS "from",
       to_char(supervision.due_date(d, t::supervision.timescale), 'Dy DD Mon YYYY') AS "due by"
FROM (VALUES ('ISL-P1 once in every calendar month', 'every calendar month', DATE '2027-01-15'),
             ('SLO-C1 case discussed bi-monthly', 'bi-monthly', DATE '2026-12-31'),
             ('GLO-P1 never more than 25 WD apart', '25 WD', DATE '2026-12-01'),
             ('BUR-C4 case review, at most', '6-monthly', DATE '2026-08-31'),
             ('LEE-R2 keep files after leaving', '6 years', DATE '2026-11-30')) AS v(rule, t, d);
\echo
\echo '   ISL-R1: a discussion at 16:00 on Wed 23 Dec 2026 must be on the child''s record before'
SELECT kind, to_char(supervision.deadline(TIMESTAMPTZ '2026-12-23 16:00 Europe/London', t::supervision.timescale)
                     AT TIME ZONE 'Europe/London', 'Dy DD Mon YYYY HH24:MI') AS "late from (London)"
FROM (VALUES ('significant decision: 24 hours', '24 hours'), ('otherwise: 5 working days', '5 working days')) AS v(kind, t);
\echo
\echo '   SLO-A1: ASYE supervision, started Mon 7 Sep 2026 (weekly until 6 weeks, fortnightly until 6 months, monthly until 1 year)'
SELECT to_char(last, 'Dy DD Mon YYYY') AS "last supervision",
       supervision.stage_at(s, DATE '2026-09-07', last) AS "stage in force",
       coalesce(to_char(supervision.next_due(s, DATE '2026-09-07', last), 'Dy DD Mon YYYY'), '(ASYE year over)') AS "next due"
FROM (SELECT 'weekly until 6 weeks, fortnightly until 6 months, monthly until 1 year'::supervision.schedule AS s) x,
     unnest(ARRAY[DATE '2026-10-12', DATE '2026-10-19', DATE '2027-03-06', DATE '2027-03-07', DATE '2027-09-07']) last;
\echo

\echo '6. Policies as data: the five published policies ship as presets'
SELECT p.name AS policy, v.in_force, count(r.*) AS rules,
       string_agg(DISTINCT r.rule_id, ' ' ORDER BY r.rule_id) FILTER (WHERE r.kind = 'cadence') AS cadences
FROM supervision.policy p JOIN supervision.policy_version v ON v.policy = p.name
JOIN supervision.rule r ON (r.policy, r.version) = (v.policy, v.version)
GROUP BY p.name, v.in_force ORDER BY p.name;
\echo
\echo '   Next personal supervision: a social worker last supervised Mon 7 Dec 2026, in each policy'
SELECT p AS policy, (d).rule, to_char((d).target, 'Dy DD Mon YYYY') AS target,
       to_char((d).latest, 'Dy DD Mon YYYY') AS "latest (hard limit)"
FROM unnest(ARRAY['slough', 'leeds', 'islington', 'gloucestershire', 'bury']) p,
     supervision.personal_supervision_due(p, 'social_worker', DATE '2026-12-07') d;
\echo
\echo '   Next discussion of a child''s case, last discussed Thu 15 Oct 2026 (Bury: every rule must be met; the binding one is shown)'
SELECT category, (d).rule, to_char((d).target, 'Dy DD Mon YYYY') AS target,
       to_char((d).latest, 'Dy DD Mon YYYY') AS "latest (hard limit)"
FROM unnest(ARRAY['cp', 'settled', 'disability', 'cla']) category,
     supervision.case_discussion_due('bury', category, DATE '2026-10-15') d;
\echo
\echo '   Recording windows: a discussion at 16:00 on Wed 23 Dec 2026 goes on the child''s record before'
SELECT p AS policy, significant,
       to_char(supervision.recording_deadline(p, TIMESTAMPTZ '2026-12-23 16:00 Europe/London', significant)
               AT TIME ZONE 'Europe/London', 'Dy DD Mon YYYY HH24:MI') AS "late from (London)"
FROM unnest(ARRAY['slough', 'islington', 'gloucestershire']) p, unnest(ARRAY[false, true]) significant
ORDER BY 1, 2;
\echo

\echo '7. Triggers on a council''s own case-note table: stamps and the recording window (Islington, ISL-R1/R2)'
CREATE TABLE public.case_note (
    id bigserial PRIMARY KEY, child_id integer NOT NULL, body text NOT NULL,
    discussed_at timestamptz, significant boolean NOT NULL DEFAULT false,
    heading text, written_by text, written_at timestamptz, designation text,
    late boolean, late_reason text);
\o /dev/null
SELECT supervision.attach_oversight('public.case_note', 'written_at', 'written_by', heading => 'heading',
    policy => 'islington', designation => 'designation');
SELECT supervision.attach_recording_window('public.case_note', 'discussed_at', policy => 'islington',
    significant => 'significant', late => 'late', late_reason => 'late_reason', mode => 'require_reason');
\o
SELECT "table", trigger, kind FROM supervision.attachment ORDER BY 2;
\echo '   Recorded at 16:00 on Mon 9 Nov 2026 (supervision.clock fixes the time for the demo); the client''s stamps are overwritten'
SET supervision.clock = '2026-11-09 16:00 Europe/London';
INSERT INTO public.case_note (child_id, body, discussed_at, significant, designation, written_by, written_at) VALUES
    (1, 'Strategy discussion to be convened', '2026-11-02 10:00 Europe/London', false, 'Team Manager', 'someone else', '2000-01-01'),
    (2, 'Child to be seen today', '2026-11-06 11:00 Europe/London', false, 'Team Manager', NULL, NULL);
INSERT INTO public.case_note (child_id, body, discussed_at, significant, designation, late_reason) VALUES
    (3, 'Placement move agreed', '2026-11-05 09:30 Europe/London', true, 'Practice Supervisor', 'Manager on leave');
SELECT child_id, heading, written_by, to_char(written_at AT TIME ZONE 'Europe/London', 'Dy DD Mon HH24:MI') AS written,
       to_char(discussed_at AT TIME ZONE 'Europe/London', 'Dy DD Mon HH24:MI') AS discussed, significant, late, late_reason
FROM public.case_note ORDER BY id;
\echo '   A significant decision of Thu 5 Nov recorded on Mon 9 Nov without a reason is refused:'
\set ON_ERROR_STOP 0
INSERT INTO public.case_note (child_id, body, discussed_at, significant, designation) VALUES
    (4, 'Legal planning meeting', '2026-11-05 09:30 Europe/London', true, 'Team Manager');
\echo '   and a stamp cannot be changed:'
UPDATE public.case_note SET written_by = 'eve' WHERE child_id = 1;
\set ON_ERROR_STOP 1
RESET supervision.clock;
\echo

\echo '8. Reports over a council''s own tables: a sample case database (test/sample), policy' :policy
\echo '   3 teams, 40 staff, 800 children, 18 months of history up to today, loaded with triggers off'
\echo '   (history is migrated the PostgreSQL way); then test/sample/attach.sql registers the'
\echo '   sources and attaches the triggers, as a DBA would.'
\o /dev/null
\i test/sample/schema.sql
\i test/sample/generate.sql
SET session_replication_role = replica;
SELECT casework.generate(800, current_date);
SET session_replication_role = DEFAULT;
\i test/sample/attach.sql
\o
SELECT min(team_id) AS team, min(team_name) AS team_name FROM casework.team \gset
\echo
\echo '   Whose personal supervision is overdue in team' :team '(' :team_name '):'
\echo '   SELECT * FROM supervision.supervision_due() WHERE team = ''':team''' AND status <> ''on track'';'
SELECT staff, name, role, rule, to_char(last_held, 'DD Mon YYYY') AS "last session",
       to_char(latest, 'DD Mon YYYY') AS "due by", status, days_overdue AS "days over"
FROM supervision.supervision_due() WHERE team = :'team' AND status <> 'on track'
ORDER BY days_overdue DESC, staff;
\echo
\echo '   Which of the team''s children''s cases are overdue for discussion (the 10 longest):'
\echo '   SELECT * FROM supervision.case_discussions_due() WHERE team = ''':team''' AND status = ''overdue'';'
SELECT case_key, category, worker, rule, to_char(last_discussed, 'DD Mon YYYY') AS "last discussed",
       to_char(latest, 'DD Mon YYYY') AS "due by", days_overdue AS "days over"
FROM supervision.case_discussions_due() WHERE team = :'team' AND status = 'overdue'
ORDER BY days_overdue DESC, case_key LIMIT 10;
SELECT count(*) FILTER (WHERE status = 'overdue') AS overdue, count(*) FILTER (WHERE status = 'due soon') AS "due soon",
       count(*) AS "open cases"
FROM supervision.case_discussions_due() WHERE team = :'team';

SELECT (date_trunc('month', current_date) - interval '1 month')::date AS last_month,
       to_char(date_trunc('month', current_date) - interval '1 month', 'FMMonth YYYY') AS last_month_name \gset
\echo
\echo '   The monthly return for' :last_month_name '(SLO-Q1): SELECT * FROM supervision.monthly_return(''':last_month''');'
SELECT team, sessions_due AS "sessions due", sessions_held AS held, sessions_on_time AS "on time",
       sessions_on_time_pct AS "%", discussions_due AS "discussions due", discussions_held AS held,
       discussions_on_time AS "on time", discussions_on_time_pct AS "%", records_late AS "records late"
FROM supervision.monthly_return(:'last_month');

\echo
\echo '   Compliance by team and month, the last 12 months: % of supervision sessions / case discussions on time'
SELECT t.team_name AS team, to_char(m, 'YY-MM') AS month,
       lpad(coalesce(round(r.sessions_on_time_pct)::text, '-'), 3) || '/' ||
       rpad(coalesce(round(r.discussions_on_time_pct)::text, '-'), 3) AS cell
FROM generate_series(date_trunc('month', current_date) - interval '12 months',
                     date_trunc('month', current_date) - interval '1 month', interval '1 month') AS m,
     supervision.monthly_return(m::date) AS r
JOIN casework.team t ON t.team_id::text = r.team
ORDER BY 1, 2 \crosstabview team month cell

SELECT worker_id AS worker FROM casework.case_file WHERE closed_on IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 \gset
\echo
\echo '   Before a worker''s supervision (Leeds 4.7): SELECT * FROM supervision.pre_supervision_report(''':worker''');'
SELECT case_key, category, to_char(last_discussed, 'DD Mon YY') AS "last discussed", to_char(latest, 'DD Mon YY') AS "due by",
       status, to_char(last_oversight, 'DD Mon YY') AS "last oversight", late_records AS "late records"
FROM supervision.pre_supervision_report(:'worker');

\echo
\echo '   Agreements, observations, supervisors'' load, and files that may be deleted:'
SELECT 'agreements_due()' AS report, count(*) FILTER (WHERE status = 'overdue') AS overdue, count(*) AS rows FROM supervision.agreements_due()
UNION ALL SELECT 'appraisals_due()', count(*) FILTER (WHERE status = 'overdue'), count(*) FROM supervision.appraisals_due()
UNION ALL SELECT 'observations_due() short', count(*) FILTER (WHERE short > 0), count(*) FROM supervision.observations_due()
UNION ALL SELECT 'supervisor_load() over', count(*) FILTER (WHERE over), count(*) FROM supervision.supervisor_load()
UNION ALL SELECT 'retention_due() may delete', count(*) FILTER (WHERE may_delete), count(*) FROM supervision.retention_due();
\echo
\echo '   Sessions held last month whose length is outside the policy''s bound (LEE-A1: ASYE up to 90 minutes):'
\echo '   SELECT * FROM supervision.sessions_outside_bounds(''':last_month''', ...);'
SELECT staff, name, role, to_char(held_on, 'DD Mon YYYY') AS "held", minutes, rule, at_least, at_most, finding
FROM supervision.sessions_outside_bounds(:'last_month', (date_trunc('month', current_date) - interval '1 day')::date)
ORDER BY held_on, staff LIMIT 10;
\echo
\echo '   The records of sessions since' :last_month_name '(LEE-R1: with the supervisee within 10 working days,'
\echo '   answered within 5 of receipt, else deemed accepted): SELECT status, count(*) FROM supervision.records_due() ...'
SELECT status, count(*) AS sessions FROM supervision.records_due() WHERE held_on >= :'last_month'
GROUP BY status ORDER BY 2 DESC, 1;
\echo
\echo '   The diary since' :last_month_name '(LEE-X3: a re-arranged session takes place within 5 working days of the'
\echo '   day booked, or of the return to work after sickness): SELECT ... FROM supervision.sessions_to_rebook() ...'
SELECT staff, name, to_char(booked_for, 'DD Mon') AS "booked for", status, reason,
       to_char(counts_from, 'DD Mon') AS "counts from", to_char(due_by, 'DD Mon HH24:MI') AS "due by",
       to_char(rebooked_for, 'DD Mon') AS "rebooked for", finding
FROM supervision.sessions_to_rebook() WHERE booked_for >= :'last_month' ORDER BY booked_for, staff LIMIT 8;
\echo
\echo '   Diaries booked 3 months ahead (LEE-X2), supervisors absent over 2 weeks (LEE-X4):'
SELECT 'bookings_ahead()' AS report, finding, count(*) AS rows FROM supervision.bookings_ahead() GROUP BY finding
UNION ALL SELECT 'supervisors_absent()', finding, count(*) FROM supervision.supervisors_absent() GROUP BY finding
ORDER BY 1, 2;
\echo
\echo '   Under Islington''s policy, staff back from an absence that left a gap in supervision (ISL-X1: "a'
\echo '   priority" read as 5 working days): SELECT finding, count(*) FROM supervision.supervision_on_return() ...'
SET supervision.policy = 'islington';
SELECT finding, count(*) AS returns FROM supervision.supervision_on_return() GROUP BY finding ORDER BY 1;
SET supervision.policy = :'policy';
\echo
\echo '   Supervision training every 5 years for those who supervise (LEE-T1), the audits of their'
\echo '   supervision files (LEE-Q1), and, under Gloucestershire, each team''s group supervision (GLO-G1):'
SET supervision.policy = 'leeds';
SELECT 'training_due()' AS report, status AS finding, count(*) AS rows FROM supervision.training_due() GROUP BY status
UNION ALL SELECT 'audits_due()', CASE WHEN short > 0 THEN 'short' ELSE 'audited' END, count(*)
FROM supervision.audits_due() GROUP BY 2
ORDER BY 1, 2;
SET supervision.policy = 'gloucestershire';
SELECT team, rule, to_char(last_held, 'DD Mon YYYY') AS "last met", to_char(latest, 'DD Mon YYYY') AS "due by", status
FROM supervision.group_supervision_due() ORDER BY latest LIMIT 5;
SET supervision.policy = 'bury';
SELECT to_char(held_on, 'DD Mon YYYY') AS "reflective session", cases, rule, finding
FROM supervision.cases_per_reflective_session(DATE '2026-11-20' - 180, '2026-11-20');
SET supervision.policy = :'policy';
\echo
\echo '   For BI tools, a view of each report as of today (with the reader''s rights):'
\echo '   SELECT team, ... FROM supervision.case_discussions_due_today GROUP BY team;'
SELECT t.team_name AS team, count(*) FILTER (WHERE v.status = 'overdue') AS overdue,
       count(*) FILTER (WHERE v.status = 'due soon') AS "due soon", count(*) AS "open cases"
FROM supervision.case_discussions_due_today v JOIN casework.team t ON t.team_id::text = v.team
GROUP BY t.team_name ORDER BY 1;
\echo
\echo '   A WHERE on a report reaches the council''s own indexes: one case''s row'
\echo '   EXPLAIN SELECT * FROM supervision.case_discussions_due() WHERE case_key = ''C000001'';'
EXPLAIN (COSTS off) SELECT * FROM supervision.case_discussions_due() WHERE case_key = 'C000001';
\echo
