-- training_due(): LEE-T1, "existing managers will be expected to refresh
-- their learning every 5 years at a minimum": 60 months after the last
-- supervision training, asked for those who supervise someone in post.
--
-- Worked out by hand (as of Mon 4 Dec 2028; Leeds's first version is in
-- force from Thu 9 Nov 2023, and what came before counts as on that day):
--   M trained Mon 4 Dec 2023 -> due Mon 4 Dec 2028: due soon (today)
--   N trained Fri 1 Dec 2023 -> due Fri 1 Dec 2028: overdue by 3 days
--   P never trained, in the role since 2015: from Thu 9 Nov 2023 -> due Thu
--     9 Nov 2028: overdue by 25 days (21 in November, 4 in December)
--   W trained but supervises no one: not listed; Q supervises only a
--     leaver: not listed
BEGIN;
SELECT plan(5);

CREATE TABLE pg_temp.people (id text, full_name text, job text, boss text, started date, left_on date);
INSERT INTO pg_temp.people VALUES
    ('M', 'Meg M', 'team_manager', NULL, '2015-01-05', NULL), ('N', 'Ned N', 'team_manager', NULL, '2015-01-05', NULL),
    ('P', 'Pat P', 'senior_social_worker', NULL, '2015-01-05', NULL), ('Q', 'Quin Q', 'team_manager', NULL, '2015-01-05', NULL),
    ('W', 'Wyn W', 'social_worker', 'M', '2015-01-05', NULL), ('X', 'Xan X', 'social_worker', 'N', '2015-01-05', NULL),
    ('Y', 'Yas Y', 'social_worker', 'P', '2015-01-05', NULL), ('Z', 'Zed Z', 'social_worker', 'Q', '2015-01-05', '2026-06-30');
CREATE TABLE pg_temp.courses (who text, attended date);
INSERT INTO pg_temp.courses VALUES ('M', '2023-12-04'), ('M', '2018-12-03'), ('N', '2023-12-01'), ('W', '2024-01-08');
SELECT supervision.register_source('staff', 'pg_temp.people',
    '{"key": "id", "name": "full_name", "role": "job", "supervisor": "boss", "started": "started", "left_on": "left_on"}') \g /dev/null
SELECT set_config('supervision.policy', 'leeds', true) \g /dev/null

SELECT throws_ok($$SELECT * FROM supervision.training_due('2028-12-04')$$, 'SV301', 'no trainings source is registered',
    'LEE-T1 reads the trainings source: not registered, the report refuses (SV301)');
SELECT supervision.register_source('trainings', 'pg_temp.courses', '{"staff": "who", "held_at": "attended"}') \g /dev/null
SELECT results_eq($$SELECT format('%s %s %s %s %s %s', staff, rule, coalesce(last_held::text, '-'), latest, status, days_overdue)
                    FROM supervision.training_due('2028-12-04') ORDER BY staff$$,
    ARRAY['M LEE-T1 2023-12-04 2028-12-04 due soon 0', 'N LEE-T1 2023-12-01 2028-12-01 overdue 3',
          'P LEE-T1 - 2028-11-09 overdue 25'],
    'LEE-T1 on Mon 4 Dec 2028: M due today, N 3 days overdue, P never trained and due 5 years from Leeds''s first version (Thu 9 Nov 2028); W and Q, supervising no one in post, not listed');
SELECT results_eq($$SELECT format('%s %s', staff, status) FROM supervision.training_due('2028-12-05') WHERE staff = 'M'$$,
    ARRAY['M overdue'], 'on Tue 5 Dec 2028 M''s refresher is overdue');
SELECT is((SELECT count(*)::integer FROM supervision.training_due_today), (SELECT count(*)::integer FROM supervision.training_due()),
    'the view is the report as of today');
SELECT set_config('supervision.policy', 'slough', true) \g /dev/null
SELECT is_empty($$SELECT * FROM supervision.training_due('2028-12-04')$$, 'Slough sets no training cadence: no rows');

SELECT * FROM finish();
ROLLBACK;
