-- Custom calendars: supervision.calendar and supervision.closure_day.
--
-- Every expected date was worked out by hand from the bank holidays
-- (the Banking and Financial Dealings Act 1971 and the Royal Proclamations since, as GOV.UK lists the days) and a printed calendar.  Weekdays used:
--   Dec 2026: Wed 23, Thu 24, Fri 25 (Christmas), Sat 26, Sun 27,
--             Mon 28 (Boxing Day substitute), Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1 (New Year), Sat 2, Sun 3, Mon 4 (Scotland: 2 January
--             substitute), Tue 5, Wed 6, Thu 7, Fri 8
--   Mon 6 Apr 2026 Easter Monday (not in Scotland); Mon 15 Jun 2026 Scotland's
--   World Cup day; Mon 3 Aug 2026 Scotland's summer holiday; Mon 31 Aug 2026
--   E&W summer holiday; Mon 30 Nov 2026 St Andrew's Day; Mon 20 Jul 2026;
--   Mon 28 Sep 2026; Fri 12, Mon 15, Tue 16, Fri 19 Mar 2027.
--
-- E&W 2026 bank holidays: 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec.
-- Scotland 2026: 1 Jan, 2 Jan, 3 Apr, 4 May, 25 May, 15 Jun, 3 Aug, 30 Nov, 25 Dec, 28 Dec.
-- E&W 2027: 1 Jan, 26 Mar, 29 Mar, 3 May, 31 May, 30 Aug, 27 Dec, 28 Dec.

BEGIN;
SELECT plan(171);

-------------------------------------------------------------------------------
-- 0. The shipped rows
-------------------------------------------------------------------------------

SELECT is(ARRAY(SELECT name FROM supervision.calendar WHERE builtin ORDER BY name),
    ARRAY['england-and-wales', 'northern-ireland', 'scotland'],
    'the three built-in calendars are rows of supervision.calendar with builtin = true');

-------------------------------------------------------------------------------
-- 1. A council calendar based on england-and-wales with a Christmas closure
--    27 Dec (Sunday: already a weekend day), 28 Dec (already the E&W Boxing
--    Day substitute), 29, 30, 31 Dec 2026 (new non-working days).
-------------------------------------------------------------------------------

SELECT lives_ok($$INSERT INTO supervision.calendar (name, based_on, description)
                  VALUES ('camden', 'england-and-wales', 'Camden council offices')$$,
    'a custom calendar based on england-and-wales can be inserted');
SELECT is((SELECT weekend_days FROM supervision.calendar WHERE name = 'camden'), '{6,7}'::smallint[],
    'weekend_days defaults to {6,7} (Saturday, Sunday)');
SELECT is((SELECT time_zone FROM supervision.calendar WHERE name = 'camden'), 'Europe/London',
    'time_zone defaults to Europe/London');
SELECT is((SELECT builtin FROM supervision.calendar WHERE name = 'camden'), false,
    'builtin defaults to false');
SELECT lives_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES
                  ('camden', '2026-12-27', 'Christmas closure 27 Dec'),
                  ('camden', '2026-12-28', 'Christmas closure 28 Dec'),
                  ('camden', '2026-12-29', 'Christmas closure 29 Dec'),
                  ('camden', '2026-12-30', 'Christmas closure 30 Dec'),
                  ('camden', '2026-12-31', 'Christmas closure 31 Dec')$$,
    'closure days 27-31 Dec 2026 can be added to the custom calendar');

SELECT is(supervision.is_working_day(date '2026-12-24', 'camden'), true,
    'camden: Thu 24 Dec 2026 is a working day (no holiday, no closure)');
SELECT is(supervision.is_working_day(date '2026-12-28', 'camden'), false,
    'camden: Mon 28 Dec 2026 is not a working day (E&W Boxing Day substitute, and a closure day)');
SELECT is(supervision.is_working_day(date '2026-12-29', 'camden'), false,
    'camden: Tue 29 Dec 2026 is not a working day (closure day)');
SELECT is(supervision.is_working_day(date '2026-12-29', 'england-and-wales'), true,
    'england-and-wales: Tue 29 Dec 2026 is still a working day (the closure belongs to camden only)');
SELECT is(supervision.is_working_day(date '2026-12-31', 'camden'), false,
    'camden: Thu 31 Dec 2026 is not a working day (closure day)');
SELECT is(supervision.is_working_day(date '2027-01-01', 'camden'), false,
    'camden: Fri 1 Jan 2027 is not a working day (E&W New Year''s Day inherited from based_on)');
SELECT is(supervision.is_working_day(date '2027-01-04', 'camden'), true,
    'camden: Mon 4 Jan 2027 is a working day (no 2 January holiday in E&W)');
SELECT is(supervision.is_working_day(date '2026-06-15', 'camden'), true,
    'camden: Mon 15 Jun 2026 is a working day (Scotland''s World Cup day is not inherited)');

SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'camden'), date '2027-01-07',
    'camden: Wed 23 Dec 2026 + 5 = Thu 7 Jan 2027 (24 Dec, 4, 5, 6, 7 Jan; 25, 28 holidays, 29-31 closures, 1 Jan holiday, weekends)');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'england-and-wales'), date '2027-01-04',
    'england-and-wales: Wed 23 Dec 2026 + 5 = Mon 4 Jan 2027 (control, without the closure)');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'camden'), date '2027-01-04',
    'camden: Thu 24 Dec 2026 + 1 = Mon 4 Jan 2027 (everything from 25 Dec to 3 Jan is closed)');
SELECT is(supervision.add_working_days(date '2026-12-29', 0, 'camden'), date '2027-01-04',
    'camden: n = 0 on closure day Tue 29 Dec 2026 gives Mon 4 Jan 2027');
SELECT is(supervision.add_working_days(date '2027-01-04', -1, 'camden'), date '2026-12-24',
    'camden: Mon 4 Jan 2027 - 1 = Thu 24 Dec 2026');
SELECT is(supervision.add_working_days(date '2027-01-07', -5, 'camden'), date '2026-12-23',
    'camden: Thu 7 Jan 2027 - 5 = Wed 23 Dec 2026 (6, 5, 4 Jan, 24, 23 Dec)');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'camden'), 2,
    'camden: Wed 23 Dec 2026 to Mon 4 Jan 2027 = 2 (24 Dec and 4 Jan)');
SELECT is(supervision.working_days_between(date '2027-01-04', date '2026-12-23', 'camden'), -2,
    'camden: reversed span Mon 4 Jan 2027 to Wed 23 Dec 2026 = -2');
SELECT is(supervision.working_days_between(date '2026-12-24', date '2027-01-01', 'camden'), 0,
    'camden: Thu 24 Dec 2026 to Fri 1 Jan 2027 = 0 (every day after 24 Dec is closed)');
SELECT is(supervision.working_days_between(date '2026-12-01', date '2026-12-31', 'england-and-wales'), 20,
    'england-and-wales: 1 Dec to 31 Dec 2026 = 20 (22 weekdays 2-31 Dec, less 25 and 28 Dec)');
SELECT is(supervision.working_days_between(date '2026-12-01', date '2026-12-31', 'camden'), 17,
    'camden: 1 Dec to 31 Dec 2026 = 17 (the E&W 20 less closures 29, 30, 31 Dec)');

SELECT is(ARRAY(SELECT DISTINCT day FROM supervision.bank_holidays(2026, 'camden') ORDER BY day),
    ARRAY['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
          '2026-12-25', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']::date[],
    'bank_holidays(2026, camden) lists the 8 E&W days and the closure days 27-31 Dec');
SELECT set_has($$SELECT day, name FROM supervision.bank_holidays(2026, 'camden')$$,
    $$VALUES (date '2026-12-27', 'Christmas closure 27 Dec'::text),
             (date '2026-12-29', 'Christmas closure 29 Dec'::text),
             (date '2026-12-30', 'Christmas closure 30 Dec'::text),
             (date '2026-12-31', 'Christmas closure 31 Dec'::text)$$,
    'bank_holidays(2026, camden) gives the closure days with their names');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2027, 'camden') ORDER BY day),
    ARRAY['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30',
          '2027-12-27', '2027-12-28']::date[],
    'bank_holidays(2027, camden) is the E&W 2027 list (no closure days in 2027)');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026, 'england-and-wales') ORDER BY day),
    ARRAY['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
          '2026-12-25', '2026-12-28']::date[],
    'bank_holidays(2026, england-and-wales) does not show camden''s closure days');

-------------------------------------------------------------------------------
-- 2. A seven-day residential calendar: no weekend, no bank holidays
-------------------------------------------------------------------------------

SELECT lives_ok($$INSERT INTO supervision.calendar (name, based_on, weekend_days, description)
                  VALUES ('residential', NULL, '{}', 'Children''s homes: every day is worked')$$,
    'a seven-day calendar (based_on NULL, weekend_days {}) can be inserted');
SELECT is(supervision.is_working_day(date '2026-12-25', 'residential'), true,
    'residential: Christmas Day 2026 is a working day');
SELECT is(supervision.is_working_day(date '2026-12-26', 'residential'), true,
    'residential: Saturday 26 Dec 2026 is a working day');
SELECT is(supervision.is_working_day(date '2027-01-03', 'residential'), true,
    'residential: Sunday 3 Jan 2027 is a working day');
SELECT is((SELECT count(*) FROM generate_series(timestamp '1971-01-01', timestamp '2199-12-31', interval '1 day') AS g(day)
            WHERE supervision.is_working_day(g.day::date, 'residential') IS DISTINCT FROM true),
    0::bigint, 'residential: every day from 1971-01-01 to 2199-12-31 is a working day');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'residential'), date '2026-12-28',
    'residential: Wed 23 Dec 2026 + 5 = Mon 28 Dec (every day counts)');
SELECT is(supervision.add_working_days(date '2026-12-25', 0, 'residential'), date '2026-12-25',
    'residential: n = 0 on Christmas Day gives Christmas Day');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'residential'), 12,
    'residential: Wed 23 Dec 2026 to Mon 4 Jan 2027 = 12 days');
SELECT is((SELECT count(*)
             FROM generate_series(timestamp '1971-03-05', timestamp '2199-10-31', interval '37 days') AS g(day),
                  generate_series(-60, 60, 7) AS n
            WHERE supervision.add_working_days(g.day::date, n, 'residential') IS DISTINCT FROM g.day::date + n),
    0::bigint, 'residential: add_working_days(d, n) = d + n on a grid of days 1971-2199 and n from -60 to 60');
SELECT is((SELECT count(*)
             FROM generate_series(timestamp '2026-11-01', timestamp '2027-02-28', interval '1 day') AS g(day),
                  generate_series(-20, 20) AS n
            WHERE supervision.add_working_days(g.day::date, n, 'residential') IS DISTINCT FROM g.day::date + n),
    0::bigint, 'residential: add_working_days(d, n) = d + n for every day Nov 2026 - Feb 2027 and n from -20 to 20');
SELECT is((SELECT count(*)
             FROM generate_series(timestamp '1972-03-01', timestamp '2198-10-31', interval '41 days') AS g(day),
                  generate_series(-400, 400, 57) AS k
            WHERE supervision.working_days_between(g.day::date, g.day::date + k, 'residential') IS DISTINCT FROM k),
    0::bigint, 'residential: working_days_between(a, b) = b - a on a grid of spans of up to 400 days, both orders');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(2026, 'residential')), 0::bigint,
    'residential: bank_holidays(2026) is empty (based_on NULL, no closure days)');
SELECT is(supervision.add_working_days(date '2199-12-31', 0, 'residential'), date '2199-12-31',
    'residential: n = 0 on the last supported day gives that day');
SELECT throws_ok($$SELECT supervision.add_working_days(date '2199-12-31', 1, 'residential')$$, '22008', NULL,
    'residential: 2199-12-31 + 1 is out of range: 22008');
SELECT throws_ok($$SELECT supervision.add_working_days(date '1971-01-01', -1, 'residential')$$, '22008', NULL,
    'residential: 1971-01-01 - 1 is out of range: 22008');

SELECT lives_ok($$INSERT INTO supervision.closure_day (calendar, day, name)
                  VALUES ('residential', '2026-12-25', 'Home closed for Christmas')$$,
    'a closure day can be added to a seven-day calendar');
SELECT is(supervision.is_working_day(date '2026-12-25', 'residential'), false,
    'residential: Christmas Day 2026 is no longer a working day after its closure');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'residential'), date '2026-12-26',
    'residential: Thu 24 Dec 2026 + 1 = Sat 26 Dec (25 Dec closed)');
SELECT is(supervision.working_days_between(date '2026-12-24', date '2026-12-26', 'residential'), 1,
    'residential: 24 Dec to 26 Dec 2026 = 1 (26 Dec; 25 Dec closed)');
SELECT results_eq($$SELECT day, name FROM supervision.bank_holidays(2026, 'residential')$$,
    $$VALUES (date '2026-12-25', 'Home closed for Christmas'::text)$$,
    'residential: bank_holidays(2026) is exactly its one closure day with its name');

-------------------------------------------------------------------------------
-- 3. A calendar based on scotland (with two local holidays)
-------------------------------------------------------------------------------

SELECT lives_ok($$INSERT INTO supervision.calendar (name, based_on, description)
                  VALUES ('glasgow', 'scotland', 'Glasgow city council')$$,
    'a custom calendar based on scotland can be inserted');
SELECT lives_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES
                  ('glasgow', '2026-07-20', 'Glasgow Fair Monday'),
                  ('glasgow', '2026-09-28', 'September weekend Monday')$$,
    'local holidays can be added to the scotland-based calendar');
SELECT is(supervision.is_working_day(date '2026-06-15', 'glasgow'), false,
    'glasgow: Mon 15 Jun 2026 is not a working day (Scotland''s World Cup day inherited)');
SELECT is(supervision.is_working_day(date '2026-04-06', 'glasgow'), true,
    'glasgow: Easter Monday 6 Apr 2026 is a working day (not a Scottish bank holiday)');
SELECT is(supervision.is_working_day(date '2026-08-03', 'glasgow'), false,
    'glasgow: Mon 3 Aug 2026 is not a working day (Scottish summer holiday, first Monday of August)');
SELECT is(supervision.is_working_day(date '2026-08-31', 'glasgow'), true,
    'glasgow: Mon 31 Aug 2026 is a working day (the E&W summer holiday does not apply)');
SELECT is(supervision.is_working_day(date '2026-11-30', 'glasgow'), false,
    'glasgow: Mon 30 Nov 2026 is not a working day (St Andrew''s Day)');
SELECT is(supervision.is_working_day(date '2026-07-20', 'glasgow'), false,
    'glasgow: Mon 20 Jul 2026 is not a working day (Glasgow Fair closure)');
SELECT is(supervision.is_working_day(date '2026-07-20', 'scotland'), true,
    'scotland: Mon 20 Jul 2026 is a working day (a custom calendar''s closure does not reach its base)');
SELECT is(supervision.add_working_days(date '2026-07-17', 1, 'glasgow'), date '2026-07-21',
    'glasgow: Fri 17 Jul 2026 + 1 = Tue 21 Jul (weekend, Glasgow Fair Monday)');
SELECT is(supervision.add_working_days(date '2026-11-27', 1, 'glasgow'), date '2026-12-01',
    'glasgow: Fri 27 Nov 2026 + 1 = Tue 1 Dec (weekend, St Andrew''s Day Mon 30 Nov)');
SELECT is(supervision.add_working_days(date '2026-12-31', 1, 'glasgow'), date '2027-01-05',
    'glasgow: Thu 31 Dec 2026 + 1 = Tue 5 Jan 2027 (1 Jan, weekend, 4 Jan Scottish substitute)');
SELECT is(supervision.working_days_between(date '2026-07-17', date '2026-07-24', 'glasgow'), 4,
    'glasgow: Fri 17 Jul to Fri 24 Jul 2026 = 4 (21-24 Jul)');
SELECT is(supervision.working_days_between(date '2026-07-17', date '2026-07-24', 'scotland'), 5,
    'scotland: Fri 17 Jul to Fri 24 Jul 2026 = 5 (20-24 Jul)');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026, 'glasgow') ORDER BY day),
    ARRAY['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-06-15',
          '2026-07-20', '2026-08-03', '2026-09-28', '2026-11-30', '2026-12-25', '2026-12-28']::date[],
    'bank_holidays(2026, glasgow) lists the 10 Scottish days and the two local holidays');
SELECT set_has($$SELECT day, name FROM supervision.bank_holidays(2026, 'glasgow')$$,
    $$VALUES (date '2026-07-20', 'Glasgow Fair Monday'::text),
             (date '2026-09-28', 'September weekend Monday'::text)$$,
    'bank_holidays(2026, glasgow) gives the local holidays with their names');

-------------------------------------------------------------------------------
-- 4. A closure day on the built-in england-and-wales (a bank holiday
--    proclaimed at short notice): Mon 15 Mar 2027
-------------------------------------------------------------------------------

SELECT is(supervision.is_working_day(date '2027-03-15', 'england-and-wales'), true,
    'england-and-wales: Mon 15 Mar 2027 is a working day before any proclamation');
SELECT is(supervision.is_working_day(date '2027-03-15', 'camden'), true,
    'camden: Mon 15 Mar 2027 is a working day before any proclamation');
SELECT lives_ok($$INSERT INTO supervision.closure_day (calendar, day, name)
                  VALUES ('england-and-wales', '2027-03-15', 'Proclaimed bank holiday')$$,
    'a closure day can be added to the built-in england-and-wales calendar');
SELECT is(supervision.is_working_day(date '2027-03-15', 'england-and-wales'), false,
    'england-and-wales: Mon 15 Mar 2027 is not a working day in the very next statement');
SELECT is(supervision.is_working_day(date '2027-03-15'), false,
    'default calendar (england-and-wales): Mon 15 Mar 2027 is not a working day');
SELECT is(supervision.is_working_day(date '2027-03-15', 'camden'), false,
    'camden (based on england-and-wales): Mon 15 Mar 2027 is not a working day');
SELECT is(supervision.is_working_day(date '2027-03-15', 'scotland'), true,
    'scotland: Mon 15 Mar 2027 is still a working day');
SELECT is(supervision.is_working_day(date '2027-03-15', 'northern-ireland'), true,
    'northern-ireland: Mon 15 Mar 2027 is still a working day');
SELECT is(supervision.is_working_day(date '2027-03-15', 'glasgow'), true,
    'glasgow (based on scotland): Mon 15 Mar 2027 is still a working day');
SELECT is(supervision.is_working_day(date '2027-03-15', 'residential'), true,
    'residential (based on nothing): Mon 15 Mar 2027 is still a working day');
SELECT is(supervision.add_working_days(date '2027-03-12', 1, 'england-and-wales'), date '2027-03-16',
    'england-and-wales: Fri 12 Mar 2027 + 1 = Tue 16 Mar (weekend, proclaimed Monday)');
SELECT is(supervision.add_working_days(date '2027-03-12', 1, 'camden'), date '2027-03-16',
    'camden: Fri 12 Mar 2027 + 1 = Tue 16 Mar (the proclaimed day is inherited)');
SELECT is(supervision.working_days_between(date '2027-03-12', date '2027-03-19', 'england-and-wales'), 4,
    'england-and-wales: Fri 12 Mar to Fri 19 Mar 2027 = 4 (16-19 Mar)');
SELECT set_has($$SELECT day, name FROM supervision.bank_holidays(2027, 'england-and-wales')$$,
    $$VALUES (date '2027-03-15', 'Proclaimed bank holiday'::text)$$,
    'bank_holidays(2027, england-and-wales) lists the proclaimed day with its name');
SELECT ok(EXISTS (SELECT 1 FROM supervision.bank_holidays(2027, 'camden') WHERE day = date '2027-03-15'),
    'bank_holidays(2027, camden) lists the proclaimed day');
SELECT lives_ok($$UPDATE supervision.closure_day SET day = '2027-03-16'
                   WHERE calendar = 'england-and-wales' AND day = '2027-03-15'$$,
    'the proclaimed day can be moved with UPDATE');
SELECT is(supervision.is_working_day(date '2027-03-15', 'england-and-wales'), true,
    'england-and-wales: after the move, Mon 15 Mar 2027 is a working day again');
SELECT is(supervision.is_working_day(date '2027-03-16', 'england-and-wales'), false,
    'england-and-wales: after the move, Tue 16 Mar 2027 is not a working day');
SELECT is(supervision.is_working_day(date '2027-03-16', 'camden'), false,
    'camden: after the move, Tue 16 Mar 2027 is not a working day');
SELECT lives_ok($$DELETE FROM supervision.closure_day WHERE calendar = 'england-and-wales' AND day = '2027-03-16'$$,
    'the proclaimed day can be deleted');
SELECT is(supervision.is_working_day(date '2027-03-16', 'england-and-wales'), true,
    'england-and-wales: after the delete, Tue 16 Mar 2027 is a working day again');
SELECT is(supervision.is_working_day(date '2027-03-16', 'camden'), true,
    'camden: after the delete, Tue 16 Mar 2027 is a working day again');
SELECT is(supervision.add_working_days(date '2027-03-12', 1, 'england-and-wales'), date '2027-03-15',
    'england-and-wales: after the delete, Fri 12 Mar 2027 + 1 = Mon 15 Mar');
SELECT is(supervision.working_days_between(date '2027-03-12', date '2027-03-19'), 5,
    'default calendar: after the delete, 12 Mar to 19 Mar 2027 = 5 (15-19 Mar)');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2027, 'england-and-wales') ORDER BY day),
    ARRAY['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30',
          '2027-12-27', '2027-12-28']::date[],
    'after the delete, bank_holidays(2027, england-and-wales) is the regular list again');

-------------------------------------------------------------------------------
-- 5. Changes to a calendar are seen by the next statement
-------------------------------------------------------------------------------

SELECT lives_ok($$INSERT INTO supervision.calendar (name, based_on) VALUES ('lewisham', 'england-and-wales')$$,
    'a calendar lewisham based on england-and-wales can be inserted');
SELECT is(supervision.is_working_day(date '2026-04-06', 'lewisham'), false,
    'lewisham on E&W: Easter Monday 6 Apr 2026 is not a working day');
SELECT is(supervision.is_working_day(date '2026-06-15', 'lewisham'), true,
    'lewisham on E&W: Mon 15 Jun 2026 is a working day');

SELECT lives_ok($$UPDATE supervision.calendar SET based_on = 'scotland' WHERE name = 'lewisham'$$,
    'lewisham can be rebased on scotland');
SELECT is(supervision.is_working_day(date '2026-06-15', 'lewisham'), false,
    'lewisham on scotland: Mon 15 Jun 2026 (World Cup) is not a working day');
SELECT is(supervision.is_working_day(date '2026-04-06', 'lewisham'), true,
    'lewisham on scotland: Easter Monday 6 Apr 2026 is a working day');
SELECT is(supervision.add_working_days(date '2026-12-31', 1, 'lewisham'), date '2027-01-05',
    'lewisham on scotland: Thu 31 Dec 2026 + 1 = Tue 5 Jan 2027');

SELECT lives_ok($$UPDATE supervision.calendar SET based_on = NULL WHERE name = 'lewisham'$$,
    'lewisham can be based on nothing');
SELECT is(supervision.is_working_day(date '2026-12-25', 'lewisham'), true,
    'lewisham on nothing: Fri 25 Dec 2026 is a working day (no bank holidays)');
SELECT is(supervision.is_working_day(date '2026-12-26', 'lewisham'), false,
    'lewisham on nothing: Sat 26 Dec 2026 is still a weekend day');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'lewisham'), date '2026-12-25',
    'lewisham on nothing: Thu 24 Dec 2026 + 1 = Fri 25 Dec');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(2026, 'lewisham')), 0::bigint,
    'lewisham on nothing: bank_holidays(2026) is empty');

SELECT lives_ok($$UPDATE supervision.calendar SET based_on = 'england-and-wales', weekend_days = '{7}'
                   WHERE name = 'lewisham'$$,
    'lewisham can be made a six-day calendar (Sunday only) on E&W');
SELECT is(supervision.is_working_day(date '2026-12-26', 'lewisham'), true,
    'lewisham six-day: Sat 26 Dec 2026 is a working day');
SELECT is(supervision.is_working_day(date '2026-12-27', 'lewisham'), false,
    'lewisham six-day: Sun 27 Dec 2026 is not a working day');
SELECT is(supervision.is_working_day(date '2026-12-28', 'lewisham'), false,
    'lewisham six-day: Mon 28 Dec 2026 is not a working day (E&W Boxing Day substitute)');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'lewisham'), date '2026-12-26',
    'lewisham six-day: Thu 24 Dec 2026 + 1 = Sat 26 Dec (Christmas skipped)');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'lewisham'), 7,
    'lewisham six-day: 23 Dec 2026 to 4 Jan 2027 = 7 (24, 26, 29, 30, 31 Dec, 2, 4 Jan)');

SELECT lives_ok($$UPDATE supervision.calendar SET based_on = NULL, weekend_days = '{5,6}'
                   WHERE name = 'lewisham'$$,
    'lewisham can be given a Friday-Saturday weekend and no bank holidays');
SELECT is(supervision.is_working_day(date '2026-12-25', 'lewisham'), false,
    'lewisham Fri-Sat weekend: Fri 25 Dec 2026 is a weekend day');
SELECT is(supervision.is_working_day(date '2026-12-27', 'lewisham'), true,
    'lewisham Fri-Sat weekend: Sun 27 Dec 2026 is a working day');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'lewisham'), date '2026-12-27',
    'lewisham Fri-Sat weekend: Thu 24 Dec 2026 + 1 = Sun 27 Dec');
SELECT is(supervision.add_working_days(date '2026-12-24', 3, 'lewisham'), date '2026-12-29',
    'lewisham Fri-Sat weekend: Thu 24 Dec 2026 + 3 = Tue 29 Dec (27, 28, 29; no bank holidays)');

SELECT lives_ok($$UPDATE supervision.calendar SET weekend_days = '{}' WHERE name = 'lewisham'$$,
    'lewisham can be made a seven-day calendar');
SELECT is(supervision.is_working_day(date '2026-12-26', 'lewisham'), true,
    'lewisham seven-day: Sat 26 Dec 2026 is a working day');

-- camden: a new base, keeping its closure days
SELECT lives_ok($$UPDATE supervision.calendar SET based_on = 'scotland' WHERE name = 'camden'$$,
    'camden can be rebased on scotland');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'camden'), date '2027-01-08',
    'camden on scotland: Wed 23 Dec 2026 + 5 = Fri 8 Jan 2027 (24 Dec, 5, 6, 7, 8 Jan; closures kept, 4 Jan now a holiday)');
SELECT is(supervision.is_working_day(date '2026-06-15', 'camden'), false,
    'camden on scotland: Mon 15 Jun 2026 is not a working day');
SELECT is(supervision.is_working_day(date '2026-12-30', 'camden'), false,
    'camden on scotland: the closure day Wed 30 Dec 2026 still applies');

-- renaming carries the closure days
SELECT lives_ok($$UPDATE supervision.calendar SET name = 'camden-council' WHERE name = 'camden'$$,
    'camden can be renamed camden-council');
SELECT is((SELECT count(*) FROM supervision.closure_day WHERE calendar = 'camden-council'), 5::bigint,
    'after the rename, the 5 closure days belong to camden-council');
SELECT is((SELECT count(*) FROM supervision.closure_day WHERE calendar = 'camden'), 0::bigint,
    'after the rename, no closure day is left under the old name');
SELECT is(supervision.is_working_day(date '2026-12-30', 'camden-council'), false,
    'camden-council: the closure day Wed 30 Dec 2026 applies under the new name');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'camden-council'), date '2027-01-08',
    'camden-council: Wed 23 Dec 2026 + 5 = Fri 8 Jan 2027, as before the rename');
SELECT throws_ok($$SELECT supervision.is_working_day(date '2026-12-30', 'camden')$$, '22023', NULL,
    'after the rename, the old name camden is an unknown calendar: 22023');

-- deleting cascades
SELECT lives_ok($$DELETE FROM supervision.calendar WHERE name = 'camden-council'$$,
    'camden-council can be deleted');
SELECT is((SELECT count(*) FROM supervision.closure_day WHERE calendar = 'camden-council'), 0::bigint,
    'deleting a calendar deletes its closure days');
SELECT throws_ok($$SELECT supervision.is_working_day(date '2026-12-30', 'camden-council')$$, '22023', NULL,
    'a deleted calendar is unknown to is_working_day: 22023');
SELECT throws_ok($$SELECT * FROM supervision.bank_holidays(2026, 'camden-council')$$, '22023', NULL,
    'a deleted calendar is unknown to bank_holidays: 22023');

-- the default calendar may be a custom one
SELECT lives_ok($$SET supervision.calendar = 'glasgow'$$,
    'supervision.calendar can be set to a custom calendar');
SELECT is(supervision.is_working_day(date '2026-07-20'), false,
    'with supervision.calendar = glasgow, Mon 20 Jul 2026 (Glasgow Fair) is not a working day');
RESET supervision.calendar;
SELECT is(supervision.is_working_day(date '2026-07-20'), true,
    'after RESET, Mon 20 Jul 2026 is a working day (england-and-wales)');

-------------------------------------------------------------------------------
-- 6. Refusals
-------------------------------------------------------------------------------

-- built-in rows (SV001)
SELECT throws_ok($$INSERT INTO supervision.calendar (name, builtin) VALUES ('my-builtin', true)$$, 'SV001', NULL,
    'inserting a row with builtin = true is refused: SV001');
SELECT throws_ok($$UPDATE supervision.calendar SET description = 'changed' WHERE name = 'england-and-wales'$$, 'SV001', NULL,
    'updating the description of built-in england-and-wales is refused: SV001');
SELECT throws_ok($$UPDATE supervision.calendar SET weekend_days = '{7}' WHERE name = 'scotland'$$, 'SV001', NULL,
    'updating the weekend of built-in scotland is refused: SV001');
SELECT throws_ok($$UPDATE supervision.calendar SET name = 'ulster' WHERE name = 'northern-ireland'$$, 'SV001', NULL,
    'renaming built-in northern-ireland is refused: SV001');
SELECT throws_ok($$UPDATE supervision.calendar SET builtin = false WHERE name = 'scotland'$$, 'SV001', NULL,
    'clearing builtin on scotland is refused: SV001');
SELECT throws_ok($$DELETE FROM supervision.calendar WHERE name = 'england-and-wales'$$, 'SV001', NULL,
    'deleting built-in england-and-wales is refused: SV001');
SELECT is(ARRAY(SELECT name FROM supervision.calendar WHERE builtin ORDER BY name),
    ARRAY['england-and-wales', 'northern-ireland', 'scotland'],
    'after the refusals the three built-in rows are still there, and no other row is builtin');

-- bad names (22023)
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('Camden')$$, '22023', NULL,
    'a name with an upper-case letter is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('camden council')$$, '22023', NULL,
    'a name with a space is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('camden.council')$$, '22023', NULL,
    'a name with a dot is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('-camden')$$, '22023', NULL,
    'a name starting with - is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('_camden')$$, '22023', NULL,
    'a name starting with _ is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('')$$, '22023', NULL,
    'an empty name is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES (repeat('a', 64))$$, '22023', NULL,
    'a name of 64 characters is refused: 22023');
SELECT lives_ok($$INSERT INTO supervision.calendar (name) VALUES (repeat('a', 63))$$,
    'a name of 63 characters is accepted');
SELECT lives_ok($$INSERT INTO supervision.calendar (name) VALUES ('1st-team_2')$$,
    'a name starting with a digit and using - and _ is accepted');

-- bad based_on, weekend_days, time_zone (22023)
SELECT throws_ok($$INSERT INTO supervision.calendar (name, based_on) VALUES ('cardiff', 'wales')$$, '22023', NULL,
    'based_on a calendar that does not exist is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, based_on) VALUES ('edinburgh', 'Scotland')$$, '22023', NULL,
    'based_on with the wrong case (Scotland) is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, based_on) VALUES ('paisley', 'glasgow')$$, '22023', NULL,
    'based_on a custom calendar (not one of the three built-ins) is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('zero-day', '{0}')$$, '22023', NULL,
    'weekend_days containing 0 is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('eight-day', '{8}')$$, '22023', NULL,
    'weekend_days containing 8 is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, weekend_days) VALUES ('mixed-days', '{6,7,8}')$$, '22023', NULL,
    'weekend_days with one element outside 1..7 is refused: 22023');
SELECT throws_ok($$INSERT INTO supervision.calendar (name, time_zone) VALUES ('mars', 'Mars/Olympus_Mons')$$, '22023', NULL,
    'an unknown time zone is refused: 22023');
SELECT lives_ok($$INSERT INTO supervision.calendar (name, based_on, weekend_days, time_zone)
                  VALUES ('belfast-ny', 'northern-ireland', '{5}', 'America/New_York')$$,
    'based_on northern-ireland, weekend_days {5} and time zone America/New_York are accepted');

-- the same checks on UPDATE of a custom calendar (22023)
SELECT throws_ok($$UPDATE supervision.calendar SET name = 'Glasgow' WHERE name = 'glasgow'$$, '22023', NULL,
    'renaming a custom calendar to a bad name is refused: 22023');
SELECT throws_ok($$UPDATE supervision.calendar SET based_on = 'no-such' WHERE name = 'glasgow'$$, '22023', NULL,
    'updating based_on to an unknown calendar is refused: 22023');
SELECT throws_ok($$UPDATE supervision.calendar SET weekend_days = '{0,6}' WHERE name = 'glasgow'$$, '22023', NULL,
    'updating weekend_days to contain 0 is refused: 22023');
SELECT throws_ok($$UPDATE supervision.calendar SET time_zone = 'Nowhere/Nothing' WHERE name = 'glasgow'$$, '22023', NULL,
    'updating time_zone to an unknown zone is refused: 22023');
SELECT is((SELECT count(*) FROM supervision.calendar
            WHERE name IN ('Camden', 'camden council', 'camden.council', '-camden', '_camden', '', 'cardiff',
                           'edinburgh', 'paisley', 'zero-day', 'eight-day', 'mixed-days', 'mars', 'my-builtin',
                           'Glasgow')),
    0::bigint, 'no refused calendar row was stored');
SELECT is(supervision.is_working_day(date '2026-07-20', 'glasgow'), false,
    'glasgow still works as before after the refused updates');

-- closure days
SELECT throws_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('glasgow', '1970-12-31', 'too early')$$, '22008', NULL,
    'a closure day before 1971-01-01 is refused: 22008');
SELECT throws_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('glasgow', '2200-01-01', 'too late')$$, '22008', NULL,
    'a closure day after 2199-12-31 is refused: 22008');
SELECT throws_ok($$UPDATE supervision.closure_day SET day = '2200-01-01' WHERE calendar = 'glasgow' AND day = '2026-09-28'$$, '22008', NULL,
    'moving a closure day after 2199-12-31 is refused: 22008');
SELECT lives_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES
                  ('glasgow', '1971-01-01', 'first supported day'), ('glasgow', '2199-12-31', 'last supported day')$$,
    'closure days on 1971-01-01 and 2199-12-31 are accepted');
SELECT throws_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('no-such', '2026-07-20', 'x')$$, '23503', NULL,
    'a closure day for an unknown calendar is refused by the foreign key: 23503');
SELECT throws_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('glasgow', '2026-07-20', 'again')$$, '23505', NULL,
    'a second closure day on the same calendar and day is refused: 23505');
SELECT throws_ok($$INSERT INTO supervision.closure_day (calendar, day, name) VALUES ('glasgow', '2026-07-21', NULL)$$, '23502', NULL,
    'a closure day without a name is refused: 23502');
SELECT throws_ok($$INSERT INTO supervision.calendar (name) VALUES ('glasgow')$$, '23505', NULL,
    'a second calendar with an existing name is refused: 23505');
SELECT is(supervision.is_working_day(date '2026-07-21', 'glasgow'), true,
    'glasgow: Tue 21 Jul 2026 is still a working day (the closure without a name was not stored)');

SELECT * FROM finish();
ROLLBACK;
