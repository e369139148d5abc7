--
-- make bench: INSERT of 20,000 personal supervision notes of about 2 kB into
-- a table (1) with no trigger and (2) with the confidentiality guard
-- (attach_confidentiality), 100,000 children's cases registered, in five
-- interleaved rounds, the fastest of each.  No note names a child, so the
-- guard reads every word of every note.  Goal (issue 20): (2) at most 1.3x (1).
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

CREATE SCHEMA conf;
CREATE TABLE conf.case_file (ref text PRIMARY KEY, child text, category text, worker text, opened date);
INSERT INTO conf.case_file
SELECT 'C' || lpad(i::text, 6, '0'), (100000 + i)::text, 'cin', 'W' || (i % 50), DATE '2026-01-05'
FROM generate_series(1, 100000) AS i;
SELECT supervision.register_source('cases', 'conf.case_file', '{"key": "ref", "child": "child", "worker": "worker"}') \g /dev/null

-- the notes as a client sends them: not compressed yet (a note stored
-- compressed here would be decompressed for the guard, and copied as it is
-- without it)
CREATE TEMP TABLE notes (worker text, notes text);
ALTER TABLE notes ALTER COLUMN notes SET STORAGE EXTERNAL;
INSERT INTO notes
SELECT 'W' || (i % 50),
       repeat('Discussed workload and wellbeing; agreed to book leave in March and to attend the 3-day course. ', 21) || i
FROM generate_series(1, 20000) AS i;
-- a table of personal supervision records as a council keeps one: a key,
-- the worker (indexed, for their file), when it was written, the note
CREATE TABLE conf.plain (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, worker text NOT NULL,
                         written_at timestamptz NOT NULL DEFAULT now(), notes text);
CREATE INDEX ON conf.plain (worker, written_at);
CREATE TABLE conf.guarded (LIKE conf.plain INCLUDING ALL);
SELECT supervision.attach_confidentiality('conf.guarded', '{notes}') \g /dev/null
-- the identifiers read once, before the rounds
INSERT INTO conf.guarded (worker, notes) VALUES ('W0', 'warm');

CREATE TEMP TABLE result (ord int, variant text, ms float8);
DO $$
DECLARE
    t timestamptz;
    plain float8;
    guarded float8;
BEGIN
    FOR round IN 1..5 LOOP
        TRUNCATE conf.plain, conf.guarded;
        t := clock_timestamp();
        INSERT INTO conf.plain (worker, notes) SELECT worker, notes FROM notes;
        plain := least(plain, extract(epoch FROM clock_timestamp() - t) * 1000);
        t := clock_timestamp();
        INSERT INTO conf.guarded (worker, notes) SELECT worker, notes FROM notes;
        guarded := least(guarded, extract(epoch FROM clock_timestamp() - t) * 1000);
    END LOOP;
    INSERT INTO result VALUES (1, '(1) no trigger', plain), (2, '(2) the confidentiality guard', guarded);
END
$$;

\echo
\echo 'INSERT of 20,000 notes of about 2 kB, 100,000 cases registered (goal: (2) at most 1.3x (1)):'
SELECT variant, round(ms::numeric, 1) AS "ms", round((ms * 1e6 / 20000)::numeric, 0) AS "ns per row",
       round((ms / (SELECT ms FROM result WHERE ord = 1))::numeric, 2) AS "x no trigger",
       CASE WHEN ord = 1 THEN '' WHEN ms / (SELECT ms FROM result WHERE ord = 1) <= 1.3 THEN 'met' ELSE 'NOT MET' END
           AS "goal met"
FROM result ORDER BY ord;

-- leave the database as it was for the other benchmarks
SELECT supervision.unregister_source('cases') \g /dev/null
DROP SCHEMA conf CASCADE;
