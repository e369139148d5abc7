-- The windows on a supervision record, attached as triggers where the
-- record is a row (attach_recording_window with rule_id and topic):
--   LEE-R1  leeds  the record reaches the supervisee within 10 working days
--           of the session (topic supervision_record); the supervisee agrees
--           or asks for an amendment within 5 working days of receiving it
--           (topic record_response): two windows under one rule ID, so the
--           topic is named, and attaching without one is refused
--   BUR-R1  bury   the record within one week of the session: one window
--
-- Worked out by hand (England and Wales; no bank holiday in November 2026;
-- GMT, so London midnight is 00:00 UTC):
--   session Mon 2 Nov 10:00 + 10 working days (2 Nov not counted): 3 4 5 6,
--     9 10 11 12 13, 16 -> the last day Mon 16 Nov; late from Tue 17 Nov 00:00
--   received Mon 16 Nov 10:00 + 5 working days: 17 18 19 20, 23 -> the last
--     day Mon 23 Nov; late from Tue 24 Nov 00:00
--   BUR-R1: session Mon 2 Nov + 1 week (7 calendar days) -> Mon 9 Nov; late
--     from Tue 10 Nov 00:00
BEGIN;
SELECT plan(10);
SET LOCAL timezone = 'UTC';

CREATE TABLE record_given (id integer PRIMARY KEY, session_at timestamptz, late boolean);
CREATE TABLE record_answer (id integer PRIMARY KEY, received_at timestamptz, late boolean);
CREATE TABLE bury_record (id integer PRIMARY KEY, session_at timestamptz);

SELECT throws_ok($$SELECT supervision.attach_recording_window('record_given', 'session_at', policy => 'leeds',
                                                              rule_id => 'LEE-R1', mode => 'flag', late => 'late')$$,
    '22023', 'rule LEE-R1 of policy "leeds" has 2 windows',
    'LEE-R1 has two windows: attaching it without a topic is refused, with the topics in the detail');
SELECT throws_ok($$SELECT supervision.attach_recording_window('record_given', 'session_at', policy => 'leeds',
                                                              topic => 'supervision_record', mode => 'flag', late => 'late')$$,
    '22023', 'a window''s topic needs its rule_id',
    'a topic without the rule ID it belongs to is refused');
SELECT throws_ok($$SELECT supervision.attach_recording_window('record_given', 'session_at', policy => 'leeds',
                                                              rule_id => 'LEE-R1', topic => 'record_agreement',
                                                              mode => 'flag', late => 'late')$$,
    '22023', NULL, 'LEE-R1 has no window on topic record_agreement: refused');

SELECT supervision.attach_recording_window('record_given', 'session_at', policy => 'leeds', rule_id => 'LEE-R1',
                                           topic => 'supervision_record', mode => 'flag', late => 'late');
SELECT supervision.attach_recording_window('record_answer', 'received_at', policy => 'leeds', rule_id => 'LEE-R1',
                                           topic => 'record_response', mode => 'flag', late => 'late');
SELECT supervision.attach_recording_window('bury_record', 'session_at', policy => 'bury', rule_id => 'BUR-R1');

SET LOCAL supervision.clock = '2026-11-16 23:59:59+00';
INSERT INTO record_given VALUES (1, '2026-11-02 10:00+00', NULL);
SET LOCAL supervision.clock = '2026-11-17 00:00+00';
INSERT INTO record_given VALUES (2, '2026-11-02 10:00+00', NULL);
SELECT is(ARRAY(SELECT late FROM record_given ORDER BY id), ARRAY[false, true],
    'LEE-R1 supervision_record: a record given on Mon 16 Nov 23:59:59 (the 10th working day after Mon 2 Nov) is in time; at Tue 17 Nov 00:00 it is late');

SET LOCAL supervision.clock = '2026-11-23 17:00+00';
INSERT INTO record_answer VALUES (1, '2026-11-16 10:00+00', NULL);
SET LOCAL supervision.clock = '2026-11-24 09:00+00';
INSERT INTO record_answer VALUES (2, '2026-11-16 10:00+00', NULL);
SELECT is(ARRAY(SELECT late FROM record_answer ORDER BY id), ARRAY[false, true],
    'LEE-R1 record_response: received Mon 16 Nov, an answer on Mon 23 Nov (the 5th working day) is in time; on Tue 24 Nov it is late (the record was deemed accepted)');

SET LOCAL supervision.clock = '2026-11-09 23:59:59+00';
SELECT lives_ok($$INSERT INTO bury_record VALUES (1, '2026-11-02 10:00+00')$$,
    'BUR-R1: a record on Mon 9 Nov, 7 days after the session, is in time (one window: no topic needed)');
SET LOCAL supervision.clock = '2026-11-10 00:00+00';
SELECT throws_ok($$INSERT INTO bury_record VALUES (2, '2026-11-02 10:00+00')$$, 'SV201', NULL,
    'BUR-R1: a record from Tue 10 Nov 00:00 is late, and refused in mode reject');
SELECT is((SELECT count(*)::integer FROM bury_record), 1, 'BUR-R1: the late record is not written');

SELECT is((SELECT count(*)::integer FROM supervision.attachment WHERE "table" = 'record_answer'::regclass
           AND definition LIKE '%topic=record_response%'), 1,
    'the attachment view shows the topic the window was attached with');
SELECT lives_ok($$SELECT supervision.detach_recording_window('record_answer')$$,
    'a window attached with a topic detaches as any other');

SELECT * FROM finish();
ROLLBACK;
