-- SLO-Q1: the team manager's monthly return to HR, "the number of supervision
-- sessions due, held and held on time", built by monthly_return() under
-- Slough's rules: SLO-P1 (personal supervision monthly), SLO-C1 and SLO-C2
-- (each case every 2 months once open 12 weeks) and SLO-R1 (the case record
-- within 5 working days).
--
-- Worked out by hand for November 2026 (no bank holiday in it; London on
-- GMT; "monthly" is one month after the last session, clamped):
--   A  sessions Fri 2 Oct, Mon 2 Nov: due by Mon 2 Nov, on time
--   B  sessions Mon 5 Oct, Mon 9 Nov: due by Thu 5 Nov, late
--   C  session Tue 29 Sep only: due by Thu 29 Oct, before the month's end:
--      missed
--   -> sessions due 3 (2 held + 1 missed), held 2, on time 1: 33.3%
--   K1 (cin, A, opened Mon 5 Jan 2026, open 12 weeks from Mon 30 Mar)
--      discussed Mon 7 Sep and Fri 6 Nov: due by Sat 7 Nov, on time;
--      recorded Thu 12 Nov 10:00, within 5 working days of Fri 6 Nov (9 10
--      11 12 13: late from Sat 14 Nov 00:00): not late
--   K2 (cp, B, opened Mon 5 Jan 2026) last discussed Tue 1 Sep: due by Sun
--      1 Nov: missed
--   -> discussions due 2, held 1, on time 1: 50.0%; records late 0
BEGIN;
SELECT plan(2);

CREATE TABLE pg_temp.people (id text, full_name text, job text, team text, started date);
INSERT INTO pg_temp.people VALUES ('A', 'Ann A', 'social_worker', 'T', '2020-01-06'),
    ('B', 'Ben B', 'social_worker', 'T', '2020-01-06'), ('C', 'Cat C', 'social_worker', 'T', '2020-01-06');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES ('A', '2026-10-02'), ('A', '2026-11-02'), ('B', '2026-10-05'), ('B', '2026-11-09'),
    ('C', '2026-09-29');
CREATE TABLE pg_temp.files (ref text, category text, worker text, opened date);
INSERT INTO pg_temp.files VALUES ('K1', 'cin', 'A', '2026-01-05'), ('K2', 'cp', 'B', '2026-01-05');
CREATE TABLE pg_temp.notes (ref text, discussed timestamptz, recorded timestamptz);
INSERT INTO pg_temp.notes VALUES ('K1', '2026-09-07 10:00+00', '2026-09-08 10:00+00'),
    ('K1', '2026-11-06 10:00+00', '2026-11-12 10:00+00'), ('K2', '2026-09-01 10:00+00', '2026-09-02 10:00+00');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "team": "team", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT supervision.register_source('cases', 'pg_temp.files', '{"key": "ref", "worker": "worker"}') \g /dev/null
SELECT supervision.register_source('case_discussions', 'pg_temp.notes',
    '{"case_key": "ref", "held_at": "discussed", "recorded_at": "recorded"}') \g /dev/null
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null

SELECT results_eq(
    $$SELECT team, sessions_due, sessions_held, sessions_on_time, sessions_on_time_pct,
             discussions_due, discussions_held, discussions_on_time, discussions_on_time_pct, records_late
      FROM supervision.monthly_return('2026-11-01')$$,
    $$VALUES ('T', 3, 2, 1, 33.3, 2, 1, 1, 50.0, 0)$$,
    'SLO-Q1 for November 2026: sessions due 3 (A on time, B late, C missed), 33.3% on time; discussions due 2 (K1 on time, K2 missed), 50.0%; no case record late under SLO-R1');
SELECT results_eq(
    $$SELECT sessions_due, sessions_held, sessions_on_time FROM supervision.monthly_return_this_month$$,
    $$SELECT sessions_due, sessions_held, sessions_on_time FROM supervision.monthly_return(current_date)$$,
    'SLO-Q1: the view is the return of the month so far');

SELECT * FROM finish();
ROLLBACK;
