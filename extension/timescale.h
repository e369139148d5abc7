/*-------------------------------------------------------------------------
 *
 * timescale.h
 *	  The timescale type: an amount of time in one unit, as policies write
 *	  it ("5 working days", "24 hours", "once every calendar month").
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_TIMESCALE_H
#define SUPERVISION_TIMESCALE_H

#include "postgres.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/date.h"

#include "calendar.h"

typedef enum TimescaleUnit
{
	TS_HOURS = 1,
	TS_WORKING_DAYS,
	TS_DAYS,
	TS_WEEKS,
	TS_MONTHS,					/* years are stored as 12 months */
	TS_CALENDAR_MONTHS
} TimescaleUnit;

#define TS_LAST_UNIT		TS_CALENDAR_MONTHS

/* No policy speaks of more; 10000 months is over 800 years */
#define TIMESCALE_MAX_COUNT 10000

typedef struct Timescale
{
	int32		count;			/* 1 .. TIMESCALE_MAX_COUNT */
	int32		unit;			/* TimescaleUnit */
} Timescale;

#define DatumGetTimescaleP(X)		((Timescale *) DatumGetPointer(X))
#define TimescalePGetDatum(X)		PointerGetDatum(X)
#define PG_GETARG_TIMESCALE_P(n)	DatumGetTimescaleP(PG_GETARG_DATUM(n))
#define PG_RETURN_TIMESCALE_P(x)	return TimescalePGetDatum(x)

/* a word of policy text: a number or a lower-cased word */
typedef struct TimescaleToken
{
	char	   *word;			/* lower case; NULL for a number */
	int64		number;
} TimescaleToken;

/* what the parser says went wrong: a SQLSTATE and a sentence */
typedef struct TimescaleError
{
	int			sqlstate;
	char	   *detail;
} TimescaleError;

#define TIMESCALE_INPUT_HINT \
	"Write a count and a unit (hours, working days or WD, days, weeks, months, calendar months, years), " \
	"or a word: weekly, fortnightly, 4-weekly, monthly, bi-monthly, quarterly, 6-monthly, annually, every calendar month."

extern bool timescale_tokenize(const char *str, TimescaleToken **tokens, int *ntokens,
							   TimescaleError *err);
extern bool timescale_from_tokens(const TimescaleToken *tokens, int ntokens,
								  Timescale *result, TimescaleError *err);
extern bool timescale_check(int64 count, int32 unit, TimescaleError *err);
extern bool timescale_fail(TimescaleError *err, int sqlstate, char *detail);
extern void check_format_version(int version, int expected, const char *type);
extern void timescale_append(StringInfo buf, const Timescale *t);
extern int	timescale_cmp_internal(const Timescale *a, const Timescale *b);

extern Datum timescale_in(PG_FUNCTION_ARGS);
extern DateADT timescale_due_date(DateADT from, const Timescale *t, const Calendar *cal);
extern DateADT timescale_local_date(Calendar *cal, TimestampTz event);
extern TimestampTz timescale_deadline(Calendar *cal, TimestampTz event, const Timescale *t);

#endif							/* SUPERVISION_TIMESCALE_H */
