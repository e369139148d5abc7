-- deadline() for day-based timescales against PostgreSQL's own time-zone
-- arithmetic, on random instants over the whole range (and a little
-- beyond it, where deadline() takes its slow path): the deadline is
-- midnight, Europe/London, at the start of the day after the due date of
-- the event's London date.
BEGIN;
SELECT plan(5);
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
SELECT * FROM finish();
ROLLBACK;
