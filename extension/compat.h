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
#include "pgtime.h"
#include "utils/datetime.h"

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
 * 16 lets an input function report a bad value softly into fcinfo->context
 * (pg_input_is_valid(), COPY ... ON_ERROR): before, it is always thrown
 */
#if PG_VERSION_NUM < 160000
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#endif

/* 16 moved the varlena macros (VARSIZE_ANY_EXHDR, VARDATA_ANY) out of postgres.h into varatt.h */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/* 18 replaced pg_attribute_noreturn(), after a declaration, by pg_noreturn, before it */
#if PG_VERSION_NUM < 180000
#define pg_noreturn pg_attribute_noreturn()
#endif

/* 16 replaced pg_proc_aclcheck() and its kin by object_aclcheck(classid, ...): functions only, here */
#if PG_VERSION_NUM < 160000
#define object_aclcheck(classid, objectid, roleid, mode) \
	(StaticAssertExpr((classid) == ProcedureRelationId, "object_aclcheck: functions only"), \
	 pg_proc_aclcheck((objectid), (roleid), (mode)))
#endif

/* 16 keeps GUC values and extras in a memory context, freed by pfree: a check hook's extra comes from guc_malloc */
#if PG_VERSION_NUM < 160000
#define guc_malloc(elevel, size) malloc(size)
#endif

/* 18 made pq_copymsgbytes()'s buffer a void * (was char *): test/fuzz defines its own */
#if PG_VERSION_NUM >= 180000
typedef void pq_copymsgbytes_buffer;
#else
typedef char pq_copymsgbytes_buffer;
#endif

/* 16 dropped ExceptionalCondition()'s errorType: test/fuzz defines its own for a server with assertions */
#if PG_VERSION_NUM >= 160000
#define EXCEPTIONAL_CONDITION_PARAMS const char *conditionName, const char *fileName, int lineNumber
#else
#define EXCEPTIONAL_CONDITION_PARAMS \
	const char *conditionName, const char *errorType, const char *fileName, int lineNumber
#endif

/*
 * What DecodeTimezoneAbbrev(0, lowtoken, &offset, &tz) returns in 14 and 15:
 * the type of an abbreviation (TZ, DTZ, DYNTZ), or UNKNOWN_FIELD for none,
 * with its offset or zone; an error for an abbreviation whose zone does not
 * load.
 */
static inline int
timezone_abbrev_type(const char *lowtoken, int *offset, pg_tz **tz)
{
/* 16 made DecodeTimezoneAbbrev return an error code, the type through an argument */
#if PG_VERSION_NUM >= 160000
	int			type;
	int			dterr;
	DateTimeErrorExtra extra;

	dterr = DecodeTimezoneAbbrev(0, lowtoken, &type, offset, tz, &extra);
	if (dterr != 0)
		DateTimeParseError(dterr, &extra, NULL, NULL, NULL);
	return type;
#else
	return DecodeTimezoneAbbrev(0, unconstify(char *, lowtoken), offset, tz);
#endif
}

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

/*
 * 16 gave make_range() an escontext, for soft errors; a range built from a
 * policy's versions has its bounds in order, so none is reported
 */
#if PG_VERSION_NUM >= 160000
#define compat_make_range(typcache, lower, upper, empty) make_range(typcache, lower, upper, empty, NULL)
#else
#define compat_make_range(typcache, lower, upper, empty) make_range(typcache, lower, upper, empty)
#endif

#endif							/* SUPERVISION_COMPAT_H */
