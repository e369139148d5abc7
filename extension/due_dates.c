/*-------------------------------------------------------------------------
 *
 * due_dates.c
 *	  Due dates and deadlines from a timescale: due_date(), deadline() and
 *	  the operator date + timescale.
 *
 * The due date is the last day that still meets the timescale; the
 * deadline is the first instant that is late.  Only working days use the
 * calendar's days; every calendar unit keeps its date as it falls, weekend
 * or not.  The calendar's time zone decides where a day begins and ends.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "datatype/timestamp.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

#include "timescale.h"

PG_FUNCTION_INFO_V1(due_date);
PG_FUNCTION_INFO_V1(deadline);

static void
date_out_of_range(DateADT from, const Timescale *t)
{
	StringInfoData buf;

	initStringInfo(&buf);
	timescale_append(&buf, t);
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date out of range: %s after %s", buf.data, calendar_date_text(from))));
}

/*
 * The first day of each month of the calendar range and of the month after
 * it, so month arithmetic in the range is a few array reads, not a round
 * trip through Julian days.
 */
#define MONTHS_IN_RANGE ((2199 - 1971 + 1) * MONTHS_PER_YEAR)
static DateADT month_start[MONTHS_IN_RANGE + 1];

static void
build_month_starts(void)
{
	for (int i = 0; i <= MONTHS_IN_RANGE; i++)
		month_start[i] = date2j(1971 + i / MONTHS_PER_YEAR, i % MONTHS_PER_YEAR + 1, 1) -
			POSTGRES_EPOCH_JDATE;
}

/* The day n months after day through Julian days: outside the range */
static DateADT
months_after_slow(DateADT day, int32 n, bool end_of_month)
{
	int			y,
				m,
				d;
	int			m0;

	j2date(day + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	m0 = m - 1 + n;
	y += m0 / MONTHS_PER_YEAR;
	m = m0 % MONTHS_PER_YEAR + 1;
	d = end_of_month ? day_tab[isleap(y)][m - 1] : Min(d, day_tab[isleap(y)][m - 1]);
	if (!IS_VALID_JULIAN(y, m, d))
		return DATEVAL_NOEND;
	return date2j(y, m, d) - POSTGRES_EPOCH_JDATE;
}

/*
 * The day n months after day: clamped to the end of a shorter month, as
 * date + interval does (31 January + 1 month = 28 or 29 February), or, with
 * end_of_month, the last day of that month.  DATEVAL_NOEND when out of
 * range (the caller reports it).
 */
static DateADT
months_after(DateADT day, int32 n, bool end_of_month)
{
	int64		i = (int64) day - CALENDAR_FIRST_DAY;
	int32		from,
				to,
				length;

	Assert(n >= 0);
	if (i < 0 || day > CALENDAR_LAST_DAY || n >= MONTHS_IN_RANGE)
		return months_after_slow(day, n, end_of_month);
	if (unlikely(month_start[1] == 0))
		build_month_starts();

	/* 4800 months in 146097 days: the estimate is at most a month out */
	from = (int32) (i * 4800 / 146097);
	if (from >= MONTHS_IN_RANGE)
		from = MONTHS_IN_RANGE - 1;
	while (month_start[from] > day)
		from--;
	while (month_start[from + 1] <= day)
		from++;
	to = from + n;
	if (to >= MONTHS_IN_RANGE)
		return months_after_slow(day, n, end_of_month);
	length = month_start[to + 1] - month_start[to];
	return month_start[to] + (end_of_month ? length - 1 : Min(day - month_start[from], length - 1));
}

/*
 * The last day that still meets timescale t counted from day `from`.  Hours
 * on a date: the last day on which N hours after some moment of `from` can
 * fall, from + ceil(N / 24).
 */
DateADT
timescale_due_date(DateADT from, const Timescale *t, const Calendar *cal)
{
	int64		result;

	if (DATE_NOT_FINITE(from))
		return from;
	switch (t->unit)
	{
		case TS_WORKING_DAYS:
			return calendar_add_working_days(cal, from, t->count);
		case TS_HOURS:
			result = (int64) from + (t->count + 23) / 24;
			break;
		case TS_DAYS:
			result = (int64) from + t->count;
			break;
		case TS_WEEKS:
			result = (int64) from + 7 * (int64) t->count;
			break;
		case TS_MONTHS:
			result = months_after(from, t->count, false);
			break;
		case TS_CALENDAR_MONTHS:
			result = months_after(from, t->count, true);
			break;
		default:
			elog(ERROR, "unknown timescale unit %d", t->unit);
	}
	if (!IS_VALID_DATE(result))
		date_out_of_range(from, t);
	return (DateADT) result;
}

/*
 * due_date(from date, t timescale [, calendar text]) returns date; also
 * the operator date + timescale, in the default calendar
 */
Datum
due_date(PG_FUNCTION_ARGS)
{
	DateADT		from = PG_GETARG_DATEADT(0);
	Timescale  *t = PG_GETARG_TIMESCALE_P(1);

	PG_RETURN_DATEADT(timescale_due_date(from, t, calendar_from_args(fcinfo, 2)));
}

static void
timestamp_out_of_range(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("timestamp out of range")));
}

/* The event's local date in the calendar's time zone */
DateADT
timescale_local_date(Calendar *cal, TimestampTz event)
{
	int64		guess = event / USECS_PER_DAY - (event < 0 && event % USECS_PER_DAY != 0);
	int32		i = (int32) Max(Min(guess, (int64) CALENDAR_LAST_DAY + 1), (int64) CALENDAR_FIRST_DAY - 1) - CALENDAR_FIRST_DAY;
	struct pg_tm tm;
	fsec_t		fsec;
	int			offset;

	/* within the range: local midnights are at most a day from UTC's */
	if (i >= 1 && i < CALENDAR_DAYS - 1)
	{
		if (event < calendar_midnight(cal, i))
			i--;
		else if (event >= calendar_midnight(cal, i + 1))
			i++;
		return CALENDAR_FIRST_DAY + i;
	}
	if (timestamp2tm(event, &offset, &tm, &fsec, NULL, calendar_time_zone(cal)) != 0)
		timestamp_out_of_range();
	return date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - POSTGRES_EPOCH_JDATE;
}

/* The instant a local day begins in the calendar's time zone */
static TimestampTz
local_midnight(Calendar *cal, DateADT day)
{
	struct pg_tm tm;
	int			offset;
	TimestampTz result;

	if (day >= CALENDAR_FIRST_DAY && day <= CALENDAR_LAST_DAY + 1)
		return calendar_midnight(cal, day - CALENDAR_FIRST_DAY);
	memset(&tm, 0, sizeof(tm));
	j2date(day + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	offset = DetermineTimeZoneOffset(&tm, calendar_time_zone(cal));
	if (tm2timestamp(&tm, 0, &offset, &result) != 0 || !IS_VALID_TIMESTAMP(result))
		timestamp_out_of_range();
	return result;
}

/*
 * Deadlines already worked out.  A report or a bulk insert asks for the
 * deadline of one timescale on day after day, and working one out reads
 * four places far apart (where the local day begins, the working days
 * before it, the k-th working day, where the due day ends): four cache
 * misses on a long scan.  So a calendar keeps, for the first
 * CALENDAR_DEADLINE_MEMOS timescales asked about, four bytes a day that
 * answer an event on that day in one read, and stay in a core's cache.
 * Days are filled in as they are asked for, in blocks allocated on first
 * touch: a backend keeps memory for the days it has asked about.
 */
#define QUARTER_HOUR (15 * USECS_PER_MINUTE)

typedef struct DeadlineDay
{
	/* local day i begins, and ends, this many quarter hours after UTC's */
	int8		begins;
	int8		ends;
	/* its deadline, in quarter hours after UTC day i begins; 0: not known */
	uint16		deadline;
} DeadlineDay;

typedef struct DeadlineMemo
{
	Timescale	t;
	void	   *block[CALENDAR_BLOCKS];	/* of DeadlineDay */
} DeadlineMemo;

/* Where the calendar keeps day i of the range under t, or NULL: no room */
static DeadlineDay *
deadline_memo_day(Calendar *cal, const Timescale *t, int32 i)
{
	DeadlineMemo *memo = NULL;

	for (int m = 0; m < cal->ndeadline_memos; m++)
		if (cal->deadline_memos[m]->t.count == t->count &&
			cal->deadline_memos[m]->t.unit == t->unit)
		{
			memo = cal->deadline_memos[m];
			break;
		}
	if (unlikely(memo == NULL))
	{
		if (cal->ndeadline_memos == CALENDAR_DEADLINE_MEMOS)
			return NULL;
		memo = calendar_alloc0(sizeof(DeadlineMemo));
		memo->t = *t;
		cal->deadline_memos[cal->ndeadline_memos++] = memo;
	}
	return calendar_day_entry(memo->block, i, sizeof(DeadlineDay), calendar_alloc0);
}

/* Keep the deadline of day i, if its instants are whole quarter hours */
static void
deadline_memo_keep(Calendar *cal, DeadlineDay *memo, int32 i, TimestampTz deadline)
{
	TimestampTz day_utc = (int64) (CALENDAR_FIRST_DAY + i) * USECS_PER_DAY;
	int64		begins = calendar_midnight(cal, i) - day_utc;
	int64		ends = calendar_midnight(cal, i + 1) - day_utc - USECS_PER_DAY;
	int64		after = deadline - day_utc;

	if (begins % QUARTER_HOUR != 0 || ends % QUARTER_HOUR != 0 || after % QUARTER_HOUR != 0 ||
		after / QUARTER_HOUR <= 0 || after / QUARTER_HOUR > PG_UINT16_MAX)
		return;
	memo->begins = (int8) (begins / QUARTER_HOUR);
	memo->ends = (int8) (ends / QUARTER_HOUR);
	memo->deadline = (uint16) (after / QUARTER_HOUR);
}

/*
 * The first instant that is late: for hours, exactly event + N hours; for
 * every day-based unit, midnight in the calendar's time zone at the start
 * of the day after the due date of the event's local date.
 */
TimestampTz
timescale_deadline(Calendar *cal, TimestampTz event, const Timescale *t)
{
	TimestampTz result;
	int64		i;
	TimestampTz day_utc;
	DeadlineDay *memo = NULL;
	DateADT		day;

	if (TIMESTAMP_NOT_FINITE(event))
		return event;

	if (t->unit == TS_HOURS)
	{
		result = event + (int64) t->count * USECS_PER_HOUR;
		if (!IS_VALID_TIMESTAMP(result))
			timestamp_out_of_range();
		return result;
	}

	/* i: the event's day in UTC, in the range; most often its local day */
	i = event / USECS_PER_DAY - (event < 0 && event % USECS_PER_DAY != 0) - CALENDAR_FIRST_DAY;
	day_utc = (CALENDAR_FIRST_DAY + i) * USECS_PER_DAY;
	if (i >= 0 && i < CALENDAR_DAYS &&
		(memo = deadline_memo_day(cal, t, (int32) i)) != NULL &&
		memo->deadline != 0 &&
		event >= day_utc + memo->begins * QUARTER_HOUR &&
		event < day_utc + USECS_PER_DAY + memo->ends * QUARTER_HOUR)
		return day_utc + memo->deadline * QUARTER_HOUR;

	calendar_build_midnights(cal);
	day = timescale_local_date(cal, event);
	result = local_midnight(cal, timescale_due_date(day, t, cal) + 1);
	if (memo != NULL && day == CALENDAR_FIRST_DAY + i)
		deadline_memo_keep(cal, memo, (int32) i, result);
	return result;
}

/* deadline(event timestamptz, t timescale [, calendar text]) returns timestamptz */
Datum
deadline(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(timescale_deadline(calendar_from_args(fcinfo, 2),
											 PG_GETARG_TIMESTAMPTZ(0),
											 PG_GETARG_TIMESCALE_P(1)));
}
