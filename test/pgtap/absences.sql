-- supervisors_absent() and supervision_on_return(): the absences source
-- (staff, starts = first day absent, ends = last day absent, NULL while
-- still absent, reason shown as it is):
--   LEE-X4  leeds      a supervisor absent for more than 2 weeks: each of
--           their supervisees in post needs alternative supervision; the
--           2-week window runs from the supervisor's last day at work
--           (starts - 1), so alternative_from = 00:00 London on starts + 14;
--           "more than 2 weeks" = ends NULL or ends >= starts + 14 (15 days
--           or more); ends NULL is listed only once it has lasted that long
--   ISL-X1  islington  a practitioner back from an absence that caused a gap
--           in supervision: a session within 5 working days of the return
--           day (the return day not counted)
-- Return day: the first working day after the absence's last day.
--
-- The gap (ISL-X1), read from ISL-P1 "a minimum of once every calendar
-- month" as the preset reads it (every = '1 calendar month'): the latest day
-- of personal_supervision_due is the LAST DAY OF THE CALENDAR MONTH AFTER the
-- month of the last session held before the absence started (policy_islington:
-- Tue 15 Dec 2026 -> Sun 31 Jan 2027, Mon 30 Nov -> Thu 31 Dec). A gap: that
-- day falls on or before the absence's last day, and no session was held
-- during the absence.
--   last session Fri 2 Oct or Mon 19 Oct 2026 -> due by Mon 30 Nov 2026
--   last session Mon 2 Nov 2026               -> due by Thu 31 Dec 2026
--
-- Dates worked by hand (England and Wales; bank holidays Fri 25 Dec 2026,
-- Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027, none in
-- November; London on GMT, UTC+0: local midnight = 00:00+00):
--   LEE-X4 (2 weeks, calendar days):
--     M1 absent Mon 2 - Mon 16 Nov (15 days, ends = starts + 14): alternative
--       from Mon 16 Nov 00:00 (2 Nov + 14); on Sun 15 Nov still 'from', on
--       Mon 16 Nov 'needed'; back Tue 17 Nov
--     M2 absent Mon 2 - Sun 15 Nov (exactly 14 days, not more): never a row
--     M3 absent from Mon 9 Nov, no end: alternative from Mon 23 Nov 00:00;
--       on Sun 22 Nov it has lasted 14 days (not listed), on Mon 23 Nov 15
--     W1, W2 (and W3, who left Fri 30 Oct) are M1's; W4 M2's; W5 M3's
--   ISL-X1 (5 WD from the return day):
--     R1, R2 last session Fri 2 Oct (due Mon 30 Nov), absent Mon 16 Nov -
--       Fri 4 Dec: back Mon 7 Dec; 8 9 10 11, 14 -> late from Tue 15 Dec 00:00;
--       R1 held Mon 14 Dec (the last day): held; R2 held Tue 15 Dec: held late
--     R3 last session Mon 2 Nov (due Thu 31 Dec), absent Mon 7 - Thu 31 Dec
--       (due on its last day: a gap): back Mon 4 Jan 2027 (1 Jan a bank
--       holiday, 2-3 a weekend); 5 6 7 8, 11 -> late from Tue 12 Jan 00:00;
--       none held: due on return on Mon 11 Jan, overdue on Tue 12 Jan
--     R4 as R3 but back after Wed 30 Dec: due Thu 31 Dec is after its last
--       day, no gap, no row
--     R5 as R1 but a session held Wed 2 Dec, during the absence: no row
--     R6 last session Mon 19 Oct (due Mon 30 Nov), absent Mon 23 Nov - Wed 23
--       Dec: back Thu 24 Dec; Tue 29 (25, 28 off), 30, 31, Mon 4 Jan (1 Jan
--       off), Tue 5 Jan -> late from Wed 6 Jan 00:00; held Tue 5 Jan: held
--       (were the bank holidays working days, late from Fri 1 Jan)
--   S7 (supervises W7; a senior social worker) absent from Fri 20 Nov to
--     Thu 19 Nov: ends before it starts, flagged
BEGIN;
SELECT plan(19);

CREATE TABLE pg_temp.people (id text, full_name text, job text, team text, boss text, started date, left_on date);
INSERT INTO pg_temp.people VALUES
    ('M1', 'Mo Manager', 'team_manager', 'North', NULL, '2015-03-02', NULL),
    ('M2', 'Meg Manager', 'team_manager', 'South', NULL, '2015-03-02', NULL),
    ('M3', 'Max Manager', 'team_manager', 'East', NULL, '2015-03-02', NULL),
    ('M4', 'Mel Manager', 'team_manager', 'West', NULL, '2015-03-02', NULL),
    ('W1', 'Wyn One', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('W2', 'Wes Two', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('W3', 'Wil Three', 'social_worker', 'North', 'M1', '2020-01-06', '2026-10-30'),
    ('W4', 'Wai Four', 'social_worker', 'South', 'M2', '2020-01-06', NULL),
    ('W5', 'Wim Five', 'social_worker', 'East', 'M3', '2020-01-06', NULL),
    ('S7', 'Sid Seven', 'senior_social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('W7', 'Wren Seven', 'social_worker', 'West', 'S7', '2020-01-06', NULL),
    ('R1', 'Rob One', 'social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('R2', 'Ray Two', 'social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('R3', 'Rae Three', 'social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('R4', 'Rex Four', 'social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('R5', 'Ria Five', 'social_worker', 'West', 'M4', '2020-01-06', NULL),
    ('R6', 'Roz Six', 'social_worker', 'West', 'M4', '2020-01-06', NULL);
CREATE TABLE pg_temp.off (who text, first_day date, last_day date, why text);
INSERT INTO pg_temp.off VALUES
    ('M1', '2026-11-02', '2026-11-16', 'Annual leave'), ('M2', '2026-11-02', '2026-11-15', 'Sickness'),
    ('M3', '2026-11-09', NULL, 'Sickness'), ('S7', '2026-11-20', '2026-11-19', 'Sickness'),
    ('R1', '2026-11-16', '2026-12-04', 'Sickness'), ('R2', '2026-11-16', '2026-12-04', 'Sickness'),
    ('R3', '2026-12-07', '2026-12-31', 'Annual leave'), ('R4', '2026-12-07', '2026-12-30', 'Annual leave'),
    ('R5', '2026-11-16', '2026-12-04', 'Sickness'), ('R6', '2026-11-23', '2026-12-23', 'Sickness');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES
    ('R1', '2026-10-02'), ('R1', '2026-12-14'), ('R2', '2026-10-02'), ('R2', '2026-12-15'),
    ('R3', '2026-11-02'), ('R4', '2026-11-02'), ('R5', '2026-10-02'), ('R5', '2026-12-02'),
    ('R6', '2026-10-19'), ('R6', '2027-01-05');

SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "team": "team", "supervisor": "boss", "started": "started", "left_on": "left_on"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT supervision.register_source('absences', 'pg_temp.off', '{"staff": "who", "starts": "first_day", "ends": "last_day", "reason": "why"}') \g /dev/null

CREATE FUNCTION pg_temp.absent(policy text, as_of date) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT format('%s %s %s %s %s', a.supervisor, a.staff, a.rule,
                               to_char(a.alternative_from AT TIME ZONE 'Europe/London', 'Dy DD Mon HH24:MI'), a.finding)
                 FROM supervision.supervisors_absent(as_of) a WHERE a.rule IS NOT NULL ORDER BY a.supervisor, a.staff;
END
$$;
CREATE FUNCTION pg_temp.back(policy text, as_of date) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT format('%s %s %s %s %s %s', r.staff, r.rule, to_char(r.returned_on, 'Dy DD Mon'),
                               to_char(r.due_by AT TIME ZONE 'Europe/London', 'Dy DD Mon HH24:MI'),
                               coalesce(to_char(r.held_on, 'Dy DD Mon'), '-'), r.finding)
                 FROM supervision.supervision_on_return(as_of) r WHERE r.rule IS NOT NULL ORDER BY r.staff, r.absent_from;
END
$$;

-- LEE-X4: alternative supervision when the supervisor is away more than 2 weeks
SELECT results_eq($$SELECT * FROM pg_temp.absent('leeds', '2026-11-02')$$,
    ARRAY['M1 W1 LEE-X4 Mon 16 Nov 00:00 alternative supervision from', 'M1 W2 LEE-X4 Mon 16 Nov 00:00 alternative supervision from'],
    'LEE-X4 on Mon 2 Nov: M1 is recorded away to Mon 16 Nov, 15 days, so W1 and W2 will need alternative supervision from Mon 16 Nov (W3 has left); M2''s 14 days are not more than 2 weeks');
SELECT results_eq($$SELECT * FROM pg_temp.absent('leeds', '2026-11-15')$$,
    ARRAY['M1 W1 LEE-X4 Mon 16 Nov 00:00 alternative supervision from', 'M1 W2 LEE-X4 Mon 16 Nov 00:00 alternative supervision from'],
    'LEE-X4 on Sun 15 Nov, the 14th day of M1''s absence: not yet needed; M2, absent exactly 2 weeks (to today), gives no row; M3, away since Mon 9 Nov with no end, only 7 days');
SELECT results_eq($$SELECT * FROM pg_temp.absent('leeds', '2026-11-16')$$,
    ARRAY['M1 W1 LEE-X4 Mon 16 Nov 00:00 alternative supervision needed', 'M1 W2 LEE-X4 Mon 16 Nov 00:00 alternative supervision needed'],
    'LEE-X4 on Mon 16 Nov, the 15th day: alternative supervision needed for W1 and W2');
SELECT is_empty($$SELECT * FROM pg_temp.absent('leeds', '2026-11-22')$$,
    'LEE-X4 on Sun 22 Nov: M1 back since Tue 17 Nov; M3 (no end recorded) has been away 14 days, not yet more than 2 weeks: no row');
SELECT results_eq($$SELECT * FROM pg_temp.absent('leeds', '2026-11-23')$$,
    ARRAY['M3 W5 LEE-X4 Mon 23 Nov 00:00 alternative supervision needed'],
    'LEE-X4 on Mon 23 Nov: M3 away since Mon 9 Nov, 15 days: W5 needs alternative supervision from Mon 23 Nov 00:00');
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT results_eq($$SELECT supervisor, supervisor_name, absent_from, absent_to, reason, staff, name, team, rule, alternative_from, finding
                    FROM supervision.supervisors_absent('2026-11-16') WHERE staff = 'W1'$$,
    $$VALUES ('M1'::text, 'Mo Manager'::text, date '2026-11-02', date '2026-11-16', 'Annual leave'::text, 'W1'::text, 'Wyn One'::text,
              'North'::text, 'LEE-X4'::text, timestamptz '2026-11-16 00:00+00', 'alternative supervision needed'::text)$$,
    'LEE-X4: M1''s last day at work Sun 1 Nov + 2 weeks = Sun 15 Nov; from 00:00 Mon 16 Nov (UTC = London in November)');
SELECT results_eq($$SELECT supervisor, absent_from, absent_to, rule, alternative_from, finding
                    FROM supervision.supervisors_absent('2026-11-02') WHERE finding = 'ends before it starts'$$,
    $$VALUES ('S7'::text, date '2026-11-20', date '2026-11-19', NULL::text, NULL::timestamptz, 'ends before it starts'::text)$$,
    'LEE-X4: S7''s absence from Fri 20 Nov to Thu 19 Nov is flagged, with no rule, whatever the day asked (here Mon 2 Nov, before both)');
SELECT is((SELECT count(*)::integer FROM pg_temp.absent('islington', '2026-11-16')), 0,
    'islington sets no alternative_supervision rule: no LEE-X4-like rows');

-- ISL-X1: supervision on return from an absence that caused a gap
SELECT is_empty($$SELECT * FROM pg_temp.back('islington', '2026-12-04')$$,
    'ISL-X1 on Fri 4 Dec: R1, R2 and R5 are still away (to today); nobody has returned yet');
SELECT results_eq($$SELECT * FROM pg_temp.back('islington', '2026-12-07')$$,
    ARRAY['R1 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 - due on return', 'R2 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 - due on return'],
    'ISL-X1 on Mon 7 Dec: R1 and R2, due by Mon 30 Nov while away to Fri 4 Dec, are back on Monday; a session by Mon 14 Dec; R5 had one during the absence: no row');
SELECT results_eq($$SELECT * FROM pg_temp.back('islington', '2026-12-14')$$,
    ARRAY['R1 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 Mon 14 Dec held', 'R2 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 - due on return'],
    'ISL-X1 on Mon 14 Dec, the 5th working day: R1 held on it, in time; R2 still due');
SELECT results_eq($$SELECT * FROM pg_temp.back('islington', '2026-12-15')$$,
    ARRAY['R1 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 Mon 14 Dec held', 'R2 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 Tue 15 Dec held late'],
    'ISL-X1 on Tue 15 Dec: R2''s session that day is the first day late');
SELECT results_eq($$SELECT * FROM pg_temp.back('islington', '2027-01-11')$$,
    ARRAY['R1 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 Mon 14 Dec held', 'R2 ISL-X1 Mon 07 Dec Tue 15 Dec 00:00 Tue 15 Dec held late',
          'R3 ISL-X1 Mon 04 Jan Tue 12 Jan 00:00 - due on return', 'R6 ISL-X1 Thu 24 Dec Wed 06 Jan 00:00 Tue 05 Jan held'],
    'ISL-X1 on Mon 11 Jan 2027: R3 (due Thu 31 Dec, away to that day) back Mon 4 Jan after New Year''s Day, due on return to Mon 11 Jan; R4, away only to Wed 30 Dec, had no gap; R6 back Thu 24 Dec held Tue 5 Jan, the 5th working day over Christmas');
SELECT results_eq($$SELECT * FROM pg_temp.back('islington', '2027-01-12') r WHERE r LIKE 'R3 %'$$,
    ARRAY['R3 ISL-X1 Mon 04 Jan Tue 12 Jan 00:00 - overdue'],
    'ISL-X1 on Tue 12 Jan 2027, the first day late, no session: R3 overdue');
SELECT set_config('supervision.policy', 'islington', true) \g /dev/null
SELECT results_eq($$SELECT staff, name, team, absent_from, absent_to, reason, returned_on, rule, due_by, held_on, finding
                    FROM supervision.supervision_on_return('2027-01-12') WHERE staff = 'R3'$$,
    $$VALUES ('R3'::text, 'Rae Three'::text, 'West'::text, date '2026-12-07', date '2026-12-31', 'Annual leave'::text,
              date '2027-01-04', 'ISL-X1'::text, timestamptz '2027-01-12 00:00+00', NULL::date, 'overdue'::text)$$,
    'ISL-X1: R3 away Mon 7 - Thu 31 Dec, back Mon 4 Jan 2027, late from 00:00 Tue 12 Jan; the reason as written');
SELECT results_eq($$SELECT staff, absent_from, absent_to, rule, due_by, finding
                    FROM supervision.supervision_on_return('2027-01-12') WHERE finding = 'ends before it starts'$$,
    $$VALUES ('S7'::text, date '2026-11-20', date '2026-11-19', NULL::text, NULL::timestamptz, 'ends before it starts'::text)$$,
    'ISL-X1: S7 (a senior social worker, a practitioner) away from Fri 20 Nov to Thu 19 Nov: flagged, no rule');
SELECT is((SELECT count(*)::integer FROM pg_temp.back('leeds', '2027-01-12')), 0,
    'leeds sets no return_supervision rule: no rows');

-- the views: as of today, the same rows
SELECT is((SELECT count(*) FROM supervision.supervisors_absent_today), (SELECT count(*) FROM supervision.supervisors_absent()),
    'supervisors_absent_today is supervisors_absent() as of today');
SELECT is((SELECT count(*) FROM supervision.supervision_on_return_today), (SELECT count(*) FROM supervision.supervision_on_return()),
    'supervision_on_return_today is supervision_on_return() as of today');

SELECT * FROM finish();
ROLLBACK;
