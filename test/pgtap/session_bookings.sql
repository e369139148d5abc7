-- sessions_to_rebook() and bookings_ahead(): the diary (session_bookings),
-- with the council's own statuses and reasons mapped by register_source's
-- meanings, and the absences that give a return to work:
--   LEE-X3  leeds   a re-arranged session TAKES PLACE (the replacement's
--           booked_for) within 5 working days of the originally booked day;
--           for reason sickness only, of the return to work
--   SLO-X1  slough  for reason sickness or absence only: another session is
--           BOOKED (the replacement's booked_at) within 5 working days of the
--           return to work; other reasons give no SLO-X1 row
--   LEE-X2 leeds, SLO-X4 slough: booking_ahead 3 months; GLO-P1
--   gloucestershire, BUR-E1 bury: booking_ahead 12 months; islington: none
-- Window: late from local midnight at the end of the Nth working day after
-- the day (the day not counted). Return to work: the first working day after
-- the absence's last day; of either party (supervisee, or the booking's
-- supervisor else the staff source's), the later return.
--
-- Dates worked by hand (England and Wales; bank holidays Fri 25 Dec 2026,
-- Mon 28 Dec 2026 (Boxing Day substitute), Fri 1 Jan 2027, none in
-- November 2026; London on GMT, UTC+0, so local midnight = 00:00+00):
--   returns: last day Fri 13 Nov -> Mon 16 Nov; Fri 6 Nov -> Mon 9 Nov;
--     Wed 4 Nov -> Thu 5 Nov; Thu 24 Dec -> Tue 29 Dec (25 and 28 off, 26-27
--     a weekend)
--   5 WD from Mon 2 Nov: 3 4 5 6, 9 -> late from Tue 10 Nov 00:00
--   5 WD from Wed 4 Nov: 5 6, 9 10 11 -> late from Thu 12 Nov 00:00
--   5 WD from Mon 9 Nov: 10 11 12 13, 16 -> late from Tue 17 Nov 00:00
--   5 WD from Mon 16 Nov: 17 18 19 20, 23 -> late from Tue 24 Nov 00:00
--   5 WD from Wed 23 Dec: Thu 24, Tue 29, Wed 30, Thu 31, Mon 4 Jan -> late
--     from Tue 5 Jan 2027 00:00 (were 25 and 28 Dec working days: from Thu 31 Dec)
--   5 WD from Tue 29 Dec: 30, 31, Mon 4 Jan (1 Jan off), 5, 6 -> late from
--     Thu 7 Jan 2027 00:00
--   booking ahead, as_of Wed 2 Dec 2026: 3 months -> horizon Tue 2 Mar 2027,
--     last month from Tue 2 Feb 2027: booked ahead when booked until after
--     Tue 2 Feb 2027 (Wed 3 Feb yes, Tue 2 Feb no); 12 months -> horizon
--     Thu 2 Dec 2027, booked ahead when after Tue 2 Nov 2027 (Wed 3 Nov yes)
--
-- The bookings (10:00 each; originals made Mon 5 Oct 09:00; M1 supervises
-- all but F, whom M2 supervises) and what each rule makes of them:
--   A1 Mon 2 Nov Moved 'Traffic' (other) -> A2 Mon 9 Nov held: LEE-X3 from
--      Mon 2 Nov, last day Mon 9 Nov: rebooked; no SLO-X1 row (other)
--   B1 Mon 2 Nov Cancelled other; B2 Tue 10 Nov held: LEE-X3 rebooked late
--   C1 Mon 2 Nov Cancelled other, none: LEE-X3 to rebook on Mon 9 Nov, overdue
--      on Tue 10 Nov
--   D1 Wed 4 Nov Cancelled 'Sick', D absent Mon 2 - Fri 13 Nov; D2 made Mon 23
--      Nov 16:00 for Tue 24 Nov: from Mon 16 Nov, due Tue 24 Nov 00:00: LEE-X3
--      rebooked late (takes place Tue 24), SLO-X1 rebooked (made Mon 23); on
--      Fri 20 Nov D2 is not yet made: SLO-X1 to rebook
--   E1 Wed 4 Nov Cancelled 'Leave' (absence), E absent Mon 2 - Fri 13 Nov; E2
--      made Mon 16 Nov 11:00 for Wed 18 Nov: LEE-X3 from Wed 4 Nov (absence
--      is not sickness), due Thu 12 Nov: rebooked late; SLO-X1 from Mon 16
--      Nov, due Tue 24 Nov: rebooked
--   F1 Wed 4 Nov Cancelled 'Sick', F absent Wed 4 Nov only (back Thu 5), M2
--      absent Mon 2 - Fri 6 Nov (back Mon 9): the later, Mon 9 Nov; due Tue 17
--      Nov 00:00; F2 made Tue 17 Nov 08:00 for 14:00: rebooked late (both)
--   G1 Thu 5 Nov Moved 'Sick' -> G2 Wed 11 Nov attended, made when not
--      recorded; G absent Mon 2 - Fri 6 Nov: from Mon 9 Nov, due Tue 17 Nov:
--      LEE-X3 rebooked; SLO-X1 rebooked, when not recorded
--   H1 Wed 4 Nov Cancelled 'Sick', H absent from Mon 2 Nov, no end: absent
--   J1 Wed 4 Nov Cancelled 'Sick', no absence of J or M1: no absence recorded
--   K1 Wed 23 Dec Moved other -> K2 Mon 4 Jan 2027: LEE-X3 due Tue 5 Jan:
--      rebooked (the bank holidays make Mon 4 Jan the 5th working day)
--   L1 Mon 21 Dec Cancelled 'Sick', L absent Mon 21 - Thu 24 Dec: from Tue 29
--      Dec, due Thu 7 Jan 00:00, none: to rebook on Wed 6 Jan, overdue Thu 7 Jan
--   P1 Mon 2 Nov held, made Tue 3 Nov: held before booked (flagged, rule NULL)
--   T1 planned Mon 7 Dec and Wed 3 Feb 2027 (status written 'planned', its own
--      meaning); T2 planned Tue 2 Feb 2027; T3 planned Mon 30 Nov only (before
--      as_of: not counted); T4 planned Wed 3 Nov 2027; T5 planned Tue 2 Nov
--      2027; T6 left Mon 30 Nov, T7 starts Thu 3 Dec: not in post on Wed 2 Dec
BEGIN;
SELECT plan(19);

CREATE TABLE pg_temp.people (id text, full_name text, job text, team text, boss text, started date, left_on date);
INSERT INTO pg_temp.people VALUES
    ('M1', 'Mo Manager', 'team_manager', 'North', NULL, '2015-03-02', NULL),
    ('M2', 'Meg Manager', 'team_manager', 'South', NULL, '2015-03-02', NULL),
    ('A', 'Ann A', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('B', 'Ben B', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('C', 'Cat C', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('D', 'Dee D', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('E', 'Eve E', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('F', 'Fay F', 'social_worker', 'South', 'M2', '2020-01-06', NULL),
    ('G', 'Gus G', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('H', 'Hal H', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('J', 'Jo J', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('K', 'Kit K', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('L', 'Lou L', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('P', 'Pat P', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('T1', 'Tam One', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('T2', 'Ted Two', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('T3', 'Tia Three', 'social_worker', 'North', 'M1', '2020-01-06', NULL), ('T4', 'Tod Four', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('T5', 'Tui Five', 'social_worker', 'North', 'M1', '2020-01-06', NULL),
    ('T6', 'Tay Six', 'social_worker', 'North', 'M1', '2020-01-06', '2026-11-30'),
    ('T7', 'Tev Seven', 'social_worker', 'North', 'M1', '2026-12-03', NULL);
CREATE TABLE pg_temp.diary (ref text, who text, sup text, slot timestamptz, made timestamptz, state text, why text, moved_to text);
INSERT INTO pg_temp.diary VALUES
    ('A1', 'A', NULL, '2026-11-02 10:00+00', '2026-10-05 09:00+00', 'Moved', 'Traffic', 'A2'),
    ('A2', 'A', NULL, '2026-11-09 10:00+00', '2026-11-03 09:00+00', 'Held', NULL, NULL),
    ('B1', 'B', NULL, '2026-11-02 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Traffic', NULL),
    ('B2', 'B', NULL, '2026-11-10 10:00+00', '2026-11-03 09:00+00', 'Held', NULL, NULL),
    ('C1', 'C', NULL, '2026-11-02 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Traffic', NULL),
    ('D1', 'D', NULL, '2026-11-04 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Sick', NULL),
    ('D2', 'D', NULL, '2026-11-24 10:00+00', '2026-11-23 16:00+00', 'Booked', NULL, NULL),
    ('E1', 'E', NULL, '2026-11-04 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Leave', NULL),
    ('E2', 'E', NULL, '2026-11-18 10:00+00', '2026-11-16 11:00+00', 'Booked', NULL, NULL),
    ('F1', 'F', NULL, '2026-11-04 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Sick', NULL),
    ('F2', 'F', NULL, '2026-11-17 14:00+00', '2026-11-17 08:00+00', 'Attended', NULL, NULL),
    ('G1', 'G', NULL, '2026-11-05 10:00+00', '2026-10-05 09:00+00', 'Moved', 'Sick', 'G2'),
    ('G2', 'G', NULL, '2026-11-11 10:00+00', NULL, 'Attended', NULL, NULL),
    ('H1', 'H', NULL, '2026-11-04 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Sick', NULL),
    ('J1', 'J', NULL, '2026-11-04 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Sick', NULL),
    ('K1', 'K', NULL, '2026-12-23 10:00+00', '2026-10-05 09:00+00', 'Moved', 'Traffic', 'K2'),
    ('K2', 'K', NULL, '2027-01-04 10:00+00', '2026-12-16 09:00+00', 'Booked', NULL, NULL),
    ('L1', 'L', NULL, '2026-12-21 10:00+00', '2026-10-05 09:00+00', 'Cancelled', 'Sick', NULL),
    ('P1', 'P', NULL, '2026-11-02 10:00+00', '2026-11-03 09:00+00', 'Held', NULL, NULL),
    ('T1a', 'T1', NULL, '2026-12-07 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T1b', 'T1', NULL, '2027-02-03 10:00+00', '2026-10-05 09:00+00', 'planned', NULL, NULL),
    ('T2a', 'T2', NULL, '2027-02-02 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T3a', 'T3', NULL, '2026-11-30 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T4a', 'T4', NULL, '2027-11-03 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T5a', 'T5', NULL, '2027-11-02 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T6a', 'T6', NULL, '2027-02-03 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL),
    ('T7a', 'T7', NULL, '2027-02-03 10:00+00', '2026-10-05 09:00+00', 'Booked', NULL, NULL);
CREATE TABLE pg_temp.off (who text, first_day date, last_day date, why text);
INSERT INTO pg_temp.off VALUES
    ('D', '2026-11-02', '2026-11-13', 'Sickness'), ('E', '2026-11-02', '2026-11-13', 'Annual leave'),
    ('F', '2026-11-04', '2026-11-04', 'Sickness'), ('M2', '2026-11-02', '2026-11-06', 'Sickness'),
    ('G', '2026-11-02', '2026-11-06', 'Sickness'), ('H', '2026-11-02', NULL, 'Sickness'),
    ('L', '2026-12-21', '2026-12-24', 'Sickness');

SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "team": "team", "supervisor": "boss", "started": "started", "left_on": "left_on"}') \g /dev/null
SELECT supervision.register_source('session_bookings', 'pg_temp.diary',
    '{"key": "ref", "staff": "who", "supervisor": "sup", "booked_for": "slot", "booked_at": "made", "status": "state", "reason": "why", "rearranged_to": "moved_to"}',
    meanings => '{"status": {"held": ["Held", "Attended"], "cancelled": ["Cancelled"], "rearranged": ["Moved"], "planned": ["Booked"]}, "reason": {"sickness": ["Sick"], "absence": ["Leave"]}}') \g /dev/null
SELECT supervision.register_source('absences', 'pg_temp.off', '{"staff": "who", "starts": "first_day", "ends": "last_day", "reason": "why"}') \g /dev/null

CREATE FUNCTION pg_temp.rebook(policy text, as_of date) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT CASE WHEN r.rule IS NULL THEN format('%s - %s', r.booking, r.finding)
                        ELSE format('%s %s %s %s %s %s', r.booking, r.rule, coalesce(to_char(r.counts_from, 'DD Mon'), '-'),
                                    coalesce(to_char(r.due_by AT TIME ZONE 'Europe/London', 'DD Mon HH24:MI'), '-'),
                                    coalesce(r.rebooked, '-'), r.finding) END
                 FROM supervision.sessions_to_rebook(as_of) r ORDER BY r.booking;
END
$$;
CREATE FUNCTION pg_temp.ahead(policy text, as_of date) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT format('%s %s %s %s %s', b.staff, b.rule, to_char(b.horizon, 'Dy DD Mon YYYY'),
                               coalesce(to_char(b.booked_until, 'Dy DD Mon YYYY'), '-'), b.finding)
                 FROM supervision.bookings_ahead(as_of) b WHERE b.staff LIKE 'T%' ORDER BY b.staff;
END
$$;

-- sessions_to_rebook(): every row, once everything is past
SELECT results_eq($$SELECT * FROM pg_temp.rebook('leeds', '2027-01-11')$$,
    ARRAY['A1 LEE-X3 02 Nov 10 Nov 00:00 A2 rebooked', 'B1 LEE-X3 02 Nov 10 Nov 00:00 B2 rebooked late',
          'C1 LEE-X3 02 Nov 10 Nov 00:00 - overdue', 'D1 LEE-X3 16 Nov 24 Nov 00:00 D2 rebooked late',
          'E1 LEE-X3 04 Nov 12 Nov 00:00 E2 rebooked late', 'F1 LEE-X3 09 Nov 17 Nov 00:00 F2 rebooked late',
          'G1 LEE-X3 09 Nov 17 Nov 00:00 G2 rebooked', 'H1 LEE-X3 - - - absent', 'J1 LEE-X3 - - - no absence recorded',
          'K1 LEE-X3 23 Dec 05 Jan 00:00 K2 rebooked', 'L1 LEE-X3 29 Dec 07 Jan 00:00 - overdue', 'P1 - held before booked'],
    'LEE-X3 on Mon 11 Jan 2027: the replacement must take place by the 5th working day: A2 on Mon 9 Nov in time, B2 on Tue 10 Nov late; sickness counts from the return (D Mon 16 Nov; F the later of its own and M2''s, Mon 9 Nov), leave from the booked day (E, Wed 4 Nov); K2 on Mon 4 Jan in time only because 25 and 28 Dec and 1 Jan are bank holidays; P1 held before it was booked is flagged');
SELECT results_eq($$SELECT * FROM pg_temp.rebook('slough', '2027-01-11')$$,
    ARRAY['D1 SLO-X1 16 Nov 24 Nov 00:00 D2 rebooked', 'E1 SLO-X1 16 Nov 24 Nov 00:00 E2 rebooked',
          'F1 SLO-X1 09 Nov 17 Nov 00:00 F2 rebooked late', 'G1 SLO-X1 09 Nov 17 Nov 00:00 G2 rebooked, when not recorded',
          'H1 SLO-X1 - - - absent', 'J1 SLO-X1 - - - no absence recorded', 'L1 SLO-X1 29 Dec 07 Jan 00:00 - overdue',
          'P1 - held before booked'],
    'SLO-X1 on Mon 11 Jan 2027: only sickness or absence (A1, B1, C1, K1 are for other reasons: no row), from the return for both (E from Mon 16 Nov); the booking must be made by the 5th working day: D2 made Mon 23 Nov 16:00 in time (though held late for Leeds), F2 made Tue 17 Nov 08:00 late; G2''s making is not recorded');

-- both edges of a window, and a replacement not yet made
SELECT results_eq($$SELECT * FROM pg_temp.rebook('leeds', '2026-11-09') r WHERE r LIKE 'C1 %'$$,
    ARRAY['C1 LEE-X3 02 Nov 10 Nov 00:00 - to rebook'],
    'LEE-X3: C1 of Mon 2 Nov not re-arranged on Mon 9 Nov, its last day: to rebook');
SELECT results_eq($$SELECT * FROM pg_temp.rebook('leeds', '2026-11-10') r WHERE r LIKE 'C1 %'$$,
    ARRAY['C1 LEE-X3 02 Nov 10 Nov 00:00 - overdue'],
    'LEE-X3: on Tue 10 Nov, the first day late: overdue');
SELECT results_eq($$SELECT * FROM pg_temp.rebook('slough', '2027-01-06') r WHERE r LIKE 'L1 %'$$,
    ARRAY['L1 SLO-X1 29 Dec 07 Jan 00:00 - to rebook'],
    'SLO-X1: L back Tue 29 Dec 2026 (24 Dec its last day off, 25 and 28 Dec bank holidays); on Wed 6 Jan 2027, the 5th working day (1 Jan off): to rebook');
SELECT results_eq($$SELECT * FROM pg_temp.rebook('slough', '2027-01-07') r WHERE r LIKE 'L1 %'$$,
    ARRAY['L1 SLO-X1 29 Dec 07 Jan 00:00 - overdue'],
    'SLO-X1: on Thu 7 Jan 2027, the first day late: overdue');
SELECT results_eq($$SELECT * FROM pg_temp.rebook('slough', '2026-11-20') r WHERE r LIKE 'D1 %'$$,
    ARRAY['D1 SLO-X1 16 Nov 24 Nov 00:00 - to rebook'],
    'SLO-X1 on Fri 20 Nov: D2 is made only on Mon 23 Nov, so not yet: to rebook (due Tue 24 Nov)');

-- the columns: the council's values read as their meanings
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT results_eq($$SELECT staff, name, team, booked_for, status, reason, counts_from, due_by, rebooked, rebooked_for, rebooked_at
                    FROM supervision.sessions_to_rebook('2027-01-11') WHERE booking IN ('A1', 'D1') ORDER BY booking$$,
    $$VALUES ('A'::text, 'Ann A'::text, 'North'::text, date '2026-11-02', 'rearranged'::text, 'other'::text, date '2026-11-02',
              timestamptz '2026-11-10 00:00+00', 'A2'::text, date '2026-11-09', timestamptz '2026-11-03 09:00+00'),
             ('D', 'Dee D', 'North', date '2026-11-04', 'cancelled', 'sickness', date '2026-11-16',
              timestamptz '2026-11-24 00:00+00', 'D2', date '2026-11-24', timestamptz '2026-11-23 16:00+00')$$,
    'LEE-X3: A1 ''Moved'' for ''Traffic'' is rearranged for other, late from Tue 10 Nov 00:00; D1 ''Cancelled'' for ''Sick'' is cancelled for sickness, counted from D''s return on Mon 16 Nov (absent to Fri 13 Nov), late from Tue 24 Nov 00:00');
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null
SELECT results_eq($$SELECT booking, counts_from, due_by, rebooked_for, rebooked_at
                    FROM supervision.sessions_to_rebook('2027-01-11') WHERE booking IN ('F1', 'G1') ORDER BY booking$$,
    $$VALUES ('F1'::text, date '2026-11-09', timestamptz '2026-11-17 00:00+00', date '2026-11-17', timestamptz '2026-11-17 08:00+00'),
             ('G1', date '2026-11-09', timestamptz '2026-11-17 00:00+00', date '2026-11-11', NULL)$$,
    'SLO-X1: F1 counts from M2''s return Mon 9 Nov (later than F''s own, Thu 5 Nov), late from Tue 17 Nov 00:00; G2 (named by G1) has no booked_at');

-- bookings_ahead(), as of Wed 2 Dec 2026
SELECT results_eq($$SELECT * FROM pg_temp.ahead('leeds', '2026-12-02')$$,
    ARRAY['T1 LEE-X2 Tue 02 Mar 2027 Wed 03 Feb 2027 booked ahead', 'T2 LEE-X2 Tue 02 Mar 2027 Tue 02 Feb 2027 not booked ahead',
          'T3 LEE-X2 Tue 02 Mar 2027 - not booked ahead', 'T4 LEE-X2 Tue 02 Mar 2027 Wed 03 Nov 2027 booked ahead',
          'T5 LEE-X2 Tue 02 Mar 2027 Tue 02 Nov 2027 booked ahead'],
    'LEE-X2: 3 months from Wed 2 Dec 2026 is Tue 2 Mar 2027; booked into its last month (after Tue 2 Feb) is booked ahead: Wed 3 Feb yes, Tue 2 Feb no; T3''s planned Mon 30 Nov is before the day asked; T6 (left 30 Nov) and T7 (starts 3 Dec) are not in post');
SELECT results_eq($$SELECT * FROM pg_temp.ahead('slough', '2026-12-02')$$,
    ARRAY['T1 SLO-X4 Tue 02 Mar 2027 Wed 03 Feb 2027 booked ahead', 'T2 SLO-X4 Tue 02 Mar 2027 Tue 02 Feb 2027 not booked ahead',
          'T3 SLO-X4 Tue 02 Mar 2027 - not booked ahead', 'T4 SLO-X4 Tue 02 Mar 2027 Wed 03 Nov 2027 booked ahead',
          'T5 SLO-X4 Tue 02 Mar 2027 Tue 02 Nov 2027 booked ahead'],
    'SLO-X4: "three months ... booked into the diary": the same horizon as Leeds, Tue 2 Mar 2027');
SELECT results_eq($$SELECT * FROM pg_temp.ahead('gloucestershire', '2026-12-02')$$,
    ARRAY['T1 GLO-P1 Thu 02 Dec 2027 Wed 03 Feb 2027 not booked ahead', 'T2 GLO-P1 Thu 02 Dec 2027 Tue 02 Feb 2027 not booked ahead',
          'T3 GLO-P1 Thu 02 Dec 2027 - not booked ahead', 'T4 GLO-P1 Thu 02 Dec 2027 Wed 03 Nov 2027 booked ahead',
          'T5 GLO-P1 Thu 02 Dec 2027 Tue 02 Nov 2027 not booked ahead'],
    'GLO-P1: dates for the year ahead: 12 months to Thu 2 Dec 2027; booked ahead only after Tue 2 Nov 2027: T4 (Wed 3 Nov) yes, T5 (Tue 2 Nov) no');
SELECT results_eq($$SELECT * FROM pg_temp.ahead('bury', '2026-12-02')$$,
    ARRAY['T1 BUR-E1 Thu 02 Dec 2027 Wed 03 Feb 2027 not booked ahead', 'T2 BUR-E1 Thu 02 Dec 2027 Tue 02 Feb 2027 not booked ahead',
          'T3 BUR-E1 Thu 02 Dec 2027 - not booked ahead', 'T4 BUR-E1 Thu 02 Dec 2027 Wed 03 Nov 2027 booked ahead',
          'T5 BUR-E1 Thu 02 Dec 2027 Tue 02 Nov 2027 not booked ahead'],
    'BUR-E1: planned for the next 12 months: as Gloucestershire, horizon Thu 2 Dec 2027');
SELECT set_config('supervision.policy', 'islington', true) \g /dev/null
SELECT is((SELECT count(*)::integer FROM supervision.bookings_ahead('2026-12-02')), 0,
    'islington sets no booking_ahead rule: no rows');

-- registering: every status must mean something; only known meanings
CREATE TABLE pg_temp.bad_diary (LIKE pg_temp.diary);
INSERT INTO pg_temp.bad_diary VALUES ('X1', 'A', NULL, '2026-11-02 10:00+00', '2026-10-05 09:00+00', 'Postponed', NULL, NULL);
SELECT throws_ok($$SELECT supervision.register_source('session_bookings', 'pg_temp.bad_diary',
                       '{"key": "ref", "staff": "who", "supervisor": "sup", "booked_for": "slot", "booked_at": "made", "status": "state", "reason": "why", "rearranged_to": "moved_to"}',
                       meanings => '{"status": {"held": ["Held", "Attended"], "cancelled": ["Cancelled"], "rearranged": ["Moved"], "planned": ["Booked"]}, "reason": {"sickness": ["Sick"], "absence": ["Leave"]}}')$$,
    'SV304', NULL, 'a status ''Postponed'' that maps to no status is refused when registering');
SELECT throws_ok($$SELECT supervision.register_source('session_bookings', 'pg_temp.diary',
                       '{"key": "ref", "staff": "who", "supervisor": "sup", "booked_for": "slot", "booked_at": "made", "status": "state", "reason": "why", "rearranged_to": "moved_to"}',
                       meanings => '{"status": {"held": ["Held", "Attended"], "cancelled": ["Cancelled"], "rearranged": ["Moved"], "planned": ["Booked"], "done": ["Finished"]}, "reason": {"sickness": ["Sick"], "absence": ["Leave"]}}')$$,
    '22023', NULL, 'an unknown meaning ''done'' of status is refused (every value in the rows is mapped otherwise)');

-- a status written after registering is flagged, never dropped
INSERT INTO pg_temp.diary VALUES ('P2', 'P', NULL, '2026-11-05 10:00+00', '2026-10-05 09:00+00', 'Postponed', NULL, NULL);
SELECT results_eq($$SELECT * FROM pg_temp.rebook('leeds', '2027-01-11') r WHERE r LIKE 'P%'$$,
    ARRAY['P1 - held before booked', 'P2 - status not mapped'],
    'P1 held Mon 2 Nov but booked only Tue 3 Nov; P2 ''Postponed'', written after registering: both flagged with no rule');

-- the views: as of today, the same rows
SELECT is((SELECT count(*) FROM supervision.sessions_to_rebook_today), (SELECT count(*) FROM supervision.sessions_to_rebook()),
    'sessions_to_rebook_today is sessions_to_rebook() as of today');
SELECT is((SELECT count(*) FROM supervision.bookings_ahead_today), (SELECT count(*) FROM supervision.bookings_ahead()),
    'bookings_ahead_today is bookings_ahead() as of today');

SELECT * FROM finish();
ROLLBACK;
