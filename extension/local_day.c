/*-------------------------------------------------------------------------
 *
 * local_day.c
 *	  local_day(t timestamptz, time_zone text): the day of an instant in a
 *	  time zone, as (t AT TIME ZONE time_zone)::date gives it; and
 *	  local_instant(t timestamp, time_zone text), the instant of a local
 *	  time, as t AT TIME ZONE time_zone gives it.
 *
 * The reports read every discussion's and session's time as its day in the
 * policy's time zone.  PostgreSQL's AT TIME ZONE looks the zone up by name
 * on every row (lower-casing it, searching the abbreviations, then the
 * zones); here a call site looks it up once and keeps it in fn_extra.
 * Anything but a full zone name (an abbreviation such as BST, whose meaning
 * the setting timezone_abbreviations decides), an unknown zone, or an
 * instant that is infinite or near the ends of the range goes through
 * PostgreSQL's own functions, so answers and errors are theirs.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "fmgr.h"
#include "parser/scansup.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/timestamp.h"

PG_FUNCTION_INFO_V1(local_day);

/* What a call site keeps in fn_extra: the zone it last resolved */
typedef struct LocalDayZone
{
	int			namelen;
	pg_tz	   *tz;				/* NULL: not a full zone name */
	char		name[TZ_STRLEN_MAX + 1];
} LocalDayZone;

/* The zone as PostgreSQL's timestamptz_zone would read it, if a full name */
static pg_tz *
full_zone_name(const char *name)
{
	char	   *lowzone;
	int			offset;
	pg_tz	   *abbrev_tz;

	/* an abbreviation wins over a zone of the same name, as there */
	lowzone = downcase_truncate_identifier(name, strlen(name), false);
	if (timezone_abbrev_type(lowzone, &offset, &abbrev_tz) != UNKNOWN_FIELD)
		return NULL;
	return pg_tzset(name);
}

/*
 * The zone a call site names, resolved once and kept in fn_extra while the
 * name stays the same: NULL when it is not a full zone name (or too long),
 * which PostgreSQL's own functions then read
 */
static pg_tz *
call_site_zone(FunctionCallInfo fcinfo, text *zone)
{
	int			len = VARSIZE_ANY_EXHDR(zone);
	LocalDayZone *cache = (LocalDayZone *) fcinfo->flinfo->fn_extra;

	if (len > TZ_STRLEN_MAX)
		return NULL;
	if (cache == NULL || cache->namelen != len || memcmp(cache->name, VARDATA_ANY(zone), len) != 0)
	{
		if (cache == NULL)
			cache = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(LocalDayZone));
		cache->namelen = len;
		memcpy(cache->name, VARDATA_ANY(zone), len);
		cache->name[len] = '\0';
		cache->tz = full_zone_name(cache->name);
		fcinfo->flinfo->fn_extra = cache;
	}
	return cache->tz;
}

Datum
local_day(PG_FUNCTION_ARGS)
{
	TimestampTz t = PG_GETARG_TIMESTAMPTZ(0);
	text	   *zone = PG_GETARG_TEXT_PP(1);
	pg_tz	   *tz = call_site_zone(fcinfo, zone);
	struct pg_tm tm;
	fsec_t		fsec;
	int			offset;


	/*
	 * Not within two days of the ends of the timestamp range (nor
	 * infinite), where the local time might fall outside it: that is
	 * PostgreSQL's error to raise.
	 */
	if (tz != NULL &&
		t > MIN_TIMESTAMP + 2 * USECS_PER_DAY && t < END_TIMESTAMP - 2 * USECS_PER_DAY &&
		timestamp2tm(t, &offset, &tm, &fsec, NULL, tz) == 0)
		PG_RETURN_DATEADT(date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - POSTGRES_EPOCH_JDATE);

	/* anything else: PostgreSQL's own answer, or its error */
	return DirectFunctionCall1(timestamp_date,
							   DirectFunctionCall2(timestamptz_zone,
												   PointerGetDatum(zone),
												   TimestampTzGetDatum(t)));
}

/*
 * local_instant(t timestamp, time_zone text): the instant of a local time in
 * a zone, as t AT TIME ZONE time_zone gives it (a local time in the gap of a
 * clock change, or in its overlap, read as PostgreSQL reads it).  The
 * reports read a date or timestamp column as a time this way, on every row.
 */
PG_FUNCTION_INFO_V1(local_instant);

Datum
local_instant(PG_FUNCTION_ARGS)
{
	Timestamp	t = PG_GETARG_TIMESTAMP(0);
	text	   *zone = PG_GETARG_TEXT_PP(1);
	pg_tz	   *tz = call_site_zone(fcinfo, zone);
	struct pg_tm tm;
	fsec_t		fsec;
	int			offset;
	TimestampTz result;


	/* a full zone name, as timestamp_zone() reads one; away from the ends */
	if (tz != NULL &&
		t > MIN_TIMESTAMP + 2 * USECS_PER_DAY && t < END_TIMESTAMP - 2 * USECS_PER_DAY &&
		timestamp2tm(t, NULL, &tm, &fsec, NULL, NULL) == 0)
	{
		offset = DetermineTimeZoneOffset(&tm, tz);
		if (tm2timestamp(&tm, fsec, &offset, &result) == 0)
			PG_RETURN_TIMESTAMPTZ(result);
	}

	/* anything else: PostgreSQL's own answer, or its error */
	return DirectFunctionCall2(timestamp_zone, PointerGetDatum(zone), TimestampGetDatum(t));
}
