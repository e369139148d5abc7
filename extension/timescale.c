/*-------------------------------------------------------------------------
 *
 * timescale.c
 *	  The timescale type: input in the policies' own words, canonical
 *	  output, binary I/O, ordering by nominal length, casts to and from
 *	  interval.
 *
 * Text input and binary receive share one check (timescale_check), so a
 * value that one refuses the other refuses too.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include <ctype.h>

#include "common/hashfn.h"
#include "datatype/timestamp.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "timescale.h"

#define TIMESCALE_FORMAT_VERSION 1

PG_FUNCTION_INFO_V1(timescale_in);
PG_FUNCTION_INFO_V1(timescale_out);
PG_FUNCTION_INFO_V1(timescale_recv);
PG_FUNCTION_INFO_V1(timescale_send);
PG_FUNCTION_INFO_V1(timescale_eq);
PG_FUNCTION_INFO_V1(timescale_ne);
PG_FUNCTION_INFO_V1(timescale_lt);
PG_FUNCTION_INFO_V1(timescale_le);
PG_FUNCTION_INFO_V1(timescale_gt);
PG_FUNCTION_INFO_V1(timescale_ge);
PG_FUNCTION_INFO_V1(timescale_cmp);
PG_FUNCTION_INFO_V1(timescale_hash);
PG_FUNCTION_INFO_V1(timescale_to_interval);
PG_FUNCTION_INFO_V1(interval_to_timescale);

static const char *const unit_singular[] = {
	NULL, "hour", "working day", "day", "week", "month", "calendar month"
};
static const char *const unit_plural[] = {
	NULL, "hours", "working days", "days", "weeks", "months", "calendar months"
};

/*
 * Nominal length of one unit in tenths of an hour, for ordering: a working
 * day is 7/5 of a day, a month 30.4375 days (a 400-year average).
 */
static const int64 unit_tenths_of_hour[] = {
	0, 10, 336, 240, 1680, 7305, 7305
};

/* Record what went wrong for the caller's message; returns false */
bool
timescale_fail(TimescaleError *err, int sqlstate, char *detail)
{
	err->sqlstate = sqlstate;
	err->detail = detail;
	return false;
}

/* The one check of a timescale's invariants */
bool
timescale_check(int64 count, int32 unit, TimescaleError *err)
{
	if (unit < TS_HOURS || unit > TS_LAST_UNIT)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					psprintf("Unit %d is not a timescale unit.", unit));
	if (count < 1)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					pstrdup("A timescale is at least 1 of its unit."));
	if (count > PG_INT32_MAX)
		return timescale_fail(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
					psprintf("The count is more than the largest timescale, %d %s.",
							 TIMESCALE_MAX_COUNT, unit_plural[unit]));
	if (count > TIMESCALE_MAX_COUNT)
		return timescale_fail(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE,
					psprintf("%lld %s is more than the largest timescale, %d %s.",
							 (long long) count, unit_plural[unit],
							 TIMESCALE_MAX_COUNT, unit_plural[unit]));
	return true;
}

/*
 * Split policy text into numbers and lower-cased words.  Spaces and hyphens
 * separate words ("6-monthly", "bi-monthly"); a number and a word need no
 * separator ("5WD").  Anything else is refused where it stands.
 */
bool
timescale_tokenize(const char *str, TimescaleToken **tokens, int *ntokens,
				   TimescaleError *err)
{
	int			max = strlen(str) + 1;
	TimescaleToken *tok = palloc(sizeof(TimescaleToken) * max);
	int			n = 0;
	const char *p = str;

	while (*p)
	{
		if (isspace((unsigned char) *p))
			p++;
		else if (*p == '-')
		{
			/*
			 * a hyphen joins two words: not first, not last, not a sign (as
			 * in "5 -days", or "until -6 weeks" in a schedule's stage)
			 */
			if (n == 0 || p[1] == '\0' || isspace((unsigned char) p[1]) || p[1] == '-' ||
				isspace((unsigned char) p[-1]))
				return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
							n == 0 && isdigit((unsigned char) p[1]) ?
							pstrdup("A timescale is at least 1 of its unit.") :
							psprintf("A hyphen must join two words, at \"%s\".", p));
			p++;
		}
		else if (isdigit((unsigned char) *p))
		{
			int64		v = 0;

			while (isdigit((unsigned char) *p))
			{
				if (v <= PG_INT32_MAX)
					v = v * 10 + (*p - '0');
				p++;
			}
			tok[n].word = NULL;
			tok[n].number = v;
			n++;
		}
		else if (isalpha((unsigned char) *p) && !IS_HIGHBIT_SET(*p))
		{
			const char *start = p;

			while (isalpha((unsigned char) *p) && !IS_HIGHBIT_SET(*p))
				p++;
			tok[n].word = pnstrdup(start, p - start);
			for (char *c = tok[n].word; *c; c++)
				*c = pg_ascii_tolower((unsigned char) *c);
			tok[n].number = 0;
			n++;
		}
		else
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						psprintf("Unexpected character at \"%s\".", p));
	}
	*tokens = tok;
	*ntokens = n;
	return true;
}

static bool
word_is(const TimescaleToken *tok, const char *word)
{
	return tok->word != NULL && strcmp(tok->word, word) == 0;
}

/* a unit word, singular or plural */
static bool
unit_is(const TimescaleToken *tok, const char *singular)
{
	size_t		len = strlen(singular);

	return tok->word != NULL && strncmp(tok->word, singular, len) == 0 &&
		(tok->word[len] == '\0' || strcmp(tok->word + len, "s") == 0);
}

/*
 * Read a timescale from words:
 *	 [every] [N] unit
 * where unit is hours, working days, WD, days, weeks, fortnights, months,
 * calendar months, quarters or years, or an adverb: daily, weekly, N-weekly,
 * fortnightly, monthly, N-monthly, bi-monthly, quarterly, annually, yearly.
 * A count is needed before a plain unit, except after "every" and before
 * "calendar month"; an adverb other than weekly and monthly takes none.
 */
bool
timescale_from_tokens(const TimescaleToken *tok, int n, Timescale *result,
					  TimescaleError *err)
{
	int			i = 0;
	bool		every = false;
	int64		count = -1;
	int64		multiple = 1;
	int32		unit;
	bool		adverb = false;		/* counted by its own word */
	const TimescaleToken *w;

	if (n == 0)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					pstrdup("The timescale is empty."));
	if (word_is(&tok[i], "every"))
	{
		every = true;
		i++;
	}
	if (i < n && tok[i].word == NULL)
		count = tok[i++].number;
	if (i >= n)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					count >= 0 ? psprintf("A unit is needed after \"%lld\".", (long long) count) :
					pstrdup("A count and a unit are needed after \"every\"."));
	w = &tok[i++];
	if (w->word == NULL)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					psprintf("A unit is needed between \"%lld\" and \"%lld\".",
							 (long long) count, (long long) w->number));

	if (unit_is(w, "hour"))
		unit = TS_HOURS;
	else if (word_is(w, "working"))
	{
		if (i >= n || !unit_is(&tok[i], "day"))
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						pstrdup("\"working\" must be followed by \"days\"."));
		i++;
		unit = TS_WORKING_DAYS;
	}
	else if (word_is(w, "wd") || word_is(w, "wds"))
		unit = TS_WORKING_DAYS;
	else if (unit_is(w, "day"))
		unit = TS_DAYS;
	else if (unit_is(w, "week"))
		unit = TS_WEEKS;
	else if (unit_is(w, "fortnight"))
		unit = TS_WEEKS, multiple = 2;
	else if (unit_is(w, "month"))
		unit = TS_MONTHS;
	else if (unit_is(w, "quarter"))
		unit = TS_MONTHS, multiple = 3;
	else if (unit_is(w, "year"))
		unit = TS_MONTHS, multiple = 12;
	else if (word_is(w, "calendar"))
	{
		if (i >= n || !unit_is(&tok[i], "month"))
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						pstrdup("\"calendar\" must be followed by \"month\" or \"months\"."));
		i++;
		unit = TS_CALENDAR_MONTHS;
		if (count < 0)
			count = 1;
	}
	/* adverbs: "weekly" and "monthly" take a count ("4-weekly", "6-monthly") */
	else if (word_is(w, "weekly"))
		unit = TS_WEEKS, adverb = true, count = count < 0 ? 1 : count;
	else if (word_is(w, "monthly"))
		unit = TS_MONTHS, adverb = true, count = count < 0 ? 1 : count;
	else if (word_is(w, "bi"))
	{
		/* "bi-weekly" means twice a week to some, every two weeks to others */
		if (i >= n || !word_is(&tok[i], "monthly"))
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						psprintf("\"bi-%s\" is ambiguous: only \"bi-monthly\" (every 2 months) is understood.",
								 i < n && tok[i].word ? tok[i].word : ""));
		if (count >= 0)
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						pstrdup("\"bi-monthly\" takes no count."));
		unit = TS_MONTHS, adverb = true, count = 2, i++;
	}
	else if ((word_is(w, "daily") || word_is(w, "fortnightly") ||
			  word_is(w, "bimonthly") || word_is(w, "quarterly") ||
			  word_is(w, "annually") || word_is(w, "yearly")) && count < 0)
	{
		adverb = true;
		if (word_is(w, "daily"))
			unit = TS_DAYS, count = 1;
		else if (word_is(w, "fortnightly"))
			unit = TS_WEEKS, count = 2;
		else if (word_is(w, "bimonthly"))
			unit = TS_MONTHS, count = 2;
		else if (word_is(w, "quarterly"))
			unit = TS_MONTHS, count = 3;
		else
			unit = TS_MONTHS, count = 12;
	}
	else if (word_is(w, "daily") || word_is(w, "fortnightly") ||
			 word_is(w, "bimonthly") || word_is(w, "quarterly") || word_is(w, "annually") ||
			 word_is(w, "yearly"))
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					psprintf("\"%s\" takes no count.", w->word));
	else
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					psprintf("Unknown word \"%s\".", w->word));

	if (i < n)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					tok[i].word ? psprintf("Unexpected \"%s\" after the unit.", tok[i].word) :
					psprintf("Unexpected \"%lld\" after the unit.", (long long) tok[i].number));
	if (adverb && every)
		return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
					psprintf("\"every\" cannot precede \"%s\".", w->word));
	if (count < 0)
	{
		if (!every)
			return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION,
						psprintf("A count is needed before \"%s\".", w->word));
		count = 1;
	}
	if (!timescale_check(count * multiple, unit, err))
		return false;
	result->count = (int32) (count * multiple);
	result->unit = unit;
	return true;
}

/*
 * timescale_in: a bad literal is reported softly where the caller asks
 * (pg_input_is_valid(), COPY ... ON_ERROR ignore, from PostgreSQL 16),
 * else thrown
 */
Datum
timescale_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	Timescale  *result = palloc(sizeof(Timescale));
	TimescaleToken *tokens;
	int			ntokens;
	TimescaleError err;

	if (timescale_tokenize(str, &tokens, &ntokens, &err) &&
		timescale_from_tokens(tokens, ntokens, result, &err))
		PG_RETURN_TIMESCALE_P(result);
	if (err.sqlstate == ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE)
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(err.sqlstate),
				 errmsg("timescale out of range: \"%s\"", str),
				 errdetail_internal("%s", err.detail),
				 errhint("Use a larger unit, or a count up to %d.", TIMESCALE_MAX_COUNT)));
	ereturn(fcinfo->context, (Datum) 0,
			(errcode(err.sqlstate),
			 errmsg("invalid input syntax for type %s: \"%s\"", "timescale", str),
			 errdetail_internal("%s", err.detail),
			 errhint(TIMESCALE_INPUT_HINT)));
}

/* canonical text: "5 working days", "1 calendar month" */
void
timescale_append(StringInfo buf, const Timescale *t)
{
	appendStringInfo(buf, "%d %s", t->count,
					 t->count == 1 ? unit_singular[t->unit] : unit_plural[t->unit]);
}

Datum
timescale_out(PG_FUNCTION_ARGS)
{
	Timescale  *t = PG_GETARG_TIMESCALE_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	timescale_append(&buf, t);
	PG_RETURN_CSTRING(buf.data);
}

/* The leading version byte of a binary value, checked by every receive */
void
check_format_version(int version, int expected, const char *type)
{
	if (version != expected)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type %s", version, type),
				 errhint("This server reads version %d; send the value as text.", expected)));
}

/* binary: a format version byte, the unit byte, the count as int32 */
Datum
timescale_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int32		unit;
	int32		count;
	Timescale  *result;
	TimescaleError err;

	check_format_version(version, TIMESCALE_FORMAT_VERSION, "timescale");
	unit = pq_getmsgbyte(buf);
	count = pq_getmsgint(buf, 4);
	if (!timescale_check(count, unit, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type timescale"),
				 errdetail_internal("%s", err.detail),
				 errhint("Send the value as text.")));
	result = palloc(sizeof(Timescale));
	result->count = count;
	result->unit = unit;
	PG_RETURN_TIMESCALE_P(result);
}

Datum
timescale_send(PG_FUNCTION_ARGS)
{
	Timescale  *t = PG_GETARG_TIMESCALE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, TIMESCALE_FORMAT_VERSION);
	pq_sendbyte(&buf, t->unit);
	pq_sendint32(&buf, t->count);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* By nominal length, ties broken by unit: a total order consistent with = */
int
timescale_cmp_internal(const Timescale *a, const Timescale *b)
{
	int64		la = a->count * unit_tenths_of_hour[a->unit];
	int64		lb = b->count * unit_tenths_of_hour[b->unit];

	if (la != lb)
		return la < lb ? -1 : 1;
	if (a->unit != b->unit)
		return a->unit < b->unit ? -1 : 1;
	return 0;
}

#define TIMESCALE_COMPARISON(name, op) \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(timescale_cmp_internal(PG_GETARG_TIMESCALE_P(0), \
										  PG_GETARG_TIMESCALE_P(1)) op 0); \
}

TIMESCALE_COMPARISON(timescale_eq, ==)
TIMESCALE_COMPARISON(timescale_ne, !=)
TIMESCALE_COMPARISON(timescale_lt, <)
TIMESCALE_COMPARISON(timescale_le, <=)
TIMESCALE_COMPARISON(timescale_gt, >)
TIMESCALE_COMPARISON(timescale_ge, >=)

Datum
timescale_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(timescale_cmp_internal(PG_GETARG_TIMESCALE_P(0),
										   PG_GETARG_TIMESCALE_P(1)));
}

Datum
timescale_hash(PG_FUNCTION_ARGS)
{
	Timescale  *t = PG_GETARG_TIMESCALE_P(0);

	return hash_any((const unsigned char *) t, sizeof(Timescale));
}

/* Exact units only: working days and calendar months have no fixed length */
Datum
timescale_to_interval(PG_FUNCTION_ARGS)
{
	Timescale  *t = PG_GETARG_TIMESCALE_P(0);
	Interval   *result = palloc0(sizeof(Interval));

	switch (t->unit)
	{
		case TS_HOURS:
			result->time = (int64) t->count * USECS_PER_HOUR;
			break;
		case TS_DAYS:
			result->day = t->count;
			break;
		case TS_WEEKS:
			result->day = t->count * 7;
			break;
		case TS_MONTHS:
			result->month = t->count;
			break;
		default:
			{
				StringInfoData buf;

				initStringInfo(&buf);
				timescale_append(&buf, t);
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("timescale \"%s\" has no exact interval", buf.data),
						 errdetail("%s depend on a calendar.",
								   t->unit == TS_WORKING_DAYS ? "Working days" : "Calendar months"),
						 errhint("Use supervision.due_date() or supervision.deadline() instead.")));
			}
	}
	PG_RETURN_INTERVAL_P(result);
}

/* An interval of whole hours, whole days, or whole months, and only one */
Datum
interval_to_timescale(PG_FUNCTION_ARGS)
{
	Interval   *iv = PG_GETARG_INTERVAL_P(0);
	Timescale  *result = palloc(sizeof(Timescale));
	int			parts = (iv->month != 0) + (iv->day != 0) + (iv->time != 0);
	int64		count = 0;
	int32		unit = 0;
	TimescaleError err;

	if (parts == 1 && iv->month != 0)
		count = iv->month, unit = TS_MONTHS;
	else if (parts == 1 && iv->day != 0)
		count = iv->day, unit = TS_DAYS;
	else if (parts == 1 && iv->time % USECS_PER_HOUR == 0)
		count = iv->time / USECS_PER_HOUR, unit = TS_HOURS;
	if (unit == 0 || !timescale_check(count, unit, &err))
		ereport(ERROR,
				(errcode(unit != 0 && err.sqlstate == ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE ?
						 err.sqlstate : ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("interval \"%s\" has no exact timescale",
						DatumGetCString(DirectFunctionCall1(interval_out,
															IntervalPGetDatum(iv)))),
				 unit != 0 ? errdetail_internal("%s", err.detail) :
				 errdetail("A timescale is a positive whole number of hours, days or months, in one unit."),
				 errhint("Write the timescale as text, such as '5 working days' or 'monthly'.")));
	result->count = (int32) count;
	result->unit = unit;
	PG_RETURN_TIMESCALE_P(result);
}
