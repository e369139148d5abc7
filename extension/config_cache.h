/*-------------------------------------------------------------------------
 *
 * config_cache.h
 *	  What the per-backend caches of the extension's configuration tables
 *	  share: finding the tables, scanning them, rebuilding a cache.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_CONFIG_CACHE_H
#define SUPERVISION_CONFIG_CACHE_H

#include "access/attnum.h"
#include "executor/tuptable.h"
#include "utils/snapshot.h"

extern Oid	extension_table(const char *name);
extern AttrNumber column_number(Oid relid, const char *column);
extern Snapshot cache_snapshot(void);
extern MemoryContext cache_context(MemoryContext *context, const char *name);
extern void cache_scan(Oid relid, Snapshot snapshot,
					   void (*each_row) (TupleTableSlot *slot, void *arg), void *arg);
extern void cache_load(void (*load) (Snapshot snapshot), void (*forget) (void));

#endif							/* SUPERVISION_CONFIG_CACHE_H */
