/*-------------------------------------------------------------------------
 *
 * attachment.c
 *	  What an attached trigger says, and the clock it reads.
 *
 * supervision.attach_oversight() and attach_recording_window() create
 * triggers whose arguments are "key=value" pairs: the columns of the
 * council's table, roles, the window and the mode.  The trigger itself is
 * the configuration, so pg_dump keeps it with the table.  Both the attach
 * functions (through check_attachment) and the triggers read the
 * arguments with parse_attachment(), one path that checks every column
 * exists with a fitting type.  Each backend keeps what it parsed in a hash
 * keyed by the trigger's oid, and a relcache callback marks an entry stale
 * when its table's definition changes (temporal_tables does the same).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#include "attachment.h"
#include "settings.h"

PG_FUNCTION_INFO_V1(check_attachment);

char	   *supervision_actor = NULL;
char	   *supervision_clock_text = NULL;

/* supervision.clock, parsed by its check hook */
typedef struct ClockSetting
{
	bool		fixed;			/* false: the server's clock */
	bool		invalid;		/* not a time, set before the library loaded */
	TimestampTz at;
} ClockSetting;

static ClockSetting clock_setting = {false, false, 0};

static HTAB *attachments = NULL;	/* trigger oid -> Attachment */


static void
attachment_invalidate(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	Attachment *a;

	if (attachments == NULL)
		return;
	hash_seq_init(&status, attachments);
	while ((a = hash_seq_search(&status)) != NULL)
		if (relid == InvalidOid || a->relid == relid)
			a->valid = false;
}

void
attachment_init(void)
{
	HASHCTL		ctl;

	ctl.keysize = sizeof(Oid);
	ctl.entrysize = sizeof(Attachment);
	attachments = hash_create("supervision attachments", 16, &ctl,
							  HASH_ELEM | HASH_BLOBS);
	CacheRegisterRelcacheCallback(attachment_invalidate, (Datum) 0);
}

/* ---- The clock ---- */

/* check hook of supervision.clock: empty, or a finite timestamptz */
bool
check_clock(char **newval, void **extra, GucSource source)
{
	MemoryContext context = CurrentMemoryContext;
	ClockSetting *parsed;
	volatile TimestampTz t = 0;
	volatile bool ok = true;

	if (*newval != NULL && (*newval)[0] != '\0')
	{
		PG_TRY();
		{
			t = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in,
														CStringGetDatum(*newval),
														ObjectIdGetDatum(InvalidOid),
														Int32GetDatum(-1)));
		}
		PG_CATCH();
		{
			ErrorData  *error;

			MemoryContextSwitchTo(context);
			error = CopyErrorData();
			FlushErrorState();
			GUC_check_errdetail("%s", error->message);
			FreeErrorData(error);
			ok = false;
		}
		PG_END_TRY();
		if (ok && TIMESTAMP_NOT_FINITE(t))
		{
			GUC_check_errdetail("The clock must show a finite time.");
			ok = false;
		}
		if (!ok && !loading_settings)
		{
			GUC_check_errhint("Set it to a time such as '2026-11-10 09:00 Europe/London', or to '' for the server's clock.");
			return false;
		}
	}
	/* GUC extras come from guc_malloc: the GUC machinery frees them */
	parsed = guc_malloc(LOG, sizeof(ClockSetting));
	if (parsed == NULL)
		return false;
	parsed->fixed = (*newval != NULL && (*newval)[0] != '\0');
	parsed->invalid = !ok;
	parsed->at = t;
	*extra = parsed;
	return true;
}

void
assign_clock(const char *newval, void *extra)
{
	clock_setting = *(ClockSetting *) extra;
}

/*
 * The time of recording: the start of the client's statement, or the time
 * supervision.clock fixes (for tests; only a superuser may set it).
 */
TimestampTz
supervision_clock(void)
{
	if (unlikely(clock_setting.invalid))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value for parameter \"supervision.clock\": \"%s\"",
						supervision_clock_text),
				 errdetail("It was set before the extension's library was loaded, and is not a finite time."),
				 errhint("Set it to a time such as '2026-11-10 09:00 Europe/London', or to '' for the server's clock.")));
	return clock_setting.fixed ? clock_setting.at : GetCurrentStatementStartTimestamp();
}

/* ---- Parsing the trigger's arguments ---- */

static const char *const window_modes[] = {"reject", "require_reason", "flag"};
static const char *const update_rules[] = {"none", "unsigned", "any"};

static int
word_index(const char *value, const char *const *words, int n, const char *key)
{
	const char **copy;

	for (int i = 0; i < n; i++)
		if (strcmp(value, words[i]) == 0)
			return i;
	/* names_for_hint() sorts what it is given: not the static list */
	copy = palloc(sizeof(char *) * n);
	memcpy(copy, words, sizeof(char *) * n);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s \"%s\" is not one supervision knows", key, value),
			 errhint("Use one of: %s.", names_for_hint(copy, n))));
	return -1;
}

typedef enum ColumnType
{
	TYPE_TIMESTAMPTZ,
	TYPE_TEXT,					/* text or varchar */
	TYPE_BOOLEAN,
	TYPE_ANY
} ColumnType;

static const char *const column_type_names[] = {
	"timestamp with time zone", "text or character varying", "boolean", "any type"
};

/* Find a column of the table, with a fitting type, or say what is wrong */
static void
resolve_column(Attachment *a, Relation rel, AttachedColumn *col, const char *key,
			   ColumnType type, bool attaching)
{
	TupleDesc	desc = RelationGetDescr(rel);
	Form_pg_attribute attr = NULL;
	bool		fits;

	if (col->name == NULL)
		return;
	for (int i = 0; i < desc->natts && attr == NULL; i++)
		if (!TupleDescAttr(desc, i)->attisdropped &&
			strcmp(NameStr(TupleDescAttr(desc, i)->attname), col->name) == 0)
			attr = TupleDescAttr(desc, i);
	if (attr == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of table \"%s\" does not exist", col->name, a->table),
				 errdetail("It was named as the %s column.", key),
				 attaching ?
				 errhint("Name a column of the table.") :
				 errhint("The table changed after the trigger was attached: detach and attach it again.")));
	if (attr->attgenerated != '\0')
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("column \"%s\" of table \"%s\" is a generated column", col->name, a->table),
				 errdetail("It was named as the %s column.", key),
				 errhint("Name a column the trigger can read and write.")));
	col->attnum = attr->attnum;
	col->type = attr->atttypid;
	col->typmod = attr->atttypmod;
	switch (type)
	{
		case TYPE_TIMESTAMPTZ:
			fits = col->type == TIMESTAMPTZOID;
			break;
		case TYPE_TEXT:
			fits = col->type == TEXTOID || col->type == VARCHAROID;
			break;
		case TYPE_BOOLEAN:
			fits = col->type == BOOLOID;
			break;
		default:
			fits = true;
	}
	if (!fits)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("column \"%s\" of table \"%s\" is of type %s, but the %s column must be %s",
						col->name, a->table, format_type_with_typemod(col->type, col->typmod),
						key, column_type_names[type]),
				 errhint("Name a column of that type, or change the column's type with ALTER TABLE.")));
}

/* A role by name; at run time a role dropped since is nobody */
static Oid
resolve_role(const char *name, bool attaching)
{
	return name == NULL ? InvalidOid : get_role_oid(name, !attaching);
}

/* The designation lookup: a function (text) returns text */
static void
resolve_designation_from(Attachment *a, const char *signature, bool attaching)
{
	Oid			fn;
	HeapTuple	tuple;
	Form_pg_proc proc;
	bool		fits;

	fn = DatumGetObjectId(DirectFunctionCall1(to_regprocedure,
											  CStringGetTextDatum(signature)));
	if (!OidIsValid(fn))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("function %s does not exist", signature),
				 errdetail("It was named as the designation lookup of table \"%s\".", a->table),
				 errhint("Create a function (text) returns text that gives a manager's designation from their user name.")));
	tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for function %u", fn);
	proc = (Form_pg_proc) GETSTRUCT(tuple);
	fits = proc->prorettype == TEXTOID && proc->pronargs == 1 &&
		proc->proargtypes.values[0] == TEXTOID && !proc->proretset &&
		proc->prokind == PROKIND_FUNCTION;
	ReleaseSysCache(tuple);
	if (!fits)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("function %s cannot give a designation", signature),
				 errdetail("A designation lookup takes the user name as text and returns the designation as text."),
				 errhint("Create a function (text) returns text, and name that.")));
	if (attaching && object_aclcheck(ProcedureRelationId, fn, GetUserId(), ACL_EXECUTE) != ACLCHECK_OK)
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_FUNCTION, signature);
	a->designation_from = fn;
	fmgr_info_cxt(fn, &a->designation_finfo, a->context);
}

static Timescale
parse_timescale(const char *text)
{
	return *DatumGetTimescaleP(DirectFunctionCall1(timescale_in, CStringGetDatum(text)));
}

static void
refuse(const char *what, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", what),
			 errhint("%s", hint)));
}

/* Where each key goes; a key names a column when col is set */
typedef struct AttachmentKey
{
	const char *key;
	AttachmentKind kind;
	size_t		offset;
	ColumnType	type;
	bool		is_column;
} AttachmentKey;

#define COLUMN_KEY(k, kind, field, type) {k, kind, offsetof(Attachment, field), type, true}
#define TEXT_KEY(k, kind, field) {k, kind, offsetof(Attachment, field), TYPE_TEXT, false}

static const AttachmentKey keys[] = {
	COLUMN_KEY("recorded_at", ATTACH_OVERSIGHT, recorded_at, TYPE_TIMESTAMPTZ),
	COLUMN_KEY("recorded_by", ATTACH_OVERSIGHT, recorded_by, TYPE_TEXT),
	COLUMN_KEY("heading", ATTACH_OVERSIGHT, heading, TYPE_TEXT),
	TEXT_KEY("heading_text", ATTACH_OVERSIGHT, heading_text),
	COLUMN_KEY("designation", ATTACH_OVERSIGHT, designation, TYPE_TEXT),
	TEXT_KEY("actor_role", ATTACH_OVERSIGHT, actor_role_name),
	TEXT_KEY("purger", ATTACH_OVERSIGHT, purger_name),
	COLUMN_KEY("signed", ATTACH_OVERSIGHT, signed_col, TYPE_ANY),
	COLUMN_KEY("event", ATTACH_RECORDING_WINDOW, event, TYPE_TIMESTAMPTZ),
	COLUMN_KEY("significant", ATTACH_RECORDING_WINDOW, significant, TYPE_BOOLEAN),
	COLUMN_KEY("late", ATTACH_RECORDING_WINDOW, late, TYPE_BOOLEAN),
	COLUMN_KEY("late_reason", ATTACH_RECORDING_WINDOW, late_reason, TYPE_TEXT),
	TEXT_KEY("policy", ATTACH_RECORDING_WINDOW, policy_name),
	TEXT_KEY("rule_id", ATTACH_RECORDING_WINDOW, rule_id),
	TEXT_KEY("topic", ATTACH_RECORDING_WINDOW, topic),
	TEXT_KEY("calendar", ATTACH_RECORDING_WINDOW, calendar_name),
};

/*
 * Read a trigger's arguments into an attachment, checking each against
 * the table.  attaching: called by the attach functions, which may refuse
 * what a running trigger tolerates (a role dropped since).
 */
static void
parse_attachment(Attachment *a, Relation rel, int nargs, char **args, bool attaching)
{
	const char *designation_from = NULL;
	const char *within = NULL;
	const char *within_significant = NULL;
	const char *updates = "none";
	const char *mode = "reject";

	a->table = pstrdup(RelationGetRelationName(rel));
	for (int i = 0; i < nargs; i++)
	{
		char	   *eq = strchr(args[i], '=');
		char	   *key;
		char	   *value;
		bool		known = false;

		if (eq == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("trigger argument \"%s\" is not key=value", args[i]),
					 errhint("Attach the trigger with supervision.attach_oversight() or supervision.attach_recording_window().")));
		key = pnstrdup(args[i], eq - args[i]);
		value = pstrdup(eq + 1);
		for (int k = 0; k < (int) lengthof(keys); k++)
		{
			if (keys[k].kind != a->kind || strcmp(keys[k].key, key) != 0)
				continue;
			if (keys[k].is_column)
				((AttachedColumn *) ((char *) a + keys[k].offset))->name = value;
			else
				*(char **) ((char *) a + keys[k].offset) = value;
			known = true;
		}
		if (known)
			continue;
		if (a->kind == ATTACH_OVERSIGHT && strcmp(key, "designation_from") == 0)
			designation_from = value;
		else if (a->kind == ATTACH_OVERSIGHT && strcmp(key, "updates") == 0)
			updates = value;
		else if (a->kind == ATTACH_RECORDING_WINDOW && strcmp(key, "within") == 0)
			within = value;
		else if (a->kind == ATTACH_RECORDING_WINDOW && strcmp(key, "within_significant") == 0)
			within_significant = value;
		else if (a->kind == ATTACH_RECORDING_WINDOW && strcmp(key, "mode") == 0)
			mode = value;
		else
			ereport(ERROR,
					(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
					 errmsg("trigger argument \"%s\" is not one supervision knows", key),
					 errhint("Attach the trigger with supervision.attach_oversight() or supervision.attach_recording_window().")));
	}

	for (int k = 0; k < (int) lengthof(keys); k++)
		if (keys[k].kind == a->kind && keys[k].is_column)
			resolve_column(a, rel, (AttachedColumn *) ((char *) a + keys[k].offset),
						   keys[k].key, keys[k].type, attaching);

	/* every column once: a stamp must not overwrite another */
	for (int k = 0; k < (int) lengthof(keys); k++)
		for (int j = k + 1; j < (int) lengthof(keys); j++)
		{
			AttachedColumn *c1 = (AttachedColumn *) ((char *) a + keys[k].offset);
			AttachedColumn *c2 = (AttachedColumn *) ((char *) a + keys[j].offset);

			if (keys[k].kind == a->kind && keys[j].kind == a->kind &&
				keys[k].is_column && keys[j].is_column &&
				c1->name != NULL && c2->name != NULL && c1->attnum == c2->attnum)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("column \"%s\" is named as both the %s and the %s column",
								c1->name, keys[k].key, keys[j].key),
						 errhint("Give each its own column.")));
		}

	if (a->kind == ATTACH_OVERSIGHT)
	{
		if (!COLUMN_IS_SET(a->recorded_at) || !COLUMN_IS_SET(a->recorded_by))
			refuse("management oversight needs a recorded_at and a recorded_by column",
				   "Name the columns that hold when the entry was recorded and by whom.");
		if (COLUMN_IS_SET(a->heading) != (a->heading_text != NULL))
			refuse("a heading needs both a column and its text",
				   "Give heading (the column) and heading_text, or a policy whose recording rule has a heading.");
		if (designation_from != NULL && !COLUMN_IS_SET(a->designation))
			refuse("a designation lookup needs a designation column",
				   "Name the column the designation is written to.");
		a->updates = word_index(updates, update_rules, lengthof(update_rules), "updates");
		if ((a->updates == UPDATES_UNSIGNED) != COLUMN_IS_SET(a->signed_col))
			refuse("updates => 'unsigned' and a signed column go together",
				   "Name the column that marks an entry signed, with updates => 'unsigned'.");
		a->actor_role = resolve_role(a->actor_role_name, attaching);
		a->purger = resolve_role(a->purger_name, attaching);
		if (designation_from != NULL)
			resolve_designation_from(a, designation_from, attaching);
	}
	else
	{
		if (!COLUMN_IS_SET(a->event))
			refuse("a recording window needs an event column",
				   "Name the column that holds when the discussion or decision happened.");
		if ((a->policy_name != NULL) == (within != NULL))
			refuse("a recording window comes from a policy or from within, not both or neither",
				   "Give policy (and rule_id, for a window rule other than the case record), or within and a calendar.");
		if (a->policy_name == NULL && (a->rule_id != NULL || a->calendar_name == NULL))
			refuse("a window given by within needs a calendar and no rule_id",
				   "Give the calendar the working days are counted in.");
		if (a->topic != NULL && a->rule_id == NULL)
			refuse("a window's topic needs its rule_id",
				   "Give the rule's ID as well: rule_id => 'LEE-R1', topic => 'record_response'.");
		if (a->policy_name != NULL && (within_significant != NULL || a->calendar_name != NULL))
			refuse("a policy's window takes its significant window and calendar from the policy",
				   "Leave within_significant and calendar out, or give within instead of policy.");
		if (within != NULL)
			a->within = parse_timescale(within);
		if (within_significant != NULL)
		{
			a->within_significant = parse_timescale(within_significant);
			if (timescale_cmp_internal(&a->within_significant, &a->within) > 0)
				refuse("the window for significant matters is longer than the normal window",
					   "within_significant is the shorter window, for significant or urgent matters.");
		}
		a->mode = word_index(mode, window_modes, lengthof(window_modes), "mode");
		if (a->mode == MODE_FLAG && !COLUMN_IS_SET(a->late))
			refuse("mode flag needs a late column", "Name the boolean column to flag late records in.");
		if (a->mode == MODE_REQUIRE_REASON && !COLUMN_IS_SET(a->late_reason))
			refuse("mode require_reason needs a late_reason column",
				   "Name the column that holds why a record is late.");
		if (attaching && a->calendar_name != NULL)
			(void) calendar_lookup(a->calendar_name, false);
	}
}

/* What follows supervision.attach_*(): its trigger function's name */
static const char *
trigger_function_name(AttachmentKind kind)
{
	return kind == ATTACH_OVERSIGHT ? "stamp_oversight" : "check_recording_window";
}

/*
 * The attachment of one trigger of rel, parsed again at the start of each
 * statement (a role or lookup function named in it may have been replaced
 * since).
 */
static Attachment *
attachment_of(Relation rel, Trigger *trigger, AttachmentKind kind)
{
	Attachment *a;
	bool		found;
	MemoryContext old;

	a = hash_search(attachments, &trigger->tgoid, HASH_ENTER, &found);
	if (found && a->context != NULL)
		MemoryContextDelete(a->context);
	memset(((char *) a) + sizeof(Oid), 0, sizeof(Attachment) - sizeof(Oid));
	a->relid = RelationGetRelid(rel);
	a->kind = kind;
	a->context = AllocSetContextCreate(TopMemoryContext, "supervision attachment",
									   ALLOCSET_SMALL_SIZES);
	old = MemoryContextSwitchTo(a->context);
	parse_attachment(a, rel, trigger->tgnargs, trigger->tgargs, false);
	MemoryContextSwitchTo(old);
	a->valid = true;
	return a;
}

/*
 * The attachment a trigger fired with, parsed on its first row in this
 * backend and again after its table changed.  Checks first that the
 * trigger was attached the way it must be.
 */
Attachment *
attachment_for_trigger(FunctionCallInfo fcinfo, AttachmentKind kind)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Attachment *a;
	bool		fits;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("supervision.%s() is a trigger function", trigger_function_name(kind)),
				 errhint("Attach it with supervision.attach_%s().",
						 kind == ATTACH_OVERSIGHT ? "oversight" : "recording_window")));

	a = (Attachment *) fcinfo->flinfo->fn_extra;
	if (likely(a != NULL && a->valid && a->trigger == td->tg_trigger->tgoid))
		return a;

	if (kind == ATTACH_OVERSIGHT && TRIGGER_FIRED_BY_TRUNCATE(td->tg_event))
		fits = TRIGGER_FIRED_BEFORE(td->tg_event) && TRIGGER_FIRED_FOR_STATEMENT(td->tg_event);
	else
		fits = TRIGGER_FIRED_BEFORE(td->tg_event) && TRIGGER_FIRED_FOR_ROW(td->tg_event) &&
			(TRIGGER_FIRED_BY_INSERT(td->tg_event) || TRIGGER_FIRED_BY_UPDATE(td->tg_event) ||
			 (kind == ATTACH_OVERSIGHT && TRIGGER_FIRED_BY_DELETE(td->tg_event)));
	if (!fits)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("trigger \"%s\" on table \"%s\" fires supervision.%s() at the wrong time",
						td->tg_trigger->tgname, RelationGetRelationName(td->tg_relation),
						trigger_function_name(kind)),
				 errdetail(kind == ATTACH_OVERSIGHT ?
						   "It must fire BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW, and BEFORE TRUNCATE FOR EACH STATEMENT." :
						   "It must fire BEFORE INSERT OR UPDATE FOR EACH ROW."),
				 errhint("Drop the trigger and attach with supervision.attach_%s().",
						 kind == ATTACH_OVERSIGHT ? "oversight" : "recording_window")));

	a = attachment_of(td->tg_relation, td->tg_trigger, kind);
	fcinfo->flinfo->fn_extra = a;
	return a;
}

/*
 * check_attachment(tab regclass, kind text, args text[]) returns void:
 * what the attach functions call before creating the trigger, so a
 * mistake is reported at once and not on the first row in production
 */
Datum
check_attachment(PG_FUNCTION_ARGS)
{
	Oid			relid;
	char	   *kind;
	ArrayType  *array;
	Datum	   *elems;
	bool	   *nulls;
	int			nargs;
	char	  **args;
	Attachment	a;
	Relation	rel;

	/* called on NULL input, so that a missing table is refused, not skipped */
	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the table to attach to is NULL"),
				 errhint("Name the table, for example attach_oversight('casework.oversight_entry', ...).")));
	if (PG_ARGISNULL(1) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("check_attachment() needs a kind and arguments, not NULL")));
	relid = PG_GETARG_OID(0);
	kind = text_to_cstring(PG_GETARG_TEXT_PP(1));
	array = PG_GETARG_ARRAYTYPE_P(2);
	if (strcmp(kind, "oversight") != 0 && strcmp(kind, "recording_window") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown kind of attachment \"%s\"", kind),
				 errhint("The kinds are oversight and recording_window.")));
	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &nargs);
	args = palloc(sizeof(char *) * Max(nargs, 1));
	for (int i = 0; i < nargs; i++)
		args[i] = nulls[i] ? "" : TextDatumGetCString(elems[i]);

	/* relation_open: a view or type is refused here, not by table_open() */
	rel = relation_open(relid, AccessShareLock);
	if (rel->rd_rel->relkind != RELKIND_RELATION &&
		rel->rd_rel->relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a table", RelationGetRelationName(rel)),
				 errhint("Attach the trigger to the table the entries are written to.")));
	memset(&a, 0, sizeof(a));
	a.kind = strcmp(kind, "oversight") == 0 ? ATTACH_OVERSIGHT : ATTACH_RECORDING_WINDOW;
	a.context = CurrentMemoryContext;
	parse_attachment(&a, rel, nargs, args, true);
	relation_close(rel, AccessShareLock);
	PG_RETURN_VOID();
}

/* ---- Reading and writing the council's columns ---- */

/* A text column's value as a C string, or NULL */
char *
attached_text(HeapTuple tuple, TupleDesc desc, const AttachedColumn *col)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, col->attnum, desc, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* Whether a column holds the same value in two versions of a row */
bool
same_value(HeapTuple a, HeapTuple b, TupleDesc desc, AttrNumber attnum)
{
	Form_pg_attribute attr = TupleDescAttr(desc, attnum - 1);
	bool		anull,
				bnull;
	Datum		ad = heap_getattr(a, attnum, desc, &anull);
	Datum		bd = heap_getattr(b, attnum, desc, &bnull);

	if (anull || bnull)
		return anull == bnull;
	if (attr->attlen == -1)
	{
		/* compare the bytes, not whether both are toasted the same way */
		struct varlena *av = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(ad));
		struct varlena *bv = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(bd));

		return VARSIZE_ANY_EXHDR(av) == VARSIZE_ANY_EXHDR(bv) &&
			memcmp(VARDATA_ANY(av), VARDATA_ANY(bv), VARSIZE_ANY_EXHDR(av)) == 0;
	}
	return datumIsEqual(ad, bd, attr->attbyval, attr->attlen);
}

/* A stamp for a text or varchar(n) column, refused as PostgreSQL would if too long */
Datum
text_for_column(const Attachment *a, const AttachedColumn *col, const char *value)
{
	int			len = strlen(value);

	if (col->type == VARCHAROID && col->typmod >= VARHDRSZ &&
		pg_mbstrlen_with_len(value, len) > col->typmod - VARHDRSZ)
		ereport(ERROR,
				(errcode(ERRCODE_STRING_DATA_RIGHT_TRUNCATION),
				 errmsg("value too long for type character varying(%d)", col->typmod - VARHDRSZ),
				 errdetail("The stamp \"%s\" does not fit column \"%s\" of table \"%s\".",
						   value, col->name, a->table),
				 errhint("Widen the column with ALTER TABLE.")));
	return PointerGetDatum(cstring_to_text_with_len(value, len));
}

/* A time for a message, as the session shows times */
char *
timestamp_text(TimestampTz t)
{
	return DatumGetCString(DirectFunctionCall1(timestamptz_out, TimestampTzGetDatum(t)));
}
