-- An oversight trigger and a recording window on one table: each trigger
-- does its own work as PostgreSQL fires it (in name order), the stamp from
-- one and the late flag from the other.  These tests pin the answers, and
-- the cases where the order or the set of triggers that fire matters: a
-- council's own trigger firing between the two, the window disabled, and
-- session_replication_role firing only one of them.
--
-- Worked out by hand (england-and-wales, 5 working days, SLO-R1's window;
-- no bank holiday in November 2026; GMT, so London midnight is 00:00 UTC):
--   recorded Fri 20 Nov 2026 12:00 UTC (supervision.clock)
--   event Thu 12 Nov 10:00: Fri 13, Mon 16, Tue 17, Wed 18, Thu 19: late
--     from Fri 20 Nov 00:00, so late when recorded
--   event Fri 13 Nov 10:00: Mon 16 to Fri 20: late from Sat 21 Nov 00:00,
--     so on time
BEGIN;
SELECT plan(12);
SET LOCAL timezone = 'UTC';
SET LOCAL supervision.clock = '2026-11-20 12:00+00';

CREATE TABLE note (
    id integer PRIMARY KEY,
    discussed_at timestamptz,
    body text NOT NULL,
    written_at timestamptz,
    written_by text,
    heading text,
    late boolean,
    late_reason text
);
SELECT supervision.attach_oversight('note', 'written_at', 'written_by', heading => 'heading',
                                    heading_text => 'Management Oversight');
SELECT supervision.attach_recording_window('note', 'discussed_at', within => '5 working days',
                                           calendar => 'england-and-wales', mode => 'flag', late => 'late');

-- 1-3: several rows in one statement, each judged on its own event
INSERT INTO note (id, discussed_at, body, written_by, late) VALUES
    (1, '2026-11-12 10:00+00', 'late', 'someone else', false),
    (2, '2026-11-13 10:00+00', 'on time', NULL, true),
    (3, '2026-11-12 10:00+00', 'late again', NULL, NULL);
SELECT is(ARRAY(SELECT late FROM note ORDER BY id), ARRAY[true, false, true],
    'SLO-R1: events on 12, 13 and 12 Nov 2026 recorded on 20 Nov: late, on time, late (the client''s flags overwritten)');
SELECT is(ARRAY(SELECT written_by FROM note ORDER BY id), ARRAY[session_user::text, session_user::text, session_user::text],
    'SLO-R2: every row stamped with the session user, whatever the client sent');
SELECT is(ARRAY(SELECT DISTINCT heading || ' at ' || written_at FROM note), ARRAY['Management Oversight at 2026-11-20 12:00:00+00'],
    'SLO-R2: heading and time of recording stamped on each row');

-- 4: refusals still come from the window, with its SQLSTATE
SELECT supervision.detach_recording_window('note');
SELECT supervision.attach_recording_window('note', 'discussed_at', within => '5 working days',
                                           calendar => 'england-and-wales', mode => 'require_reason',
                                           late_reason => 'late_reason');
SELECT throws_ok($$INSERT INTO note (id, discussed_at, body) VALUES (4, '2026-11-12 10:00+00', 'late, no reason')$$,
    'SV202', NULL, 'a late record without a reason is refused (SV202), the oversight trigger judging it');
SELECT is((SELECT count(*) FROM note WHERE id = 4), 0::bigint, 'and nothing of it is written');
SELECT lives_ok($$INSERT INTO note (id, discussed_at, body, late_reason) VALUES (5, '2026-11-12 10:00+00', 'late', 'Court all week')$$,
    'a late record with a reason is accepted');

-- 7: a council's trigger between the two (names fire in order) moves the
-- event to 13 Nov: the window judges the row as that trigger left it
SELECT supervision.detach_recording_window('note');
SELECT supervision.attach_recording_window('note', 'discussed_at', within => '5 working days',
                                           calendar => 'england-and-wales', mode => 'flag', late => 'late');
CREATE FUNCTION pg_temp.next_day() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.discussed_at := NEW.discussed_at + interval '1 day';
    RETURN NEW;
END $$;
CREATE TRIGGER supervision_p_next_day BEFORE INSERT ON note FOR EACH ROW EXECUTE FUNCTION pg_temp.next_day();
INSERT INTO note (id, discussed_at, body) VALUES (7, '2026-11-12 10:00+00', 'moved to 13 Nov');
SELECT is((SELECT (discussed_at, late)::text FROM note WHERE id = 7), '("2026-11-13 10:00:00+00",f)',
    'an event moved to 13 Nov by a trigger between the two is judged on 13 Nov: on time');
DROP TRIGGER supervision_p_next_day ON note;

-- 8: the window disabled: nobody judges the row
ALTER TABLE note DISABLE TRIGGER supervision_recording_window;
INSERT INTO note (id, discussed_at, body) VALUES (8, '2026-11-12 10:00+00', 'window off');
SELECT is((SELECT (written_by IS NOT NULL, late)::text FROM note WHERE id = 8), '(t,)',
    'with the window disabled, the row is stamped and not judged');
ALTER TABLE note ENABLE TRIGGER supervision_recording_window;

-- 9: as a replica, with the window set to fire always: it judges alone
ALTER TABLE note ENABLE ALWAYS TRIGGER supervision_recording_window;
SET LOCAL session_replication_role = replica;
INSERT INTO note (id, discussed_at, body) VALUES (9, '2026-11-12 10:00+00', 'replica, window always');
SET LOCAL session_replication_role = DEFAULT;
SELECT is((SELECT (written_by IS NULL, late)::text FROM note WHERE id = 9), '(t,t)',
    'as a replica, the window firing always judges the row alone (late), and nothing stamps it');
ALTER TABLE note ENABLE TRIGGER supervision_recording_window;

-- 10: as a replica, with the oversight set to fire always: it stamps, and
-- does not judge for a window that will not fire
ALTER TABLE note ENABLE ALWAYS TRIGGER supervision_oversight;
SET LOCAL session_replication_role = replica;
INSERT INTO note (id, discussed_at, body) VALUES (10, '2026-11-12 10:00+00', 'replica, oversight always');
SET LOCAL session_replication_role = DEFAULT;
SELECT is((SELECT (written_by IS NOT NULL, late)::text FROM note WHERE id = 10), '(t,)',
    'as a replica, the oversight firing always stamps the row and leaves it unjudged');
ALTER TABLE note ENABLE TRIGGER supervision_oversight;

-- 11: a row refused inside a savepoint, then the next row: judged afresh
SELECT supervision.detach_recording_window('note');
SELECT supervision.attach_recording_window('note', 'discussed_at', within => '5 working days',
                                           calendar => 'england-and-wales', mode => 'reject', late => 'late');
SAVEPOINT refused;
SELECT throws_ok($$INSERT INTO note (id, discussed_at, body) VALUES (11, '2026-11-12 10:00+00', 'late')$$,
    'SV201', NULL, 'SLO-R1: in reject mode, a late record is refused (SV201)');
ROLLBACK TO SAVEPOINT refused;
INSERT INTO note (id, discussed_at, body) VALUES (12, '2026-11-13 10:00+00', 'on time');
SELECT is((SELECT late FROM note WHERE id = 12), false, 'the next record, on time, is judged on its own and accepted');

SELECT * FROM finish();
ROLLBACK;
