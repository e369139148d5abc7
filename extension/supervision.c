/*-------------------------------------------------------------------------
 *
 * supervision.c
 *	  Module entry point of the supervision extension: its settings and
 *	  cache callbacks.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "compat.h"

#include "fmgr.h"
#include "utils/guc.h"

#include "attachment.h"
#include "calendar.h"
#include "policy.h"
#include "settings.h"

PG_MODULE_MAGIC;

PGDLLEXPORT void _PG_init(void);

/* supervision.policy: read by the report functions, in SQL */
static char *report_policy_name = NULL;

bool		loading_settings = false;

/* supervision.actor's record, whose stack says when it was set */
static struct config_generic *actor_setting = NULL;

/*
 * Whether supervision.actor was set in the transaction now running (SET
 * LOCAL, set_config(..., true), or a SET made in it): PostgreSQL keeps the
 * values a setting had before until the transaction ends.  A value left
 * from an earlier transaction may have been set by another client of the
 * same server connection, behind a pooler.
 */
bool
actor_set_in_this_transaction(void)
{
	return actor_setting != NULL && actor_setting->stack != NULL;
}

/*
 * supervision.actor names a person for the recorded_by stamp: empty (the
 * session user) or a name with something in it, never only spaces, which
 * would stamp an entry as recorded by nobody (stamping.c refuses it where
 * it is used when it was set before the library was loaded)
 */
static bool
check_actor(char **newval, void **extra, GucSource source)
{
	const char *c = *newval;

	if (c == NULL || c[0] == '\0' || loading_settings)
		return true;
	for (; *c; c++)
		if (!isspace((unsigned char) *c))
			return true;
	GUC_check_errdetail("supervision.actor is blank: it would stamp an entry as recorded by no one.");
	GUC_check_errhint("Name the person the entry is recorded for, or RESET supervision.actor for the session user.");
	return false;
}

void
_PG_init(void)
{
	loading_settings = true;
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
	DefineCustomStringVariable("supervision.actor",
							   "The person an application records entries for, in this transaction.",
							   "Names the recorded_by stamp of management oversight entries when the session user holds the role a table trusts; set it with SET LOCAL.",
							   &supervision_actor,
							   "",
							   PGC_USERSET,
							   0,
							   check_actor,
							   NULL,
							   NULL);
	DefineCustomStringVariable("supervision.clock",
							   "A fixed time of recording for stamps and recording windows, for tests; empty for the server's clock.",
							   "Only a superuser may set it.",
							   &supervision_clock_text,
							   "",
							   PGC_SUSET,
							   0,
							   check_clock,
							   assign_clock,
							   NULL);
	DefineCustomStringVariable("supervision.policy",
							   "The policy the report functions apply.",
							   "A policy of supervision.policy (leeds, slough, ...); set it for everyone with ALTER DATABASE ... SET.",
							   &report_policy_name,
							   "",
							   PGC_USERSET,
							   0,
							   NULL,
							   NULL,
							   NULL);
	loading_settings = false;
	MarkGUCPrefixReserved("supervision");
	actor_setting = compat_setting_record("supervision.actor");

	calendar_init();
	policy_init();
	attachment_init();
}
