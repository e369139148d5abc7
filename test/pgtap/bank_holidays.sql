-- Bank holiday calendars: supervision.bank_holidays and supervision.is_working_day.
--
-- Every expected date below was worked out by hand from
-- the Banking and Financial Dealings Act 1971 and the Royal Proclamations since, as GOV.UK lists the days (the regular rules, the substitute days and the
-- one-off changes) and the real weekday of each date.
--
-- One-off extra days (jubilees, royal weddings, funeral, coronation, millennium,
-- VE day 1995 in Scotland, World Cup) have names of the implementation's choosing:
-- where they appear in an expected list, the query replaces a non-empty name by
-- '(one-off)', so the test pins the date and that the name is not empty, never
-- the text. Holidays moved by proclamation keep their plain name and are pinned.

BEGIN;
SELECT plan(104);

-- ===========================================================================
-- 1. The one-off table, row by row
-- ===========================================================================

-- Mon 6 Jun 1977: E&W and NI Spring bank holiday moved from 30 May.
-- Tue 7 Jun 1977: Silver Jubilee, all three. No Early May anywhere but Scotland
-- before 1978; Scotland has no Spring bank holiday before 1978.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1977-06-07') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1977, 'england-and-wales')
      WHERE day BETWEEN '1977-05-01' AND '1977-06-30' ORDER BY day $$,
  $$ VALUES (date '1977-06-06', 'Spring bank holiday'),
            (date '1977-06-07', '(one-off)') $$,
  'E&W 1977 May-Jun: Spring bank holiday on Mon 6 Jun not 30 May, Silver Jubilee Tue 7 Jun (one-off table), no Early May before 1978 (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1977-06-07') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1977, 'northern-ireland')
      WHERE day BETWEEN '1977-05-01' AND '1977-06-30' ORDER BY day $$,
  $$ VALUES (date '1977-06-06', 'Spring bank holiday'),
            (date '1977-06-07', '(one-off)') $$,
  'NI 1977 May-Jun: Spring bank holiday on Mon 6 Jun not 30 May, Silver Jubilee Tue 7 Jun (one-off table), no Early May before 1978 (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1977-06-07') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1977, 'scotland')
      WHERE day BETWEEN '1977-05-01' AND '1977-06-30' ORDER BY day $$,
  $$ VALUES (date '1977-05-02', 'Early May bank holiday'),
            (date '1977-06-07', '(one-off)') $$,
  'Scotland 1977 May-Jun: Silver Jubilee Tue 7 Jun (one-off table), Early May Mon 2 May, no Spring bank holiday before 1978 (regular rules)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '1977-05-30', 'england-and-wales'),
        supervision.is_working_day(date '1977-05-30', 'scotland'),
        supervision.is_working_day(date '1977-05-30', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 1977: Mon 30 May is a working day in all three (one-off table: Spring moved from 30 May)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '1977-06-06', 'england-and-wales'),
        supervision.is_working_day(date '1977-06-06', 'scotland'),
        supervision.is_working_day(date '1977-06-06', 'northern-ireland')],
  ARRAY[false, true, false],
  'E&W/Scotland/NI 1977: Mon 6 Jun is a holiday in E&W and NI only (one-off table: the Spring move applies to E&W and NI)'
);

-- Wed 29 Jul 1981: royal wedding, all three.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1981-07-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1981, 'england-and-wales')
      WHERE day BETWEEN '1981-07-01' AND '1981-07-31' ORDER BY day $$,
  $$ VALUES (date '1981-07-29', '(one-off)') $$,
  'E&W 1981 July: royal wedding Wed 29 Jul (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1981-07-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1981, 'scotland')
      WHERE day BETWEEN '1981-07-01' AND '1981-07-31' ORDER BY day $$,
  $$ VALUES (date '1981-07-29', '(one-off)') $$,
  'Scotland 1981 July: royal wedding Wed 29 Jul (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1981-07-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1981, 'northern-ireland')
      WHERE day BETWEEN '1981-07-01' AND '1981-07-31' ORDER BY day $$,
  $$ VALUES (date '1981-07-13', 'Battle of the Boyne (Orangemen''s Day) (substitute day)'),
            (date '1981-07-29', '(one-off)') $$,
  'NI 1981 July: royal wedding Wed 29 Jul (one-off table); Boyne on Sun 12 Jul observed Mon 13 Jul (substitute rule)'
);

-- Mon 8 May 1995: E&W and NI Early May moved from 1 May; Scotland an extra day, 1 May kept.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1995, 'england-and-wales')
      WHERE day BETWEEN '1995-05-01' AND '1995-05-31' ORDER BY day $$,
  $$ VALUES (date '1995-05-08', 'Early May bank holiday (VE day)'),
            (date '1995-05-29', 'Spring bank holiday') $$,
  'E&W 1995 May: Early May moved from Mon 1 May to Mon 8 May, named as GOV.UK does: "Early May bank holiday (VE day)" (one-off table: VE Day 50)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1995, 'northern-ireland')
      WHERE day BETWEEN '1995-05-01' AND '1995-05-31' ORDER BY day $$,
  $$ VALUES (date '1995-05-08', 'Early May bank holiday (VE day)'),
            (date '1995-05-29', 'Spring bank holiday') $$,
  'NI 1995 May: Early May moved from Mon 1 May to Mon 8 May, named as GOV.UK does: "Early May bank holiday (VE day)" (one-off table: VE Day 50)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1995-05-08') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1995, 'scotland')
      WHERE day BETWEEN '1995-05-01' AND '1995-05-31' ORDER BY day $$,
  $$ VALUES (date '1995-05-01', 'Early May bank holiday'),
            (date '1995-05-08', '(one-off)'),
            (date '1995-05-29', 'Spring bank holiday') $$,
  'Scotland 1995 May: both Mon 1 May (Early May kept) and Mon 8 May (extra day) (one-off table: VE Day 50)'
);

-- Fri 31 Dec 1999: millennium, all three. 25 Dec 1999 was a Saturday.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1999-12-31') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1999, 'england-and-wales')
      WHERE day BETWEEN '1999-12-01' AND '1999-12-31' ORDER BY day $$,
  $$ VALUES (date '1999-12-27', 'Christmas Day (substitute day)'),
            (date '1999-12-28', 'Boxing Day (substitute day)'),
            (date '1999-12-31', '(one-off)') $$,
  'E&W 1999 December: millennium Fri 31 Dec (one-off table); Christmas on Sat observed 27 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1999-12-31') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1999, 'scotland')
      WHERE day BETWEEN '1999-12-01' AND '1999-12-31' ORDER BY day $$,
  $$ VALUES (date '1999-12-27', 'Christmas Day (substitute day)'),
            (date '1999-12-28', 'Boxing Day (substitute day)'),
            (date '1999-12-31', '(one-off)') $$,
  'Scotland 1999 December: millennium Fri 31 Dec (one-off table); Christmas on Sat observed 27 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('1999-12-31') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(1999, 'northern-ireland')
      WHERE day BETWEEN '1999-12-01' AND '1999-12-31' ORDER BY day $$,
  $$ VALUES (date '1999-12-27', 'Christmas Day (substitute day)'),
            (date '1999-12-28', 'Boxing Day (substitute day)'),
            (date '1999-12-31', '(one-off)') $$,
  'NI 1999 December: millennium Fri 31 Dec (one-off table); Christmas on Sat observed 27 and 28 Dec (substitute table)'
);

-- Mon 3 Jun 2002 Golden Jubilee; Tue 4 Jun 2002 Spring moved from 27 May; all three.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2002-06-03') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2002, 'england-and-wales')
      WHERE day BETWEEN '2002-05-01' AND '2002-06-30' ORDER BY day $$,
  $$ VALUES (date '2002-05-06', 'Early May bank holiday'),
            (date '2002-06-03', '(one-off)'),
            (date '2002-06-04', 'Spring bank holiday') $$,
  'E&W 2002 May-Jun: Golden Jubilee Mon 3 Jun, Spring moved from 27 May to Tue 4 Jun (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2002-06-03') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2002, 'scotland')
      WHERE day BETWEEN '2002-05-01' AND '2002-06-30' ORDER BY day $$,
  $$ VALUES (date '2002-05-06', 'Early May bank holiday'),
            (date '2002-06-03', '(one-off)'),
            (date '2002-06-04', 'Spring bank holiday') $$,
  'Scotland 2002 May-Jun: Golden Jubilee Mon 3 Jun, Spring moved from 27 May to Tue 4 Jun (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2002-06-03') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2002, 'northern-ireland')
      WHERE day BETWEEN '2002-05-01' AND '2002-06-30' ORDER BY day $$,
  $$ VALUES (date '2002-05-06', 'Early May bank holiday'),
            (date '2002-06-03', '(one-off)'),
            (date '2002-06-04', 'Spring bank holiday') $$,
  'NI 2002 May-Jun: Golden Jubilee Mon 3 Jun, Spring moved from 27 May to Tue 4 Jun (one-off table)'
);

-- Mon 4 Jan 2010, Tue 4 Jan 2011: Scotland, substitutes never proclaimed.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2010, 'scotland')
      WHERE day BETWEEN '2010-01-01' AND '2010-01-31' ORDER BY day $$,
  $$ VALUES (date '2010-01-01', 'New Year''s Day') $$,
  'Scotland 2010 January: only Fri 1 Jan; the 2 January substitute Mon 4 Jan was never proclaimed (one-off table)'
);
SELECT is(
  supervision.is_working_day(date '2010-01-04', 'scotland'), true,
  'Scotland 2010: Mon 4 Jan is a working day (one-off table: not a bank holiday)'
);
SELECT results_eq(
  $$ SELECT day FROM supervision.bank_holidays(2011, 'scotland')
      WHERE day BETWEEN '2011-01-01' AND '2011-01-31' ORDER BY day $$,
  $$ VALUES (date '2011-01-03') $$,
  'Scotland 2011 January: only Mon 3 Jan; the New Year substitute Tue 4 Jan was never proclaimed (one-off table)'
);
SELECT is(
  supervision.is_working_day(date '2011-01-04', 'scotland'), true,
  'Scotland 2011: Tue 4 Jan is a working day (one-off table: not a bank holiday)'
);

-- Fri 29 Apr 2011: royal wedding, all three. Easter 2011 was 24 Apr.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2011-04-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2011, 'england-and-wales')
      WHERE day BETWEEN '2011-04-01' AND '2011-04-30' ORDER BY day $$,
  $$ VALUES (date '2011-04-22', 'Good Friday'),
            (date '2011-04-25', 'Easter Monday'),
            (date '2011-04-29', '(one-off)') $$,
  'E&W 2011 April: royal wedding Fri 29 Apr (one-off table), Easter 24 Apr (computus)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2011-04-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2011, 'scotland')
      WHERE day BETWEEN '2011-04-01' AND '2011-04-30' ORDER BY day $$,
  $$ VALUES (date '2011-04-22', 'Good Friday'),
            (date '2011-04-29', '(one-off)') $$,
  'Scotland 2011 April: royal wedding Fri 29 Apr (one-off table), no Easter Monday in Scotland (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2011-04-29') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2011, 'northern-ireland')
      WHERE day BETWEEN '2011-04-01' AND '2011-04-30' ORDER BY day $$,
  $$ VALUES (date '2011-04-22', 'Good Friday'),
            (date '2011-04-25', 'Easter Monday'),
            (date '2011-04-29', '(one-off)') $$,
  'NI 2011 April: royal wedding Fri 29 Apr (one-off table), Easter 24 Apr (computus)'
);

-- Mon 4 Jun 2012 Spring moved from 28 May; Tue 5 Jun 2012 Diamond Jubilee; all three.
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2012-06-05') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2012, 'england-and-wales')
      WHERE day BETWEEN '2012-05-01' AND '2012-06-30' ORDER BY day $$,
  $$ VALUES (date '2012-05-07', 'Early May bank holiday'),
            (date '2012-06-04', 'Spring bank holiday'),
            (date '2012-06-05', '(one-off)') $$,
  'E&W 2012 May-Jun: Spring moved from 28 May to Mon 4 Jun, Diamond Jubilee Tue 5 Jun (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2012-06-05') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2012, 'scotland')
      WHERE day BETWEEN '2012-05-01' AND '2012-06-30' ORDER BY day $$,
  $$ VALUES (date '2012-05-07', 'Early May bank holiday'),
            (date '2012-06-04', 'Spring bank holiday'),
            (date '2012-06-05', '(one-off)') $$,
  'Scotland 2012 May-Jun: Spring moved from 28 May to Mon 4 Jun, Diamond Jubilee Tue 5 Jun (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2012-06-05') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2012, 'northern-ireland')
      WHERE day BETWEEN '2012-05-01' AND '2012-06-30' ORDER BY day $$,
  $$ VALUES (date '2012-05-07', 'Early May bank holiday'),
            (date '2012-06-04', 'Spring bank holiday'),
            (date '2012-06-05', '(one-off)') $$,
  'NI 2012 May-Jun: Spring moved from 28 May to Mon 4 Jun, Diamond Jubilee Tue 5 Jun (one-off table)'
);

-- Fri 8 May 2020: Early May moved from 4 May, all three.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2020, 'england-and-wales')
      WHERE day BETWEEN '2020-05-01' AND '2020-05-31' ORDER BY day $$,
  $$ VALUES (date '2020-05-08', 'Early May bank holiday (VE day)'),
            (date '2020-05-25', 'Spring bank holiday') $$,
  'E&W 2020 May: Early May moved from Mon 4 May to Fri 8 May, named as GOV.UK does: "Early May bank holiday (VE day)" (one-off table: VE Day 75)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2020, 'scotland')
      WHERE day BETWEEN '2020-05-01' AND '2020-05-31' ORDER BY day $$,
  $$ VALUES (date '2020-05-08', 'Early May bank holiday (VE day)'),
            (date '2020-05-25', 'Spring bank holiday') $$,
  'Scotland 2020 May: Early May moved from Mon 4 May to Fri 8 May, named as GOV.UK does: "Early May bank holiday (VE day)" (one-off table: VE Day 75)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2020, 'northern-ireland')
      WHERE day BETWEEN '2020-05-01' AND '2020-05-31' ORDER BY day $$,
  $$ VALUES (date '2020-05-08', 'Early May bank holiday (VE day)'),
            (date '2020-05-25', 'Spring bank holiday') $$,
  'NI 2020 May: Early May moved from Mon 4 May to Fri 8 May, named as GOV.UK does: "Early May bank holiday (VE day)" (one-off table: VE Day 75)'
);

-- 2022: Spring moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun, State Funeral Mon 19 Sep;
-- all three (the whole-year lists in section 3 pin names and the rest of the year).
SELECT is(
  ARRAY[supervision.is_working_day(date '2022-05-30', 'england-and-wales'),
        supervision.is_working_day(date '2022-05-30', 'scotland'),
        supervision.is_working_day(date '2022-05-30', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 2022: Mon 30 May is a working day in all three (one-off table: Spring moved from 30 May)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2022-06-02', 'england-and-wales'),
        supervision.is_working_day(date '2022-06-02', 'scotland'),
        supervision.is_working_day(date '2022-06-02', 'northern-ireland')],
  ARRAY[false, false, false],
  'E&W/Scotland/NI 2022: Thu 2 Jun is not a working day in any (one-off table: Spring moved to 2 Jun)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2022-06-03', 'england-and-wales'),
        supervision.is_working_day(date '2022-06-03', 'scotland'),
        supervision.is_working_day(date '2022-06-03', 'northern-ireland')],
  ARRAY[false, false, false],
  'E&W/Scotland/NI 2022: Fri 3 Jun is not a working day in any (one-off table: Platinum Jubilee)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2022-09-19', 'england-and-wales'),
        supervision.is_working_day(date '2022-09-19', 'scotland'),
        supervision.is_working_day(date '2022-09-19', 'northern-ireland')],
  ARRAY[false, false, false],
  'E&W/Scotland/NI 2022: Mon 19 Sep is not a working day in any (one-off table: State Funeral)'
);

-- Mon 8 May 2023: Coronation, all three (E&W: whole-year list in section 3).
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2023-05-08') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2023, 'scotland')
      WHERE day BETWEEN '2023-05-01' AND '2023-05-31' ORDER BY day $$,
  $$ VALUES (date '2023-05-01', 'Early May bank holiday'),
            (date '2023-05-08', '(one-off)'),
            (date '2023-05-29', 'Spring bank holiday') $$,
  'Scotland 2023 May: Coronation Mon 8 May added, Early May 1 May kept (one-off table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2023-05-08') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2023, 'northern-ireland')
      WHERE day BETWEEN '2023-05-01' AND '2023-05-31' ORDER BY day $$,
  $$ VALUES (date '2023-05-01', 'Early May bank holiday'),
            (date '2023-05-08', '(one-off)'),
            (date '2023-05-29', 'Spring bank holiday') $$,
  'NI 2023 May: Coronation Mon 8 May added, Early May 1 May kept (one-off table)'
);

-- Mon 15 Jun 2026: Scotland only.
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-06-15', 'england-and-wales'),
        supervision.is_working_day(date '2026-06-15', 'scotland'),
        supervision.is_working_day(date '2026-06-15', 'northern-ireland')],
  ARRAY[true, false, true],
  'E&W/Scotland/NI 2026: Mon 15 Jun is a holiday in Scotland only (one-off table: World Cup bank holiday)'
);

-- Not bank holidays, though sometimes assumed.
SELECT is(
  ARRAY[supervision.is_working_day(date '1973-11-14', 'england-and-wales'),
        supervision.is_working_day(date '1973-11-14', 'scotland'),
        supervision.is_working_day(date '1973-11-14', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 1973: Wed 14 Nov (royal wedding) is a working day (facts: not bank holidays)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '1986-07-23', 'england-and-wales'),
        supervision.is_working_day(date '1986-07-23', 'scotland'),
        supervision.is_working_day(date '1986-07-23', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 1986: Wed 23 Jul (royal wedding) is a working day (facts: not bank holidays)'
);
SELECT is_empty(
  $$ SELECT day FROM supervision.bank_holidays(1999, 'england-and-wales') WHERE day BETWEEN '1999-06-01' AND '1999-06-30'
     UNION ALL
     SELECT day FROM supervision.bank_holidays(1999, 'scotland') WHERE day BETWEEN '1999-06-01' AND '1999-06-30'
     UNION ALL
     SELECT day FROM supervision.bank_holidays(1999, 'northern-ireland') WHERE day BETWEEN '1999-06-01' AND '1999-06-30' $$,
  'E&W/Scotland/NI 1999: no holiday in June, the Sat 19 Jun royal wedding gave none (facts: not bank holidays)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2005-04-08', 'england-and-wales'),
        supervision.is_working_day(date '2005-04-08', 'scotland'),
        supervision.is_working_day(date '2005-04-08', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 2005: Fri 8 Apr (eve of the Sat 9 Apr royal wedding) is a working day (facts: not bank holidays)'
);
SELECT is_empty(
  $$ SELECT day FROM supervision.bank_holidays(2005, 'england-and-wales') WHERE day BETWEEN '2005-04-01' AND '2005-04-30'
     UNION ALL
     SELECT day FROM supervision.bank_holidays(2005, 'scotland') WHERE day BETWEEN '2005-04-01' AND '2005-04-30'
     UNION ALL
     SELECT day FROM supervision.bank_holidays(2005, 'northern-ireland') WHERE day BETWEEN '2005-04-01' AND '2005-04-30' $$,
  'E&W/Scotland/NI 2005: no holiday in April (Easter 27 Mar; the 2005 royal wedding is not a bank holiday)'
);
SELECT results_eq(
  $$ SELECT day FROM supervision.bank_holidays(2018, 'england-and-wales')
      WHERE day BETWEEN '2018-05-01' AND '2018-05-31' ORDER BY day $$,
  $$ VALUES (date '2018-05-07'), (date '2018-05-28') $$,
  'E&W 2018 May: only Early May 7 May and Spring 28 May, the Sat 19 May royal wedding gave none (facts: not bank holidays)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2025-05-08', 'england-and-wales'),
        supervision.is_working_day(date '2025-05-08', 'scotland'),
        supervision.is_working_day(date '2025-05-08', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI 2025: Thu 8 May (VE Day 80) is a working day (facts: not bank holidays)'
);

-- ===========================================================================
-- 2. Substitute days
-- ===========================================================================

-- Christmas and Boxing Day, England and Wales.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2020, 'england-and-wales')
      WHERE day BETWEEN '2020-12-01' AND '2020-12-31' ORDER BY day $$,
  $$ VALUES (date '2020-12-25', 'Christmas Day'),
            (date '2020-12-28', 'Boxing Day (substitute day)') $$,
  'E&W 2020: 25 Dec on a Friday gives 25 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2021, 'england-and-wales')
      WHERE day BETWEEN '2021-12-01' AND '2021-12-31' ORDER BY day $$,
  $$ VALUES (date '2021-12-27', 'Christmas Day (substitute day)'),
            (date '2021-12-28', 'Boxing Day (substitute day)') $$,
  'E&W 2021: 25 Dec on a Saturday gives 27 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2016, 'england-and-wales')
      WHERE day BETWEEN '2016-12-01' AND '2016-12-31' ORDER BY day $$,
  $$ VALUES (date '2016-12-26', 'Boxing Day'),
            (date '2016-12-27', 'Christmas Day (substitute day)') $$,
  'E&W 2016: 25 Dec on a Sunday gives 26 and 27 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2024, 'england-and-wales')
      WHERE day BETWEEN '2024-12-01' AND '2024-12-31' ORDER BY day $$,
  $$ VALUES (date '2024-12-25', 'Christmas Day'),
            (date '2024-12-26', 'Boxing Day') $$,
  'E&W 2024: 25 Dec on a Wednesday gives 25 and 26 Dec (substitute table: Monday to Thursday)'
);

-- Christmas and Boxing Day, Scotland from 1974.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1981, 'scotland')
      WHERE day BETWEEN '1981-12-01' AND '1981-12-31' ORDER BY day $$,
  $$ VALUES (date '1981-12-25', 'Christmas Day'),
            (date '1981-12-28', 'Boxing Day (substitute day)') $$,
  'Scotland 1981: 25 Dec on a Friday gives 25 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1982, 'scotland')
      WHERE day BETWEEN '1982-12-01' AND '1982-12-31' ORDER BY day $$,
  $$ VALUES (date '1982-12-27', 'Christmas Day (substitute day)'),
            (date '1982-12-28', 'Boxing Day (substitute day)') $$,
  'Scotland 1982: 25 Dec on a Saturday gives 27 and 28 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1983, 'scotland')
      WHERE day BETWEEN '1983-12-01' AND '1983-12-31' ORDER BY day $$,
  $$ VALUES (date '1983-12-26', 'Boxing Day'),
            (date '1983-12-27', 'Christmas Day (substitute day)') $$,
  'Scotland 1983: 25 Dec on a Sunday gives 26 and 27 Dec (substitute table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1975, 'scotland')
      WHERE day BETWEEN '1975-12-01' AND '1975-12-31' ORDER BY day $$,
  $$ VALUES (date '1975-12-25', 'Christmas Day'),
            (date '1975-12-26', 'Boxing Day') $$,
  'Scotland 1975: 25 Dec on a Thursday gives 25 and 26 Dec (substitute table: Monday to Thursday)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1974, 'scotland')
      WHERE day BETWEEN '1974-12-01' AND '1974-12-31' ORDER BY day $$,
  $$ VALUES (date '1974-12-25', 'Christmas Day'),
            (date '1974-12-26', 'Boxing Day') $$,
  'Scotland 1974: first Boxing Day, 25 Dec on a Wednesday gives 25 and 26 Dec (regular rules: Boxing Day from 1974)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1973, 'scotland')
      WHERE day BETWEEN '1973-12-01' AND '1973-12-31' ORDER BY day $$,
  $$ VALUES (date '1973-12-25', 'Christmas Day') $$,
  'Scotland 1973: Christmas Day alone on Tue 25 Dec, no Boxing Day before 1974 (regular rules)'
);

-- Scotland's New Year pair, 1 January on each day of the week.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2024, 'scotland')
      WHERE day BETWEEN '2024-01-01' AND '2024-01-31' ORDER BY day $$,
  $$ VALUES (date '2024-01-01', 'New Year''s Day'),
            (date '2024-01-02', '2nd January') $$,
  'Scotland 2024: 1 Jan on a Monday gives 1 and 2 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2019, 'scotland')
      WHERE day BETWEEN '2019-01-01' AND '2019-01-31' ORDER BY day $$,
  $$ VALUES (date '2019-01-01', 'New Year''s Day'),
            (date '2019-01-02', '2nd January') $$,
  'Scotland 2019: 1 Jan on a Tuesday gives 1 and 2 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2025, 'scotland')
      WHERE day BETWEEN '2025-01-01' AND '2025-01-31' ORDER BY day $$,
  $$ VALUES (date '2025-01-01', 'New Year''s Day'),
            (date '2025-01-02', '2nd January') $$,
  'Scotland 2025: 1 Jan on a Wednesday gives 1 and 2 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2015, 'scotland')
      WHERE day BETWEEN '2015-01-01' AND '2015-01-31' ORDER BY day $$,
  $$ VALUES (date '2015-01-01', 'New Year''s Day'),
            (date '2015-01-02', '2nd January') $$,
  'Scotland 2015: 1 Jan on a Thursday gives 1 and 2 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2016, 'scotland')
      WHERE day BETWEEN '2016-01-01' AND '2016-01-31' ORDER BY day $$,
  $$ VALUES (date '2016-01-01', 'New Year''s Day'),
            (date '2016-01-04', '2nd January (substitute day)') $$,
  'Scotland 2016: 1 Jan on a Friday gives 1 and 4 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2000, 'scotland')
      WHERE day BETWEEN '2000-01-01' AND '2000-01-31' ORDER BY day $$,
  $$ VALUES (date '2000-01-03', 'New Year''s Day (substitute day)'),
            (date '2000-01-04', '2nd January (substitute day)') $$,
  'Scotland 2000: 1 Jan on a Saturday gives 3 and 4 Jan (New Year pair table)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2017, 'scotland')
      WHERE day BETWEEN '2017-01-01' AND '2017-01-31' ORDER BY day $$,
  $$ VALUES (date '2017-01-02', '2nd January'),
            (date '2017-01-03', 'New Year''s Day (substitute day)') $$,
  'Scotland 2017: 1 Jan on a Sunday gives 2 and 3 Jan (New Year pair table)'
);

-- Single fixed-date holidays at a weekend: the following Monday.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2011, 'england-and-wales')
      WHERE day BETWEEN '2011-01-01' AND '2011-01-31' ORDER BY day $$,
  $$ VALUES (date '2011-01-03', 'New Year''s Day (substitute day)') $$,
  'E&W 2011: New Year''s Day on a Saturday observed Mon 3 Jan (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2017, 'england-and-wales')
      WHERE day BETWEEN '2017-01-01' AND '2017-01-31' ORDER BY day $$,
  $$ VALUES (date '2017-01-02', 'New Year''s Day (substitute day)') $$,
  'E&W 2017: New Year''s Day on a Sunday observed Mon 2 Jan (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2017, 'northern-ireland')
      WHERE day BETWEEN '2017-01-01' AND '2017-01-31' ORDER BY day $$,
  $$ VALUES (date '2017-01-02', 'New Year''s Day (substitute day)') $$,
  'NI 2017: New Year''s Day on a Sunday observed Mon 2 Jan (single fixed-date substitute rule)'
);
SELECT is_empty(
  $$ SELECT day FROM supervision.bank_holidays(1973, 'england-and-wales')
      WHERE day BETWEEN '1973-01-01' AND '1973-01-31' $$,
  'E&W 1973: no holiday in January, New Year''s Day only from 1974 (regular rules)'
);
SELECT is_empty(
  $$ SELECT day FROM supervision.bank_holidays(1973, 'northern-ireland')
      WHERE day BETWEEN '1973-01-01' AND '1973-01-31' $$,
  'NI 1973: no holiday in January, New Year''s Day only from 1974 (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1974, 'england-and-wales')
      WHERE day BETWEEN '1974-01-01' AND '1974-01-31' ORDER BY day $$,
  $$ VALUES (date '1974-01-01', 'New Year''s Day') $$,
  'E&W 1974: first New Year''s Day, Tue 1 Jan (regular rules: from 1974)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2024, 'northern-ireland')
      WHERE day BETWEEN '2024-03-15' AND '2024-03-25' ORDER BY day $$,
  $$ VALUES (date '2024-03-18', 'St Patrick''s Day (substitute day)') $$,
  'NI 2024: St Patrick''s Day on a Sunday observed Mon 18 Mar (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2018, 'northern-ireland')
      WHERE day BETWEEN '2018-03-15' AND '2018-03-25' ORDER BY day $$,
  $$ VALUES (date '2018-03-19', 'St Patrick''s Day (substitute day)') $$,
  'NI 2018: St Patrick''s Day on a Saturday observed Mon 19 Mar (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2025, 'northern-ireland')
      WHERE day BETWEEN '2025-07-01' AND '2025-07-31' ORDER BY day $$,
  $$ VALUES (date '2025-07-14', 'Battle of the Boyne (Orangemen''s Day) (substitute day)') $$,
  'NI 2025: Battle of the Boyne on a Saturday observed Mon 14 Jul (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2026, 'northern-ireland')
      WHERE day BETWEEN '2026-07-01' AND '2026-07-31' ORDER BY day $$,
  $$ VALUES (date '2026-07-13', 'Battle of the Boyne (Orangemen''s Day) (substitute day)') $$,
  'NI 2026: Battle of the Boyne on a Sunday observed Mon 13 Jul (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2024, 'scotland')
      WHERE day BETWEEN '2024-11-01' AND '2024-12-24' ORDER BY day $$,
  $$ VALUES (date '2024-12-02', 'St Andrew''s Day (substitute day)') $$,
  'Scotland 2024: St Andrew''s Day on a Saturday observed Mon 2 Dec (single fixed-date substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2025, 'scotland')
      WHERE day BETWEEN '2025-11-01' AND '2025-12-24' ORDER BY day $$,
  $$ VALUES (date '2025-12-01', 'St Andrew''s Day (substitute day)') $$,
  'Scotland 2025: St Andrew''s Day on a Sunday observed Mon 1 Dec (single fixed-date substitute rule)'
);
SELECT is_empty(
  $$ SELECT day FROM supervision.bank_holidays(2006, 'scotland')
      WHERE day BETWEEN '2006-11-01' AND '2006-12-24' $$,
  'Scotland 2006: no St Andrew''s Day on Thu 30 Nov, it is a holiday only from 2007 (regular rules, 2007 Act)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2007, 'scotland')
      WHERE day BETWEEN '2007-11-01' AND '2007-12-24' ORDER BY day $$,
  $$ VALUES (date '2007-11-30', 'St Andrew''s Day') $$,
  'Scotland 2007: first St Andrew''s Day, Fri 30 Nov (regular rules: from 2007)'
);

-- First Early May (all) and first Scottish Spring bank holiday, 1978.
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1978, 'england-and-wales')
      WHERE day BETWEEN '1978-05-01' AND '1978-05-31' ORDER BY day $$,
  $$ VALUES (date '1978-05-01', 'Early May bank holiday'),
            (date '1978-05-29', 'Spring bank holiday') $$,
  'E&W 1978 May: first Early May Mon 1 May, Spring Mon 29 May (regular rules: Early May from 1978)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1978, 'scotland')
      WHERE day BETWEEN '1978-05-01' AND '1978-05-31' ORDER BY day $$,
  $$ VALUES (date '1978-05-01', 'Early May bank holiday'),
            (date '1978-05-29', 'Spring bank holiday') $$,
  'Scotland 1978 May: Early May Mon 1 May, first Spring Mon 29 May (regular rules: Spring from 1978)'
);

-- ===========================================================================
-- 3. Whole years, with names
-- ===========================================================================

SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2022-06-03', '2022-09-19') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2022, 'england-and-wales') ORDER BY day $$,
  $$ VALUES (date '2022-01-03', 'New Year''s Day (substitute day)'),
            (date '2022-04-15', 'Good Friday'),
            (date '2022-04-18', 'Easter Monday'),
            (date '2022-05-02', 'Early May bank holiday'),
            (date '2022-06-02', 'Spring bank holiday'),
            (date '2022-06-03', '(one-off)'),
            (date '2022-08-29', 'Summer bank holiday'),
            (date '2022-09-19', '(one-off)'),
            (date '2022-12-26', 'Boxing Day'),
            (date '2022-12-27', 'Christmas Day (substitute day)') $$,
  'E&W 2022 whole year: Spring moved to Thu 2 Jun, Jubilee 3 Jun, State Funeral 19 Sep (one-off table); 1 Jan Sat, 25 Dec Sun (substitute rules)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2023-05-08') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2023) ORDER BY day $$,
  $$ VALUES (date '2023-01-02', 'New Year''s Day (substitute day)'),
            (date '2023-04-07', 'Good Friday'),
            (date '2023-04-10', 'Easter Monday'),
            (date '2023-05-01', 'Early May bank holiday'),
            (date '2023-05-08', '(one-off)'),
            (date '2023-05-29', 'Spring bank holiday'),
            (date '2023-08-28', 'Summer bank holiday'),
            (date '2023-12-25', 'Christmas Day'),
            (date '2023-12-26', 'Boxing Day') $$,
  'E&W 2023 whole year via the default calendar: Coronation Mon 8 May (one-off table); 1 Jan Sun observed 2 Jan (substitute rule)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2026, 'england-and-wales') ORDER BY day $$,
  $$ VALUES (date '2026-01-01', 'New Year''s Day'),
            (date '2026-04-03', 'Good Friday'),
            (date '2026-04-06', 'Easter Monday'),
            (date '2026-05-04', 'Early May bank holiday'),
            (date '2026-05-25', 'Spring bank holiday'),
            (date '2026-08-31', 'Summer bank holiday'),
            (date '2026-12-25', 'Christmas Day'),
            (date '2026-12-28', 'Boxing Day (substitute day)') $$,
  'E&W 2026 whole year: regular rules, Easter 5 Apr (computus), 25 Dec Fri gives 25 and 28 Dec, no World Cup day (Scotland only)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2027, 'england-and-wales') ORDER BY day $$,
  $$ VALUES (date '2027-01-01', 'New Year''s Day'),
            (date '2027-03-26', 'Good Friday'),
            (date '2027-03-29', 'Easter Monday'),
            (date '2027-05-03', 'Early May bank holiday'),
            (date '2027-05-31', 'Spring bank holiday'),
            (date '2027-08-30', 'Summer bank holiday'),
            (date '2027-12-27', 'Christmas Day (substitute day)'),
            (date '2027-12-28', 'Boxing Day (substitute day)') $$,
  'E&W 2027 whole year: regular rules, Easter 28 Mar (computus), 25 Dec Sat gives 27 and 28 Dec'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2022-06-03', '2022-09-19') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2022, 'scotland') ORDER BY day $$,
  $$ VALUES (date '2022-01-03', 'New Year''s Day (substitute day)'),
            (date '2022-01-04', '2nd January (substitute day)'),
            (date '2022-04-15', 'Good Friday'),
            (date '2022-05-02', 'Early May bank holiday'),
            (date '2022-06-02', 'Spring bank holiday'),
            (date '2022-06-03', '(one-off)'),
            (date '2022-08-01', 'Summer bank holiday'),
            (date '2022-09-19', '(one-off)'),
            (date '2022-11-30', 'St Andrew''s Day'),
            (date '2022-12-26', 'Boxing Day'),
            (date '2022-12-27', 'Christmas Day (substitute day)') $$,
  'Scotland 2022 whole year: Spring moved to Thu 2 Jun, Jubilee 3 Jun, State Funeral 19 Sep (one-off table); 1 Jan Sat gives 3 and 4 Jan (pair table)'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2026-06-15') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2026, 'scotland') ORDER BY day $$,
  $$ VALUES (date '2026-01-01', 'New Year''s Day'),
            (date '2026-01-02', '2nd January'),
            (date '2026-04-03', 'Good Friday'),
            (date '2026-05-04', 'Early May bank holiday'),
            (date '2026-05-25', 'Spring bank holiday'),
            (date '2026-06-15', '(one-off)'),
            (date '2026-08-03', 'Summer bank holiday'),
            (date '2026-11-30', 'St Andrew''s Day'),
            (date '2026-12-25', 'Christmas Day'),
            (date '2026-12-28', 'Boxing Day (substitute day)') $$,
  'Scotland 2026 whole year: World Cup bank holiday Mon 15 Jun (one-off table), Summer first Monday of August, no Easter Monday (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2027, 'scotland') ORDER BY day $$,
  $$ VALUES (date '2027-01-01', 'New Year''s Day'),
            (date '2027-01-04', '2nd January (substitute day)'),
            (date '2027-03-26', 'Good Friday'),
            (date '2027-05-03', 'Early May bank holiday'),
            (date '2027-05-31', 'Spring bank holiday'),
            (date '2027-08-02', 'Summer bank holiday'),
            (date '2027-11-30', 'St Andrew''s Day'),
            (date '2027-12-27', 'Christmas Day (substitute day)'),
            (date '2027-12-28', 'Boxing Day (substitute day)') $$,
  'Scotland 2027 whole year: regular rules, 1 Jan Fri gives 1 and 4 Jan (pair table), 25 Dec Sat gives 27 and 28 Dec'
);
SELECT results_eq(
  $$ SELECT day, CASE WHEN day IN ('2022-06-03', '2022-09-19') AND name <> '' THEN '(one-off)' ELSE name END AS name
       FROM supervision.bank_holidays(2022, 'northern-ireland') ORDER BY day $$,
  $$ VALUES (date '2022-01-03', 'New Year''s Day (substitute day)'),
            (date '2022-03-17', 'St Patrick''s Day'),
            (date '2022-04-15', 'Good Friday'),
            (date '2022-04-18', 'Easter Monday'),
            (date '2022-05-02', 'Early May bank holiday'),
            (date '2022-06-02', 'Spring bank holiday'),
            (date '2022-06-03', '(one-off)'),
            (date '2022-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
            (date '2022-08-29', 'Summer bank holiday'),
            (date '2022-09-19', '(one-off)'),
            (date '2022-12-26', 'Boxing Day'),
            (date '2022-12-27', 'Christmas Day (substitute day)') $$,
  'NI 2022 whole year: Spring moved to Thu 2 Jun, Jubilee 3 Jun, State Funeral 19 Sep (one-off table); St Patrick and Boyne on weekdays'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2026, 'northern-ireland') ORDER BY day $$,
  $$ VALUES (date '2026-01-01', 'New Year''s Day'),
            (date '2026-03-17', 'St Patrick''s Day'),
            (date '2026-04-03', 'Good Friday'),
            (date '2026-04-06', 'Easter Monday'),
            (date '2026-05-04', 'Early May bank holiday'),
            (date '2026-05-25', 'Spring bank holiday'),
            (date '2026-07-13', 'Battle of the Boyne (Orangemen''s Day) (substitute day)'),
            (date '2026-08-31', 'Summer bank holiday'),
            (date '2026-12-25', 'Christmas Day'),
            (date '2026-12-28', 'Boxing Day (substitute day)') $$,
  'NI 2026 whole year: regular rules, Boyne Sun 12 Jul observed Mon 13 Jul, no World Cup day (Scotland only)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1971, 'england-and-wales') ORDER BY day $$,
  $$ VALUES (date '1971-04-09', 'Good Friday'),
            (date '1971-04-12', 'Easter Monday'),
            (date '1971-05-31', 'Spring bank holiday'),
            (date '1971-08-30', 'Summer bank holiday'),
            (date '1971-12-27', 'Christmas Day (substitute day)'),
            (date '1971-12-28', 'Boxing Day (substitute day)') $$,
  'E&W 1971 whole year: no New Year''s Day before 1974, no Early May before 1978 (regular rules); Easter 11 Apr; 25 Dec Sat'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1971, 'scotland') ORDER BY day $$,
  $$ VALUES (date '1971-01-01', 'New Year''s Day'),
            (date '1971-04-09', 'Good Friday'),
            (date '1971-05-03', 'Early May bank holiday'),
            (date '1971-08-02', 'Summer bank holiday'),
            (date '1971-12-27', 'Christmas Day (substitute day)') $$,
  'Scotland 1971 whole year: New Year''s Day only (2 January from 1972), no Spring before 1978, Christmas alone on Sat observed Mon 27 Dec (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1972, 'scotland') ORDER BY day $$,
  $$ VALUES (date '1972-01-03', 'New Year''s Day (substitute day)'),
            (date '1972-01-04', '2nd January (substitute day)'),
            (date '1972-03-31', 'Good Friday'),
            (date '1972-05-01', 'Early May bank holiday'),
            (date '1972-08-07', 'Summer bank holiday'),
            (date '1972-12-25', 'Christmas Day') $$,
  'Scotland 1972 whole year: first 2 January (1 Jan Sat gives 3 and 4 Jan), no Spring before 1978, no Boxing Day before 1974 (regular rules)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(1976, 'northern-ireland') ORDER BY day $$,
  $$ VALUES (date '1976-01-01', 'New Year''s Day'),
            (date '1976-03-17', 'St Patrick''s Day'),
            (date '1976-04-16', 'Good Friday'),
            (date '1976-04-19', 'Easter Monday'),
            (date '1976-05-31', 'Spring bank holiday'),
            (date '1976-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
            (date '1976-08-30', 'Summer bank holiday'),
            (date '1976-12-27', 'Christmas Day (substitute day)'),
            (date '1976-12-28', 'Boxing Day (substitute day)') $$,
  'NI 1976 whole year: no Early May before 1978 (regular rules); Easter 18 Apr; 25 Dec Sat gives 27 and 28 Dec'
);
SELECT results_eq(
  $$ SELECT day FROM supervision.bank_holidays(2027, 'england-and-wales') $$,
  $$ VALUES (date '2027-01-01'), (date '2027-03-26'), (date '2027-03-29'), (date '2027-05-03'),
            (date '2027-05-31'), (date '2027-08-30'), (date '2027-12-27'), (date '2027-12-28') $$,
  'E&W 2027: bank_holidays returns its rows ordered by day without an ORDER BY (API contract)'
);
SELECT set_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2026) $$,
  $$ SELECT day, name FROM supervision.bank_holidays(2026, 'england-and-wales') $$,
  'E&W 2026: the default calendar is england-and-wales (DESIGN, Calendars)'
);

-- ===========================================================================
-- 4. Far future: the regular rules (Easter 2199 is 14 April by the computus)
-- ===========================================================================

SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2199, 'england-and-wales') ORDER BY day $$,
  $$ VALUES (date '2199-01-01', 'New Year''s Day'),
            (date '2199-04-12', 'Good Friday'),
            (date '2199-04-15', 'Easter Monday'),
            (date '2199-05-06', 'Early May bank holiday'),
            (date '2199-05-27', 'Spring bank holiday'),
            (date '2199-08-26', 'Summer bank holiday'),
            (date '2199-12-25', 'Christmas Day'),
            (date '2199-12-26', 'Boxing Day') $$,
  'E&W 2199 whole year: regular rules for future years, Easter 14 Apr (computus)'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2199, 'scotland') ORDER BY day $$,
  $$ VALUES (date '2199-01-01', 'New Year''s Day'),
            (date '2199-01-02', '2nd January'),
            (date '2199-04-12', 'Good Friday'),
            (date '2199-05-06', 'Early May bank holiday'),
            (date '2199-05-27', 'Spring bank holiday'),
            (date '2199-08-05', 'Summer bank holiday'),
            (date '2199-12-02', 'St Andrew''s Day (substitute day)'),
            (date '2199-12-25', 'Christmas Day'),
            (date '2199-12-26', 'Boxing Day') $$,
  'Scotland 2199 whole year: regular rules for future years, St Andrew''s Day Sat 30 Nov observed Mon 2 Dec'
);
SELECT results_eq(
  $$ SELECT day, name FROM supervision.bank_holidays(2199, 'northern-ireland') ORDER BY day $$,
  $$ VALUES (date '2199-01-01', 'New Year''s Day'),
            (date '2199-03-18', 'St Patrick''s Day (substitute day)'),
            (date '2199-04-12', 'Good Friday'),
            (date '2199-04-15', 'Easter Monday'),
            (date '2199-05-06', 'Early May bank holiday'),
            (date '2199-05-27', 'Spring bank holiday'),
            (date '2199-07-12', 'Battle of the Boyne (Orangemen''s Day)'),
            (date '2199-08-26', 'Summer bank holiday'),
            (date '2199-12-25', 'Christmas Day'),
            (date '2199-12-26', 'Boxing Day') $$,
  'NI 2199 whole year: regular rules for future years, St Patrick''s Day Sun 17 Mar observed Mon 18 Mar'
);

-- ===========================================================================
-- 5. is_working_day basics
-- ===========================================================================

SELECT is(
  ARRAY[supervision.is_working_day(date '2026-06-13', 'england-and-wales'),
        supervision.is_working_day(date '2026-06-13', 'scotland'),
        supervision.is_working_day(date '2026-06-13', 'northern-ireland')],
  ARRAY[false, false, false],
  'E&W/Scotland/NI: Sat 13 Jun 2026 is not a working day (Saturdays are never working days)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-06-14', 'england-and-wales'),
        supervision.is_working_day(date '2026-06-14', 'scotland'),
        supervision.is_working_day(date '2026-06-14', 'northern-ireland')],
  ARRAY[false, false, false],
  'E&W/Scotland/NI: Sun 14 Jun 2026 is not a working day (Sundays are never working days)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-06-16', 'england-and-wales'),
        supervision.is_working_day(date '2026-06-16', 'scotland'),
        supervision.is_working_day(date '2026-06-16', 'northern-ireland')],
  ARRAY[true, true, true],
  'E&W/Scotland/NI: Tue 16 Jun 2026 is a working day (an ordinary weekday)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-04-03', 'england-and-wales'),
        supervision.is_working_day(date '2026-04-03', 'scotland'),
        supervision.is_working_day(date '2026-04-03', 'northern-ireland'),
        supervision.is_working_day(date '2026-04-06', 'england-and-wales'),
        supervision.is_working_day(date '2026-04-06', 'scotland'),
        supervision.is_working_day(date '2026-04-06', 'northern-ireland')],
  ARRAY[false, false, false, false, true, false],
  'E&W/Scotland/NI 2026: Good Friday 3 Apr off everywhere, Easter Monday 6 Apr a working day in Scotland only (regular rules)'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-12-25'),
        supervision.is_working_day(date '2026-12-28'),
        supervision.is_working_day(date '2026-12-29')],
  ARRAY[false, false, true],
  'E&W 2026 via the default calendar: Fri 25 Dec and Mon 28 Dec (Boxing Day substitute) off, Tue 29 Dec a working day'
);
SELECT is(
  ARRAY[supervision.is_working_day(date '2026-12-26', 'england-and-wales'),
        supervision.is_working_day(date '2027-01-02', 'scotland')],
  ARRAY[false, false],
  'E&W 26 Dec 2026 and Scotland 2 Jan 2027: a holiday falling on a Saturday is still not a working day (weekend rule)'
);

-- ===========================================================================
-- 6. Errors
-- ===========================================================================

SELECT throws_ok(
  $$ SELECT * FROM supervision.bank_holidays(1970) $$,
  '22008', NULL,
  'bank_holidays(1970) fails with SQLSTATE 22008 (supported years 1971..2199)'
);
SELECT throws_ok(
  $$ SELECT * FROM supervision.bank_holidays(2200) $$,
  '22008', NULL,
  'bank_holidays(2200) fails with SQLSTATE 22008 (supported years 1971..2199)'
);
SELECT throws_ok(
  $$ SELECT * FROM supervision.bank_holidays(2026, 'no-such-calendar') $$,
  '22023', NULL,
  'bank_holidays with an unknown calendar name fails with SQLSTATE 22023 (built-in names: england-and-wales, scotland, northern-ireland)'
);

SELECT * FROM finish();
ROLLBACK;
