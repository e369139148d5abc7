-- records_due(): the record of each held supervision session, where the
-- policy in force sets a rule for it:
--   LEE-R1  leeds  the supervisor gives the record to the supervisee within
--           10 working days of the session (topic supervision_record); the
--           supervisee signs or agrees within 5 working days of receiving
--           it (record_response); "if there is no response the recording
--           is agreed to be accurate" (deemed accepted)
--   BUR-R1  bury   the record is "returned to the supervisee within one
--           week of the supervision session" (7 calendar days); no rule on
--           the answer
--   GLO-R2  gloucestershire  the record is shared, and stands as agreed
--           unless the supervisee asks for it to be amended; no time set
-- Slough sets none of these: no rows.
--
-- Dates worked by hand (England and Wales; no bank holiday in November
-- 2026; London is on GMT, UTC+0, in November):
--   Mon 2 Nov + 10 working days (2 Nov not counted): 3 4 5 6, 9 10 11 12
--     13, 16 -> Mon 16 Nov is the last day; late from Tue 17 Nov 00:00
--   Mon 9 Nov + 10 working days: 10 11 12 13, 16 17 18 19 20, 23 -> Mon 23
--     Nov; late from Tue 24 Nov 00:00
--   received Mon 16 Nov + 5 working days: 17 18 19 20, 23 -> Mon 23 Nov;
--     deemed accepted from Tue 24 Nov 00:00
--   received Tue 17 Nov + 5 working days: 18 19 20, 23 24 -> Tue 24 Nov;
--     late from Wed 25 Nov 00:00
--   received Mon 9 Nov + 5 working days: 10 11 12 13, 16 -> Mon 16 Nov;
--     late from Tue 17 Nov 00:00
--   BUR-R1: Mon 2 Nov + 1 week -> Mon 9 Nov; late from Tue 10 Nov 00:00
--
-- The sessions (held, all in November 2026) and their records:
--   A  Mon 2 Nov   given Mon 16 Nov 10:00, no answer
--   B  Mon 2 Nov   given Tue 17 Nov 09:00 (late), agreed Wed 18 Nov 11:00
--   C  Mon 9 Nov   no record yet
--   D  Mon 2 Nov   given Mon 9 Nov 17:00, amendment asked Tue 10 Nov 12:00
--   E  Mon 2 Nov   given Mon 30 Nov 09:00: after the day asked about, so not yet given then
BEGIN;
SELECT plan(13);

CREATE TABLE pg_temp.people (id text, full_name text, job text, started date);
INSERT INTO pg_temp.people VALUES
    ('A', 'Ann A', 'social_worker', '2020-01-06'), ('B', 'Ben B', 'social_worker', '2020-01-06'),
    ('C', 'Cat C', 'social_worker', '2020-01-06'), ('D', 'Dan D', 'social_worker', '2020-01-06'),
    ('E', 'Eve E', 'social_worker', '2020-01-06');
CREATE TABLE pg_temp.meetings (who text, held date);
INSERT INTO pg_temp.meetings VALUES ('A', '2026-11-02'), ('B', '2026-11-02'), ('C', '2026-11-09'),
                                    ('D', '2026-11-02'), ('E', '2026-11-02');
CREATE TABLE pg_temp.notes (who text, session_day date, sent timestamptz, signed timestamptz, queried timestamptz);
INSERT INTO pg_temp.notes VALUES
    ('A', '2026-11-02', '2026-11-16 10:00+00', NULL, NULL),
    ('B', '2026-11-02', '2026-11-17 09:00+00', '2026-11-18 11:00+00', NULL),
    ('D', '2026-11-02', '2026-11-09 17:00+00', NULL, '2026-11-10 12:00+00'),
    ('E', '2026-11-02', '2026-11-30 09:00+00', NULL, NULL);

SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "started": "started"}') \g /dev/null
SELECT supervision.register_source('supervision_sessions', 'pg_temp.meetings', '{"staff": "who", "held_at": "held"}') \g /dev/null
SELECT supervision.register_source('session_records', 'pg_temp.notes',
    '{"staff": "who", "held_at": "session_day", "given_at": "sent", "agreed_at": "signed", "amendment_at": "queried"}') \g /dev/null

CREATE FUNCTION pg_temp.records(policy text, as_of date) RETURNS SETOF text LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('supervision.policy', policy, true);
    RETURN QUERY SELECT format('%s %s %s %s', r.staff, r.rule, r.status, coalesce(r.given_late::text, '-'))
                 FROM supervision.records_due(as_of) r ORDER BY r.staff;
END
$$;

SELECT results_eq($$SELECT * FROM pg_temp.records('leeds', '2026-11-23')$$,
    ARRAY['A LEE-R1 awaiting answer false', 'B LEE-R1 agreed true', 'C LEE-R1 record to give -',
          'D LEE-R1 amendment asked false', 'E LEE-R1 record overdue -'],
    'LEE-R1 on Mon 23 Nov: A given on its last day (Mon 16 Nov) and its 5 days to answer end today; B given a day late, agreed; C''s 10 days end today; D given in time, amendment asked; E given only on 30 Nov, so on 23 Nov its record is overdue (due by Mon 16 Nov)');
SELECT results_eq($$SELECT * FROM pg_temp.records('leeds', '2026-11-24')$$,
    ARRAY['A LEE-R1 deemed accepted false', 'B LEE-R1 agreed true', 'C LEE-R1 record overdue -',
          'D LEE-R1 amendment asked false', 'E LEE-R1 record overdue -'],
    'LEE-R1 on Tue 24 Nov: no answer from A by Mon 23 Nov, so A''s record is deemed accepted; C''s record is overdue (due by Mon 23 Nov)');
SELECT results_eq($$SELECT * FROM pg_temp.records('leeds', '2026-11-30')$$,
    ARRAY['A LEE-R1 deemed accepted false', 'B LEE-R1 agreed true', 'C LEE-R1 record overdue -',
          'D LEE-R1 amendment asked false', 'E LEE-R1 awaiting answer true'],
    'LEE-R1 on Mon 30 Nov: E''s record arrived that day, two weeks late, and awaits an answer (by Mon 7 Dec)');

SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT results_eq($$SELECT give_by, answer_by FROM supervision.records_due('2026-11-24') WHERE staff IN ('A', 'B', 'C') ORDER BY staff$$,
    $$VALUES ('2026-11-17 00:00+00'::timestamptz, '2026-11-24 00:00+00'::timestamptz),
             ('2026-11-17 00:00+00', '2026-11-25 00:00+00'),
             ('2026-11-24 00:00+00', NULL)$$,
    'LEE-R1: late from Tue 17 Nov (A, B: sessions of Mon 2 Nov) and Tue 24 Nov (C: Mon 9 Nov); answers late from Tue 24 Nov (A received Mon 16 Nov) and Wed 25 Nov (B received Tue 17 Nov)');

SELECT results_eq($$SELECT * FROM pg_temp.records('bury', '2026-11-30')$$,
    ARRAY['A BUR-R1 given true', 'B BUR-R1 agreed true', 'C BUR-R1 record overdue -',
          'D BUR-R1 amendment asked false', 'E BUR-R1 given true'],
    'BUR-R1 on Mon 30 Nov: a week from Mon 2 Nov ends Mon 9 Nov, so D''s record (Mon 9 Nov 17:00) is on time and A''s, B''s and E''s late; C''s (Mon 9 Nov) was due by Mon 16 Nov; Bury sets no rule on the answer, so an unanswered record is just given, while B''s agreement and D''s request are shown as they are');
SELECT results_eq($$SELECT * FROM pg_temp.records('gloucestershire', '2026-11-30')$$,
    ARRAY['A GLO-R2 stands as agreed -', 'B GLO-R2 agreed -', 'C GLO-R2 record to give -',
          'D GLO-R2 amendment asked -', 'E GLO-R2 stands as agreed -'],
    'GLO-R2: a record shared stands as agreed unless an amendment is asked (D; B agreed it outright); no time is set, so nothing is late or overdue');
SELECT is((SELECT count(*)::integer FROM pg_temp.records('slough', '2026-11-30')), 0,
    'slough sets no rule on the supervision record: no rows');

-- the view: as of today, the same rows
SELECT is((SELECT count(*) FROM supervision.records_due_today), (SELECT count(*) FROM supervision.records_due()),
    'records_due_today is records_due() as of today');

-- the monthly return's records late counts these records too: of the
-- month's sessions, those whose record was not with the supervisee by the
-- window's end, as at the end of November (no case discussions here, and
-- none of these policies has a case-record window judged)
CREATE TABLE pg_temp.no_cases (key text, category text, worker text, opened date);
CREATE TABLE pg_temp.no_discussions (case_key text, held_at timestamptz);
SELECT supervision.register_source('cases', 'pg_temp.no_cases') \g /dev/null
SELECT supervision.register_source('case_discussions', 'pg_temp.no_discussions') \g /dev/null
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT is((SELECT records_late FROM supervision.monthly_return('2026-11-01')), 3,
    'LEE-R1 in the November return: B (a day late), C (none, due by Mon 23 Nov) and E (30 Nov, due by Mon 16 Nov) are late; A and D were on time');
SELECT set_config('supervision.policy', 'bury', true) \g /dev/null
SELECT is((SELECT records_late FROM supervision.monthly_return('2026-11-01')), 4,
    'BUR-R1 in the November return: A, B and E (given after Mon 9 Nov) and C (none by Mon 16 Nov) are late; D was on time');
SELECT set_config('supervision.policy', 'gloucestershire', true) \g /dev/null
SELECT is((SELECT records_late FROM supervision.monthly_return('2026-11-01')), NULL,
    'GLO-R2 sets no time for the record, and there are no discussions to judge: nothing could be late (NULL)');

-- bad input: refused where a check can show it
CREATE TABLE pg_temp.bad_notes (who text, session_day date, sent date);
SELECT throws_ok($$SELECT supervision.register_source('session_records', 'pg_temp.bad_notes',
                       '{"staff": "who", "held_at": "session_day", "given_at": "sent"}')$$,
    '42804', NULL, 'a time given as a date is refused: given_at needs a timestamptz (an instant)');
-- a record that answers before it was given is reported as it stands,
-- never dropped
INSERT INTO pg_temp.notes VALUES ('C', '2026-11-09', '2026-11-20 09:00+00', '2026-11-19 09:00+00', NULL);
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null
SELECT results_eq($$SELECT status FROM supervision.records_due('2026-11-30') WHERE staff = 'C'$$,
    ARRAY['answered before given'],
    'C''s record agreed on 19 Nov but given on 20 Nov: flagged as answered before given, not dropped');

SELECT * FROM finish();
ROLLBACK;
