-- case_discussion_due() and personal_supervision_due() against the rules
-- they are made of: for every preset, every role or category its cadence
-- rules name, and every day of 2023 to 2027, the due dates are those of the
-- binding rule (the earliest limit, then target, then rule ID) among the
-- rules that apply, each worked out alone by cadence_due().  Asked twice:
-- the second time each subject answers from its memo of due dates
-- (policy_due.c).  Then, worked out by hand, a memo that must be forgotten
-- when the calendar changes, and one that must not answer when a start
-- date is given.
BEGIN;
SELECT plan(6);
SET LOCAL timezone = 'UTC';

-- the subjects: each role or category a cadence rule names (every one of
-- the vocabulary for a rule that names none), where no rule needs a start
-- date (milestones, staged schedules: those are not kept)
CREATE TEMP TABLE subject AS
    SELECT DISTINCT r.policy, r.topic, s.name
    FROM supervision.rule r,
         unnest(coalesce(CASE r.topic WHEN 'case_discussion' THEN r.categories ELSE r.roles END,
                         ARRAY(SELECT name FROM supervision.vocabulary
                               WHERE kind = CASE r.topic WHEN 'case_discussion' THEN 'category' ELSE 'role' END))) s(name)
    WHERE r.kind = 'cadence' AND r.topic IN ('case_discussion', 'personal_supervision');
DELETE FROM subject s USING supervision.rule r
    WHERE r.policy = s.policy AND r.topic = s.topic AND r.kind = 'cadence'
      AND (s.name = ANY (CASE r.topic WHEN 'case_discussion' THEN r.categories ELSE r.roles END)
           OR CASE r.topic WHEN 'case_discussion' THEN r.categories ELSE r.roles END IS NULL)
      AND (r.at IS NOT NULL OR r.every::text LIKE '%,%');

CREATE TEMP TABLE asked AS
    SELECT s.policy, s.topic, s.name, day::date AS day
    FROM subject s, generate_series(date '2023-01-01', date '2027-12-31', interval '1 day') day;

-- the binding rule among those in force, each by cadence_due()
CREATE TEMP TABLE expected AS
    SELECT a.*, b.due
    FROM asked a, LATERAL (
        SELECT supervision.cadence_due(r.policy, r.rule_id, a.day, NULL, r.topic) AS due
        FROM supervision.rule r JOIN supervision.policy_version v USING (policy, version)
        WHERE r.policy = a.policy AND r.topic = a.topic AND r.kind = 'cadence'
          AND v.in_force @> a.day
          AND (a.name = ANY (CASE r.topic WHEN 'case_discussion' THEN r.categories ELSE r.roles END)
               OR CASE r.topic WHEN 'case_discussion' THEN r.categories ELSE r.roles END IS NULL)
        ORDER BY (supervision.cadence_due(r.policy, r.rule_id, a.day, NULL, r.topic)).latest,
                 (supervision.cadence_due(r.policy, r.rule_id, a.day, NULL, r.topic)).target,
                 r.rule_id COLLATE "C"
        LIMIT 1) b;

SELECT cmp_ok((SELECT count(DISTINCT (policy, name)) FROM expected WHERE (due).target IS NOT NULL), '>=', 40::bigint,
    'the subjects asked about: every preset, their roles and categories');

CREATE FUNCTION pg_temp.due(policy text, topic text, name text, day date) RETURNS supervision.due
LANGUAGE sql AS $$
    SELECT CASE topic WHEN 'case_discussion' THEN supervision.case_discussion_due(policy, name, day)
                      ELSE supervision.personal_supervision_due(policy, name, day) END
$$;

SELECT is((SELECT count(*) FROM expected
           WHERE pg_temp.due(policy, topic, name, day) IS DISTINCT FROM due),
          0::bigint, 'every subject, every day of 2023 to 2027: the binding rule of those that apply');
SELECT is((SELECT count(*) FROM expected
           WHERE pg_temp.due(policy, topic, name, day) IS DISTINCT FROM due),
          0::bigint, 'the same a second time, from the memo');
-- one call site over many rows, as a report asks
SELECT is((SELECT count(*) FROM expected
           WHERE topic = 'case_discussion' AND supervision.case_discussion_due(policy, name, day) IS DISTINCT FROM due),
          0::bigint, 'case_discussion_due at one call site over every case row');

-- 5: by hand, GLO-P1 (monthly, at most 25 working days), session last held
-- Mon 2 Nov 2026: target Wed 2 Dec; working days Tue 3 Nov (1) .. Fri 6 (4),
-- 9-13 (9), 16-20 (14), 23-27 (19), Mon 30 (20), 1-4 Dec (24), Mon 7 Dec
-- (25).  With Thu 12 Nov closed in england-and-wales, the 25th is Tue 8 Dec.
SELECT supervision.personal_supervision_due('gloucestershire', 'social_worker', '2026-11-02') AS before_closure \gset
INSERT INTO supervision.closure_day VALUES ('england-and-wales', '2026-11-12', 'Office closed');
SELECT is(ARRAY[:'before_closure'::supervision.due,
                supervision.personal_supervision_due('gloucestershire', 'social_worker', '2026-11-02')],
          ARRAY[('GLO-P1', '2026-12-02', '2026-12-07'), ('GLO-P1', '2026-12-02', '2026-12-08')]::supervision.due[],
          'GLO-P1: last held 2 Nov 2026, at most 25 working days: 7 Dec; with 12 Nov closed, 8 Dec (the kept due date is forgotten)');

-- 6: by hand, SLO-C1/SLO-C2 (every 2 months, from when the case has been
-- open 12 weeks, first due on that day).  Last discussed Mon 2 Nov 2026, no
-- start given: 2 months on, Sat 2 Jan 2027 (kept), both rules alike, so the
-- lower ID.  The same case opened Mon 5 Oct 2026: 12 weeks (84 days) on is
-- Mon 28 Dec 2026, after the last discussion, so due that day: the kept
-- answer must not be given when a start date is.
SELECT is(ARRAY[supervision.case_discussion_due('slough', 'cin', '2026-11-02'),
                supervision.case_discussion_due('slough', 'cin', '2026-11-02', '2026-10-05')],
          ARRAY[('SLO-C1', '2027-01-02', '2027-01-02'), ('SLO-C1', '2026-12-28', '2026-12-28')]::supervision.due[],
          'SLO-C2: last discussed 2 Nov 2026: due 2 Jan 2027; opened 5 Oct 2026: due 28 Dec 2026, on reaching 12 weeks');

SELECT * FROM finish();
ROLLBACK;
