--
-- The timescale and schedule types: every input form, canonical output and
-- its round trip, binary COPY round trip, operators and casts, and every bad
-- literal with its SQLSTATE.  Due dates and deadlines are pinned by hand in
-- test/pgtap/timescale_due_dates.sql.
--
SET datestyle = ISO;
SET search_path = supervision, public;
SET intervalstyle = postgres;

\i test/fixtures/refusal.sql

-- every input form of the README's table, and more of the policies' words:
-- canonical output, and the output read back gives the same value
SELECT input, input::timescale AS canonical,
       input::timescale::text::timescale = input::timescale AS round_trip
FROM (VALUES ('24 hours'), ('1 hour'), ('5 working days'), ('1 working day'), ('5 WD'),
             ('5wd'), ('10 days'), ('1 day'), ('daily'), ('6 weeks'), ('weekly'), ('fortnightly'),
             ('2 fortnights'), ('4-weekly'), ('4 weekly'), ('1 month'), ('monthly'), ('bi-monthly'),
             ('bimonthly'), ('quarterly'), ('2 quarters'), ('3 monthly'), ('6-monthly'), ('1 year'),
             ('6 years'), ('annually'), ('yearly'), ('calendar month'), ('every calendar month'),
             ('3 calendar months'), ('every 2 weeks'), ('every month'), ('EVERY  Calendar   Month'),
             ('  5   Working   Days  '), ('Fortnightly'), ('10000 days')) AS t(input);

-- equality and hashing: the same value however it was written
SELECT count(DISTINCT t) AS distinct_values, count(*) AS inputs
FROM unnest('{"1 year","12 months","annually","yearly","12-monthly"}'::timescale[]) t;
SELECT t, count(*) FROM unnest('{weekly,"1 week","7 days",fortnightly,"2 weeks"}'::timescale[]) t
GROUP BY t ORDER BY t;

-- ordering by nominal length, ties broken by unit (hours, working days, days, weeks, months, calendar months)
SELECT t FROM unnest('{"1 calendar month","1 month","4 weeks","28 days","20 working days","1 week","7 days","5 working days","24 hours","1 day","2 working days","2 days"}'::timescale[]) t
ORDER BY t;
SELECT '5 working days'::timescale < '1 week' AS "5 WD < 1 week (same length, unit order)",
       '1 month'::timescale > '4 weeks' AS "1 month > 4 weeks",
       '1 month'::timescale <> '1 calendar month' AS "1 month <> 1 calendar month",
       '1 month'::timescale < '1 calendar month' AS "1 month < 1 calendar month";

-- an index and a hash join use the operator classes
CREATE TEMP TABLE rule (id int, window_ timescale);
INSERT INTO rule VALUES (1, '5 WD'), (2, '24 hours'), (3, 'monthly'), (4, '1 working day');
CREATE INDEX ON rule (window_);
CREATE INDEX ON rule USING hash (window_);
SET enable_seqscan = off;
SELECT id FROM rule WHERE window_ = '5 working days';
SELECT id FROM rule WHERE window_ < '2 days' ORDER BY window_;
RESET enable_seqscan;

-- casts to and from interval, where exact
SELECT '24 hours'::timescale::interval, '10 days'::timescale::interval,
       '2 weeks'::timescale::interval, '1 year'::timescale::interval;
SELECT '36 hours'::interval::timescale, '14 days'::interval::timescale,
       '1 year'::interval::timescale, '3 mons'::interval::timescale;
SELECT pg_temp.refusal($$SELECT '5 working days'::timescale::interval$$);
SELECT pg_temp.refusal($$SELECT '1 calendar month'::timescale::interval$$);
SELECT pg_temp.refusal($$SELECT '1 day 2 hours'::interval::timescale$$);
SELECT pg_temp.refusal($$SELECT '90 minutes'::interval::timescale$$);
SELECT pg_temp.refusal($$SELECT '0 days'::interval::timescale$$);
SELECT pg_temp.refusal($$SELECT '-3 days'::interval::timescale$$);
SELECT pg_temp.refusal($$SELECT '20000 days'::interval::timescale$$);

-- bad literals: each with its SQLSTATE, the word that is wrong and the hint
SELECT input, pg_temp.refusal(format('SELECT %L::supervision.timescale', input)) AS refusal
FROM (VALUES (''), ('   '), ('5'), ('days'), ('hours'), ('0 days'), ('-5 days'), ('5 -days'),
             ('5 fortnite'), ('fortnite'), ('5 working'), ('working days'), ('5 working hours'),
             ('calendar'), ('calendar week'), ('5 fortnightly'), ('2 quarterly'), ('3 annually'),
             ('every weekly'), ('5 days 2 hours'), ('5 days please'), ('5 5 days'), ('every'),
             ('5.5 days'), ('5,5 days'), ('½ day'), ('5 dayz'), ('bi'), ('bi-weekly'), ('monthly-'),
             ('10001 days'), ('1000 years'), ('99999999999999999999 days'),
             ('5 days;DROP TABLE x')) AS t(input);

-- schedules: canonical output and round trip
SELECT input, input::schedule AS canonical, input::schedule::text::schedule::text = input::schedule::text AS round_trip
FROM (VALUES ('weekly until 6 weeks, fortnightly until 6 months, monthly'),
             ('Weekly until 6 weeks,fortnightly until 6 months, monthly until 1 year'),
             ('fortnightly until 12 weeks, monthly'),
             ('monthly'),
             ('every calendar month until 2 years'),
             ('5 working days until 10 days, 10 working days')) AS t(input);
SELECT 'monthly'::timescale::schedule AS "timescale as a one-stage schedule";

-- bad schedules: the detail names the stage
SELECT input, pg_temp.refusal(format('SELECT %L::supervision.schedule', input)) AS refusal
FROM (VALUES (''), ('weekly, monthly'), ('weekly until 6 weeks,'), ('weekly until 6 weeks, , monthly'),
             ('weekly until 6 months, fortnightly until 6 weeks, monthly'),
             ('weekly until 6 weeks, fortnightly until 6 weeks, monthly'),
             ('weekly until 10 working days, monthly'), ('weekly until 48 hours, monthly'),
             ('weekly until 1 calendar month, monthly'), ('weekly until, monthly'),
             ('weekly until 6 weeks until 8 weeks, monthly'), ('fortnite until 6 weeks, monthly'),
             ('weekly until 6 weeks, monthly until 0 months'),
             ('1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d,1 d')) AS t(input);

-- binary COPY round trip of both types
CREATE TEMP TABLE policy_words (t timescale, s schedule);
INSERT INTO policy_words
SELECT t::timescale, s::schedule
FROM (VALUES ('5 WD', 'weekly until 6 weeks, fortnightly until 6 months, monthly'),
             ('24 hours', 'monthly'), ('every calendar month', 'fortnightly until 3 months, monthly until 1 year'),
             ('6-monthly', '5 working days')) AS v(t, s);
\set copyfile '/tmp/supervision_regress_timescale.bin'
COPY policy_words TO :'copyfile' WITH (FORMAT binary);
CREATE TEMP TABLE policy_words_back (LIKE policy_words);
COPY policy_words_back FROM :'copyfile' WITH (FORMAT binary);
SELECT b.t, b.s::text, a.t = b.t AND a.s::text = b.s::text AS same
FROM policy_words a JOIN policy_words_back b ON a.t = b.t ORDER BY b.t;

-- binary receive checks what text input checks: a binary COPY file made by
-- hand (header, one row of one field, trailer) with each payload
CREATE FUNCTION pg_temp.recv(type text, payload bytea) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    file bytea := '\x5047434f50590aff0d0a00'::bytea || '\x0000000000000000'::bytea
                  || '\x0001'::bytea || int4send(length(payload)) || payload || '\xffff'::bytea;
    lo oid := lo_from_bytea(0, file);
    result text;
BEGIN
    PERFORM lo_export(lo, '/tmp/supervision_regress_recv.bin');
    PERFORM lo_unlink(lo);
    EXECUTE format('CREATE TEMP TABLE recv_into (v supervision.%I)', type);
    result := pg_temp.refusal($q$COPY recv_into FROM '/tmp/supervision_regress_recv.bin' WITH (FORMAT binary)$q$);
    -- a new statement, so the row COPY read is visible
    RETURN result || (SELECT coalesce(': ' || string_agg(v::text, ', '), '') FROM recv_into);
END $$;
CREATE FUNCTION pg_temp.recv_timescale(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    r := pg_temp.recv('timescale', payload);
    DROP TABLE recv_into;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.recv_schedule(payload bytea) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    r := pg_temp.recv('schedule', payload);
    DROP TABLE recv_into;
    RETURN r;
END $$;
-- version 1, unit, count
SELECT what, pg_temp.recv_timescale(payload)
FROM (VALUES ('valid: 5 working days', '\x010200000005'::bytea),
             ('valid: 1 calendar month', '\x010600000001'::bytea),
             ('format version 2', '\x020200000005'::bytea),
             ('unit 0', '\x010000000005'::bytea),
             ('unit 7', '\x010700000005'::bytea),
             ('count 0', '\x010300000000'::bytea),
             ('count -1', '\x0103ffffffff'::bytea),
             ('count 10001', '\x010300002711'::bytea),
             ('too short', '\x0103'::bytea),
             ('too long', '\x01030000000500'::bytea),
             ('empty', ''::bytea)) AS t(what, payload);
-- version 1, stages, then per stage: unit, count, until unit, until count
SELECT what, pg_temp.recv_schedule(payload)
FROM (VALUES ('valid: weekly until 6 weeks, monthly', '\x01000000020400000001040000000605000000010000000000'::bytea),
             ('no stages', '\x0100000000'::bytea),
             ('17 stages', '\x0100000011'::bytea),
             ('open stage before the last', '\x01000000020400000001000000000005000000010000000000'::bytea),
             ('until not increasing', '\x01000000020400000001040000000605000000010400000006'::bytea),
             ('until in working days', '\x01000000020400000001020000000a05000000010000000000'::bytea),
             ('stage unit 9', '\x010000000109000000010000000000'::bytea)) AS t(what, payload);
