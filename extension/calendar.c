/*-------------------------------------------------------------------------
 *
 * calendar.c
 *	  The per-backend cache of working-day calendars.
 *
 * A calendar is a set of days not worked: weekend days, the bank holidays
 * of a UK division (bank_holidays.c), and closure days kept in
 * supervision.closure_day.  The three built-in calendars are known to the
 * C code; a council's own are rows of supervision.calendar.
 *
 * The cache holds every calendar's definition, read once from the two
 * tables, and builds a calendar's working-day arrays the first time it is
 * used for arithmetic.  A statement trigger on both tables sends a relcache
 * invalidation (as pg_cron does for its job table), so every session drops
 * its cache when a change commits, and the changing session at its next
 * command.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/parallel.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "commands/trigger.h"
#include "executor/tuptable.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "bank_holidays.h"
#include "calendar.h"
#include "config_cache.h"
#include "settings.h"

uint64		calendar_generation = 1;
char	   *default_calendar_name = NULL;

static MemoryContext calendar_context = NULL;
static HTAB *calendars = NULL;	/* name -> Calendar; NULL when stale */

/* the tables the cache was read from; InvalidOid when they were absent */
static Oid	calendar_relid = InvalidOid;
static Oid	closure_relid = InvalidOid;

Calendar   *default_calendar = NULL;
uint64		default_calendar_generation = 0;

static void calendar_build_days(Calendar *cal);

static void
calendar_invalidate(Datum arg, Oid relid)
{
	/*
	 * Before the extension's tables exist, any relcache event may be their
	 * creation: drop the cache then too, rebuilding it is cheap.
	 */
	if (relid == InvalidOid || !OidIsValid(calendar_relid) ||
		relid == calendar_relid || relid == closure_relid)
	{
		calendars = NULL;
		calendar_generation++;
	}
}

void
calendar_init(void)
{
	CacheRegisterRelcacheCallback(calendar_invalidate, (Datum) 0);
}

static Calendar *
add_calendar(const char *name)
{
	bool		found;
	Calendar   *cal = hash_search(calendars, name, HASH_ENTER, &found);

	if (!found)
	{
		memset(((char *) cal) + NAMEDATALEN, 0, sizeof(Calendar) - NAMEDATALEN);
		cal->division = -1;
	}
	return cal;
}

static char *
text_column(TupleTableSlot *slot, AttrNumber attnum)
{
	bool		isnull;
	Datum		d = slot_getattr(slot, attnum, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* The weekend_days array of ISO weekdays as a bit mask */
static uint8
weekend_mask(TupleTableSlot *slot, AttrNumber attnum)
{
	bool		isnull;
	Datum		d = slot_getattr(slot, attnum, &isnull);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	uint8		mask = 0;

	if (isnull)
		return 0;
	deconstruct_array(DatumGetArrayTypeP(d), INT2OID, sizeof(int16), true,
					  TYPALIGN_SHORT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		int16		dow = DatumGetInt16(elems[i]);

		/* the table's trigger refuses anything else */
		if (!nulls[i] && dow >= 1 && dow <= 7)
			mask |= 1 << dow;
	}
	return mask;
}

/* The columns of the table a loader reads, looked up once per scan */
typedef struct Columns
{
	AttrNumber	a[4];
} Columns;

/* A council's calendar: name, based_on, weekend_days, time_zone */
static void
calendar_row(TupleTableSlot *slot, void *arg)
{
	const AttrNumber *a = ((Columns *) arg)->a;
	char	   *name = text_column(slot, a[0]);
	char	   *based_on = text_column(slot, a[1]);
	char	   *tz = text_column(slot, a[3]);
	Calendar   *cal;

	/* the built-in rows describe what the C code knows */
	if (name == NULL || strlen(name) >= NAMEDATALEN ||
		uk_division_by_name(name) >= 0)
		return;
	cal = add_calendar(name);
	cal->division = based_on ? uk_division_by_name(based_on) : -1;
	cal->weekend = weekend_mask(slot, a[2]);
	cal->time_zone = MemoryContextStrdup(calendar_context,
										 tz ? tz : "Europe/London");
}

static int
compare_closures(const void *a, const void *b)
{
	const ClosureDay *x = a;
	const ClosureDay *y = b;

	return (x->day > y->day) - (x->day < y->day);
}

/*
 * A closure day (calendar, day, name), given to its calendar, and to every
 * calendar based on the built-in one it closes (a day proclaimed at short
 * notice).
 */
static void
closure_day_row(TupleTableSlot *slot, void *arg)
{
	const AttrNumber *a = ((Columns *) arg)->a;
	char	   *calname = text_column(slot, a[0]);
	char	   *name = text_column(slot, a[2]);
	bool		isnull;
	Datum		day = slot_getattr(slot, a[1], &isnull);
	int			division;
	HASH_SEQ_STATUS status;
	Calendar   *cal;

	if (calname == NULL || isnull || strlen(calname) >= NAMEDATALEN)
		return;
	division = uk_division_by_name(calname);

	hash_seq_init(&status, calendars);
	while ((cal = hash_seq_search(&status)) != NULL)
	{
		ClosureDay *c;

		if (strcmp(cal->name, calname) != 0 &&
			(division < 0 || cal->builtin || cal->division != division))
			continue;
		cal->closures = cal->closures == NULL ?
			MemoryContextAlloc(calendar_context, sizeof(ClosureDay)) :
			repalloc(cal->closures, sizeof(ClosureDay) * (cal->nclosures + 1));
		c = &cal->closures[cal->nclosures++];
		c->day = DatumGetDateADT(day);
		c->name = MemoryContextStrdup(calendar_context, name ? name : "");
	}
}

/* Read the council's calendars, then the closure days, each sorted by day */
static void
load_calendars(Snapshot snapshot)
{
	Columns		calendar_columns = {{column_number(calendar_relid, "name"),
									 column_number(calendar_relid, "based_on"),
									 column_number(calendar_relid, "weekend_days"),
									 column_number(calendar_relid, "time_zone")}};
	Columns		closure_columns = {{column_number(closure_relid, "calendar"),
									column_number(closure_relid, "day"),
									column_number(closure_relid, "name")}};
	HASH_SEQ_STATUS status;
	Calendar   *cal;

	cache_scan(calendar_relid, snapshot, calendar_row, &calendar_columns);
	cache_scan(closure_relid, snapshot, closure_day_row, &closure_columns);

	hash_seq_init(&status, calendars);
	while ((cal = hash_seq_search(&status)) != NULL)
		if (cal->nclosures > 1)
			qsort(cal->closures, cal->nclosures, sizeof(ClosureDay),
				  compare_closures);
}

static void
forget_calendars(void)
{
	calendars = NULL;
}

static void
calendar_cache_rebuild(void)
{
	HASHCTL		ctl;

	Assert(make_date_adt(1971, 1, 1) == CALENDAR_FIRST_DAY);
	Assert(make_date_adt(2199, 12, 31) == CALENDAR_LAST_DAY);

	cache_context(&calendar_context, "supervision calendars");
	calendar_generation++;

	ctl.keysize = NAMEDATALEN;
	ctl.entrysize = sizeof(Calendar);
	ctl.hcxt = calendar_context;
	calendars = hash_create("supervision calendars", 16, &ctl,
							HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);

	for (int d = 0; d < UK_DIVISIONS; d++)
	{
		Calendar   *cal = add_calendar(uk_division_name(d));

		cal->division = d;
		cal->builtin = true;
		cal->weekend = (1 << 6) | (1 << 7);
		cal->time_zone = "Europe/London";
	}

	calendar_relid = extension_table("calendar");
	closure_relid = extension_table("closure_day");
	if (!OidIsValid(calendar_relid) || !OidIsValid(closure_relid))
	{
		calendar_relid = closure_relid = InvalidOid;
		return;
	}
	cache_load(load_calendars, forget_calendars);
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* "a, b, c": names sorted and joined for a hint; sorts the array given */
char *
names_for_hint(const char **names, int n)
{
	StringInfoData buf;

	if (n == 0)
		return "(none)";
	qsort(names, n, sizeof(char *), compare_names);
	initStringInfo(&buf);
	for (int i = 0; i < n; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", names[i]);
	return buf.data;
}

/* "england-and-wales, northern-ireland, scotland, ...", for hints */
static char *
calendar_names(void)
{
	HASH_SEQ_STATUS status;
	Calendar   *cal;
	const char **names = palloc(sizeof(char *) * (hash_get_num_entries(calendars) + 1));
	int			n = 0;

	hash_seq_init(&status, calendars);
	while ((cal = hash_seq_search(&status)) != NULL)
		names[n++] = cal->name;
	return names_for_hint(names, n);
}

/*
 * The calendar of that name.  Unknown: NULL if missing_ok, else an error
 * whose hint lists the calendars there are.
 */
Calendar *
calendar_lookup(const char *name, bool missing_ok)
{
	Calendar   *cal = NULL;

	if (calendars == NULL)
		calendar_cache_rebuild();
	if (strlen(name) < NAMEDATALEN)
		cal = hash_search(calendars, name, HASH_FIND, NULL);
	if (cal == NULL && !missing_ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar \"%s\" does not exist", name),
				 default_calendar_name && strcmp(name, default_calendar_name) == 0 ?
				 errdetail("It is the default calendar, set by supervision.calendar.") : 0,
				 errhint("Calendars are: %s. A DBA defines one by inserting into supervision.calendar.",
						 calendar_names())));
	return cal;
}

/* A calendar by name, with its working-day arrays built */
Calendar *
calendar_for_arithmetic(const char *name)
{
	Calendar   *cal = calendar_lookup(name, false);

	calendar_build_days(cal);
	return cal;
}

/*
 * calendar_from_args() when its fast path misses: the first call at a call
 * site, or the first after the cache was invalidated.
 */
Calendar *
calendar_from_args_slow(FunctionCallInfo fcinfo, int argno)
{
	text	   *arg;
	CalendarArgCache *cache;
	Calendar   *cal;

	if (PG_NARGS() <= argno)
	{
		cal = calendar_lookup(default_calendar_name, false);
		calendar_build_days(cal);
		default_calendar = cal;
		default_calendar_generation = calendar_generation;
		return cal;
	}

	arg = PG_GETARG_TEXT_PP(argno);
	cal = calendar_lookup(text_to_cstring(arg), false);
	calendar_build_days(cal);

	cache = (CalendarArgCache *) fcinfo->flinfo->fn_extra;
	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(CalendarArgCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->calendar = cal;
	cache->generation = calendar_generation;
	/* a name the hash found is shorter than NAMEDATALEN */
	cache->namelen = VARSIZE_ANY_EXHDR(arg);
	memcpy(cache->name, VARDATA_ANY(arg), cache->namelen);
	return cal;
}

/*
 * Build a calendar's working-day arrays (calendar.h), once per cache
 * generation.
 */
static void
calendar_build_days(Calendar *cal)
{
	bool	   *closed;
	int32	   *nth;
	int32		nblocks;
	int32		k = 0;
	BankHoliday holidays[MAX_BANK_HOLIDAYS_PER_YEAR];

	if (cal->cum_block != NULL)
		return;

	closed = palloc0(CALENDAR_DAYS);
	if (cal->division >= 0)
		for (int y = BANK_HOLIDAYS_FIRST_YEAR; y <= BANK_HOLIDAYS_LAST_YEAR; y++)
		{
			int			n = uk_bank_holidays(cal->division, y, holidays);

			for (int i = 0; i < n; i++)
				closed[holidays[i].day - CALENDAR_FIRST_DAY] = true;
		}
	for (int i = 0; i < cal->nclosures; i++)
		if (cal->closures[i].day >= CALENDAR_FIRST_DAY &&
			cal->closures[i].day <= CALENDAR_LAST_DAY)
			closed[cal->closures[i].day - CALENDAR_FIRST_DAY] = true;

	/* cum(i) for 0 <= i <= CALENDAR_DAYS, and nth(k) in full first */
	nblocks = (CALENDAR_DAYS >> CALENDAR_BLOCK_BITS) + 1;
	cal->cum_block = MemoryContextAlloc(calendar_context, sizeof(int32) * nblocks);
	cal->cum_step = MemoryContextAlloc(calendar_context, CALENDAR_DAYS + 1);
	nth = palloc(sizeof(int32) * (CALENDAR_DAYS + 1));
	for (int32 i = 0; i <= CALENDAR_DAYS; i++)
	{
		if ((i & ((1 << CALENDAR_BLOCK_BITS) - 1)) == 0)
			cal->cum_block[i >> CALENDAR_BLOCK_BITS] = k;
		cal->cum_step[i] = k - cal->cum_block[i >> CALENDAR_BLOCK_BITS];
		if (i < CALENDAR_DAYS)
		{
			/* ISO weekday: j2day() gives 0 for Sunday */
			int			dow = j2day(CALENDAR_FIRST_DAY + i + POSTGRES_EPOCH_JDATE);

			if (!closed[i] && (cal->weekend & (1 << (dow == 0 ? 7 : dow))) == 0)
				nth[++k] = i;
		}
	}
	cal->nworking = k;

	/* nth(k) as a base per block (its first k, or k = 1) plus a step */
	nblocks = (k >> CALENDAR_BLOCK_BITS) + 1;
	cal->nth_block = MemoryContextAlloc(calendar_context, sizeof(int32) * nblocks);
	cal->nth_step = MemoryContextAlloc(calendar_context, sizeof(uint16) * (k + 1));
	cal->nth_step[0] = 0;
	for (int32 j = 1; j <= k; j++)
	{
		int32		base;

		if (j == 1 || (j & ((1 << CALENDAR_BLOCK_BITS) - 1)) == 0)
			cal->nth_block[j >> CALENDAR_BLOCK_BITS] = nth[j];
		base = cal->nth_block[j >> CALENDAR_BLOCK_BITS];
		if (nth[j] - base > PG_UINT16_MAX)
		{
			cal->cum_block = NULL;
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("calendar \"%s\" has too few working days", cal->name),
					 errdetail("256 working days are spread over more than 65535 days."),
					 errhint("Remove closure days from supervision.closure_day.")));
		}
		cal->nth_step[j] = nth[j] - base;
	}
	pfree(nth);
	pfree(closed);
}

/* The calendar's time zone, resolved once (pg_tzset's cache is permanent) */
pg_tz *
calendar_time_zone(Calendar *cal)
{
	if (cal->tz == NULL)
	{
		cal->tz = pg_tzset(cal->time_zone);
		if (cal->tz == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("time zone \"%s\" of calendar \"%s\" is not recognized",
							cal->time_zone, cal->name),
					 errhint("Set supervision.calendar.time_zone to a name from pg_timezone_names.")));
	}
	return cal->tz;
}

/*
 * Zeroed memory that lives as long as the calendars do: freed when they are
 * rebuilt, so nothing worked out from a calendar outlives a change to it.
 */
void *
calendar_alloc0(Size size)
{
	Assert(calendar_context != NULL);
	return MemoryContextAllocZero(calendar_context, size);
}

/* Build the offsets at local midnight of every day (calendar.h) */
void
calendar_build_midnights(Calendar *cal)
{
	pg_tz	   *tz = calendar_time_zone(cal);
	int32	   *offsets;

	if (cal->midnight_offset != NULL)
		return;
	offsets = MemoryContextAlloc(calendar_context, sizeof(int32) * (CALENDAR_DAYS + 1));
	for (int32 i = 0; i <= CALENDAR_DAYS; i++)
	{
		struct pg_tm tm;

		memset(&tm, 0, sizeof(tm));
		j2date(CALENDAR_FIRST_DAY + i + POSTGRES_EPOCH_JDATE,
			   &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
		offsets[i] = DetermineTimeZoneOffset(&tm, tz);
	}
	cal->midnight_offset = offsets;
}

/* A date as ISO text for messages, whatever the session's DateStyle */
char *
calendar_date_text(DateADT day)
{
	int			y,
				m,
				d;

	if (DATE_IS_NOBEGIN(day))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(day))
		return pstrdup("infinity");
	j2date(day + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	if (y <= 0)
		return psprintf("%04d-%02d-%02d BC", 1 - y, m, d);
	return psprintf("%04d-%02d-%02d", y, m, d);
}

void
calendar_range_error(DateADT day)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
			 errmsg("date out of range for working-day calendar: \"%s\"",
					calendar_date_text(day)),
			 errdetail("Working-day calendars cover " CALENDAR_RANGE_TEXT "."),
			 errhint("Give a date in that range; infinite dates pass only through add_working_days.")));
}

/*
 * GUC check hook of supervision.calendar.  A built-in name is always
 * valid.  Another can be checked only inside a transaction (not while the
 * configuration file is read, nor while a parallel worker copies its
 * leader's settings).
 */
bool
check_default_calendar(char **newval, void **extra, GucSource source)
{
	if (uk_division_by_name(*newval) >= 0)
		return true;
	/* set before the library loaded: refused where it is used */
	if (!IsTransactionState() || InitializingParallelWorker ||
		!OidIsValid(MyDatabaseId) || loading_settings)
		return true;
	if (calendar_lookup(*newval, true) != NULL)
		return true;
	if (source == PGC_S_TEST)
	{
		/* ALTER DATABASE/ROLE SET may name a calendar made later */
		ereport(NOTICE,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar \"%s\" does not exist", *newval)));
		return true;
	}
	GUC_check_errcode(ERRCODE_INVALID_PARAMETER_VALUE);
	GUC_check_errdetail("Calendar \"%s\" does not exist.", *newval);
	GUC_check_errhint("Calendars are: %s.", calendar_names());
	return false;
}

void
assign_default_calendar(const char *newval, void *extra)
{
	default_calendar = NULL;
}

PG_FUNCTION_INFO_V1(calendar_changed);

/*
 * Statement trigger on the extension's calendar tables (calendar_changed)
 * and policy tables (policy_changed, the same C function): tell every
 * backend to drop its cache when the change commits.
 */
Datum
calendar_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("%s() must be called as a statement trigger",
						get_func_name(fcinfo->flinfo->fn_oid)),
				 errhint("The extension attaches it to its own tables; it needs no other use.")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
