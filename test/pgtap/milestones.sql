-- Milestones count from a window, not a day: an occurrence in the window
-- leading up to a milestone (the rule's within) meets it, and the next
-- milestone falls due.
--   GLO-C1  gloucestershire  a child on a CP plan is discussed six weeks
--           before the review conference at month 9: plan start + 9 months
--           - 6 weeks; the preset reads the discussion that prepares it as
--           one in the 4 weeks up to that day
--   LEE-A2  leeds   ASYE reviews at 3, 6, 9 and 11 months from the start; a
--           review in the 2 weeks up to a milestone is that milestone's
--   BUR-E1  bury    the review of the Personal Development Plan six months
--           from the employee review; one in the 4 weeks up to it meets it
--
-- Worked out by hand (calendar months, clamped at a month's end; 2028 is a
-- leap year; 1 Jan 2028 is a Saturday):
--   GLO-C1: plan start Mon 31 May 2027 + 9 months = Tue 29 Feb 2028 (31 Feb
--     clamped); - 6 weeks (42 days: 29 to 31 Jan, 13 more) = Tue 18 Jan 2028;
--     the window opens 4 weeks (28 days) before: Tue 21 Dec 2027
--   LEE-A2: start Mon 2 Nov 2026; 3 months = Tue 2 Feb 2027, window from Tue
--     19 Jan 2027; 6 months = Sun 2 May 2027
--   BUR-E1: employee review Mon 2 Nov 2026; 6 months = Sun 2 May 2027, window
--     from Sun 4 Apr 2027
BEGIN;
SELECT plan(12);

SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', NULL, opened => '2027-05-31'),
    ('GLO-C1', '2028-01-18', '2028-01-18')::supervision.due,
    'GLO-C1: a plan started Mon 31 May 2027 and never discussed: due Tue 18 Jan 2028 (29 Feb 2028 less 6 weeks)');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', '2028-01-17', opened => '2027-05-31'),
    ('GLO-C1', NULL, NULL)::supervision.due,
    'GLO-C1: discussed on Mon 17 Jan 2028, the day before, inside the window: met, nothing more due (no later milestone)');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', '2027-12-21', opened => '2027-05-31'),
    ('GLO-C1', NULL, NULL)::supervision.due,
    'GLO-C1: discussed on Tue 21 Dec 2027, the first day of the 4-week window: met');
SELECT is(supervision.case_discussion_due('gloucestershire', 'cp', '2027-12-20', opened => '2027-05-31'),
    ('GLO-C1', '2028-01-18', '2028-01-18')::supervision.due,
    'GLO-C1: discussed on Mon 20 Dec 2027, the day before the window opens: Tue 18 Jan 2028 is still due');
SELECT is(supervision.cadence_due('leeds', 'LEE-A2', '2027-01-19', '2026-11-02', 'asye_review'),
    ('LEE-A2', '2027-05-02', '2027-05-02')::supervision.due,
    'LEE-A2: a review on Tue 19 Jan 2027, 2 weeks before the 3-month review (Tue 2 Feb), is that review: the 6-month one is next (Sun 2 May 2027)');
SELECT is(supervision.cadence_due('leeds', 'LEE-A2', '2027-01-18', '2026-11-02', 'asye_review'),
    ('LEE-A2', '2027-02-02', '2027-02-02')::supervision.due,
    'LEE-A2: a review on Mon 18 Jan 2027, before the window: the 3-month review is still due (Tue 2 Feb 2027)');
SELECT is(supervision.cadence_due('bury', 'BUR-E1', '2027-04-04', '2026-11-02', 'development_plan'),
    ('BUR-E1', NULL, NULL)::supervision.due,
    'BUR-E1: the Personal Development Plan reviewed on Sun 4 Apr 2027, 4 weeks before the six-month date (Sun 2 May): met');
SELECT is(supervision.cadence_due('bury', 'BUR-E1', '2027-04-03', '2026-11-02', 'development_plan'),
    ('BUR-E1', '2027-05-02', '2027-05-02')::supervision.due,
    'BUR-E1: reviewed on Sat 3 Apr 2027, before the window: the six-month review is due (Sun 2 May 2027)');

-- the column is checked: days or weeks, only on milestones
INSERT INTO supervision.policy (name, title) VALUES ('windows', 'Milestone windows');
INSERT INTO supervision.policy_version (policy, version, in_force) VALUES ('windows', 1, '[2020-01-01,)');
SELECT lives_ok($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at, within, source, description)
                 VALUES ('windows', 1, 'W-1', 'cadence', 'asye_review', '{3 months}', '10 days', 'test', 'test')$$,
    'a window of days leading up to milestones is accepted');
SELECT throws_ok($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, at, within, source, description)
                 VALUES ('windows', 1, 'W-2', 'cadence', 'review', '{3 months}', '1 month', 'test', 'test')$$,
    '22023', NULL, 'a window in months is refused (milestones in months minus months is not a fixed time)');
SELECT throws_ok($$INSERT INTO supervision.rule (policy, version, rule_id, kind, topic, every, within, source, description)
                 VALUES ('windows', 1, 'W-3', 'cadence', 'supervision', 'monthly', '1 week', 'test', 'test')$$,
    '22023', NULL, 'a window on a recurring cadence (every) is refused: it leads up to milestones only');
SELECT is(supervision.cadence_due('windows', 'W-1', '2026-01-22', '2025-11-01', 'asye_review'),
    ('W-1', NULL, NULL)::supervision.due,
    'a council''s own window: 1 Nov 2025 + 3 months = Sun 1 Feb 2026, 10 days up to it from Thu 22 Jan: met');

SELECT * FROM finish();
ROLLBACK;
