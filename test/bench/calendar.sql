--
-- make bench: working-day arithmetic beside the plain-SQL alternatives,
-- in one session, on the same 1,000,000 random (date, n) rows.
--
--   floor           date + integer: what any per-row date expression costs
--   ours            supervision.add_working_days / working_days_between
--   sql table       a SQL function over a calendar table with a running
--                   working-day number: the best a DBA writes by hand
--   plpgsql loop    a day-by-day loop over a holiday table
--
-- Each query runs three times and the fastest run counts; the slow
-- alternatives run on the first 100,000 rows (the SQL table function) or
-- the first 10,000 once (the PL/pgSQL loop): ns per call is comparable.
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

SELECT setseed(0.2026);
CREATE TEMP TABLE inputs AS
    SELECT d, n, d + (random() * 400)::int - 200 AS b
    FROM (SELECT DATE '1975-01-01' + (random() * 79000)::int AS d,
                 (random() * 120)::int - 60 AS n
          FROM generate_series(1, 1000000)) s;
CREATE TEMP TABLE inputs_100k AS SELECT * FROM inputs LIMIT 100000;
CREATE TEMP TABLE inputs_10k AS SELECT * FROM inputs LIMIT 10000;
VACUUM ANALYZE inputs, inputs_100k, inputs_10k;

-- the holiday table and the calendar table a DBA would keep by hand
CREATE TEMP TABLE holiday AS
    SELECT h.day FROM generate_series(1971, 2199) y, supervision.bank_holidays(y) h;
ALTER TABLE holiday ADD PRIMARY KEY (day);
CREATE TEMP TABLE cal AS
    SELECT day::date, working, (count(*) FILTER (WHERE working) OVER (ORDER BY day))::int AS wd_number
    FROM (SELECT day, extract(isodow FROM day) < 6 AND NOT EXISTS (SELECT FROM holiday h WHERE h.day = g.day) AS working
          FROM generate_series(DATE '1971-01-01', DATE '2199-12-31', interval '1 day') g(day)) s;
ALTER TABLE cal ADD PRIMARY KEY (day);
CREATE UNIQUE INDEX ON cal (wd_number) WHERE working;
VACUUM ANALYZE holiday, cal;

CREATE FUNCTION pg_temp.sql_add_working_days(d date, n int) RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT c2.day FROM cal c1, cal c2
    WHERE c1.day = d AND c2.working
      AND c2.wd_number = CASE WHEN n > 0 THEN c1.wd_number + n
                              ELSE c1.wd_number - c1.working::int + n + 1 END
$$;
CREATE FUNCTION pg_temp.sql_working_days_between(a date, b date) RETURNS int
LANGUAGE sql STABLE AS $$
    SELECT c2.wd_number - c1.wd_number FROM cal c1, cal c2 WHERE c1.day = a AND c2.day = b
$$;
CREATE FUNCTION pg_temp.loop_add_working_days(d date, n int) RETURNS date
LANGUAGE plpgsql STABLE AS $$
DECLARE
    step int := CASE WHEN n < 0 THEN -1 ELSE 1 END;
    left_ int := abs(n);
BEGIN
    IF n = 0 THEN
        WHILE extract(isodow FROM d) >= 6 OR EXISTS (SELECT FROM holiday h WHERE h.day = d) LOOP
            d := d + 1;
        END LOOP;
        RETURN d;
    END IF;
    WHILE left_ > 0 LOOP
        d := d + step;
        IF extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT FROM holiday h WHERE h.day = d) THEN
            left_ := left_ - 1;
        END IF;
    END LOOP;
    RETURN d;
END
$$;
CREATE FUNCTION pg_temp.loop_working_days_between(a date, b date) RETURNS int
LANGUAGE plpgsql STABLE AS $$
DECLARE
    lo date := least(a, b);
    hi date := greatest(a, b);
    n int := 0;
BEGIN
    WHILE lo < hi LOOP
        lo := lo + 1;
        IF extract(isodow FROM lo) < 6 AND NOT EXISTS (SELECT FROM holiday h WHERE h.day = lo) THEN
            n := n + 1;
        END IF;
    END LOOP;
    RETURN CASE WHEN b < a THEN -n ELSE n END;
END
$$;

-- the alternatives must agree with ours before their times mean anything
SELECT count(*) AS "disagreements (must be 0)" FROM inputs_100k
WHERE supervision.add_working_days(d, n) IS DISTINCT FROM pg_temp.sql_add_working_days(d, n)
   OR supervision.working_days_between(d, b) IS DISTINCT FROM pg_temp.sql_working_days_between(d, b)
   OR (random() < 0.02 AND (supervision.add_working_days(d, n) IS DISTINCT FROM pg_temp.loop_add_working_days(d, n)
                        OR supervision.working_days_between(d, b) IS DISTINCT FROM pg_temp.loop_working_days_between(d, b)));


CREATE TEMP TABLE result (ord serial, what text, calls int, ms float8);
INSERT INTO result (what, calls, ms) VALUES
 ('floor: d + n',                               1000000, pg_temp.best_ms('SELECT count(d + n) FROM inputs')),
 ('floor: b - d',                               1000000, pg_temp.best_ms('SELECT count(b - d) FROM inputs')),
 ('add_working_days(d, n)',                     1000000, pg_temp.best_ms('SELECT count(supervision.add_working_days(d, n)) FROM inputs')),
 ('add_working_days(d, n, ''scotland'')',       1000000, pg_temp.best_ms('SELECT count(supervision.add_working_days(d, n, ''scotland'')) FROM inputs')),
 ('working_days_between(d, b)',                 1000000, pg_temp.best_ms('SELECT count(supervision.working_days_between(d, b)) FROM inputs')),
 ('is_working_day(d)',                          1000000, pg_temp.best_ms('SELECT count(*) FILTER (WHERE supervision.is_working_day(d)) FROM inputs')),
 ('sql table: add_working_days',                 100000, pg_temp.best_ms('SELECT count(pg_temp.sql_add_working_days(d, n)) FROM inputs_100k')),
 ('sql table: working_days_between',             100000, pg_temp.best_ms('SELECT count(pg_temp.sql_working_days_between(d, b)) FROM inputs_100k')),
 ('plpgsql loop: add_working_days',               10000, pg_temp.best_ms('SELECT count(pg_temp.loop_add_working_days(d, n)) FROM inputs_10k', 1)),
 ('plpgsql loop: working_days_between',           10000, pg_temp.best_ms('SELECT count(pg_temp.loop_working_days_between(d, b)) FROM inputs_10k', 1));

\echo
\echo 'Working-day arithmetic, 1,000,000 random dates 1975-2191 and offsets -60..60 (goal: ours at most 1.2x the floor)'
SELECT what AS "function", calls,
       round((ms * 1e6 / calls)::numeric, 1) AS "ns per call",
       round(((ms / calls) / (SELECT ms / calls FROM result WHERE ord = 1))::numeric, 2) AS "x floor (d + n)"
FROM result ORDER BY ord;
