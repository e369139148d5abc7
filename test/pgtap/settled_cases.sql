-- BUR-C2: "other more settled cases ... can be discussed on a three monthly
-- basis", a case being settled only once supervisor and supervisee agree it
-- and the rationale is recorded in supervision notes.  Where a settlements
-- source is registered, a case of category settled with no agreement with a
-- rationale (before the report's day) is judged as the child in need case
-- it was (vocabulary.until_agreed: cin), under BUR-C1's monthly cadence.
--
-- Worked out by hand under Bury (months, clamped; no working days):
--   C1 settled, agreed Thu 20 Aug 2026 with a rationale, last discussed
--      Wed 9 Sep 2026: BUR-C2, + 3 months -> Wed 9 Dec 2026 (BUR-C4's
--      latest, + 6 months, is later: BUR-C2 binds)
--   C2 settled, "agreed" Thu 20 Aug 2026 with a blank rationale, last
--      discussed Wed 9 Sep 2026: not settled, cin: BUR-C1, + 1 month -> Fri
--      9 Oct 2026, overdue on Fri 20 Nov 2026 (42 days)
--   C3 settled, agreed Wed 25 Nov 2026 at 10:00 with a rationale, last
--      discussed Mon 2 Nov 2026:
--        on Fri 20 Nov 2026, not yet agreed: BUR-C1 -> Wed 2 Dec 2026
--        on Wed 25 Nov 2026, agreed that day: BUR-C2 -> Tue 2 Feb 2027
--   C4 cin, last discussed Mon 2 Nov 2026: BUR-C1 -> Wed 2 Dec 2026 (an
--      agreement only changes a category that waits for one)
BEGIN;
SELECT plan(9);

CREATE TABLE pg_temp.people (id text, full_name text, job text, started date);
INSERT INTO pg_temp.people VALUES ('W', 'Wyn W', 'social_worker', '2020-01-06');
CREATE TABLE pg_temp.files (key text, category text, worker text, opened date);
INSERT INTO pg_temp.files VALUES ('C1', 'settled', 'W', '2026-01-05'), ('C2', 'settled', 'W', '2026-01-05'),
                                 ('C3', 'settled', 'W', '2026-01-05'), ('C4', 'cin', 'W', '2026-01-05');
CREATE TABLE pg_temp.talks (case_key text, held_at date);
INSERT INTO pg_temp.talks VALUES ('C1', '2026-09-09'), ('C2', '2026-09-09'), ('C3', '2026-11-02'), ('C4', '2026-11-02');
CREATE TABLE pg_temp.agreed (case_ref text, agreed timestamptz, why text);
INSERT INTO pg_temp.agreed VALUES ('C1', '2026-08-20 11:00+01', 'Risk lower and stable; plan long term.'),
                                  ('C2', '2026-08-20 11:00+01', '   '),
                                  ('C3', '2026-11-25 10:00+00', 'Lower level of risk agreed.'),
                                  ('C4', '2026-08-20 11:00+01', 'Not a settled case.');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started"}') \g /dev/null
SELECT supervision.register_source('cases', 'pg_temp.files') \g /dev/null
SELECT supervision.register_source('case_discussions', 'pg_temp.talks') \g /dev/null
SELECT set_config('supervision.policy', 'bury', true) \g /dev/null

SELECT results_eq($$SELECT case_key, rule, latest FROM supervision.case_discussions_due('2026-11-20') ORDER BY case_key$$,
    $$VALUES ('C1', 'BUR-C2', '2026-12-09'::date), ('C2', 'BUR-C2', '2026-12-09'::date),
             ('C3', 'BUR-C2', '2027-02-02'::date), ('C4', 'BUR-C1', '2026-12-02'::date)$$,
    'BUR-C2 with no settlements source: the category settled is taken as given (C1, C2 Wed 9 Sep + 3 months = Wed 9 Dec; C3 Mon 2 Nov + 3 months = Tue 2 Feb 2027)');

SELECT supervision.register_source('settlements', 'pg_temp.agreed',
    '{"case_key": "case_ref", "agreed_at": "agreed", "rationale": "why"}') \g /dev/null

SELECT results_eq($$SELECT category, rule, target, latest FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C1'$$,
    $$VALUES ('settled', 'BUR-C2', '2026-12-09'::date, '2026-12-09'::date)$$,
    'BUR-C2: C1 agreed settled with a rationale on Thu 20 Aug 2026: every 3 months, Wed 9 Sep + 3 months = Wed 9 Dec');
SELECT results_eq($$SELECT category, rule, latest, status, days_overdue FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C2'$$,
    $$VALUES ('cin', 'BUR-C1', '2026-10-09'::date, 'overdue', 42)$$,
    'BUR-C2: C2''s agreement has no rationale written: judged as cin under BUR-C1, Wed 9 Sep + 1 month = Fri 9 Oct, 42 days overdue on Fri 20 Nov');
SELECT results_eq($$SELECT category, rule, latest FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C3'$$,
    $$VALUES ('cin', 'BUR-C1', '2026-12-02'::date)$$,
    'BUR-C2: on Fri 20 Nov 2026 C3 is not yet agreed (Wed 25 Nov): BUR-C1, Mon 2 Nov + 1 month = Wed 2 Dec');
SELECT results_eq($$SELECT category, rule, latest FROM supervision.case_discussions_due('2026-11-25') WHERE case_key = 'C3'$$,
    $$VALUES ('settled', 'BUR-C2', '2027-02-02'::date)$$,
    'BUR-C2: on Wed 25 Nov 2026, the day it is agreed, C3 is settled: Mon 2 Nov + 3 months = Tue 2 Feb 2027');
SELECT results_eq($$SELECT category, rule, latest FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C4'$$,
    $$VALUES ('cin', 'BUR-C1', '2026-12-02'::date)$$,
    'BUR-C1: a cin case with a settlements row stays cin (Mon 2 Nov + 1 month = Wed 2 Dec)');
SELECT results_eq($$SELECT case_key, rule, latest FROM supervision.pre_supervision_report('W', '2026-11-20') WHERE case_key IN ('C1', 'C2') ORDER BY case_key$$,
    $$VALUES ('C1', 'BUR-C2', '2026-12-09'::date), ('C2', 'BUR-C1', '2026-10-09'::date)$$,
    'pre_supervision_report judges W''s settled cases the same way (C1 BUR-C2 Wed 9 Dec; C2 BUR-C1 Fri 9 Oct)');

-- an agreement written later is read at once
UPDATE pg_temp.agreed SET why = 'Agreed: lower level of risk.' WHERE case_ref = 'C2';
SELECT results_eq($$SELECT category, rule, latest FROM supervision.case_discussions_due('2026-11-20') WHERE case_key = 'C2'$$,
    $$VALUES ('settled', 'BUR-C2', '2026-12-09'::date)$$,
    'BUR-C2: C2''s rationale written: settled, Wed 9 Sep + 3 months = Wed 9 Dec');

SELECT throws_ok($$SELECT supervision.register_source('settlements', 'pg_temp.agreed', '{"case_key": "case_ref", "agreed_at": "agreed"}')$$,
    NULL, NULL, 'a settlements source needs the rationale: refused when registering');

SELECT * FROM finish();
ROLLBACK;
