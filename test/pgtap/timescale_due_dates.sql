-- Due dates, deadlines and staged schedules: supervision.due_date,
-- date + timescale, supervision.deadline, supervision.stage_at and
-- supervision.next_due, against the rules of the five published policies.
--
-- Every expected date and instant below was worked out by hand from the rule,
-- the semantics in the README ("Timescales", "Schedules") and a printed
-- calendar; the description of each test says why.  Nothing here is computed
-- by code.
--
-- Weekdays used (checked against a calendar):
--   Jan 2026: Thu 29, Sat 31          Feb 2026: Thu 26, Sat 28 (not leap)
--   Mar 2026: Sat 21, Sun 22, Fri 27, Sat 28, Sun 29, Mon 30, Tue 31
--   May 2026: Sun 31                  Jun 2026: Mon 1, Mon 15, Mon 22, Tue 30
--   Jul 2026: Wed 1, Thu 2, Fri 3, Mon 6, Tue 7, Mon 13, Fri 17, Mon 27, Tue 28, Fri 31
--   Aug 2026: Mon 3, Tue 4, Fri 28, Mon 31      Sep 2026: Tue 1, Mon 7, Mon 14, Tue 15, Thu 17, Wed 30
--   Oct 2026: Thu 15, Fri 16, Sat 17, Sun 18, Mon 19, Tue 20, Fri 23, Sat 24,
--             Sun 25, Mon 26, Tue 27, Wed 28
--   Nov 2026: Mon 2, Fri 6, Sat 7, Mon 9, Tue 10, Sun 15, Mon 16, Mon 23, Fri 27, Mon 30
--   Dec 2026: Tue 1, Thu 3, Mon 7, Tue 8, Mon 14, Fri 18, Mon 21, Tue 22, Wed 23,
--             Thu 24, Fri 25, Sat 26, Sun 27, Mon 28, Tue 29, Wed 30, Thu 31
--   Jan 2027: Fri 1, Sat 2, Sun 3, Mon 4, Tue 5, Wed 6, Thu 7, Thu 14, Fri 15, Sun 31
--   Feb 2027: Sun 14, Sun 28          Mar 2027: Mon 1, Sat 6, Sun 7, Mon 8, Wed 17,
--             Sat 20, Thu 25, Fri 26, Mon 29, Tue 30, Wed 31
--   Apr 2027: Tue 6, Wed 7, Thu 8, Wed 14, Thu 29, Fri 30
--   May 2027: Thu 13, Sun 30          Sep 2027: Mon 6, Tue 7, Wed 8
--   Oct 2027: Wed 6, Thu 7            Nov 2027: Mon 15, Tue 30
--   Jan 2028: Mon 31                  Feb 2028: Tue 29 (leap)
--   Feb 2024: Thu 29 (leap); Feb 2025: Fri 28; Feb 2029: Wed 28 (not leap)
--
-- Bank holidays used (as GOV.UK lists them; observed days):
--   2026 all three: Good Friday 3 Apr, Christmas Fri 25 Dec, Boxing Day
--     substitute Mon 28 Dec (26 Dec is a Saturday)
--   2026 E&W and NI: Easter Monday 6 Apr, Summer Mon 31 Aug
--   2026 Scotland: Summer Mon 3 Aug, World Cup Mon 15 Jun, St Andrew's Mon 30 Nov
--   2026 NI: Boyne 12 Jul is a Sunday, observed Mon 13 Jul
--   2027 all three: New Year Fri 1 Jan, Good Friday 26 Mar (Easter Sunday 28 Mar)
--   2027 E&W and NI: Easter Monday 29 Mar (none in Scotland)
--   2027 Scotland: Mon 4 Jan (1 Jan on a Friday: observed 1 and 4 Jan)
--   2027 NI: St Patrick's Day Wed 17 Mar
--   No bank holiday in any calendar in June 2026 outside Scotland, in
--   September to mid November 2026, or in early March 2027 outside NI.
--
-- Clock changes (Europe/London): BST from Sun 29 Mar 2026 01:00 UTC to Sun 25
-- Oct 2026 01:00 UTC; London midnight during BST is 23:00 UTC the day before.
-- The session time zone is UTC, so every timestamptz literal and result is UTC.

BEGIN;
SELECT plan(171);
SET LOCAL timezone = 'UTC';
-- as a report writer's session: the extension's operators (=, +) are found by name
SET LOCAL search_path = public, supervision;

-------------------------------------------------------------------------------
-- 1. Months: date + N months, clamped to the month's end; never moved off a
--    weekend or bank holiday
-------------------------------------------------------------------------------

SELECT is(supervision.due_date(date '2026-01-31', '1 month'::supervision.timescale), date '2026-02-28',
    'SLO-P1: monthly personal supervision last held Sat 31 Jan 2026 is due by 28 Feb 2026 (no 31 Feb; 2026 is not a leap year, so clamped to the 28th)');
SELECT is(supervision.due_date(date '2028-01-31', '1 month'::supervision.timescale), date '2028-02-29',
    'BUR-P1: monthly one-to-one last held Mon 31 Jan 2028 is due by Tue 29 Feb 2028 (2028 is a leap year, so clamped to the 29th)');
SELECT is(supervision.due_date(date '2026-08-31', '1 month'::supervision.timescale), date '2026-09-30',
    'SLO-P1: monthly from Mon 31 Aug 2026 is due by Wed 30 Sep 2026 (September has 30 days: clamped)');
SELECT is(supervision.due_date(date '2026-09-15', 'MONTHLY'::supervision.timescale), date '2026-10-15',
    'SLO-P1: ''MONTHLY'' (input is case-insensitive) from Tue 15 Sep 2026 is due by Thu 15 Oct 2026, the same day of the next month');
SELECT is(supervision.due_date(date '2026-10-15', 'monthly'::supervision.timescale), date '2026-11-15',
    'BUR-P1: monthly from Thu 15 Oct 2026 is due by Sun 15 Nov 2026: a calendar-unit due date is not moved off a weekend');
SELECT is(supervision.due_date(date '2026-11-25', 'monthly'::supervision.timescale), date '2026-12-25',
    'SLO-P1: monthly from Wed 25 Nov 2026 is due by Fri 25 Dec 2026: not moved off Christmas Day, only working days use the calendar');
SELECT is(supervision.due_date(date '2026-12-04', '1 month'::supervision.timescale, 'scotland'), date '2027-01-04',
    'BUR-P1: 1 month from Fri 4 Dec 2026 is Mon 4 Jan 2027 even in the scotland calendar, where 4 Jan is a bank holiday: months ignore the calendar');
SELECT is(supervision.due_date(date '2026-12-07', '1 month'::supervision.timescale), date '2027-01-07',
    'GLO-P1: the monthly target from Mon 7 Dec 2026 is Thu 7 Jan 2027 (the 25 WD limit from the same day is 14 Jan, tested below)');

SELECT is(supervision.due_date(date '2026-07-17', 'bi-monthly'::supervision.timescale), date '2026-09-17',
    'SLO-C1: bi-monthly means every 2 months, not twice a month: case discussed Fri 17 Jul 2026 is next due Thu 17 Sep 2026');
SELECT is(supervision.due_date(date '2026-12-31', 'bi-monthly'::supervision.timescale), date '2027-02-28',
    'SLO-C1: bi-monthly from Thu 31 Dec 2026 is due by Sun 28 Feb 2027 (31 Feb clamped to the 28th, not moved off the Sunday)');

SELECT is(supervision.due_date(date '2026-09-07', 'quarterly'::supervision.timescale), date '2026-12-07',
    'LEE-C1: a child''s case discussed Mon 7 Sep 2026 is next due, quarterly, by Mon 7 Dec 2026');
SELECT is(supervision.due_date(date '2026-11-30', '3 months'::supervision.timescale), date '2027-02-28',
    'LEE-C1: 3 months from Mon 30 Nov 2026 is Sun 28 Feb 2027 (30 Feb clamped to the end of February 2027)');
SELECT is(supervision.due_date(date '2027-11-30', 'quarterly'::supervision.timescale), date '2028-02-29',
    'LEE-C2: quarterly from Tue 30 Nov 2027 is Tue 29 Feb 2028 (clamped to the 29th in the leap year 2028)');
SELECT is(supervision.due_date(date '2026-05-31', '3 monthly'::supervision.timescale), date '2026-08-31',
    'BUR-C2: a settled case discussed Sun 31 May 2026 is due ''3 monthly'' by Mon 31 Aug 2026, the E&W Summer bank holiday, not moved');

SELECT is(supervision.due_date(date '2026-08-31', '6 months'::supervision.timescale), date '2027-02-28',
    'BUR-C3: a Children''s Disability case discussed Mon 31 Aug 2026 is due within 6 months by Sun 28 Feb 2027 (31 Feb clamped)');
SELECT is(supervision.due_date(date '2026-03-31', '3 months'::supervision.timescale), date '2026-06-30',
    'BUR-C4: the target for a case reviewed Tue 31 Mar 2026 is 3 months, Tue 30 Jun 2026 (June has 30 days: clamped)');
SELECT is(supervision.due_date(date '2026-03-31', '6 months'::supervision.timescale), date '2026-09-30',
    'BUR-C4: the hard limit for the same review is 6 months, Wed 30 Sep 2026 (clamped)');
SELECT is(supervision.due_date(date '2027-08-31', '6-monthly'::supervision.timescale), date '2028-02-29',
    'SLO-X3: the development plan reviewed Tue 31 Aug 2027 is due again ''6-monthly'' by Tue 29 Feb 2028 (clamped; 2028 is leap)');

SELECT is(supervision.due_date(date '2024-02-29', '1 year'::supervision.timescale), date '2025-02-28',
    'SLO-X3: an appraisal held Thu 29 Feb 2024 is due yearly by Fri 28 Feb 2025 (1 year = 12 months; no 29 Feb in 2025: clamped)');
SELECT is(supervision.due_date(date '2024-02-29', '12 months'::supervision.timescale), date '2025-02-28',
    'SLO-X2: an agreement reviewed Thu 29 Feb 2024 is reviewed again within 12 months, by Fri 28 Feb 2025 (clamped)');
SELECT is(supervision.due_date(date '2026-09-07', 'annually'::supervision.timescale), date '2027-09-07',
    'BUR-E1: an employee review on Mon 7 Sep 2026 is due annually (12 months) by Tue 7 Sep 2027');
SELECT is(supervision.due_date(date '2028-02-29', 'yearly'::supervision.timescale), date '2029-02-28',
    'LEE-X1: an agreement updated Tue 29 Feb 2028 is due yearly by Wed 28 Feb 2029 (2029 is not leap: clamped)');
SELECT is(supervision.due_date(date '2024-02-29', '72 months'::supervision.timescale), date '2030-02-28',
    'LEE-R2: files of staff who left Thu 29 Feb 2024 are kept 6 years (72 months), to Thu 28 Feb 2030 (clamped)');

SELECT is(date '2026-01-31' OPERATOR(supervision.+) '1 month'::supervision.timescale, date '2026-02-28',
    'SLO-P1: the operator date + timescale gives due_date: 31 Jan 2026 + 1 month = 28 Feb 2026 (clamped)');
SELECT is(date '2028-01-31' OPERATOR(supervision.+) 'monthly'::supervision.timescale, date '2028-02-29',
    'BUR-P1: date + ''monthly'': 31 Jan 2028 + 1 month = 29 Feb 2028 (leap year)');

-------------------------------------------------------------------------------
-- 2. Calendar months: by the LAST day of the N-th calendar month after the
--    month of the last occurrence
-------------------------------------------------------------------------------

SELECT is(supervision.due_date(date '2026-12-03', '1 calendar month'::supervision.timescale), date '2027-01-31',
    'ISL-P1: supervision on Thu 3 Dec 2026, once in every calendar month: the next is due by the end of January, Sun 31 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-03', '1 month'::supervision.timescale), date '2027-01-03',
    'SLO-P1: contrast with ISL-P1 from the same Thu 3 Dec 2026: plain monthly is due by Sun 3 Jan 2027, four weeks earlier');
SELECT is(supervision.due_date(date '2026-12-31', 'calendar month'::supervision.timescale), date '2027-01-31',
    'ISL-P1: ''calendar month'' from Thu 31 Dec 2026: by the end of January, Sun 31 Jan 2027');
SELECT is(supervision.due_date(date '2027-01-01', 'every calendar month'::supervision.timescale), date '2027-02-28',
    'ISL-C1: a case discussed Fri 1 Jan 2027 is discussed again in February''s supervision: by Sun 28 Feb 2027');
SELECT is(supervision.due_date(date '2027-01-15', 'Every Calendar Month'::supervision.timescale), date '2027-02-28',
    'ISL-P2: a deputy supervised Fri 15 Jan 2027, every calendar month: by the end of February, Sun 28 Feb 2027 (input case-insensitive)');
SELECT is(supervision.due_date(date '2027-01-15', '1 month'::supervision.timescale), date '2027-02-15',
    'SLO-P1: contrast with ISL-P2 from the same Fri 15 Jan 2027: plain monthly is due by Mon 15 Feb 2027');
SELECT is(supervision.due_date(date '2028-01-31', '1 calendar month'::supervision.timescale), date '2028-02-29',
    'ISL-P1: from Mon 31 Jan 2028, 1 calendar month: by the end of February 2028, Tue 29 Feb (leap year)');
SELECT is(supervision.due_date(date '2026-11-30', '1 calendar month'::supervision.timescale, 'scotland'), date '2026-12-31',
    'ISL-P1: from Mon 30 Nov 2026 (St Andrew''s Day in Scotland), 1 calendar month: Thu 31 Dec 2026; the calendar plays no part');
SELECT is(supervision.due_date(date '2026-12-01', '2 calendar months'::supervision.timescale), date '2027-02-28',
    'ISL-P1: 2 calendar months from Tue 1 Dec 2026: the second calendar month after December is February, last day Sun 28 Feb 2027');
SELECT is(supervision.due_date(date '2027-11-15', '3 calendar months'::supervision.timescale), date '2028-02-29',
    'ISL-P1: 3 calendar months from Mon 15 Nov 2027: Dec, Jan, Feb, so by Tue 29 Feb 2028 (leap)');
SELECT is(date '2026-12-15' OPERATOR(supervision.+) 'calendar month'::supervision.timescale, date '2027-01-31',
    'ISL-P1: the operator: 15 Dec 2026 + 1 calendar month = 31 Jan 2027');

-------------------------------------------------------------------------------
-- 3. Working days: add_working_days in the calendar given (default E&W)
-------------------------------------------------------------------------------

-- GLO-P1: never more than 25 WD between sessions
SELECT is(supervision.due_date(date '2026-06-01', '25 working days'::supervision.timescale, 'england-and-wales'), date '2026-07-06',
    'GLO-P1: 25 WD from Mon 1 Jun 2026 in E&W: 2-5 Jun (4), 8-12 (9), 15-19 (14), 22-26 (19), 29-30 (21), 1-3 Jul (24), Mon 6 Jul (25)');
SELECT is(supervision.due_date(date '2026-06-01', '25 working days'::supervision.timescale, 'scotland'), date '2026-07-07',
    'GLO-P1: 25 WD from Mon 1 Jun 2026 in Scotland is one day later, Tue 7 Jul: Mon 15 Jun 2026 is the World Cup bank holiday');
SELECT is(supervision.due_date(date '2026-06-22', '25 working days'::supervision.timescale, 'england-and-wales'), date '2026-07-27',
    'GLO-P1: 25 WD from Mon 22 Jun 2026 in E&W: 23-26 Jun (4), 29-30 (6), 1-3 Jul (9), 6-10 (14), 13-17 (19), 20-24 (24), Mon 27 Jul (25)');
SELECT is(supervision.due_date(date '2026-06-22', '25 working days'::supervision.timescale, 'northern-ireland'), date '2026-07-28',
    'GLO-P1: 25 WD from Mon 22 Jun 2026 in NI is Tue 28 Jul: the Boyne (Sun 12 Jul) is observed Mon 13 Jul');
SELECT is(supervision.due_date(date '2026-12-07', '25 working days'::supervision.timescale, 'england-and-wales'), date '2027-01-14',
    'GLO-P1: 25 WD from Mon 7 Dec 2026 in E&W, over Christmas: 8-11 Dec (4), 14-18 (9), 21-24 (13), 29-31 (16; 25, 28 Dec off), 4-8 Jan (21; 1 Jan off), 11-14 (25): Thu 14 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-07', '25 working days'::supervision.timescale), date '2027-01-14',
    'GLO-P1: the same with no calendar named uses the default, england-and-wales: Thu 14 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-07', '25 working days'::supervision.timescale, 'scotland'), date '2027-01-15',
    'GLO-P1: 25 WD from Mon 7 Dec 2026 in Scotland: as E&W but Mon 4 Jan 2027 is also a holiday, so Fri 15 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-07', '25 working days'::supervision.timescale, 'northern-ireland'), date '2027-01-14',
    'GLO-P1: 25 WD from Mon 7 Dec 2026 in NI: same holidays as E&W over Christmas and New Year, Thu 14 Jan 2027');
SELECT is(supervision.due_date(date '2027-03-01', '25 working days'::supervision.timescale, 'england-and-wales'), date '2027-04-07',
    'GLO-P1: 25 WD from Mon 1 Mar 2027 in E&W, over Easter: 2-5 Mar (4), 8-12 (9), 15-19 (14), 22-25 (18), 30-31 (20; Good Fri 26, Easter Mon 29 off), 1-2 Apr (22), 5-7 (25): Wed 7 Apr 2027');
SELECT is(supervision.due_date(date '2027-03-01', '25 working days'::supervision.timescale, 'scotland'), date '2027-04-06',
    'GLO-P1: 25 WD from Mon 1 Mar 2027 in Scotland: no Easter Monday, so 29-31 Mar (21), 1-2 Apr (23), 5-6 (25): Tue 6 Apr 2027');
SELECT is(supervision.due_date(date '2027-03-01', '25 working days'::supervision.timescale, 'northern-ireland'), date '2027-04-08',
    'GLO-P1: 25 WD from Mon 1 Mar 2027 in NI: Wed 17 Mar (St Patrick''s Day) off as well as Good Friday and Easter Monday: Thu 8 Apr 2027');

-- SLO-R1 / ISL-R1: record within 5 WD, from 22, 23 and 24 December 2026
SELECT is(supervision.due_date(date '2026-12-22', '5 working days'::supervision.timescale, 'england-and-wales'), date '2026-12-31',
    'SLO-R1: 5 WD from Tue 22 Dec 2026 in E&W: 23, 24, (25 Fri Christmas, weekend, 28 Mon Boxing Day substitute), 29, 30, 31: Thu 31 Dec 2026');
SELECT is(supervision.due_date(date '2026-12-22', '5 working days'::supervision.timescale, 'scotland'), date '2026-12-31',
    'SLO-R1: 5 WD from Tue 22 Dec 2026 in Scotland: 23, 24, 29, 30, 31: Thu 31 Dec 2026 (the New Year holidays are not reached)');
SELECT is(supervision.due_date(date '2026-12-22', '5 working days'::supervision.timescale, 'northern-ireland'), date '2026-12-31',
    'SLO-R1: 5 WD from Tue 22 Dec 2026 in NI: 23, 24, 29, 30, 31: Thu 31 Dec 2026');
SELECT is(supervision.due_date(date '2026-12-23', '5 working days'::supervision.timescale, 'england-and-wales'), date '2027-01-04',
    'ISL-R1: 5 WD from Wed 23 Dec 2026 in E&W: 24, 29, 30, 31 Dec, (1 Jan Fri New Year, weekend), Mon 4 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-23', '5 working days'::supervision.timescale, 'scotland'), date '2027-01-05',
    'ISL-R1: 5 WD from Wed 23 Dec 2026 in Scotland: 24, 29, 30, 31 Dec, then Mon 4 Jan is Scotland''s 2 January substitute: Tue 5 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-23', '5 working days'::supervision.timescale, 'northern-ireland'), date '2027-01-04',
    'ISL-R1: 5 WD from Wed 23 Dec 2026 in NI: 24, 29, 30, 31 Dec, Mon 4 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-24', '5 working days'::supervision.timescale, 'england-and-wales'), date '2027-01-05',
    'SLO-R1: 5 WD from Thu 24 Dec 2026 in E&W: 29, 30, 31 Dec, 4, 5 Jan: Tue 5 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-24', '5 working days'::supervision.timescale, 'scotland'), date '2027-01-06',
    'SLO-R1: 5 WD from Thu 24 Dec 2026 in Scotland: 29, 30, 31 Dec, (4 Jan off) 5, 6 Jan: Wed 6 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-24', '5 working days'::supervision.timescale, 'northern-ireland'), date '2027-01-05',
    'SLO-R1: 5 WD from Thu 24 Dec 2026 in NI: 29, 30, 31 Dec, 4, 5 Jan: Tue 5 Jan 2027');

-- the '5 WD' input form
SELECT is(supervision.due_date(date '2026-12-23', '5 WD'::supervision.timescale, 'scotland'), date '2027-01-05',
    'ISL-R1: ''5 WD'' is 5 working days: from Wed 23 Dec 2026 in Scotland, Tue 5 Jan 2027, as with ''5 working days''');
SELECT is(supervision.due_date(date '2026-12-24', '5 wd'::supervision.timescale), date '2027-01-05',
    'SLO-R1: ''5 wd'' (case-insensitive) from Thu 24 Dec 2026, default calendar E&W: Tue 5 Jan 2027, as with ''5 working days''');
SELECT is(supervision.due_date(date '2026-12-23', '5 Working Days'::supervision.timescale, 'northern-ireland'), date '2027-01-04',
    'SLO-R1: ''5 Working Days'' (case-insensitive) from Wed 23 Dec 2026 in NI: Mon 4 Jan 2027');
SELECT is(date '2026-12-23' OPERATOR(supervision.+) '5 working days'::supervision.timescale, date '2027-01-04',
    'SLO-R1: the operator uses the default calendar, E&W: 23 Dec 2026 + 5 WD = Mon 4 Jan 2027 (Scotland would give 5 Jan)');

-- GLO-R1: notes on the record within 1 WD
SELECT is(supervision.due_date(date '2026-11-06', '1 working day'::supervision.timescale), date '2026-11-09',
    'GLO-R1: 1 WD from Fri 6 Nov 2026 skips the weekend: Mon 9 Nov 2026');
SELECT is(supervision.due_date(date '2026-11-07', '1 working day'::supervision.timescale), date '2026-11-09',
    'GLO-R1: 1 WD from Sat 7 Nov 2026 (the day itself never counts): Mon 9 Nov 2026');
SELECT is(supervision.due_date(date '2027-03-25', '1 working day'::supervision.timescale, 'england-and-wales'), date '2027-03-30',
    'GLO-R1: 1 WD from Thu 25 Mar 2027 in E&W: Good Friday 26, weekend, Easter Monday 29: Tue 30 Mar 2027');
SELECT is(supervision.due_date(date '2027-03-25', '1 working day'::supervision.timescale, 'scotland'), date '2027-03-29',
    'GLO-R1: 1 WD from Thu 25 Mar 2027 in Scotland: Good Friday off, but no Easter Monday holiday: Mon 29 Mar 2027');
SELECT is(supervision.due_date(date '2027-03-25', '1 working day'::supervision.timescale, 'northern-ireland'), date '2027-03-30',
    'GLO-R1: 1 WD from Thu 25 Mar 2027 in NI: Good Friday and Easter Monday off: Tue 30 Mar 2027');
SELECT is(supervision.due_date(date '2026-08-28', '1 working day'::supervision.timescale, 'england-and-wales'), date '2026-09-01',
    'GLO-R1: 1 WD from Fri 28 Aug 2026 in E&W: weekend, then Mon 31 Aug is the Summer bank holiday: Tue 1 Sep 2026');
SELECT is(supervision.due_date(date '2026-08-28', '1 working day'::supervision.timescale, 'scotland'), date '2026-08-31',
    'GLO-R1: 1 WD from Fri 28 Aug 2026 in Scotland: Scotland''s Summer holiday was Mon 3 Aug, so Mon 31 Aug 2026 is a working day');
SELECT is(supervision.due_date(date '2026-08-28', '1 working day'::supervision.timescale, 'northern-ireland'), date '2026-09-01',
    'GLO-R1: 1 WD from Fri 28 Aug 2026 in NI: Summer bank holiday Mon 31 Aug as in E&W: Tue 1 Sep 2026');
SELECT is(supervision.due_date(date '2026-07-31', '1 working day'::supervision.timescale, 'scotland'), date '2026-08-04',
    'GLO-R1: 1 WD from Fri 31 Jul 2026 in Scotland: Mon 3 Aug is Scotland''s Summer bank holiday: Tue 4 Aug 2026');
SELECT is(supervision.due_date(date '2026-07-31', '1 working day'::supervision.timescale, 'england-and-wales'), date '2026-08-03',
    'GLO-R1: 1 WD from Fri 31 Jul 2026 in E&W: Mon 3 Aug 2026 (E&W''s Summer holiday is the last Monday)');
SELECT is(supervision.due_date(date '2026-11-27', '1 working day'::supervision.timescale, 'scotland'), date '2026-12-01',
    'GLO-R1: 1 WD from Fri 27 Nov 2026 in Scotland: St Andrew''s Day Mon 30 Nov is a holiday: Tue 1 Dec 2026');
SELECT is(supervision.due_date(date '2026-11-27', '1 working day'::supervision.timescale, 'england-and-wales'), date '2026-11-30',
    'GLO-R1: 1 WD from Fri 27 Nov 2026 in E&W: Mon 30 Nov 2026 (no St Andrew''s Day holiday)');

-- LEE-R1: record to the supervisee within 10 WD; the supervisee answers within 5 WD
SELECT is(supervision.due_date(date '2026-11-02', '10 working days'::supervision.timescale), date '2026-11-16',
    'LEE-R1: 10 WD from Mon 2 Nov 2026 (E&W): 3-6 Nov (4), 9-13 (9), Mon 16 Nov (10)');
SELECT is(supervision.due_date(date '2026-11-23', '10 working days'::supervision.timescale, 'england-and-wales'), date '2026-12-07',
    'LEE-R1: 10 WD from Mon 23 Nov 2026 in E&W: 24-27 Nov (4), 30 Nov (5), 1-4 Dec (9), Mon 7 Dec (10)');
SELECT is(supervision.due_date(date '2026-11-23', '10 working days'::supervision.timescale, 'scotland'), date '2026-12-08',
    'LEE-R1: 10 WD from Mon 23 Nov 2026 in Scotland: St Andrew''s Day Mon 30 Nov off, so Tue 8 Dec 2026');
SELECT is(supervision.due_date(date '2026-12-07', '5 working days'::supervision.timescale), date '2026-12-14',
    'LEE-R1: the supervisee has 5 WD from receiving the record on Mon 7 Dec 2026: 8, 9, 10, 11, 14 Dec: Mon 14 Dec 2026');
SELECT is(supervision.due_date(date '2026-12-18', '10 working days'::supervision.timescale, 'england-and-wales'), date '2027-01-06',
    'LEE-R1: 10 WD from Fri 18 Dec 2026 in E&W: 21-24 Dec (4), 29-31 (7), 4-6 Jan (10): Wed 6 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-18', '10 working days'::supervision.timescale, 'scotland'), date '2027-01-07',
    'LEE-R1: 10 WD from Fri 18 Dec 2026 in Scotland: 21-24 Dec (4), 29-31 (7), 5-7 Jan (10; 4 Jan off): Thu 7 Jan 2027');

-------------------------------------------------------------------------------
-- 4. Days and weeks: plain date arithmetic
-------------------------------------------------------------------------------

SELECT is(supervision.due_date(date '2026-12-23', '10 days'::supervision.timescale), date '2027-01-02',
    '10 days (calendar days) from Wed 23 Dec 2026: Sat 2 Jan 2027, counting holidays and weekends, not moved');
SELECT is(supervision.due_date(date '2026-09-07', 'weekly'::supervision.timescale), date '2026-09-14',
    'SLO-A1: weekly from Mon 7 Sep 2026: Mon 14 Sep 2026 (7 days)');
SELECT is(supervision.due_date(date '2026-09-07', '6 weeks'::supervision.timescale), date '2026-10-19',
    'SLO-A1: 6 weeks (42 days) from Mon 7 Sep 2026: Mon 19 Oct 2026');
SELECT is(supervision.due_date(date '2026-12-23', 'fortnightly'::supervision.timescale), date '2027-01-06',
    'LEE-P3: fortnightly (14 days) from Wed 23 Dec 2026: Wed 6 Jan 2027');
SELECT is(supervision.due_date(date '2026-12-18', '4-weekly'::supervision.timescale), date '2027-01-15',
    'GLO-P4: an IRO supervised Fri 18 Dec 2026, every 4 weeks (28 days): Fri 15 Jan 2027');
SELECT is(supervision.due_date(date '2026-01-29', '4-weekly'::supervision.timescale), date '2026-02-26',
    'GLO-P4: every 4 weeks from Thu 29 Jan 2026: Thu 26 Feb 2026 (28 days, not a month)');
SELECT is(supervision.due_date(date '2026-12-07', '4-weekly'::supervision.timescale, 'scotland'), date '2027-01-04',
    'GLO-P4: 4 weeks from Mon 7 Dec 2026 in the scotland calendar: Mon 4 Jan 2027, a Scottish bank holiday, not moved');
SELECT is(supervision.due_date(date '2026-12-24', '1 week'::supervision.timescale), date '2026-12-31',
    'BUR-R1: the record of a session on Thu 24 Dec 2026 is returned within one week: Thu 31 Dec 2026');
SELECT is(supervision.due_date(date '2026-12-18', '1 week'::supervision.timescale), date '2026-12-25',
    'BUR-R1: within one week of Fri 18 Dec 2026: Fri 25 Dec 2026, not moved off Christmas Day');

-------------------------------------------------------------------------------
-- 5. Hours in due_date: from + ceil(N / 24) days
-------------------------------------------------------------------------------

SELECT is(supervision.due_date(date '2026-11-06', '24 hours'::supervision.timescale), date '2026-11-07',
    'ISL-R1: 24 hours from Fri 6 Nov 2026 as a date: the next day, Sat 7 Nov 2026 (not moved off the weekend)');
SELECT is(supervision.due_date(date '2027-02-28', '24 hours'::supervision.timescale), date '2027-03-01',
    'ISL-R1: 24 hours from Sun 28 Feb 2027: the next day, Mon 1 Mar 2027');
SELECT is(supervision.due_date(date '2026-12-31', '1 hour'::supervision.timescale), date '2027-01-01',
    '1 hour from Thu 31 Dec 2026 as a date: ceil(1/24) = 1 day, Fri 1 Jan 2027 (a holiday, not moved)');
SELECT is(supervision.due_date(date '2026-12-24', '48 hours'::supervision.timescale), date '2026-12-26',
    '48 hours from Thu 24 Dec 2026 as a date: 2 days, Sat 26 Dec 2026');
SELECT is(supervision.due_date(date '2026-03-28', '36 hours'::supervision.timescale), date '2026-03-30',
    '36 hours from Sat 28 Mar 2026 as a date: ceil(36/24) = 2 days, Mon 30 Mar 2026');

-------------------------------------------------------------------------------
-- 6. Deadlines: the first instant that is late
-------------------------------------------------------------------------------

-- the example in the README (Timescales)
SELECT is(supervision.deadline(timestamptz '2026-11-02 10:00:00+00', '5 working days'::supervision.timescale), timestamptz '2026-11-10 00:00:00+00',
    'ISL-R1: discussion 10:00 Mon 2 Nov 2026 (GMT), within 5 WD: due Mon 9 Nov (3-6, 9 Nov), late from 00:00 Tue 10 Nov London = 00:00 UTC');
SELECT is(supervision.deadline(timestamptz '2026-11-02 10:00:00+00', '5 working days'::supervision.timescale, 'england-and-wales'), timestamptz '2026-11-10 00:00:00+00',
    'ISL-R1: the same with the calendar named: late from 2026-11-10 00:00 UTC');
SELECT is(supervision.deadline(timestamptz '2026-11-02 10:00:00+00', '5 working days'::supervision.timescale, 'scotland'), timestamptz '2026-11-10 00:00:00+00',
    'ISL-R1: the same in Scotland (no holiday 3-9 Nov; St Andrew''s is 30 Nov): late from 2026-11-10 00:00 UTC');

-- hours are exact
SELECT is(supervision.deadline(timestamptz '2026-11-02 10:00:00+00', '24 hours'::supervision.timescale), timestamptz '2026-11-03 10:00:00+00',
    'ISL-R1: a significant decision at 10:00 Mon 2 Nov 2026 (GMT), within 24 hours: late from 10:00 Tue 3 Nov exactly');
SELECT is(supervision.deadline(timestamptz '2026-07-01 09:30:00+00', '24 hours'::supervision.timescale), timestamptz '2026-07-02 09:30:00+00',
    'ISL-R1: an urgent matter at 10:30 BST Wed 1 Jul 2026 (09:30 UTC), within 24 hours: late from 09:30 UTC Thu 2 Jul, exactly 24 h');
SELECT is(supervision.deadline(timestamptz '2026-12-23 16:00:00+00', '24 hours'::supervision.timescale), timestamptz '2026-12-24 16:00:00+00',
    'ISL-R1: 24 hours from 16:00 Wed 23 Dec 2026 ends 16:00 Thu 24 Dec: hours ignore holidays and the calendar');
SELECT is(supervision.deadline(timestamptz '2026-03-28 12:00:00+00', '24 hours'::supervision.timescale), timestamptz '2026-03-29 12:00:00+00',
    'ISL-R1: 24 hours from 12:00 GMT Sat 28 Mar 2026 across the spring-forward (01:00 UTC Sun 29 Mar): 12:00 UTC = 13:00 BST Sun 29 Mar, not 12:00 BST');
SELECT is(supervision.deadline(timestamptz '2026-10-24 11:00:00+00', '24 hours'::supervision.timescale), timestamptz '2026-10-25 11:00:00+00',
    'ISL-R1: 24 hours from 12:00 BST Sat 24 Oct 2026 across the fall-back (01:00 UTC Sun 25 Oct): 11:00 GMT Sun 25 Oct, not 12:00 GMT');
SELECT is(supervision.deadline(timestamptz '2026-03-29 00:30:00+00', '1 hour'::supervision.timescale), timestamptz '2026-03-29 01:30:00+00',
    '1 hour from 00:30 GMT Sun 29 Mar 2026, across the clock change at 01:00 UTC: 01:30 UTC (02:30 BST), exactly one hour');

-- day-based units: local midnight after the due date, London time
SELECT is(supervision.deadline(timestamptz '2026-03-27 14:00:00+00', '1 working day'::supervision.timescale), timestamptz '2026-03-30 23:00:00+00',
    'GLO-R1: discussion 14:00 GMT Fri 27 Mar 2026, 1 WD: due Mon 30 Mar (Easter 2026 is 5 Apr), already BST, so late from 00:00 BST Tue 31 Mar = 23:00 UTC Mon 30 Mar');
SELECT is(supervision.deadline(timestamptz '2026-10-23 14:00:00+00', '1 working day'::supervision.timescale), timestamptz '2026-10-27 00:00:00+00',
    'GLO-R1: discussion 15:00 BST Fri 23 Oct 2026, 1 WD: due Mon 26 Oct, back on GMT, so late from 00:00 Tue 27 Oct = 00:00 UTC');
SELECT is(supervision.deadline(timestamptz '2026-06-30 23:30:00+00', '1 working day'::supervision.timescale), timestamptz '2026-07-02 23:00:00+00',
    'GLO-R1: 23:30 UTC Tue 30 Jun 2026 is 00:30 BST Wed 1 Jul in London: counts from 1 Jul, due Thu 2 Jul, late from 00:00 BST Fri 3 Jul = 23:00 UTC Thu 2 Jul');
SELECT is(supervision.deadline(timestamptz '2026-06-30 22:59:59+00', '1 working day'::supervision.timescale), timestamptz '2026-07-01 23:00:00+00',
    'GLO-R1: 23:59:59 BST Tue 30 Jun 2026 is still 30 Jun in London: due Wed 1 Jul, late from 00:00 BST Thu 2 Jul = 23:00 UTC Wed 1 Jul');
SELECT is(supervision.deadline(timestamptz '2026-12-24 23:59:59+00', '1 working day'::supervision.timescale), timestamptz '2026-12-30 00:00:00+00',
    'GLO-R1: 23:59:59 GMT Thu 24 Dec 2026 (London date 24 Dec), 1 WD: 25 and 28 Dec off, due Tue 29 Dec, late from 00:00 Wed 30 Dec GMT');
SELECT is(supervision.deadline(timestamptz '2026-10-24 23:30:00+00', '1 working day'::supervision.timescale), timestamptz '2026-10-27 00:00:00+00',
    'GLO-R1: 23:30 UTC Sat 24 Oct 2026 is 00:30 BST Sun 25 Oct in London: 1 WD from Sun 25 Oct is Mon 26 Oct, late from 00:00 GMT Tue 27 Oct');
SELECT is(supervision.deadline(timestamptz '2026-07-31 15:00:00+00', '1 working day'::supervision.timescale, 'scotland'), timestamptz '2026-08-04 23:00:00+00',
    'GLO-R1: 16:00 BST Fri 31 Jul 2026 in Scotland, 1 WD: Mon 3 Aug is Scotland''s Summer holiday, due Tue 4 Aug, late from 00:00 BST Wed 5 Aug = 23:00 UTC 4 Aug');

SELECT is(supervision.deadline(timestamptz '2026-12-23 16:00:00+00', '5 working days'::supervision.timescale, 'england-and-wales'), timestamptz '2027-01-05 00:00:00+00',
    'SLO-R1: supervision at 16:00 Wed 23 Dec 2026 in E&W: 5 WD due Mon 4 Jan 2027, late from 00:00 GMT Tue 5 Jan');
SELECT is(supervision.deadline(timestamptz '2026-12-23 16:00:00+00', '5 working days'::supervision.timescale, 'scotland'), timestamptz '2027-01-06 00:00:00+00',
    'SLO-R1: supervision at 16:00 Wed 23 Dec 2026 in Scotland: 5 WD due Tue 5 Jan 2027 (4 Jan off), late from 00:00 GMT Wed 6 Jan');
SELECT is(supervision.deadline(timestamptz '2026-12-23 16:00:00+00', '5 working days'::supervision.timescale, 'northern-ireland'), timestamptz '2027-01-05 00:00:00+00',
    'SLO-R1: supervision at 16:00 Wed 23 Dec 2026 in NI: 5 WD due Mon 4 Jan 2027, late from 00:00 GMT Tue 5 Jan');

SELECT is(supervision.deadline(timestamptz '2026-09-15 10:00:00+00', 'monthly'::supervision.timescale), timestamptz '2026-10-15 23:00:00+00',
    'SLO-P1: supervision 11:00 BST Tue 15 Sep 2026, monthly: due Thu 15 Oct, late from 00:00 BST Fri 16 Oct = 23:00 UTC Thu 15 Oct');
SELECT is(supervision.deadline(timestamptz '2026-10-20 09:00:00+00', '1 calendar month'::supervision.timescale), timestamptz '2026-12-01 00:00:00+00',
    'ISL-P1: supervision 10:00 BST Tue 20 Oct 2026, every calendar month: due Mon 30 Nov, late from 00:00 GMT Tue 1 Dec');
SELECT is(supervision.deadline(timestamptz '2026-03-21 10:00:00+00', '1 week'::supervision.timescale), timestamptz '2026-03-29 00:00:00+00',
    'BUR-R1: session 10:00 GMT Sat 21 Mar 2026, within one week: due Sat 28 Mar, late from 00:00 Sun 29 Mar, still GMT (BST starts 01:00 UTC)');
SELECT is(supervision.deadline(timestamptz '2026-03-22 10:00:00+00', '1 week'::supervision.timescale), timestamptz '2026-03-29 23:00:00+00',
    'BUR-R1: session 10:00 GMT Sun 22 Mar 2026, within one week: due Sun 29 Mar, late from 00:00 BST Mon 30 Mar = 23:00 UTC Sun 29 Mar');
SELECT is(supervision.deadline(timestamptz '2026-10-17 10:00:00+00', '1 week'::supervision.timescale), timestamptz '2026-10-24 23:00:00+00',
    'BUR-R1: session 11:00 BST Sat 17 Oct 2026, within one week: due Sat 24 Oct, late from 00:00 BST Sun 25 Oct = 23:00 UTC Sat 24 Oct');
SELECT is(supervision.deadline(timestamptz '2026-10-18 10:00:00+00', '1 week'::supervision.timescale), timestamptz '2026-10-26 00:00:00+00',
    'BUR-R1: session 11:00 BST Sun 18 Oct 2026, within one week: due Sun 25 Oct, late from 00:00 GMT Mon 26 Oct');

-------------------------------------------------------------------------------
-- 7. Schedules
-------------------------------------------------------------------------------

-- SLO-A1, started Mon 7 Sep 2026.  Boundaries: 6 weeks = Mon 19 Oct 2026,
-- 6 months = Sun 7 Mar 2027, 12 months = Tue 7 Sep 2027 (the end).
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-09-06'),
    '1 week'::supervision.timescale,
    'SLO-A1: on Sun 6 Sep 2026, the day before the start, the first stage (weekly) applies');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-09-07'),
    '1 week'::supervision.timescale,
    'SLO-A1: on the start day Mon 7 Sep 2026: weekly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-10-18'),
    'weekly'::supervision.timescale,
    'SLO-A1: on Sun 18 Oct 2026, the last day of the first 6 weeks: weekly (''weekly'' equals ''1 week'')');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-10-19'),
    '2 weeks'::supervision.timescale,
    'SLO-A1: on Mon 19 Oct 2026 = start + 6 weeks: fortnightly from that day');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-10-20'),
    'fortnightly'::supervision.timescale,
    'SLO-A1: on Tue 20 Oct 2026: fortnightly (''fortnightly'' equals ''2 weeks'')');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-03-06'),
    '2 weeks'::supervision.timescale,
    'SLO-A1: on Sat 6 Mar 2027, the day before start + 6 months: still fortnightly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-03-07'),
    '1 month'::supervision.timescale,
    'SLO-A1: on Sun 7 Mar 2027 = start + 6 months: monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-03-08'),
    '1 month'::supervision.timescale,
    'SLO-A1: on Mon 8 Mar 2027: monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-09-06'),
    '1 month'::supervision.timescale,
    'SLO-A1: on Mon 6 Sep 2027, the last day of the ASYE year: monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-09-07'),
    NULL::supervision.timescale,
    'SLO-A1: on Tue 7 Sep 2027 = start + 12 months the ASYE schedule has ended: NULL');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-09-08'),
    NULL::supervision.timescale,
    'SLO-A1: on Wed 8 Sep 2027, after the end: NULL');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 1 year'::supervision.schedule, date '2026-09-07', date '2027-09-06'),
    '1 month'::supervision.timescale,
    'SLO-A1: written with ''until 1 year'' (= 12 months): on Mon 6 Sep 2027 still monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly until 1 year'::supervision.schedule, date '2026-09-07', date '2027-09-07'),
    NULL::supervision.timescale,
    'SLO-A1: written with ''until 1 year'': ended on Tue 7 Sep 2027, NULL');

SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', NULL::date),
    date '2026-09-14',
    'SLO-A1: no session held yet: the first stage from the start, Mon 7 Sep + 1 week = Mon 14 Sep 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-10-18'),
    date '2026-10-25',
    'SLO-A1: last held Sun 18 Oct 2026, the day before 6 weeks: weekly stage, due Sun 25 Oct 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2026-10-19'),
    date '2026-11-02',
    'SLO-A1: last held Mon 19 Oct 2026 = start + 6 weeks: fortnightly stage, due Mon 2 Nov 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-03-06'),
    date '2027-03-20',
    'SLO-A1: last held Sat 6 Mar 2027, the day before 6 months: fortnightly stage, due Sat 20 Mar 2027 (the stage of the day held decides)');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-03-07'),
    date '2027-04-07',
    'SLO-A1: last held Sun 7 Mar 2027 = start + 6 months: monthly stage, due Wed 7 Apr 2027');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-09-06'),
    date '2027-10-06',
    'SLO-A1: last held Mon 6 Sep 2027, the day before the end: still the monthly stage, due Wed 6 Oct 2027');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months'::supervision.schedule, date '2026-09-07', date '2027-09-07'),
    NULL::date,
    'SLO-A1: last held Tue 7 Sep 2027 = start + 12 months: the schedule has ended, nothing due (NULL)');

-- LEE-A1: the same stages, the last open-ended
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-09-06'),
    '1 week'::supervision.timescale,
    'LEE-A1: before the start (Sun 6 Sep 2026) the first stage applies: weekly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-10-18'),
    '1 week'::supervision.timescale,
    'LEE-A1: Sun 18 Oct 2026, the day before start + 6 weeks: weekly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-10-19'),
    '2 weeks'::supervision.timescale,
    'LEE-A1: Mon 19 Oct 2026 = start + 6 weeks: fortnightly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-03-06'),
    '2 weeks'::supervision.timescale,
    'LEE-A1: Sat 6 Mar 2027, the day before the 6-month review: fortnightly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-03-07'),
    '1 month'::supervision.timescale,
    'LEE-A1: Sun 7 Mar 2027 = start + 6 months: monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-09-07'),
    '1 month'::supervision.timescale,
    'LEE-A1: Tue 7 Sep 2027 = start + 12 months: the last stage is open-ended, still monthly');
SELECT is(supervision.stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2030-01-01'),
    '1 month'::supervision.timescale,
    'LEE-A1: Tue 1 Jan 2030, years after the start: open-ended, monthly');

SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', NULL::date),
    date '2026-09-14',
    'LEE-A1: none held yet: Mon 7 Sep 2026 + 1 week = Mon 14 Sep 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-10-18'),
    date '2026-10-25',
    'LEE-A1: last held Sun 18 Oct 2026 (weekly stage): due Sun 25 Oct 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-10-19'),
    date '2026-11-02',
    'LEE-A1: last held Mon 19 Oct 2026 (fortnightly from that day): due Mon 2 Nov 2026');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2026-12-21', 'scotland'),
    date '2027-01-04',
    'LEE-A1: last held Mon 21 Dec 2026 (fortnightly) in Scotland: due Mon 4 Jan 2027, a Scottish holiday, not moved (weeks ignore the calendar)');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-03-06'),
    date '2027-03-20',
    'LEE-A1: last held Sat 6 Mar 2027 (still fortnightly): due Sat 20 Mar 2027');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-03-07'),
    date '2027-04-07',
    'LEE-A1: last held Sun 7 Mar 2027 (monthly from the 6-month point): due Wed 7 Apr 2027');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-03-31'),
    date '2027-04-30',
    'LEE-A1: last held Wed 31 Mar 2027 (monthly): due Fri 30 Apr 2027 (31 Apr clamped)');
SELECT is(supervision.next_due('weekly until 6 weeks, fortnightly until 6 months, monthly'::supervision.schedule, date '2026-09-07', date '2027-09-07'),
    date '2027-10-07',
    'LEE-A1: last held Tue 7 Sep 2027: the open-ended monthly stage goes on, due Thu 7 Oct 2027');

-- LEE-P3, started Sun 31 Jan 2027: 3 months = 30 Apr 2027 (31 Apr clamped)
SELECT is(supervision.stage_at('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-02-28'),
    '2 weeks'::supervision.timescale,
    'LEE-P3: returned to work Sun 31 Jan 2027; on Sun 28 Feb 2027: every 2 weeks');
SELECT is(supervision.stage_at('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-04-29'),
    '2 weeks'::supervision.timescale,
    'LEE-P3: on Thu 29 Apr 2027, the day before start + 3 months (30 Apr, clamped from 31 Apr): every 2 weeks');
SELECT is(supervision.stage_at('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-04-30'),
    '1 month'::supervision.timescale,
    'LEE-P3: on Fri 30 Apr 2027 = 31 Jan + 3 months clamped: monthly (not from 1 May)');
SELECT is(supervision.next_due('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', NULL::date),
    date '2027-02-14',
    'LEE-P3: none held yet: Sun 31 Jan 2027 + 2 weeks = Sun 14 Feb 2027');
SELECT is(supervision.next_due('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-03-31'),
    date '2027-04-14',
    'LEE-P3: last held Wed 31 Mar 2027 (fortnightly): due Wed 14 Apr 2027');
SELECT is(supervision.next_due('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-04-29'),
    date '2027-05-13',
    'LEE-P3: last held Thu 29 Apr 2027, the day before the switch: fortnightly, due Thu 13 May 2027');
SELECT is(supervision.next_due('fortnightly until 3 months, monthly'::supervision.schedule, date '2027-01-31', date '2027-04-30'),
    date '2027-05-30',
    'LEE-P3: last held Fri 30 Apr 2027 = start + 3 months: monthly, due Sun 30 May 2027');

-- one-stage schedules from a timescale
SELECT is(supervision.next_due('monthly'::supervision.timescale::supervision.schedule, date '2026-09-07', date '2027-01-31'),
    date '2027-02-28',
    'SLO-P1: a one-stage schedule cast from ''monthly'', last held Sun 31 Jan 2027: due Sun 28 Feb 2027 (clamped)');
SELECT is(supervision.next_due('monthly'::supervision.timescale::supervision.schedule, date '2026-09-07', NULL::date),
    date '2026-10-07',
    'SLO-P1: one-stage monthly schedule, none held yet: Mon 7 Sep 2026 + 1 month = Wed 7 Oct 2026');
SELECT is(supervision.next_due('monthly'::supervision.timescale, date '2026-09-07', date '2030-06-15'),
    date '2030-07-15',
    'BUR-P1: a timescale passed where a schedule is expected (implicit cast): last held 15 Jun 2030, due 15 Jul 2030; a one-stage schedule never ends');
SELECT is(supervision.stage_at('monthly'::supervision.timescale::supervision.schedule, date '2026-09-07', date '2030-01-01'),
    '1 month'::supervision.timescale,
    'BUR-P1: a one-stage schedule from ''monthly'' is monthly on any day, here 1 Jan 2030');
SELECT is(supervision.next_due('every calendar month'::supervision.timescale::supervision.schedule, date '2026-12-03', NULL::date),
    date '2027-01-31',
    'ISL-P1: one-stage calendar-month schedule started Thu 3 Dec 2026, none held yet: by the end of January, Sun 31 Jan 2027');
SELECT is(supervision.next_due('25 working days'::supervision.timescale::supervision.schedule, date '2026-11-02', date '2026-12-07', 'scotland'),
    date '2027-01-15',
    'GLO-P1: the 25 WD limit as a one-stage schedule, last held Mon 7 Dec 2026, in Scotland: Fri 15 Jan 2027 (25, 28 Dec, 1 and 4 Jan off)');
SELECT is(supervision.next_due('25 working days'::supervision.timescale::supervision.schedule, date '2026-11-02', date '2026-12-07'),
    date '2027-01-14',
    'GLO-P1: the same with the default calendar (E&W): Thu 14 Jan 2027');

-------------------------------------------------------------------------------
-- 8. infinity passes through
-------------------------------------------------------------------------------

SELECT is(supervision.due_date(date 'infinity', '1 month'::supervision.timescale), date 'infinity',
    'infinity + 1 month is infinity');
SELECT is(supervision.due_date(date 'infinity', '5 working days'::supervision.timescale, 'scotland'), date 'infinity',
    'infinity + 5 working days is infinity');
SELECT is(supervision.due_date(date '-infinity', '1 calendar month'::supervision.timescale), date '-infinity',
    '-infinity + 1 calendar month is -infinity');
SELECT is(supervision.due_date(date '-infinity', '24 hours'::supervision.timescale), date '-infinity',
    '-infinity + 24 hours is -infinity');
SELECT is(date 'infinity' OPERATOR(supervision.+) '2 weeks'::supervision.timescale, date 'infinity',
    'the operator: infinity + 2 weeks is infinity');

SELECT * FROM finish();
ROLLBACK;
