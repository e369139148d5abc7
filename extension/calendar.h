/*-------------------------------------------------------------------------
 *
 * calendar.h
 *	  Working-day calendars: the three built-in UK calendars and a
 *	  council's own, cached per backend for constant-time arithmetic.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_CALENDAR_H
#define SUPERVISION_CALENDAR_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/date.h"
#include "datatype/timestamp.h"
#include "pgtime.h"
#include "utils/guc.h"
#include "utils/snapshot.h"

#include "compat.h"

/*
 * The supported range, as DateADT (days from 2000-01-01):
 * 1971-01-01 and 2199-12-31.  Checked against date2j() when the cache is
 * first built.
 */
#define CALENDAR_FIRST_DAY	(-10592)
#define CALENDAR_LAST_DAY	73048
#define CALENDAR_DAYS		(CALENDAR_LAST_DAY - CALENDAR_FIRST_DAY + 1)
#define CALENDAR_RANGE_TEXT "1971-01-01 to 2199-12-31"

/* The calendar used where a function is given none */
#define DEFAULT_CALENDAR	"england-and-wales"

typedef struct ClosureDay
{
	DateADT		day;
	char	   *name;
} ClosureDay;

/* How many timescales' deadlines a calendar memoizes (due_dates.c) */
#define CALENDAR_DEADLINE_MEMOS 4

typedef struct Calendar
{
	char		name[NAMEDATALEN];	/* hash key */
	int			division;		/* UKDivision whose bank holidays apply, or
								 * -1 for none */
	bool		builtin;
	uint8		weekend;		/* bit (1 << ISO weekday) per day not worked */
	char	   *time_zone;
	pg_tz	   *tz;				/* time_zone resolved on first use */
	int			nclosures;
	ClosureDay *closures;		/* its own and its base's, in date order */

	/*
	 * Working-day arrays, built when the calendar is first used for
	 * arithmetic.  cum(i), the number of working days among the first i
	 * days of the range, and nth(k), the offset of the k-th working day (k
	 * from 1 to nworking), turn every question into two array reads.  Each
	 * is stored as a base per block of 256 entries plus a small step per
	 * entry: about 200 kB a calendar, which stays in a core's L2 cache.
	 */
	int32	   *cum_block;
	uint8	   *cum_step;
	int32	   *nth_block;
	uint16	   *nth_step;
	int32		nworking;

	/*
	 * Where its days begin, built on first use by deadline(): the offset
	 * (seconds west of UTC, as PostgreSQL keeps it) at local midnight of
	 * each day of the range and of the day after it.
	 */
	int32	   *midnight_offset;

	/*
	 * Deadlines already worked out, for the first few timescales asked
	 * about (due_dates.c).
	 */
	int			ndeadline_memos;
	struct DeadlineMemo *deadline_memos[CALENDAR_DEADLINE_MEMOS];
} Calendar;

#define CALENDAR_BLOCK_BITS 8
#define CALENDAR_BLOCKS		((CALENDAR_DAYS >> CALENDAR_BLOCK_BITS) + 1)

/*
 * Entry i of a table with an entry per day of the range, kept in
 * CALENDAR_BLOCKS blocks of 1 << CALENDAR_BLOCK_BITS entries, each block
 * allocated (zeroed) by alloc0 on first touch: the memos of deadlines
 * (due_dates.c) and due dates (policy_due.c), which hold the days asked
 * about, not the whole range.
 */
static inline void *
calendar_day_entry(void **blocks, int32 i, Size entry_size, void *(*alloc0) (Size))
{
	void	  **block = &blocks[i >> CALENDAR_BLOCK_BITS];

	if (unlikely(*block == NULL))
		*block = alloc0(entry_size << CALENDAR_BLOCK_BITS);
	return (char *) *block + (i & ((1 << CALENDAR_BLOCK_BITS) - 1)) * entry_size;
}

/* Bumped whenever cached Calendar pointers may have gone stale */
extern uint64 calendar_generation;

/* supervision.calendar resolved, valid while its generation is current */
extern Calendar *default_calendar;
extern uint64 default_calendar_generation;

/* what calendar_from_args keeps in fn_extra */
typedef struct CalendarArgCache
{
	uint64		generation;
	Calendar   *calendar;
	int			namelen;
	char		name[NAMEDATALEN];
} CalendarArgCache;

/* GUC supervision.calendar */
extern char *default_calendar_name;

extern void calendar_init(void);
extern bool check_default_calendar(char **newval, void **extra, GucSource source);
extern void assign_default_calendar(const char *newval, void *extra);

extern Calendar *calendar_lookup(const char *name, bool missing_ok);
extern Calendar *calendar_for_arithmetic(const char *name);
extern Calendar *calendar_from_args_slow(FunctionCallInfo fcinfo, int argno);
extern char *calendar_date_text(DateADT day);
extern char *names_for_hint(const char **names, int n);
extern DateADT calendar_add_working_days(const Calendar *cal, DateADT day, int32 n);
extern pg_tz *calendar_time_zone(Calendar *cal);
extern void calendar_build_midnights(Calendar *cal);
extern void *calendar_alloc0(Size size);

/* The instant local day i of the range begins, 0 <= i <= CALENDAR_DAYS */
static inline TimestampTz
calendar_midnight(const Calendar *cal, int32 i)
{
	return ((int64) (CALENDAR_FIRST_DAY + i)) * USECS_PER_DAY +
		(int64) cal->midnight_offset[i] * USECS_PER_SEC;
}
pg_noreturn extern void calendar_range_error(DateADT day);

/*
 * The calendar named by argument argno, or the default calendar when the
 * function was called without it, with its working-day arrays built.  The
 * named calendar is kept in fn_extra, so a query over many rows looks it
 * up once; this fast path is what every call pays.
 */
static inline Calendar *
calendar_from_args(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno)
	{
		if (likely(default_calendar != NULL &&
				   default_calendar_generation == calendar_generation))
			return default_calendar;
	}
	else
	{
		CalendarArgCache *cache = (CalendarArgCache *) fcinfo->flinfo->fn_extra;
		text	   *arg = PG_GETARG_TEXT_PP(argno);

		if (likely(cache != NULL &&
				   cache->generation == calendar_generation &&
				   cache->namelen == (int) VARSIZE_ANY_EXHDR(arg) &&
				   memcmp(cache->name, VARDATA_ANY(arg), cache->namelen) == 0))
			return cache->calendar;
	}
	return calendar_from_args_slow(fcinfo, argno);
}

/* The offset of a day in the range, or an error outside it */
static inline int32
calendar_day_index(DateADT day)
{
	if (day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY)
		calendar_range_error(day);
	return day - CALENDAR_FIRST_DAY;
}

/* Working days among the first i days of the range, 0 <= i <= CALENDAR_DAYS */
static inline int32
calendar_cum(const Calendar *cal, int32 i)
{
	return cal->cum_block[i >> CALENDAR_BLOCK_BITS] + cal->cum_step[i];
}

/* The offset of the k-th working day, 1 <= k <= nworking */
static inline int32
calendar_nth(const Calendar *cal, int32 k)
{
	return cal->nth_block[k >> CALENDAR_BLOCK_BITS] + cal->nth_step[k];
}

static inline bool
calendar_is_working(const Calendar *cal, int32 i)
{
	return calendar_cum(cal, i + 1) != calendar_cum(cal, i);
}

#endif							/* SUPERVISION_CALENDAR_H */
