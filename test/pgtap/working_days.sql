-- Working-day arithmetic on the three built-in calendars.
--
-- Every expected date below was worked out by hand from the bank holidays
-- (the Banking and Financial Dealings Act 1971 and the Royal Proclamations since, as GOV.UK lists the days) and a printed calendar; the description of
-- each test says why.  Weekdays used (checked against a calendar):
--   Dec 2026: Wed 23, Thu 24, Fri 25, Sat 26, Sun 27, Mon 28, Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Sat 2, Sun 3, Mon 4, Tue 5
--   Easter 2027 is Sunday 28 March: Good Friday 26 Mar, Easter Monday 29 Mar;
--     St Patrick's Day 17 Mar 2027 is a Wednesday
--   Jun 2022: Wed 1, Thu 2 (Spring, moved), Fri 3 (Platinum Jubilee), Mon 6;
--     Mon 30 May 2022 is NOT a holiday (Spring was moved to 2 June)
--   Mon 19 Sep 2022: State Funeral
--   Mon 15 Jun 2026: Scotland's World Cup bank holiday
--
-- Section 2 checks properties on random dates against a brute-force
-- enumeration built from generate_series and supervision.bank_holidays;
-- the hand-worked lists of bank_holidays in section 1 anchor that enumeration.

BEGIN;
SELECT plan(177);

-------------------------------------------------------------------------------
-- 1. Hand-worked examples
-------------------------------------------------------------------------------

-- Christmas and New Year 2026-27.  25 Dec 2026 is a Friday: observed 25 and
-- 28 Dec in all three.  1 Jan 2027 is a Friday: E&W and NI observe 1 Jan;
-- Scotland observes 1 Jan and Mon 4 Jan (the 2 January substitute).

SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'england-and-wales'), date '2027-01-04',
    'E&W: Wed 23 Dec 2026 + 5 = Mon 4 Jan 2027 (24, 29, 30, 31 Dec, 4 Jan; 25 Fri Christmas, 28 Mon Boxing Day substitute, 1 Jan Fri New Year, weekends skipped)');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'northern-ireland'), date '2027-01-04',
    'NI: Wed 23 Dec 2026 + 5 = Mon 4 Jan 2027 (same holidays as E&W over Christmas and New Year)');
SELECT is(supervision.add_working_days(date '2026-12-23', 5, 'scotland'), date '2027-01-05',
    'Scotland: Wed 23 Dec 2026 + 5 = Tue 5 Jan 2027 (Mon 4 Jan is the 2 January substitute)');
SELECT is(supervision.add_working_days(date '2026-12-23', 5), date '2027-01-04',
    'default calendar (E&W): Wed 23 Dec 2026 + 5 = Mon 4 Jan 2027');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'england-and-wales'), date '2026-12-29',
    'E&W: Thu 24 Dec 2026 + 1 = Tue 29 Dec (Fri 25 Christmas, weekend, Mon 28 Boxing Day substitute)');
SELECT is(supervision.add_working_days(date '2026-12-24', 1, 'scotland'), date '2026-12-29',
    'Scotland: Thu 24 Dec 2026 + 1 = Tue 29 Dec (Christmas 25 and 28 Dec as in E&W)');
SELECT is(supervision.add_working_days(date '2026-12-31', 1, 'england-and-wales'), date '2027-01-04',
    'E&W: Thu 31 Dec 2026 + 1 = Mon 4 Jan 2027 (Fri 1 Jan New Year, weekend)');
SELECT is(supervision.add_working_days(date '2026-12-31', 1, 'northern-ireland'), date '2027-01-04',
    'NI: Thu 31 Dec 2026 + 1 = Mon 4 Jan 2027 (Fri 1 Jan New Year, weekend)');
SELECT is(supervision.add_working_days(date '2026-12-31', 1, 'scotland'), date '2027-01-05',
    'Scotland: Thu 31 Dec 2026 + 1 = Tue 5 Jan 2027 (Fri 1 Jan, weekend, Mon 4 Jan 2 January substitute)');
SELECT is(supervision.is_working_day(date '2026-12-28', 'england-and-wales'), false,
    'E&W: Mon 28 Dec 2026 is not a working day (Boxing Day substitute, 26 Dec is a Saturday)');
SELECT is(supervision.is_working_day(date '2026-12-28', 'scotland'), false,
    'Scotland: Mon 28 Dec 2026 is not a working day (Boxing Day substitute)');
SELECT is(supervision.is_working_day(date '2026-12-28', 'northern-ireland'), false,
    'NI: Mon 28 Dec 2026 is not a working day (Boxing Day substitute)');
SELECT is(supervision.is_working_day(date '2026-12-29', 'england-and-wales'), true,
    'E&W: Tue 29 Dec 2026 is a working day (no holiday, a weekday)');
SELECT is(supervision.is_working_day(date '2027-01-04', 'scotland'), false,
    'Scotland: Mon 4 Jan 2027 is not a working day (1 Jan on a Friday: observed 1 and 4 Jan)');
SELECT is(supervision.is_working_day(date '2027-01-04', 'england-and-wales'), true,
    'E&W: Mon 4 Jan 2027 is a working day (E&W has no 2 January holiday)');
SELECT is(supervision.is_working_day(date '2027-01-04', 'northern-ireland'), true,
    'NI: Mon 4 Jan 2027 is a working day (NI has no 2 January holiday)');

-- negative n, from a Monday (or the first working day) after a bank holiday
SELECT is(supervision.add_working_days(date '2027-01-04', -1, 'england-and-wales'), date '2026-12-31',
    'E&W: Mon 4 Jan 2027 - 1 = Thu 31 Dec 2026 (weekend and Fri 1 Jan New Year skipped)');
SELECT is(supervision.add_working_days(date '2027-01-04', -5, 'england-and-wales'), date '2026-12-23',
    'E&W: Mon 4 Jan 2027 - 5 = Wed 23 Dec 2026 (31, 30, 29, 24, 23 Dec; 28 and 25 Dec holidays)');
SELECT is(supervision.add_working_days(date '2027-01-05', -1, 'scotland'), date '2026-12-31',
    'Scotland: Tue 5 Jan 2027 - 1 = Thu 31 Dec 2026 (Mon 4 Jan, weekend, Fri 1 Jan skipped)');
SELECT is(supervision.add_working_days(date '2027-01-05', -5, 'scotland'), date '2026-12-23',
    'Scotland: Tue 5 Jan 2027 - 5 = Wed 23 Dec 2026 (31, 30, 29, 24, 23 Dec)');
SELECT is(supervision.add_working_days(date '2026-12-29', -1, 'northern-ireland'), date '2026-12-24',
    'NI: Tue 29 Dec 2026 - 1 = Thu 24 Dec (28 Dec substitute, weekend, 25 Dec Christmas skipped)');

SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'england-and-wales'), 5,
    'E&W: working days after Wed 23 Dec 2026 up to Mon 4 Jan 2027 = 5 (24, 29, 30, 31 Dec, 4 Jan)');
SELECT is(supervision.working_days_between(date '2027-01-04', date '2026-12-23', 'england-and-wales'), -5,
    'E&W: reversed span Mon 4 Jan 2027 to Wed 23 Dec 2026 = -5');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'northern-ireland'), 5,
    'NI: Wed 23 Dec 2026 to Mon 4 Jan 2027 = 5 (24, 29, 30, 31 Dec, 4 Jan)');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-04', 'scotland'), 4,
    'Scotland: Wed 23 Dec 2026 to Mon 4 Jan 2027 = 4 (24, 29, 30, 31 Dec; 4 Jan is a holiday)');
SELECT is(supervision.working_days_between(date '2026-12-23', date '2027-01-05', 'scotland'), 5,
    'Scotland: Wed 23 Dec 2026 to Tue 5 Jan 2027 = 5 (24, 29, 30, 31 Dec, 5 Jan)');
SELECT is(supervision.working_days_between(date '2027-01-05', date '2026-12-23', 'scotland'), -5,
    'Scotland: reversed span Tue 5 Jan 2027 to Wed 23 Dec 2026 = -5');
SELECT is(supervision.working_days_between(date '2026-12-24', date '2026-12-28', 'england-and-wales'), 0,
    'E&W: Thu 24 Dec to Mon 28 Dec 2026 = 0 (25 Christmas, 26-27 weekend, 28 substitute; 24 itself not counted)');
SELECT is(supervision.working_days_between(date '2026-12-25', date '2026-12-25', 'england-and-wales'), 0,
    'E&W: a = b on a bank holiday (Fri 25 Dec 2026) gives 0');
SELECT is(supervision.working_days_between(date '2026-12-24', date '2026-12-24', 'scotland'), 0,
    'Scotland: a = b on a working day (Thu 24 Dec 2026) gives 0');
SELECT is(supervision.working_days_between(date '2026-12-24', date '2026-12-24'), 0,
    'default calendar: a = b gives 0');

-- Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar (not in Scotland)
SELECT is(supervision.add_working_days(date '2027-03-25', 1, 'england-and-wales'), date '2027-03-30',
    'E&W: Thu 25 Mar 2027 + 1 = Tue 30 Mar (Good Friday, weekend, Easter Monday skipped)');
SELECT is(supervision.add_working_days(date '2027-03-25', 1, 'northern-ireland'), date '2027-03-30',
    'NI: Thu 25 Mar 2027 + 1 = Tue 30 Mar (Good Friday and Easter Monday)');
SELECT is(supervision.add_working_days(date '2027-03-25', 1, 'scotland'), date '2027-03-29',
    'Scotland: Thu 25 Mar 2027 + 1 = Mon 29 Mar (Good Friday only; Scotland has no Easter Monday)');
SELECT is(supervision.add_working_days(date '2027-03-24', 3, 'england-and-wales'), date '2027-03-31',
    'E&W: Wed 24 Mar 2027 + 3 = Wed 31 Mar (25, 30, 31 Mar)');
SELECT is(supervision.add_working_days(date '2027-03-24', 3, 'scotland'), date '2027-03-30',
    'Scotland: Wed 24 Mar 2027 + 3 = Tue 30 Mar (25, 29, 30 Mar)');
SELECT is(supervision.add_working_days(date '2027-04-05', -5, 'england-and-wales'), date '2027-03-25',
    'E&W: Mon 5 Apr 2027 - 5 = Thu 25 Mar (2 Apr, 1 Apr, 31 Mar, 30 Mar, 25 Mar; Easter Monday and Good Friday skipped)');
SELECT is(supervision.add_working_days(date '2027-04-05', -5, 'scotland'), date '2027-03-29',
    'Scotland: Mon 5 Apr 2027 - 5 = Mon 29 Mar (2 Apr, 1 Apr, 31 Mar, 30 Mar, 29 Mar)');
SELECT is(supervision.add_working_days(date '2027-03-16', 1, 'northern-ireland'), date '2027-03-18',
    'NI: Tue 16 Mar 2027 + 1 = Thu 18 Mar (Wed 17 Mar St Patrick''s Day)');
SELECT is(supervision.add_working_days(date '2027-03-16', 1, 'england-and-wales'), date '2027-03-17',
    'E&W: Tue 16 Mar 2027 + 1 = Wed 17 Mar (St Patrick''s Day is NI only)');
SELECT is(supervision.working_days_between(date '2027-03-25', date '2027-03-30', 'england-and-wales'), 1,
    'E&W: Thu 25 Mar to Tue 30 Mar 2027 = 1 (only 30 Mar)');
SELECT is(supervision.working_days_between(date '2027-03-30', date '2027-03-25', 'england-and-wales'), -1,
    'E&W: reversed span Tue 30 Mar to Thu 25 Mar 2027 = -1');
SELECT is(supervision.working_days_between(date '2027-03-25', date '2027-03-30', 'scotland'), 2,
    'Scotland: Thu 25 Mar to Tue 30 Mar 2027 = 2 (29 and 30 Mar)');
SELECT is(supervision.is_working_day(date '2027-03-26', 'scotland'), false,
    'Scotland: Good Friday 26 Mar 2027 is not a working day');
SELECT is(supervision.is_working_day(date '2027-03-29', 'scotland'), true,
    'Scotland: Easter Monday 29 Mar 2027 is a working day');

-- 2022: Spring bank holiday moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun,
-- State Funeral Mon 19 Sep (all three calendars)
SELECT is(supervision.add_working_days(date '2022-06-01', 1, 'england-and-wales'), date '2022-06-06',
    'E&W: Wed 1 Jun 2022 + 1 = Mon 6 Jun (Thu 2 Spring moved, Fri 3 Platinum Jubilee, weekend)');
SELECT is(supervision.add_working_days(date '2022-06-01', 1, 'scotland'), date '2022-06-06',
    'Scotland: Wed 1 Jun 2022 + 1 = Mon 6 Jun (Jubilee weekend in all three)');
SELECT is(supervision.add_working_days(date '2022-06-01', 1, 'northern-ireland'), date '2022-06-06',
    'NI: Wed 1 Jun 2022 + 1 = Mon 6 Jun (Jubilee weekend in all three)');
SELECT is(supervision.add_working_days(date '2022-05-27', 1, 'england-and-wales'), date '2022-05-30',
    'E&W: Fri 27 May 2022 + 1 = Mon 30 May (last Monday in May was not a holiday in 2022: moved to 2 Jun)');
SELECT is(supervision.is_working_day(date '2022-05-30', 'scotland'), true,
    'Scotland: Mon 30 May 2022 is a working day (Spring bank holiday moved to 2 Jun)');
SELECT is(supervision.working_days_between(date '2022-05-27', date '2022-06-06', 'england-and-wales'), 4,
    'E&W: Fri 27 May to Mon 6 Jun 2022 = 4 (30 May, 31 May, 1 Jun, 6 Jun)');
SELECT is(supervision.working_days_between(date '2022-06-06', date '2022-05-27', 'england-and-wales'), -4,
    'E&W: reversed span Mon 6 Jun to Fri 27 May 2022 = -4');
SELECT is(supervision.add_working_days(date '2022-06-06', -1, 'england-and-wales'), date '2022-06-01',
    'E&W: Mon 6 Jun 2022 - 1 = Wed 1 Jun (weekend, Jubilee and moved Spring holiday skipped)');
SELECT is(supervision.add_working_days(date '2022-06-06', -2, 'northern-ireland'), date '2022-05-31',
    'NI: Mon 6 Jun 2022 - 2 = Tue 31 May (1 Jun, 31 May)');
SELECT is(supervision.is_working_day(date '2022-09-19', 'england-and-wales'), false,
    'E&W: Mon 19 Sep 2022 (State Funeral) is not a working day');
SELECT is(supervision.is_working_day(date '2022-09-19', 'scotland'), false,
    'Scotland: Mon 19 Sep 2022 (State Funeral) is not a working day');
SELECT is(supervision.is_working_day(date '2022-09-19', 'northern-ireland'), false,
    'NI: Mon 19 Sep 2022 (State Funeral) is not a working day');
SELECT is(supervision.add_working_days(date '2022-09-16', 1, 'england-and-wales'), date '2022-09-20',
    'E&W: Fri 16 Sep 2022 + 1 = Tue 20 Sep (weekend, Mon 19 State Funeral)');
SELECT is(supervision.add_working_days(date '2022-09-16', 1, 'northern-ireland'), date '2022-09-20',
    'NI: Fri 16 Sep 2022 + 1 = Tue 20 Sep (State Funeral)');
SELECT is(supervision.add_working_days(date '2022-09-20', -1, 'scotland'), date '2022-09-16',
    'Scotland: Tue 20 Sep 2022 - 1 = Fri 16 Sep (State Funeral Monday and weekend skipped)');
SELECT is(supervision.working_days_between(date '2022-09-16', date '2022-09-20', 'england-and-wales'), 1,
    'E&W: Fri 16 Sep to Tue 20 Sep 2022 = 1 (only 20 Sep)');
SELECT is(supervision.working_days_between(date '2022-09-20', date '2022-09-16', 'scotland'), -1,
    'Scotland: reversed span Tue 20 Sep to Fri 16 Sep 2022 = -1');

-- Scotland's World Cup bank holiday, Mon 15 Jun 2026
SELECT is(supervision.is_working_day(date '2026-06-15', 'scotland'), false,
    'Scotland: Mon 15 Jun 2026 (World Cup bank holiday) is not a working day');
SELECT is(supervision.is_working_day(date '2026-06-15', 'england-and-wales'), true,
    'E&W: Mon 15 Jun 2026 is a working day (World Cup holiday is Scotland only)');
SELECT is(supervision.is_working_day(date '2026-06-15', 'northern-ireland'), true,
    'NI: Mon 15 Jun 2026 is a working day (World Cup holiday is Scotland only)');
SELECT is(supervision.add_working_days(date '2026-06-12', 1, 'scotland'), date '2026-06-16',
    'Scotland: Fri 12 Jun 2026 + 1 = Tue 16 Jun (weekend, World Cup Monday)');
SELECT is(supervision.add_working_days(date '2026-06-12', 1, 'england-and-wales'), date '2026-06-15',
    'E&W: Fri 12 Jun 2026 + 1 = Mon 15 Jun');
SELECT is(supervision.add_working_days(date '2026-06-22', -5, 'scotland'), date '2026-06-12',
    'Scotland: Mon 22 Jun 2026 - 5 = Fri 12 Jun (19, 18, 17, 16, 12 Jun; 15 Jun World Cup)');
SELECT is(supervision.add_working_days(date '2026-06-22', -5, 'england-and-wales'), date '2026-06-15',
    'E&W: Mon 22 Jun 2026 - 5 = Mon 15 Jun (19, 18, 17, 16, 15 Jun)');
SELECT is(supervision.working_days_between(date '2026-06-12', date '2026-06-19', 'scotland'), 4,
    'Scotland: Fri 12 Jun to Fri 19 Jun 2026 = 4 (16-19 Jun)');
SELECT is(supervision.working_days_between(date '2026-06-12', date '2026-06-19', 'england-and-wales'), 5,
    'E&W: Fri 12 Jun to Fri 19 Jun 2026 = 5 (15-19 Jun)');
SELECT is(supervision.working_days_between(date '2026-06-19', date '2026-06-12', 'scotland'), -4,
    'Scotland: reversed span Fri 19 Jun to Fri 12 Jun 2026 = -4');

-- n = 0
SELECT is(supervision.add_working_days(date '2026-12-24', 0, 'england-and-wales'), date '2026-12-24',
    'n = 0 on a working day (Thu 24 Dec 2026) gives the day itself');
SELECT is(supervision.add_working_days(date '2026-12-26', 0, 'england-and-wales'), date '2026-12-29',
    'n = 0 on Saturday 26 Dec 2026 gives Tue 29 Dec (Sun 27, Mon 28 substitute skipped)');
SELECT is(supervision.add_working_days(date '2027-01-01', 0, 'england-and-wales'), date '2027-01-04',
    'E&W: n = 0 on a bank holiday (Fri 1 Jan 2027) gives Mon 4 Jan');
SELECT is(supervision.add_working_days(date '2027-01-01', 0, 'scotland'), date '2027-01-05',
    'Scotland: n = 0 on a bank holiday (Fri 1 Jan 2027) gives Tue 5 Jan (4 Jan also a holiday)');
SELECT is(supervision.add_working_days(date '2022-09-19', 0, 'northern-ireland'), date '2022-09-20',
    'NI: n = 0 on the State Funeral (Mon 19 Sep 2022) gives Tue 20 Sep');
SELECT is(supervision.add_working_days(date '2026-06-13', 0, 'scotland'), date '2026-06-16',
    'Scotland: n = 0 on Saturday 13 Jun 2026 gives Tue 16 Jun (Sunday, World Cup Monday skipped)');

-- whole years: 2023 runs Sun 1 Jan .. Sun 31 Dec, 52 full weeks + 1 Sunday
-- = 105 weekend days, 260 weekdays.
--   E&W: 2 Jan (New Year substitute), 7 Apr, 10 Apr, 1 May, 8 May (Coronation),
--        29 May, 28 Aug, 25 Dec, 26 Dec = 9 weekday holidays -> 251
--   Scotland: 2, 3 Jan, 7 Apr, 1 May, 8 May, 29 May, 7 Aug, 30 Nov, 25, 26 Dec
--        = 10 -> 250
--   NI: 2 Jan, 17 Mar, 7 Apr, 10 Apr, 1 May, 8 May, 29 May, 12 Jul, 28 Aug,
--        25, 26 Dec = 11 -> 249
-- 2026 runs Thu 1 Jan .. Thu 31 Dec: 260 + 1 = 261 weekdays.
--   E&W 8 weekday holidays -> 253; Scotland 10 -> 251; NI 10 -> 251 (lists below)
SELECT is(supervision.working_days_between(date '2022-12-31', date '2023-12-31', 'england-and-wales'), 251,
    'E&W: working days in 2023 = 365 - 105 weekend days - 9 weekday bank holidays = 251');
SELECT is(supervision.working_days_between(date '2023-12-31', date '2022-12-31', 'england-and-wales'), -251,
    'E&W: the whole of 2023 reversed = -251');
SELECT is(supervision.working_days_between(date '2022-12-31', date '2023-12-31', 'scotland'), 250,
    'Scotland: working days in 2023 = 260 weekdays - 10 bank holidays = 250');
SELECT is(supervision.working_days_between(date '2022-12-31', date '2023-12-31', 'northern-ireland'), 249,
    'NI: working days in 2023 = 260 weekdays - 11 bank holidays = 249');
SELECT is(supervision.add_working_days(date '2022-12-31', 251, 'england-and-wales'), date '2023-12-29',
    'E&W: Sat 31 Dec 2022 + 251 = Fri 29 Dec 2023, the last working day of 2023 (25, 26 Dec holidays, 30-31 weekend)');
SELECT is(supervision.working_days_between(date '2025-12-31', date '2026-12-31', 'england-and-wales'), 253,
    'E&W: working days in 2026 = 261 weekdays - 8 bank holidays = 253');
SELECT is(supervision.working_days_between(date '2025-12-31', date '2026-12-31', 'scotland'), 251,
    'Scotland: working days in 2026 = 261 weekdays - 10 bank holidays = 251');
SELECT is(supervision.working_days_between(date '2025-12-31', date '2026-12-31', 'northern-ireland'), 251,
    'NI: working days in 2026 = 261 weekdays - 10 bank holidays = 251');

-- bank_holidays: hand-made lists (days observed, in date order)
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026, 'england-and-wales') ORDER BY day),
    ARRAY['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
          '2026-12-25', '2026-12-28']::date[],
    'E&W 2026: New Year Thu 1 Jan, Good Friday 3 Apr, Easter Monday 6 Apr, 4 May, 25 May, 31 Aug, Christmas Fri 25 Dec, Boxing Day substitute Mon 28 Dec');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026) ORDER BY day),
    ARRAY['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31',
          '2026-12-25', '2026-12-28']::date[],
    'bank_holidays(2026) without a calendar lists the E&W days');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026, 'scotland') ORDER BY day),
    ARRAY['2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-06-15',
          '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28']::date[],
    'Scotland 2026: 1 and 2 Jan, Good Friday, 4 May, 25 May, World Cup 15 Jun, first Monday of August 3 Aug, St Andrew''s Mon 30 Nov, 25 and 28 Dec');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2026, 'northern-ireland') ORDER BY day),
    ARRAY['2026-01-01', '2026-03-17', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25',
          '2026-07-13', '2026-08-31', '2026-12-25', '2026-12-28']::date[],
    'NI 2026: as E&W plus St Patrick''s Tue 17 Mar and the Boyne substitute Mon 13 Jul (12 Jul is a Sunday)');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2022, 'england-and-wales') ORDER BY day),
    ARRAY['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03',
          '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']::date[],
    'E&W 2022: New Year substitute 3 Jan, Easter 15/18 Apr, 2 May, Spring moved to 2 Jun, Jubilee 3 Jun, 29 Aug, State Funeral 19 Sep, Christmas on Sunday so 26 and 27 Dec');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(2027, 'england-and-wales') ORDER BY day),
    ARRAY['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30',
          '2027-12-27', '2027-12-28']::date[],
    'E&W 2027: 1 Jan, Good Friday 26 Mar, Easter Monday 29 Mar, 3 May, 31 May, 30 Aug, Christmas on Saturday so 27 and 28 Dec');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(1995, 'scotland') ORDER BY day),
    ARRAY['1995-01-02', '1995-01-03', '1995-04-14', '1995-05-01', '1995-05-08', '1995-05-29',
          '1995-08-07', '1995-12-25', '1995-12-26']::date[],
    'Scotland 1995: 1 Jan a Sunday so 2 and 3 Jan, Good Friday 14 Apr, 1 May kept AND VE Day 8 May added, 29 May, 7 Aug, 25 and 26 Dec');
SELECT is(ARRAY(SELECT day FROM supervision.bank_holidays(1971, 'england-and-wales') ORDER BY day),
    ARRAY['1971-04-09', '1971-04-12', '1971-05-31', '1971-08-30', '1971-12-27', '1971-12-28']::date[],
    'E&W 1971: no New Year (from 1974) or Early May (from 1978); Easter 9/12 Apr, 31 May, 30 Aug, Christmas on Saturday so 27 and 28 Dec');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(2026, 'scotland') WHERE name IS NULL OR name = ''),
    0::bigint, 'every bank holiday listed has a name');

-------------------------------------------------------------------------------
-- 2. Properties against a brute-force enumeration
-------------------------------------------------------------------------------

CREATE TEMP TABLE cal3 (cal text PRIMARY KEY);
INSERT INTO cal3 VALUES ('england-and-wales'), ('scotland'), ('northern-ireland');

-- every observed bank holiday of every supported year
CREATE TEMP TABLE bh_brute AS
SELECT c.cal, y.year, h.day
  FROM cal3 c
 CROSS JOIN generate_series(1971, 2199) AS y(year)
 CROSS JOIN LATERAL supervision.bank_holidays(y.year, c.cal) AS h;

-- every supported day: a working day iff not Sat/Sun and not a bank holiday
CREATE TEMP TABLE day_brute AS
SELECT c.cal, g.day::date AS day,
       (extract(isodow FROM g.day) NOT IN (6, 7)
        AND NOT EXISTS (SELECT 1 FROM bh_brute b WHERE b.cal = c.cal AND b.day = g.day::date)) AS working
  FROM cal3 c
 CROSS JOIN generate_series(timestamp '1971-01-01', timestamp '2199-12-31', interval '1 day') AS g(day);
CREATE INDEX ON day_brute (cal, day);
CREATE INDEX ON day_brute (cal, day) WHERE working;
ANALYZE bh_brute;
ANALYZE day_brute;

SELECT is((SELECT count(*) FROM bh_brute WHERE extract(year FROM day) <> year OR extract(isodow FROM day) IN (6, 7)),
    0::bigint, 'built-in bank_holidays(year) lists only weekdays of that year (observed days)');
SELECT is((SELECT count(*) FROM (SELECT cal, day FROM bh_brute GROUP BY cal, day HAVING count(*) > 1) dup),
    0::bigint, 'built-in bank_holidays lists no day twice');
SELECT is((SELECT count(*) FROM day_brute), 3 * (date '2199-12-31' - date '1971-01-01' + 1)::bigint,
    'brute-force table holds every supported day for each of the three calendars');

SELECT is((SELECT count(*) FROM day_brute b WHERE b.cal = 'england-and-wales'
             AND supervision.is_working_day(b.day, b.cal) IS DISTINCT FROM b.working),
    0::bigint, 'E&W: is_working_day agrees with the brute force on every day 1971-2199');
SELECT is((SELECT count(*) FROM day_brute b WHERE b.cal = 'scotland'
             AND supervision.is_working_day(b.day, b.cal) IS DISTINCT FROM b.working),
    0::bigint, 'Scotland: is_working_day agrees with the brute force on every day 1971-2199');
SELECT is((SELECT count(*) FROM day_brute b WHERE b.cal = 'northern-ireland'
             AND supervision.is_working_day(b.day, b.cal) IS DISTINCT FROM b.working),
    0::bigint, 'NI: is_working_day agrees with the brute force on every day 1971-2199');

-- add_working_days, with 22008 (result out of range) mapped to NULL
CREATE FUNCTION pg_temp.awd_or_null(d date, n integer, cal text) RETURNS date
LANGUAGE plpgsql AS $$
BEGIN
    RETURN supervision.add_working_days(d, n, cal);
EXCEPTION WHEN datetime_field_overflow THEN
    RETURN NULL;
END
$$;

SELECT setseed(0.42);

-- 3000 (d, n): d uniform on 1971-01-10 .. 2199-12-20, n uniform on -60 .. 60
CREATE TEMP TABLE awd_pairs AS
SELECT i,
       date '1971-01-10' + floor(random() * (date '2199-12-20' - date '1971-01-10' + 1))::integer AS d,
       floor(random() * 121)::integer - 60 AS n
  FROM generate_series(1, 3000) AS i;

-- 3000 (a, b) with |b - a| <= 400, b kept inside the supported range
CREATE TEMP TABLE wdb_pairs AS
SELECT i, a, least(greatest(a + k, date '1971-01-01'), date '2199-12-31') AS b
  FROM (SELECT i,
               date '1971-01-10' + floor(random() * (date '2199-12-20' - date '1971-01-10' + 1))::integer AS a,
               floor(random() * 801)::integer - 400 AS k
          FROM generate_series(1, 3000) AS i) s;

-- brute force: the n-th working day after d (n > 0), before d (n < 0),
-- or the first working day on or after d (n = 0); NULL when beyond the range
CREATE TEMP TABLE awd_check AS
SELECT c.cal, p.d, p.n,
       pg_temp.awd_or_null(p.d, p.n, c.cal) AS ours,
       CASE
         WHEN p.n > 0 THEN (SELECT b.day FROM day_brute b
                             WHERE b.cal = c.cal AND b.working AND b.day > p.d
                             ORDER BY b.day OFFSET p.n - 1 LIMIT 1)
         WHEN p.n < 0 THEN (SELECT b.day FROM day_brute b
                             WHERE b.cal = c.cal AND b.working AND b.day < p.d
                             ORDER BY b.day DESC OFFSET -p.n - 1 LIMIT 1)
         ELSE (SELECT b.day FROM day_brute b
                WHERE b.cal = c.cal AND b.working AND b.day >= p.d
                ORDER BY b.day LIMIT 1)
       END AS brute,
       (SELECT b.working FROM day_brute b WHERE b.cal = c.cal AND b.day = p.d) AS d_working
  FROM cal3 c CROSS JOIN awd_pairs p;

-- brute force: count of working days in (least(a,b), greatest(a,b)], signed
CREATE TEMP TABLE wdb_check AS
SELECT c.cal, p.a, p.b,
       supervision.working_days_between(p.a, p.b, c.cal) AS ours_ab,
       supervision.working_days_between(p.b, p.a, c.cal) AS ours_ba,
       (SELECT count(*) FROM day_brute x
         WHERE x.cal = c.cal AND x.working
           AND x.day > least(p.a, p.b) AND x.day <= greatest(p.a, p.b)) AS cnt
  FROM cal3 c CROSS JOIN wdb_pairs p;

SELECT ok((SELECT count(*) FROM awd_pairs WHERE n = 0) > 0
          AND (SELECT count(*) FROM awd_pairs WHERE n > 0) > 1000
          AND (SELECT count(*) FROM awd_pairs WHERE n < 0) > 1000
          AND (SELECT min(n) FROM awd_pairs) = -60 AND (SELECT max(n) FROM awd_pairs) = 60
          AND (SELECT count(*) FROM awd_check WHERE brute IS NULL) > 0,
    'the random (d, n) sample includes n = 0, both signs, both ends of -60..60, and results beyond the supported range');

SELECT is((SELECT count(*) FROM awd_check WHERE cal = 'england-and-wales' AND ours IS DISTINCT FROM brute),
    0::bigint, 'E&W: add_working_days(d, n) equals the brute-force n-th working day on 3000 random (d, n) (22008 where the brute force runs out of range)');
SELECT is((SELECT count(*) FROM awd_check WHERE cal = 'scotland' AND ours IS DISTINCT FROM brute),
    0::bigint, 'Scotland: add_working_days(d, n) equals the brute-force n-th working day on 3000 random (d, n)');
SELECT is((SELECT count(*) FROM awd_check WHERE cal = 'northern-ireland' AND ours IS DISTINCT FROM brute),
    0::bigint, 'NI: add_working_days(d, n) equals the brute-force n-th working day on 3000 random (d, n)');

SELECT is((SELECT count(*) FROM wdb_check WHERE cal = 'england-and-wales'
             AND (ours_ab IS DISTINCT FROM CASE WHEN a <= b THEN cnt ELSE -cnt END
               OR ours_ba IS DISTINCT FROM CASE WHEN b <= a THEN cnt ELSE -cnt END)),
    0::bigint, 'E&W: working_days_between(a, b) and (b, a) equal the brute-force signed count on 3000 random spans of up to 400 days');
SELECT is((SELECT count(*) FROM wdb_check WHERE cal = 'scotland'
             AND (ours_ab IS DISTINCT FROM CASE WHEN a <= b THEN cnt ELSE -cnt END
               OR ours_ba IS DISTINCT FROM CASE WHEN b <= a THEN cnt ELSE -cnt END)),
    0::bigint, 'Scotland: working_days_between(a, b) and (b, a) equal the brute-force signed count on 3000 random spans');
SELECT is((SELECT count(*) FROM wdb_check WHERE cal = 'northern-ireland'
             AND (ours_ab IS DISTINCT FROM CASE WHEN a <= b THEN cnt ELSE -cnt END
               OR ours_ba IS DISTINCT FROM CASE WHEN b <= a THEN cnt ELSE -cnt END)),
    0::bigint, 'NI: working_days_between(a, b) and (b, a) equal the brute-force signed count on 3000 random spans');

SELECT is((SELECT count(*) FROM awd_check
            WHERE n > 0 AND ours IS NOT NULL
              AND supervision.working_days_between(d, ours, cal) IS DISTINCT FROM n),
    0::bigint, 'all three calendars: for n > 0, working_days_between(d, add_working_days(d, n)) = n');
SELECT is((SELECT count(*) FROM awd_check
            WHERE n < 0 AND d_working AND ours IS NOT NULL
              AND supervision.working_days_between(d, ours, cal) IS DISTINCT FROM n),
    0::bigint, 'all three calendars: for n < 0 and d a working day, working_days_between(d, add_working_days(d, n)) = n');
SELECT is((SELECT count(*) FROM awd_check WHERE n = 0 AND d_working AND ours IS DISTINCT FROM d),
    0::bigint, 'all three calendars: add_working_days(d, 0) = d whenever d is a working day');

-------------------------------------------------------------------------------
-- 3. Edges
-------------------------------------------------------------------------------

-- infinity passes through
SELECT is(supervision.add_working_days(date 'infinity', 5), date 'infinity',
    'add_working_days(infinity, 5) is infinity');
SELECT is(supervision.add_working_days(date '-infinity', -3), date '-infinity',
    'add_working_days(-infinity, -3) is -infinity');
SELECT is(supervision.add_working_days(date 'infinity', 0, 'scotland'), date 'infinity',
    'add_working_days(infinity, 0, scotland) is infinity');
SELECT is(supervision.add_working_days(date '-infinity', 7, 'northern-ireland'), date '-infinity',
    'add_working_days(-infinity, 7, northern-ireland) is -infinity');

-- the supported range 1971-01-01 .. 2199-12-31
SELECT is(supervision.is_working_day(date '1971-01-01', 'england-and-wales'), true,
    'E&W: Fri 1 Jan 1971, the first supported day, is a working day (New Year''s Day only from 1974)');
SELECT is(supervision.is_working_day(date '1971-01-01', 'scotland'), false,
    'Scotland: Fri 1 Jan 1971 is New Year''s Day, not a working day');
SELECT is(supervision.add_working_days(date '1971-01-01', 0, 'scotland'), date '1971-01-04',
    'Scotland: n = 0 on 1 Jan 1971 gives Mon 4 Jan (2 January holiday only from 1972; weekend)');
SELECT is(supervision.add_working_days(date '1971-01-04', -1, 'england-and-wales'), date '1971-01-01',
    'E&W: Mon 4 Jan 1971 - 1 = Fri 1 Jan 1971, the first supported day');
SELECT is(supervision.working_days_between(date '1971-01-01', date '1971-01-08', 'england-and-wales'), 5,
    'E&W: 1 Jan to 8 Jan 1971 = 5 (Mon 4 - Fri 8 Jan)');
SELECT is(supervision.is_working_day(date '2199-12-31', 'england-and-wales'), true,
    'E&W: Tue 31 Dec 2199, the last supported day, is a working day');
SELECT is(supervision.add_working_days(date '2199-12-31', 0, 'england-and-wales'), date '2199-12-31',
    'E&W: n = 0 on the last supported day (a working Tuesday) gives that day');
SELECT is(supervision.add_working_days(date '2199-12-30', 1, 'scotland'), date '2199-12-31',
    'Scotland: Mon 30 Dec 2199 + 1 = Tue 31 Dec 2199');
SELECT is(supervision.add_working_days(date '2199-12-24', 2, 'england-and-wales'), date '2199-12-30',
    'E&W: Tue 24 Dec 2199 + 2 = Mon 30 Dec (Christmas Wed 25 and Boxing Day Thu 26 by the regular rules, 27 Dec, weekend)');
SELECT is(supervision.working_days_between(date '2199-12-24', date '2199-12-31', 'england-and-wales'), 3,
    'E&W: 24 Dec to 31 Dec 2199 = 3 (27, 30, 31 Dec)');
SELECT lives_ok('SELECT * FROM supervision.bank_holidays(1971, ''scotland'')',
    'bank_holidays(1971) is within the supported range');
SELECT lives_ok('SELECT * FROM supervision.bank_holidays(2199, ''northern-ireland'')',
    'bank_holidays(2199) is within the supported range');

SELECT throws_ok('SELECT supervision.is_working_day(date ''1970-12-31'')', '22008', NULL,
    'is_working_day(1970-12-31): before the supported range raises 22008');
SELECT throws_ok('SELECT supervision.is_working_day(date ''2200-01-01'', ''scotland'')', '22008', NULL,
    'is_working_day(2200-01-01): after the supported range raises 22008');
SELECT throws_ok('SELECT supervision.add_working_days(date ''1970-12-31'', 1)', '22008', NULL,
    'add_working_days(1970-12-31, 1): input before the range raises 22008');
SELECT throws_ok('SELECT supervision.add_working_days(date ''2200-01-01'', -1, ''northern-ireland'')', '22008', NULL,
    'add_working_days(2200-01-01, -1): input after the range raises 22008');
SELECT throws_ok('SELECT supervision.add_working_days(date ''2199-12-31'', 1)', '22008', NULL,
    'add_working_days(2199-12-31, 1): a result after the range raises 22008');
SELECT throws_ok('SELECT supervision.add_working_days(date ''1971-01-01'', -1, ''england-and-wales'')', '22008', NULL,
    'add_working_days(1971-01-01, -1): a result before the range raises 22008');
SELECT throws_ok('SELECT supervision.add_working_days(date ''1971-01-04'', -1, ''scotland'')', '22008', NULL,
    'Scotland: add_working_days(Mon 4 Jan 1971, -1) would fall before 1 Jan 1971 (a holiday there) and raises 22008');
SELECT throws_ok('SELECT supervision.working_days_between(date ''1970-12-31'', date ''1971-01-05'')', '22008', NULL,
    'working_days_between(1970-12-31, 1971-01-05): a before the range raises 22008');
SELECT throws_ok('SELECT supervision.working_days_between(date ''1971-01-05'', date ''1970-12-31'', ''scotland'')', '22008', NULL,
    'working_days_between(1971-01-05, 1970-12-31): b before the range raises 22008');
SELECT throws_ok('SELECT supervision.working_days_between(date ''2199-12-01'', date ''2200-01-01'')', '22008', NULL,
    'working_days_between(2199-12-01, 2200-01-01): b after the range raises 22008');
SELECT throws_ok('SELECT supervision.working_days_between(date ''2200-01-01'', date ''2199-12-01'', ''northern-ireland'')', '22008', NULL,
    'working_days_between(2200-01-01, 2199-12-01): a after the range raises 22008');
SELECT throws_ok('SELECT * FROM supervision.bank_holidays(1970)', '22008', NULL,
    'bank_holidays(1970): a year before the range raises 22008');
SELECT throws_ok('SELECT * FROM supervision.bank_holidays(2200, ''scotland'')', '22008', NULL,
    'bank_holidays(2200): a year after the range raises 22008');

-- STRICT: any NULL argument gives NULL
SELECT is(supervision.is_working_day(NULL::date), NULL::boolean, 'is_working_day(NULL) is NULL');
SELECT is(supervision.is_working_day(NULL::date, 'scotland'), NULL::boolean, 'is_working_day(NULL, scotland) is NULL');
SELECT is(supervision.is_working_day(date '2026-01-05', NULL::text), NULL::boolean, 'is_working_day(d, NULL calendar) is NULL');
SELECT is(supervision.is_working_day(NULL::date, 'no-such'), NULL::boolean, 'is_working_day(NULL, unknown calendar) is NULL (STRICT, no error)');
SELECT is(supervision.add_working_days(NULL::date, 1), NULL::date, 'add_working_days(NULL, 1) is NULL');
SELECT is(supervision.add_working_days(date '2026-01-05', NULL::integer), NULL::date, 'add_working_days(d, NULL) is NULL');
SELECT is(supervision.add_working_days(NULL::date, 1, 'scotland'), NULL::date, 'add_working_days(NULL, 1, scotland) is NULL');
SELECT is(supervision.add_working_days(date '2026-01-05', NULL::integer, 'scotland'), NULL::date, 'add_working_days(d, NULL, scotland) is NULL');
SELECT is(supervision.add_working_days(date '2026-01-05', 1, NULL::text), NULL::date, 'add_working_days(d, 1, NULL calendar) is NULL');
SELECT is(supervision.working_days_between(NULL::date, date '2026-01-05'), NULL::integer, 'working_days_between(NULL, b) is NULL');
SELECT is(supervision.working_days_between(date '2026-01-05', NULL::date), NULL::integer, 'working_days_between(a, NULL) is NULL');
SELECT is(supervision.working_days_between(NULL::date, date '2026-01-05', 'scotland'), NULL::integer, 'working_days_between(NULL, b, scotland) is NULL');
SELECT is(supervision.working_days_between(date '2026-01-05', NULL::date, 'scotland'), NULL::integer, 'working_days_between(a, NULL, scotland) is NULL');
SELECT is(supervision.working_days_between(date '2026-01-05', date '2026-01-09', NULL::text), NULL::integer, 'working_days_between(a, b, NULL calendar) is NULL');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(NULL::integer)), 0::bigint, 'bank_holidays(NULL) returns no rows');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(NULL::integer, 'scotland')), 0::bigint, 'bank_holidays(NULL, scotland) returns no rows');
SELECT is((SELECT count(*) FROM supervision.bank_holidays(2026, NULL::text)), 0::bigint, 'bank_holidays(2026, NULL calendar) returns no rows');

-- unknown calendar
SELECT throws_ok('SELECT supervision.is_working_day(date ''2026-01-05'', ''no-such'')', '22023', NULL,
    'is_working_day with an unknown calendar raises 22023');
SELECT throws_ok('SELECT supervision.is_working_day(date ''2026-01-05'', '''')', '22023', NULL,
    'is_working_day with an empty calendar name raises 22023');
SELECT throws_ok('SELECT supervision.add_working_days(date ''2026-01-05'', 3, ''no-such'')', '22023', NULL,
    'add_working_days with an unknown calendar raises 22023');
SELECT throws_ok('SELECT supervision.working_days_between(date ''2026-01-05'', date ''2026-01-09'', ''no-such'')', '22023', NULL,
    'working_days_between with an unknown calendar raises 22023');
SELECT throws_ok('SELECT * FROM supervision.bank_holidays(2026, ''no-such'')', '22023', NULL,
    'bank_holidays with an unknown calendar raises 22023');

-- GUC supervision.calendar
SELECT is(current_setting('supervision.calendar'), 'england-and-wales',
    'supervision.calendar defaults to england-and-wales');
SELECT is(supervision.is_working_day(date '2026-06-15'), true,
    'default calendar: Mon 15 Jun 2026 is a working day (E&W)');

SET supervision.calendar = 'scotland';

SELECT is(current_setting('supervision.calendar'), 'scotland',
    'SET supervision.calendar = scotland takes effect');
SELECT is(supervision.is_working_day(date '2026-06-15'), false,
    'with supervision.calendar = scotland, is_working_day(15 Jun 2026) is false (World Cup holiday)');
SELECT is(supervision.add_working_days(date '2026-06-12', 1), date '2026-06-16',
    'with supervision.calendar = scotland, Fri 12 Jun 2026 + 1 = Tue 16 Jun');
SELECT is(supervision.working_days_between(date '2026-06-12', date '2026-06-19'), 4,
    'with supervision.calendar = scotland, 12 Jun to 19 Jun 2026 = 4');
SELECT is(supervision.add_working_days(date '2026-12-31', 1), date '2027-01-05',
    'with supervision.calendar = scotland, Thu 31 Dec 2026 + 1 = Tue 5 Jan 2027');
SELECT ok(EXISTS (SELECT 1 FROM supervision.bank_holidays(2026) WHERE day = date '2026-06-15'),
    'with supervision.calendar = scotland, bank_holidays(2026) lists 15 Jun');
SELECT is(supervision.is_working_day(date '2026-06-15', 'england-and-wales'), true,
    'an explicit calendar overrides supervision.calendar');

RESET supervision.calendar;

SELECT is(supervision.is_working_day(date '2026-06-15'), true,
    'after RESET supervision.calendar, is_working_day(15 Jun 2026) is true again (E&W)');
SELECT is(supervision.add_working_days(date '2026-06-12', 1), date '2026-06-15',
    'after RESET, Fri 12 Jun 2026 + 1 = Mon 15 Jun (E&W)');

SET supervision.calendar = 'northern-ireland';
SELECT is(supervision.is_working_day(date '2026-03-17'), false,
    'with supervision.calendar = northern-ireland, St Patrick''s Day Tue 17 Mar 2026 is not a working day');
RESET supervision.calendar;
SELECT is(supervision.is_working_day(date '2026-03-17'), true,
    'after RESET, Tue 17 Mar 2026 is a working day (E&W)');

SELECT throws_ok('SET supervision.calendar = ''no-such''', '22023', NULL,
    'SET supervision.calendar to an unknown calendar raises 22023');
SELECT is(current_setting('supervision.calendar'), 'england-and-wales',
    'a refused SET leaves supervision.calendar unchanged');

SELECT * FROM finish();
ROLLBACK;
