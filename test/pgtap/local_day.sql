-- local_day(t, time_zone), the day of an instant in a zone, and
-- local_instant(t, time_zone), the instant of a local time; and first
-- local_day(t, time_zone), the day of an instant in a zone, which the
-- reports use to read every discussion's and session's day (local_day.c):
-- against PostgreSQL's own (t AT TIME ZONE zone)::date on random instants
-- and both sides of every London clock change, in full zone names, in
-- abbreviations and POSIX zones (which go through PostgreSQL's path), with
-- the zone changing from row to row; by hand, evenings around the clock
-- changes of 2026; NULLs, infinities, the ends of the range and an unknown
-- zone as PostgreSQL has them.
BEGIN;
SELECT plan(19);
SET LOCAL timezone = 'UTC';
SELECT setseed(0.2611);
CREATE TEMP TABLE instants AS
    SELECT timestamptz '1900-01-01 00:00+00' + random() * (timestamptz '2199-12-31 00:00+00' - timestamptz '1900-01-01 00:00+00') AS at
    FROM generate_series(1, 20000)
    UNION ALL   -- both sides of every clock change, 1972-2030
    SELECT t FROM generate_series(1972, 2030) y,
         LATERAL (VALUES (make_timestamptz(y, 3, 20, 0, 0, 0, 'UTC')), (make_timestamptz(y, 10, 20, 0, 0, 0, 'UTC'))) m(start),
         LATERAL generate_series(m.start, m.start + interval '14 days', interval '15 minutes') t;
CREATE TEMP TABLE zones (zone text);
INSERT INTO zones VALUES ('Europe/London'), ('America/New_York'), ('Asia/Kolkata'), ('Asia/Kathmandu'),
    ('Australia/Lord_Howe'), ('Africa/Monrovia'), ('Pacific/Kiritimati'), ('Pacific/Pago_Pago'), ('UTC');

SELECT is((SELECT count(*) FROM instants, zones
           WHERE supervision.local_day(at, zone) IS DISTINCT FROM (at AT TIME ZONE zone)::date),
          0::bigint, 'local_day = (t AT TIME ZONE zone)::date in nine full zone names, on every instant');
SELECT is((SELECT count(*) FROM instants,
                  (VALUES ('BST'), ('EST'), ('utc'), ('Z'), ('MET'), ('CET'), ('WET'), ('EET'), ('EST5EDT'), ('<+0330>-03:30'), ('+05:30'), ('-11')) z(zone)
           WHERE supervision.local_day(at, zone) IS DISTINCT FROM (at AT TIME ZONE zone)::date),
          0::bigint, 'the same in abbreviations (MET is also a zone, with summer time, but AT TIME ZONE reads the abbreviation), POSIX zones and offsets');
-- the zone changes from row to row at one call site
SELECT is((SELECT count(*) FROM (SELECT at, (ARRAY['Europe/London', 'Asia/Kolkata', 'BST', 'Asia/Kolkata'])[1 + (row_number() OVER () % 4)::int] AS zone
                                 FROM instants) x
           WHERE supervision.local_day(at, zone) IS DISTINCT FROM (at AT TIME ZONE zone)::date),
          0::bigint, 'the same with the zone changing from row to row');
SET LOCAL timezone_abbreviations = 'India';
SELECT is((SELECT count(*) FROM instants
           WHERE supervision.local_day(at, 'IST') IS DISTINCT FROM (at AT TIME ZONE 'IST')::date),
          0::bigint, 'an abbreviation means what timezone_abbreviations says (IST in India)');
RESET timezone_abbreviations;

-- By hand: British Summer Time in 2026 runs from 01:00 UTC on Sun 29 March
-- to 01:00 UTC on Sun 25 October (the last Sundays of those months).
SELECT is(supervision.local_day('2026-10-24 23:30+00', 'Europe/London'), date '2026-10-25',
          '23:30 UTC on Sat 24 Oct 2026 is 00:30 BST on Sun 25 Oct in London');
SELECT is(supervision.local_day('2026-10-25 23:30+00', 'Europe/London'), date '2026-10-25',
          '23:30 UTC on Sun 25 Oct 2026 is 23:30 GMT, still 25 Oct in London');
SELECT is(supervision.local_day('2026-03-28 23:59:59+00', 'Europe/London'), date '2026-03-28',
          '23:59:59 UTC on Sat 28 Mar 2026 is 23:59:59 GMT, 28 Mar in London');
SELECT is(supervision.local_day('2026-03-29 23:00+00', 'Europe/London'), date '2026-03-30',
          '23:00 UTC on Sun 29 Mar 2026 is midnight BST, 30 Mar in London');

SELECT is(ARRAY[supervision.local_day(NULL, 'Europe/London'), supervision.local_day(now(), NULL)],
          ARRAY[NULL, NULL]::date[], 'NULL in, NULL out');
SELECT is(ARRAY[supervision.local_day('infinity', 'Europe/London'), supervision.local_day('-infinity', 'Asia/Kolkata')],
          ARRAY['infinity', '-infinity']::date[], 'infinite instants stay infinite');
SELECT throws_ok($$SELECT supervision.local_day('294276-12-31 20:00+00', 'Asia/Kolkata')$$, '22008', NULL,
                 'a local time past the end of the range is PostgreSQL''s error (22008)');
SELECT throws_ok($$SELECT supervision.local_day('2026-11-22 12:00+00', 'Mars/Olympus')$$, '22023',
                 'time zone "Mars/Olympus" not recognized', 'an unknown zone is PostgreSQL''s error (22023)');

-- local_instant(t, time_zone), the instant of a local time, against
-- PostgreSQL's own t AT TIME ZONE zone: the same instants read as local
-- times (so every clock change's gap and overlap, at 15-minute steps), in
-- full zone names, abbreviations and offsets, the zone changing by row
SELECT is((SELECT count(*) FROM instants, zones
           WHERE supervision.local_instant(at::timestamp, zone) IS DISTINCT FROM (at::timestamp AT TIME ZONE zone)),
          0::bigint, 'local_instant = t AT TIME ZONE zone in nine full zone names, gaps and overlaps of clock changes included');
SELECT is((SELECT count(*) FROM instants,
                  (VALUES ('BST'), ('EST'), ('utc'), ('Z'), ('MET'), ('EST5EDT'), ('<+0330>-03:30'), ('+05:30'), ('-11')) z(zone)
           WHERE supervision.local_instant(at::timestamp, zone) IS DISTINCT FROM (at::timestamp AT TIME ZONE zone)),
          0::bigint, 'the same in abbreviations, POSIX zones and offsets');
SELECT is((SELECT count(*) FROM (SELECT at, (ARRAY['Europe/London', 'Asia/Kolkata', 'BST', 'Asia/Kolkata'])[1 + (row_number() OVER () % 4)::int] AS zone
                                 FROM instants) x
           WHERE supervision.local_instant(at::timestamp, zone) IS DISTINCT FROM (at::timestamp AT TIME ZONE zone)),
          0::bigint, 'the same with the zone changing from row to row');
-- By hand: midnight of a day in London, in GMT and in BST
SELECT is(supervision.local_instant('2026-11-02 00:00', 'Europe/London'), timestamptz '2026-11-02 00:00+00',
          'midnight of Mon 2 Nov 2026 in London (GMT) is 00:00 UTC');
SELECT is(supervision.local_instant('2026-07-06 00:00', 'Europe/London'), timestamptz '2026-07-05 23:00+00',
          'midnight of Mon 6 Jul 2026 in London (BST) is 23:00 UTC the day before');
SELECT is(ARRAY[supervision.local_instant(NULL, 'Europe/London'), supervision.local_instant('infinity', 'Europe/London'),
                supervision.local_instant('-infinity', NULL)],
          ARRAY[NULL, 'infinity', NULL]::timestamptz[], 'NULL in, NULL out; an infinite time stays infinite');
SELECT throws_ok($$SELECT supervision.local_instant('2026-11-22 12:00', 'Mars/Olympus')$$, '22023',
                 'time zone "Mars/Olympus" not recognized', 'an unknown zone is PostgreSQL''s error (22023)');

SELECT * FROM finish();
ROLLBACK;
