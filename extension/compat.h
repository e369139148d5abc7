/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  What differs between the PostgreSQL releases the extension builds
 *	  for, so that the rest of the code reads as one release.  Each guard
 *	  says which release changed what.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_COMPAT_H
#define SUPERVISION_COMPAT_H

#include "fmgr.h"

/*
 * 16 declares a V1 function itself PGDLLEXPORT, as well as its info
 * function: with -fvisibility=hidden (the Makefile) 15 would hide it.
 */
#if PG_VERSION_NUM < 160000
#undef PG_FUNCTION_INFO_V1
#define PG_FUNCTION_INFO_V1(funcname) \
extern PGDLLEXPORT Datum funcname(PG_FUNCTION_ARGS); \
extern PGDLLEXPORT const Pg_finfo_record * CppConcat(pg_finfo_,funcname)(void); \
const Pg_finfo_record * \
CppConcat(pg_finfo_,funcname) (void) \
{ \
	static const Pg_finfo_record my_finfo = { 1 }; \
	return &my_finfo; \
} \
extern int no_such_variable
#endif

/*
 * A setting's record, to see whether it was set in this transaction: 16
 * exports find_option() and keeps the records in a hash table; 15 has only
 * the sorted array.
 */
#include "utils/guc_tables.h"
#if PG_VERSION_NUM >= 160000
#define compat_setting_record(name) find_option((name), false, true, ERROR)
#else
static inline struct config_generic *
compat_setting_record(const char *name)
{
	struct config_generic **settings = get_guc_variables();

	for (int i = 0; i < GetNumConfigOptions(); i++)
		if (strcmp(settings[i]->name, name) == 0)
			return settings[i];
	return NULL;
}
#endif

#endif							/* SUPERVISION_COMPAT_H */
