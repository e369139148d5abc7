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
#include "utils/guc.h"

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

typedef struct Calendar
{
	char		name[NAMEDATALEN];	/* hash key */
	int			division;		/* UKDivision whose bank holidays apply, or
								 * -1 for none */
	bool		builtin;
	uint8		weekend;		/* bit (1 << ISO weekday) per day not worked */
	char	   *time_zone;
	int			nclosures;
	ClosureDay *closures;		/* its own and its base's, in date order */

	/*
	 * Built on first use.  cum[i] is the number of working days among the
	 * first i days of the range; nth[k] is the offset of the k-th working
	 * day (k from 1 to nworking).  Both turn working-day arithmetic into two
	 * array reads.
	 */
	int32	   *cum;
	int32	   *nth;
	int32		nworking;
} Calendar;

/* Bumped whenever cached Calendar pointers may have gone stale */
extern uint64 calendar_generation;

/* GUC supervision.calendar */
extern char *default_calendar_name;

extern void calendar_init(void);
extern bool check_default_calendar(char **newval, void **extra, GucSource source);
extern void assign_default_calendar(const char *newval, void *extra);

extern Calendar *calendar_lookup(const char *name, bool missing_ok);
extern Calendar *calendar_from_args(FunctionCallInfo fcinfo, int argno);
extern void calendar_build_days(Calendar *cal);
extern char *calendar_date_text(DateADT day);
extern void calendar_range_error(DateADT day) pg_attribute_noreturn();

/* The offset of a day in the range, or an error outside it */
static inline int32
calendar_day_index(DateADT day)
{
	if (day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY)
		calendar_range_error(day);
	return day - CALENDAR_FIRST_DAY;
}

static inline bool
calendar_is_working(const Calendar *cal, int32 i)
{
	return cal->cum[i + 1] != cal->cum[i];
}

#endif							/* SUPERVISION_CALENDAR_H */
