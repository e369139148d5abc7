/*-------------------------------------------------------------------------
 *
 * config_cache.c
 *	  What the per-backend caches of the extension's configuration tables
 *	  (calendar.c, policy.c) share: finding the tables in the extension's
 *	  schema, scanning one, and rebuilding a cache so that an error part
 *	  way leaves it stale, never half-built.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/parallel.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "config_cache.h"

/*
 * The schema the extension was created in, from pg_extension (InvalidOid
 * before CREATE EXTENSION): not a schema that happens to be named
 * "supervision".
 */
static Oid
extension_schema(void)
{
	Oid			extension = get_extension_oid("supervision", true);
	Oid			schema = InvalidOid;
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;

	if (!OidIsValid(extension))
		return InvalidOid;
	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(extension));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
		schema = ((Form_pg_extension) GETSTRUCT(tuple))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return schema;
}

/* A table of the extension's by name; InvalidOid while it does not exist */
Oid
extension_table(const char *name)
{
	Oid			schema = extension_schema();

	return OidIsValid(schema) ? get_relname_relid(name, schema) : InvalidOid;
}

/* The number of a column of one of the extension's tables, or an error */
AttrNumber
column_number(Oid relid, const char *column)
{
	AttrNumber	attnum = get_attnum(relid, column);

	if (attnum == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						column, get_rel_name(relid)),
				 errhint("Reinstall or update the supervision extension.")));
	return attnum;
}

/*
 * The snapshot a cache is read with: the latest, not the transaction's, as
 * the cache outlives the transaction and an invalidation that arrives while
 * we read drops it again, so nothing committed is missed.  A parallel
 * query may not take a new snapshot: there the query's own, which the
 * worker's cache (gone with the worker) or the next invalidation outlives.
 */
Snapshot
cache_snapshot(void)
{
	return IsInParallelMode() ? GetActiveSnapshot() : GetLatestSnapshot();
}

/*
 * A cache's own memory context, created on first use and emptied after;
 * name is a string constant (the callers' literals), as a context's must be
 */
MemoryContext
cache_context(MemoryContext *context, const char *name)
{
	if (*context == NULL)
		*context = AllocSetContextCreateInternal(CacheMemoryContext, name,
												 ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(*context);
	return *context;
}

/* Call each_row for every row of a table, read with snapshot */
void
cache_scan(Oid relid, Snapshot snapshot,
		   void (*each_row) (TupleTableSlot *slot, void *arg), void *arg)
{
	Relation	rel = table_open(relid, AccessShareLock);
	TupleTableSlot *slot = table_slot_create(rel, NULL);
	TableScanDesc scan = table_beginscan(rel, snapshot, 0, NULL);

	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
		each_row(slot, arg);
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	table_close(rel, AccessShareLock);
}

/*
 * Run a cache's loader with the latest snapshot (cache_snapshot()), its
 * scratch allocations in a context of their own.  On an error, forget()
 * marks the cache stale before the error goes on, so the next use reads
 * the tables again.
 */
void
cache_load(void (*load) (Snapshot snapshot), void (*forget) (void))
{
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext,
												  "supervision cache load",
												  ALLOCSET_DEFAULT_SIZES);
	MemoryContext old = MemoryContextSwitchTo(scratch);

	PG_TRY();
	{
		Snapshot	snapshot = RegisterSnapshot(cache_snapshot());

		load(snapshot);
		UnregisterSnapshot(snapshot);
	}
	PG_CATCH();
	{
		forget();
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
	MemoryContextDelete(scratch);
}
