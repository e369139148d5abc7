/*-------------------------------------------------------------------------
 *
 * attachment.h
 *	  The triggers a council attaches to its own tables: what one
 *	  attachment says (its columns, roles, window and mode), read once per
 *	  backend from the trigger's arguments, and the SQLSTATEs of the
 *	  refusals they make.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_ATTACHMENT_H
#define SUPERVISION_ATTACHMENT_H

#include "postgres.h"
#include "fmgr.h"
#include "commands/trigger.h"
#include "datatype/timestamp.h"
#include "utils/guc.h"

#include "calendar.h"
#include "policy.h"
#include "timescale.h"

/* Refusals of stamping (management oversight) */
#define ERRCODE_STAMP_CHANGED		MAKE_SQLSTATE('S','V','1','0','1')
#define ERRCODE_ENTRY_FROZEN		MAKE_SQLSTATE('S','V','1','0','2')
#define ERRCODE_DELETE_REFUSED		MAKE_SQLSTATE('S','V','1','0','3')
#define ERRCODE_ACTOR_NOT_TRUSTED	MAKE_SQLSTATE('S','V','1','0','4')
#define ERRCODE_DESIGNATION_MISSING MAKE_SQLSTATE('S','V','1','0','5')
#define ERRCODE_ACTOR_STALE			MAKE_SQLSTATE('S','V','1','0','6')

/* Refusals of recording windows */
#define ERRCODE_RECORD_LATE			MAKE_SQLSTATE('S','V','2','0','1')
#define ERRCODE_LATE_REASON_MISSING MAKE_SQLSTATE('S','V','2','0','2')
#define ERRCODE_EVENT_IN_FUTURE		MAKE_SQLSTATE('S','V','2','0','3')
#define ERRCODE_EVENT_MISSING		MAKE_SQLSTATE('S','V','2','0','4')

typedef enum AttachmentKind
{
	ATTACH_OVERSIGHT,
	ATTACH_RECORDING_WINDOW
} AttachmentKind;

/* A column of the council's table that a trigger reads or writes */
typedef struct AttachedColumn
{
	char	   *name;			/* NULL: not configured */
	AttrNumber	attnum;
	Oid			type;
	int32		typmod;
} AttachedColumn;

#define COLUMN_IS_SET(c) ((c).name != NULL)

/* What UPDATE may change besides the stamps */
typedef enum UpdateRule
{
	UPDATES_NONE,				/* nothing: a correction is a new entry */
	UPDATES_UNSIGNED,			/* other columns, until the entry is signed */
	UPDATES_ANY					/* other columns, always */
} UpdateRule;

/* What a record made after its deadline meets */
typedef enum WindowMode
{
	MODE_REJECT,
	MODE_REQUIRE_REASON,
	MODE_FLAG
} WindowMode;

typedef struct Attachment
{
	Oid			trigger;		/* hash key: the pg_trigger row */
	Oid			relid;
	bool		valid;			/* false once the table's definition changed */
	AttachmentKind kind;
	MemoryContext context;		/* everything this entry points to */
	char	   *table;			/* for messages */

	/* management oversight */
	AttachedColumn recorded_at;
	AttachedColumn recorded_by;
	AttachedColumn heading;
	char	   *heading_text;
	AttachedColumn designation;
	Oid			designation_from;	/* a function (text) returns text, or
									 * InvalidOid: the application supplies it */
	FmgrInfo	designation_finfo;
	char	   *actor_role_name;	/* may name another actor */
	Oid			actor_role;
	char	   *purger_name;	/* may delete stamped entries */
	Oid			purger;
	UpdateRule	updates;
	AttachedColumn signed_col;

	/* recording window */
	AttachedColumn event;
	AttachedColumn significant;
	AttachedColumn late;
	AttachedColumn late_reason;
	WindowMode	mode;
	char	   *policy_name;	/* the window of a policy, or ... */
	char	   *rule_id;		/* ... one of its window rules by ID */
	char	   *topic;			/* ... and topic, where the ID has two (LEE-R1) */
	Timescale	within;			/* ... a window given at attach time */
	Timescale	within_significant;
	char	   *calendar_name;


	/* what the window resolved to, kept while the caches' generations hold */
	uint64		policy_generation;
	uint64		calendar_generation;
	Policy	   *policy;
	Calendar   *calendar;
	PolicyVersion *version;
	const Rule *rule;
} Attachment;

/* GUCs supervision.actor and supervision.clock */
extern char *supervision_actor;
extern char *supervision_clock_text;

extern void attachment_init(void);
extern bool check_clock(char **newval, void **extra, GucSource source);
extern void assign_clock(const char *newval, void *extra);
extern TimestampTz supervision_clock(void);

extern Attachment *attachment_for_trigger(FunctionCallInfo fcinfo, AttachmentKind kind);
extern char *attached_text(HeapTuple tuple, TupleDesc desc, const AttachedColumn *col);
extern bool same_value(HeapTuple a, HeapTuple b, TupleDesc desc, AttrNumber attnum);
extern Datum text_for_column(const Attachment *a, const AttachedColumn *col,
							 const char *value);
extern char *timestamp_text(TimestampTz t);

#endif							/* SUPERVISION_ATTACHMENT_H */
