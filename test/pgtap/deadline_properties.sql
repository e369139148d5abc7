-- deadline() for day-based timescales against PostgreSQL's own time-zone
-- arithmetic, on random instants over the whole range (and a little
-- beyond it, where deadline() takes its slow path): the deadline is
-- midnight, Europe/London, at the start of the day after the due date of
-- the event's London date.  Then the same checks again, now answered from
-- the calendar's memo of deadlines (due_dates.c), in five more time zones,
-- and with more timescales than the memo keeps; and, worked out by hand,
-- the instants where the memo must not answer (an event whose local day is
-- not its UTC day) and a calendar changed after its deadlines were kept.
BEGIN;
SELECT plan(16);
SET LOCAL timezone = 'UTC';
SELECT setseed(0.0519);
CREATE TEMP TABLE instants AS
    SELECT timestamptz '1970-06-01 00:00+00' + random() * (timestamptz '2199-06-30 00:00+00' - timestamptz '1970-06-01 00:00+00') AS at
    FROM generate_series(1, 20000)
    UNION ALL   -- both sides of every clock change, 1972-2030
    SELECT t FROM generate_series(1972, 2030) y,
         LATERAL (VALUES (make_timestamptz(y, 3, 1, 0, 0, 0, 'UTC')), (make_timestamptz(y, 10, 1, 0, 0, 0, 'UTC'))) m(start),
         LATERAL generate_series(m.start, m.start + interval '31 days', interval '30 minutes') t;

SELECT is((SELECT count(*) FROM instants
           WHERE supervision.deadline(at, '1 day') IS DISTINCT FROM
                 (((at AT TIME ZONE 'Europe/London')::date + 2)::timestamp AT TIME ZONE 'Europe/London')),
          0::bigint, 'deadline(at, ''1 day'') = London midnight two days after the London date, on every instant');
SELECT is((SELECT count(*) FROM instants
           WHERE supervision.deadline(at, '10 days', 'scotland') IS DISTINCT FROM
                 (((at AT TIME ZONE 'Europe/London')::date + 11)::timestamp AT TIME ZONE 'Europe/London')),
          0::bigint, 'deadline(at, ''10 days'', scotland): the same with 10 days');
SELECT is((SELECT count(*) FROM instants
           WHERE supervision.deadline(at, '1 month') IS DISTINCT FROM
                 ((((at AT TIME ZONE 'Europe/London')::date + interval '1 month')::date + 1)::timestamp AT TIME ZONE 'Europe/London')),
          0::bigint, 'deadline(at, ''1 month'') = London midnight after the London date + 1 month');
SELECT is((SELECT count(*) FROM instants
           WHERE at >= '1971-01-02' AND at < '2199-12-01'
             AND supervision.deadline(at, '5 working days') IS DISTINCT FROM
                 ((supervision.add_working_days((at AT TIME ZONE 'Europe/London')::date, 5) + 1)::timestamp AT TIME ZONE 'Europe/London')),
          0::bigint, 'deadline(at, ''5 working days'') = London midnight after add_working_days of the London date');
SELECT is((SELECT count(*) FROM instants
           WHERE supervision.deadline(at, '36 hours') IS DISTINCT FROM at + interval '36 hours'),
          0::bigint, 'deadline(at, ''36 hours'') = at + 36 hours exactly');

-- 6: every check above again: this time each day's deadline was kept
SELECT is((SELECT count(*) FROM instants
           WHERE supervision.deadline(at, '1 day') IS DISTINCT FROM
                 (((at AT TIME ZONE 'Europe/London')::date + 2)::timestamp AT TIME ZONE 'Europe/London')
              OR supervision.deadline(at, '1 month') IS DISTINCT FROM
                 ((((at AT TIME ZONE 'Europe/London')::date + interval '1 month')::date + 1)::timestamp AT TIME ZONE 'Europe/London')
              OR (at >= '1971-01-02' AND at < '2199-12-01'
                  AND supervision.deadline(at, '5 working days') IS DISTINCT FROM
                      ((supervision.add_working_days((at AT TIME ZONE 'Europe/London')::date, 5) + 1)::timestamp AT TIME ZONE 'Europe/London'))),
          0::bigint, 'the same deadlines a second time, from the memo');

-- 7-11: calendars in zones east and west of UTC, on the half and three
-- quarter hour, and one whose offset was not a whole quarter hour until
-- 1972 (Liberia's -0:44:30): no bank holidays, Saturday and Sunday off
INSERT INTO supervision.calendar (name, time_zone) VALUES
    ('new-york', 'America/New_York'), ('kolkata', 'Asia/Kolkata'), ('kathmandu', 'Asia/Kathmandu'),
    ('lord-howe', 'Australia/Lord_Howe'), ('monrovia', 'Africa/Monrovia');
CREATE TEMP TABLE zone_instants AS
    SELECT at FROM instants WHERE at >= '1971-01-03' AND at < '2199-12-01'
    UNION ALL   -- every quarter hour of 1971, 2026 and 2027, where the offsets change
    SELECT generate_series(timestamptz '1971-01-03 00:00+00', '1972-03-01', interval '15 minutes')
    UNION ALL
    SELECT generate_series(timestamptz '2026-01-01 00:00+00', '2027-12-31', interval '15 minutes');
SELECT is((SELECT count(*) FROM zone_instants, (VALUES (1), (2)) pass(n)
           WHERE supervision.deadline(at, '5 working days', c.name) IS DISTINCT FROM
                 ((supervision.add_working_days((at AT TIME ZONE c.time_zone)::date, 5, c.name) + 1)::timestamp AT TIME ZONE c.time_zone)),
          0::bigint, format('deadline(at, ''5 working days'', %L) = midnight in %s after add_working_days of the local date, twice', c.name, c.time_zone))
FROM supervision.calendar c WHERE c.name IN ('new-york', 'kolkata', 'kathmandu', 'lord-howe', 'monrovia') ORDER BY c.name;

-- 12: seven timescales on one calendar, more than the memo keeps
SELECT is((SELECT count(*) FROM zone_instants, generate_series(1, 7) n, (VALUES (1), (2)) pass(p)
           WHERE at >= '2026-01-01'
             AND supervision.deadline(at, (n || ' working days')::supervision.timescale, 'kolkata') IS DISTINCT FROM
                 ((supervision.add_working_days((at AT TIME ZONE 'Asia/Kolkata')::date, n, 'kolkata') + 1)::timestamp AT TIME ZONE 'Asia/Kolkata')),
          0::bigint, 'deadline(at, ''1'' to ''7 working days'', kolkata): seven timescales, each right, twice');

-- 13: by hand, London (SLO-R1's 5 working days).  Thu 22 Oct 2026 is BST
-- (UTC+1): its day ends at 23:00 UTC.  An event on Thu 22: Fri 23, Mon 26 to
-- Thu 29, late from the start of Fri 30 Oct, after the clocks went back on
-- 25 Oct: 00:00 UTC.  An event from 23:00 UTC is on Fri 23 in London: Mon 26
-- to Fri 30, late from Sat 31 Oct 00:00 UTC.  The first event keeps Thursday's
-- deadline; the later ones are on the same UTC day and must not be given it.
SELECT is(ARRAY[supervision.deadline('2026-10-22 12:00+00', '5 working days'),
                supervision.deadline('2026-10-22 22:59:59+00', '5 working days'),
                supervision.deadline('2026-10-22 23:00+00', '5 working days'),
                supervision.deadline('2026-10-22 23:30+00', '5 working days')],
          ARRAY[timestamptz '2026-10-30 00:00+00', '2026-10-30 00:00+00', '2026-10-31 00:00+00', '2026-10-31 00:00+00'],
          'SLO-R1: events at 12:00 and 22:59:59 UTC on Thu 22 Oct 2026 are late from 30 Oct 00:00 UTC; at 23:00 and 23:30 UTC (Fri 23 in London) from 31 Oct 00:00 UTC');

-- 14: by hand, SLO-R1's window (5 working days) in a New York calendar, on EDT (UTC-4) from Sun 8 Mar 2026: Tue 10 Mar
-- begins at 04:00 UTC.  An event on Tue 10: Wed 11 to Fri 13, Mon 16, Tue 17,
-- late from Wed 18 Mar 04:00 UTC.  At 03:00 UTC it is still Mon 9 in New York:
-- Tue 10 to Fri 13, Mon 16, late from Tue 17 Mar 04:00 UTC.
SELECT is(ARRAY[supervision.deadline('2026-03-10 12:00+00', '5 working days', 'new-york'),
                supervision.deadline('2026-03-10 03:00+00', '5 working days', 'new-york'),
                supervision.deadline('2026-03-10 03:59:59+00', '5 working days', 'new-york'),
                supervision.deadline('2026-03-10 04:00+00', '5 working days', 'new-york')],
          ARRAY[timestamptz '2026-03-18 04:00+00', '2026-03-17 04:00+00', '2026-03-17 04:00+00', '2026-03-18 04:00+00'],
          'events at 12:00 and 04:00 UTC on 10 Mar 2026 (Tue 10 in New York) are late from 18 Mar 04:00 UTC; at 03:00 and 03:59:59 UTC (Mon 9) from 17 Mar 04:00 UTC');

-- 15: by hand, SLO-R1's window (5 working days) in Monrovia in 1971, at -0:44:30: an event on Tue 1 Jun 1971
-- (11:15:30 local): Wed 2 to Fri 4, Mon 7, Tue 8, late from the start of
-- Wed 9 Jun, 00:44:30 UTC.  Asked twice: a deadline the memo cannot keep
-- (not a whole quarter hour) is worked out each time.
SELECT is(ARRAY[supervision.deadline('1971-06-01 12:00+00', '5 working days', 'monrovia'),
                supervision.deadline('1971-06-01 13:00+00', '5 working days', 'monrovia')],
          ARRAY[timestamptz '1971-06-09 00:44:30+00', '1971-06-09 00:44:30+00'],
          'an event on Tue 1 Jun 1971 in Monrovia (UTC-0:44:30) is late from 9 Jun 1971 00:44:30 UTC, asked twice');

-- 16: by hand, SLO-R1's window (5 working days) in a calendar changed after
-- its deadlines were kept.  No bank
-- holidays: an event on Mon 21 Dec 2026 has Tue 22 to Fri 25 and Mon 28,
-- late from Tue 29 Dec 00:00 UTC (GMT).  With Thu 24 Dec closed: Tue 22,
-- Wed 23, Fri 25, Mon 28, Tue 29, late from Wed 30 Dec 00:00 UTC.
INSERT INTO supervision.calendar (name) VALUES ('office');
SELECT supervision.deadline('2026-12-21 10:00+00', '5 working days', 'office') AS before_closure \gset
INSERT INTO supervision.closure_day VALUES ('office', '2026-12-24', 'Office closed');
SELECT is(ARRAY[:'before_closure'::timestamptz, supervision.deadline('2026-12-21 10:00+00', '5 working days', 'office')],
          ARRAY[timestamptz '2026-12-29 00:00+00', '2026-12-30 00:00+00'],
          'an event on Mon 21 Dec 2026 is late from 29 Dec; once Thu 24 Dec is closed, from 30 Dec (the kept deadline is forgotten)');

SELECT * FROM finish();
ROLLBACK;
