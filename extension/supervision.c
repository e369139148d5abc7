/*-------------------------------------------------------------------------
 *
 * supervision.c
 *	  Module entry point of the supervision extension: its settings and
 *	  cache callbacks.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "calendar.h"
#include "policy.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	DefineCustomStringVariable("supervision.calendar",
							   "The working-day calendar used where a function is given none.",
							   "A built-in calendar (england-and-wales, scotland, northern-ireland) or a row of supervision.calendar.",
							   &default_calendar_name,
							   DEFAULT_CALENDAR,
							   PGC_USERSET,
							   0,
							   check_default_calendar,
							   assign_default_calendar,
							   NULL);
	MarkGUCPrefixReserved("supervision");

	calendar_init();
	policy_init();
}
