/*-------------------------------------------------------------------------
 *
 * working_days.c
 *	  The SQL functions of working-day calendars: is_working_day,
 *	  add_working_days, working_days_between and bank_holidays.
 *
 * Each takes an optional calendar name; without it, the calendar named by
 * supervision.calendar.  Arithmetic is two array reads (calendar.h).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "bank_holidays.h"
#include "calendar.h"

PG_FUNCTION_INFO_V1(is_working_day);
PG_FUNCTION_INFO_V1(add_working_days);
PG_FUNCTION_INFO_V1(working_days_between);
PG_FUNCTION_INFO_V1(bank_holidays);

/* is_working_day(day date [, calendar text]) returns boolean */
Datum
is_working_day(PG_FUNCTION_ARGS)
{
	DateADT		day = PG_GETARG_DATEADT(0);
	Calendar   *cal = calendar_from_args(fcinfo, 1);
	int32		i = calendar_day_index(day);

	PG_RETURN_BOOL(calendar_is_working(cal, i));
}

/*
 * The n-th working day of a calendar after day (before it when n < 0), not
 * counting day itself; for n = 0, day if it is a working day, else the next
 * one.  Infinite days pass through.
 */
DateADT
calendar_add_working_days(const Calendar *cal, DateADT day, int32 n)
{
	int32		i;
	int64		k;

	if (DATE_NOT_FINITE(day))
		return day;
	i = calendar_day_index(day);

	/*
	 * k is the number of the answer among the range's working days.  The
	 * working days before day are numbered 1 .. cum(i), and day itself, if
	 * it is one, is cum(i) + 1.
	 */
	if (n > 0)
		k = (int64) calendar_cum(cal, i + 1) + n;
	else
		k = (int64) calendar_cum(cal, i) + n + 1;

	if (k < 1 || k > cal->nworking)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("working day out of range for calendar \"%s\"", cal->name),
				 errdetail_plural("%d working day from %s lies outside " CALENDAR_RANGE_TEXT ".",
								  "%d working days from %s lie outside " CALENDAR_RANGE_TEXT ".",
								  (unsigned long) (n < 0 ? -(int64) n : n),
								  n, calendar_date_text(day)),
				 errhint("Check n and the start date: working-day arithmetic stays within the calendars' range.")));
	return CALENDAR_FIRST_DAY + calendar_nth(cal, (int32) k);
}

/* add_working_days(day date, n integer [, calendar text]) returns date */
Datum
add_working_days(PG_FUNCTION_ARGS)
{
	DateADT		day = PG_GETARG_DATEADT(0);
	int32		n = PG_GETARG_INT32(1);
	const Calendar *cal = calendar_from_args(fcinfo, 2);	/* an unknown one is refused first */

	if (DATE_NOT_FINITE(day))
		PG_RETURN_DATEADT(day);
	PG_RETURN_DATEADT(calendar_add_working_days(cal, day, n));
}

/*
 * working_days_between(a date, b date [, calendar text]) returns integer
 *
 * The number of working days d with a < d <= b, negative when b < a.
 */
Datum
working_days_between(PG_FUNCTION_ARGS)
{
	DateADT		a = PG_GETARG_DATEADT(0);
	DateADT		b = PG_GETARG_DATEADT(1);
	Calendar   *cal = calendar_from_args(fcinfo, 2);
	int32		ia = calendar_day_index(a);
	int32		ib = calendar_day_index(b);

	PG_RETURN_INT32(calendar_cum(cal, ib + 1) - calendar_cum(cal, ia + 1));
}

static void
put_holiday(ReturnSetInfo *rsinfo, DateADT day, const char *name)
{
	Datum		values[2];
	bool		nulls[2] = {false, false};

	values[0] = DateADTGetDatum(day);
	values[1] = CStringGetTextDatum(name);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
}

/*
 * bank_holidays(year integer [, calendar text])
 *	 returns table (day date, name text)
 *
 * The observed bank holidays of the calendar's division, then merged in
 * date order, the calendar's closure days.
 */
Datum
bank_holidays(PG_FUNCTION_ARGS)
{
	int32		year = PG_GETARG_INT32(0);
	Calendar   *cal = calendar_from_args(fcinfo, 1);
	ReturnSetInfo *rsinfo;
	BankHoliday holidays[MAX_BANK_HOLIDAYS_PER_YEAR];
	int			nholidays = 0;
	int			h = 0;
	int			c = 0;
	DateADT		first;
	DateADT		last;

	if (year < BANK_HOLIDAYS_FIRST_YEAR || year > BANK_HOLIDAYS_LAST_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("year %d out of range for working-day calendar", year),
				 errdetail("Working-day calendars cover " CALENDAR_RANGE_TEXT "."),
				 errhint("Give a year from %d to %d.",
						 BANK_HOLIDAYS_FIRST_YEAR, BANK_HOLIDAYS_LAST_YEAR)));

	InitMaterializedSRF(fcinfo, 0);
	rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	if (cal->division >= 0)
		nholidays = uk_bank_holidays(cal->division, year, holidays);
	first = make_date_adt(year, 1, 1);
	last = make_date_adt(year, 12, 31);
	while (c < cal->nclosures && cal->closures[c].day < first)
		c++;

	while (h < nholidays || (c < cal->nclosures && cal->closures[c].day <= last))
	{
		if (c < cal->nclosures && cal->closures[c].day <= last &&
			(h >= nholidays || cal->closures[c].day < holidays[h].day))
		{
			put_holiday(rsinfo, cal->closures[c].day, cal->closures[c].name);
			c++;
		}
		else
		{
			put_holiday(rsinfo, holidays[h].day, holidays[h].name);
			h++;
		}
	}
	return (Datum) 0;
}
