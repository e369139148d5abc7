--
-- make bench: INSERT 200,000 case notes into a council's table (1) with no
-- trigger, (2) with our stamping and recording-window triggers, (3) with
-- the PL/pgSQL triggers a DBA would write instead (the same stamps, and
-- the deadline counted day by day against a table of bank holidays), and
-- (4) the PL/pgSQL stamping alone, (5) contrib's insert_username, the
-- simplest C trigger there is, for the cost of PostgreSQL's trigger
-- machinery itself, and (1b) no trigger with the client writing the same
-- stamps, for the cost of the larger rows, in one session.  The table is a case-note table as
-- councils have them: a primary key, an index by child, a note of a few
-- hundred characters.  Goal: (2) at most 1.15x (1).
--
\set QUIET on
\pset footer off
\i test/bench/common.sql

SELECT setseed(0.0505);
SET timezone = 'Europe/London';
SET supervision.clock = '2026-11-20 12:00';
CREATE TEMP TABLE source AS
    SELECT (random() * 5000)::int AS child_id,
           repeat('Discussed the plan with the worker; agreed next steps and who does them. ', 4) AS body,
           TIMESTAMPTZ '2026-11-10 08:00' + random() * interval '10 days' AS discussed_at,
           random() < 0.1 AS significant,
           'Team Manager' AS designation
    FROM generate_series(1, 200000);

CREATE SCHEMA bench;
CREATE TABLE bench.holiday (day date PRIMARY KEY);
INSERT INTO bench.holiday SELECT day FROM supervision.bank_holidays(2026) UNION SELECT day FROM supervision.bank_holidays(2027);

-- one table per variant, all alike
CREATE FUNCTION bench.note_table(name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TABLE bench.%I (
        id bigint GENERATED ALWAYS AS IDENTITY, child_id integer NOT NULL, body text NOT NULL,
        discussed_at timestamptz, significant boolean NOT NULL DEFAULT false, heading text,
        written_by text, written_at timestamptz, designation text, late boolean,
        PRIMARY KEY (id))', name);
    EXECUTE format('CREATE INDEX ON bench.%I (child_id, discussed_at)', name);
END $$;
SELECT bench.note_table('plain'), bench.note_table('ours'), bench.note_table('plpgsql'),
       bench.note_table('plpgsql_stamp'), bench.note_table('insert_username');

SELECT supervision.attach_oversight('bench.ours', 'written_at', 'written_by', heading => 'heading',
    heading_text => 'Management Decision', designation => 'designation', purger => session_user);
SELECT supervision.attach_recording_window('bench.ours', 'discussed_at', policy => 'islington',
    significant => 'significant', late => 'late', mode => 'flag');

CREATE FUNCTION bench.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (NEW.written_at, NEW.written_by, NEW.heading, NEW.designation)
        IS DISTINCT FROM (OLD.written_at, OLD.written_by, OLD.heading, OLD.designation) THEN
        RAISE EXCEPTION 'stamped columns cannot change';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF coalesce(NEW.designation, '') = '' THEN RAISE EXCEPTION 'designation missing'; END IF;
        NEW.written_at := current_setting('supervision.clock')::timestamptz;
        NEW.written_by := session_user;
        NEW.heading := 'Management Decision';
    END IF;
    RETURN NEW;
END $$;
CREATE FUNCTION bench.recording_window() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    now timestamptz := current_setting('supervision.clock')::timestamptz;
    d date;
    n integer := 0;
    deadline timestamptz;
BEGIN
    IF NEW.discussed_at IS NULL OR NEW.discussed_at > now THEN
        RAISE EXCEPTION 'event missing or in the future';
    END IF;
    IF NEW.significant THEN
        deadline := NEW.discussed_at + interval '24 hours';
    ELSE
        d := (NEW.discussed_at AT TIME ZONE 'Europe/London')::date;
        WHILE n < 5 LOOP
            d := d + 1;
            IF extract(isodow FROM d) < 6 AND NOT EXISTS (SELECT FROM bench.holiday h WHERE h.day = d) THEN
                n := n + 1;
            END IF;
        END LOOP;
        deadline := (d + 1)::timestamp AT TIME ZONE 'Europe/London';
    END IF;
    NEW.late := now >= deadline;
    RETURN NEW;
END $$;
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON bench.plpgsql FOR EACH ROW EXECUTE FUNCTION bench.stamp();
CREATE TRIGGER recording_window BEFORE INSERT ON bench.plpgsql FOR EACH ROW EXECUTE FUNCTION bench.recording_window();
CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON bench.plpgsql_stamp FOR EACH ROW EXECUTE FUNCTION bench.stamp();
CREATE EXTENSION insert_username;
CREATE TRIGGER written_by BEFORE INSERT ON bench.insert_username FOR EACH ROW EXECUTE FUNCTION insert_username(written_by);

-- one run of the INSERT into the emptied table, in milliseconds; 'plain'
-- twice: as the other variants are given rows, and with the stamps and late
-- flag written by the client, so as large as the rows our triggers store
CREATE FUNCTION pg_temp.insert_ms(tab text, with_stamps boolean DEFAULT false) RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
    t timestamptz;
BEGIN
    EXECUTE format('TRUNCATE bench.%I RESTART IDENTITY', tab);
    t := clock_timestamp();
    IF with_stamps THEN
        EXECUTE format('INSERT INTO bench.%I (child_id, body, discussed_at, significant, designation,
                                              written_at, written_by, heading, late)
                        SELECT child_id, body, discussed_at, significant, designation,
                               current_setting(''supervision.clock'')::timestamptz, session_user,
                               ''Management Decision'', discussed_at < ''2026-11-13'' FROM source', tab);
    ELSE
        EXECUTE format('INSERT INTO bench.%I (child_id, body, discussed_at, significant, designation)
                        SELECT child_id, body, discussed_at, significant, designation FROM source', tab);
    END IF;
    RETURN extract(epoch FROM clock_timestamp() - t) * 1000;
END $$;

-- warm up: the calendar, the policy and the per-table setup are cached
SELECT pg_temp.insert_ms('ours');

-- five rounds, each variant once a round, the fastest run of each: a
-- checkpoint or a slow write then falls on every variant alike
CREATE TEMP TABLE result (ord int, what text, ms float8);
INSERT INTO result VALUES
 (1, '(1) no trigger',                                  'Infinity'),
 (2, '(2) ours: stamp_oversight + check_recording_window', 'Infinity'),
 (3, '(3) PL/pgSQL: stamps + deadline from a holiday table', 'Infinity'),
 (4, '(4) PL/pgSQL: stamps alone',                      'Infinity'),
 (5, '(5) contrib insert_username: one trivial C trigger', 'Infinity'),
 (6, '(1b) no trigger, the client writing the stamps',  'Infinity');
DO $$
BEGIN
    FOR round IN 1..5 LOOP
        UPDATE result SET ms = least(ms, pg_temp.insert_ms(
            (ARRAY['plain', 'ours', 'plpgsql', 'plpgsql_stamp', 'insert_username', 'plain'])[ord], ord = 6));
    END LOOP;
END $$;

-- the same answers: late flags agree between ours and the PL/pgSQL triggers
SELECT count(*) FILTER (WHERE o.late IS DISTINCT FROM p.late) AS late_flags_differing,
       count(*) FILTER (WHERE o.late) AS late
FROM bench.ours o JOIN bench.plpgsql p USING (id);

\echo
\echo 'INSERT of 200,000 case notes (goal: ours at most 1.15x no trigger)'
SELECT what AS "insert",
       round((ms * 1e6 / 200000)::numeric, 0) AS "ns per row",
       round((ms / (SELECT ms FROM result WHERE ord = 1))::numeric, 2) AS "x no trigger"
FROM result ORDER BY ord;
