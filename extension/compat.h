/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  What differs between the PostgreSQL releases the extension builds
 *	  against (14 to 18), so that the rest of the code reads as one version:
 *	  each guard names the release that changed what.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_COMPAT_H
#define SUPERVISION_COMPAT_H

#include "postgres.h"
#include "pgtime.h"
#include "utils/datetime.h"

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

#endif							/* SUPERVISION_COMPAT_H */
