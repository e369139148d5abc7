/*-------------------------------------------------------------------------
 *
 * confidentiality.c
 *	  Children's names stay out of personal supervision notes (SLO-R3,
 *	  LEE-R3; 003: "names of children and families are not recorded in
 *	  professional supervision notes"; 004: initials instead): the trigger
 *	  a DBA attaches to the table of personal supervision records, which
 *	  refuses, or flags, an entry whose text names a child of the registered
 *	  cases by the case's reference or the child's identifier.
 *
 * The identifiers are read once per backend from the cases source (its
 * source function, as the table's owner), lower-cased, into a hash table;
 * a note is cut into words and each word looked up.  The table is read
 * again after the cases relation changes (a statement trigger on it sends
 * a relcache invalidation to every backend) or the cases source is
 * registered again (its function is rewritten: a pg_proc invalidation).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "config_cache.h"

#define ERRCODE_CHILD_NAMED		MAKE_SQLSTATE('S','V','4','0','1')

/* the identifiers a note is checked for */
#define IDENT_KEY		0x01	/* the case's reference */
#define IDENT_CHILD		0x02	/* the child's identifier */
/* longer words are never identifiers; digits alone, shorter than this, are
 * everyday numbers in a note ("3 visits"), not matched */
#define IDENT_MAX		64
#define IDENT_MIN_DIGITS 6

/*
 * The table keeps a 64-bit hash of each identifier, not its text: 200,000
 * identifiers in about 6 MB a backend; two words of a note sharing a hash
 * by chance is one in 2^64 / 200,000
 */
typedef struct Identifier
{
	uint64		hash;			/* hash key: of the word in lower case */
	uint8		kinds;
} Identifier;

static uint64
word_hash(const char *word)
{
	return hash_bytes_extended((const unsigned char *) word, strlen(word), 0);
}

static HTAB *identifiers = NULL;
static MemoryContext identifiers_context = NULL;
static bool identifiers_valid = false;
static bool all_have_digits = true;	/* then a note is searched for digits */
static Oid	identifiers_relid = InvalidOid;	/* the cases relation read */
static bool callbacks_registered = false;

PG_FUNCTION_INFO_V1(guard_confidentiality);
PG_FUNCTION_INFO_V1(case_identifiers_changed);

static void
relation_changed(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == identifiers_relid)
		identifiers_valid = false;
}

static void
function_changed(Datum arg, int cacheid, uint32 hashvalue)
{
	identifiers_valid = false;
}

/* A word as the table keeps it: lower case; false when it cannot be one */
static bool
identifier_word(const char *s, int len, char *word)
{
	bool		digits_only = true;

	if (len <= 0 || len >= IDENT_MAX)
		return false;
	for (int i = 0; i < len; i++)
	{
		word[i] = pg_ascii_tolower((unsigned char) s[i]);
		if (!isdigit((unsigned char) s[i]))
			digits_only = false;
	}
	word[len] = '\0';
	return !(digits_only && len < IDENT_MIN_DIGITS);
}

static void
add_identifier(const char *value, uint8 kind)
{
	char		word[IDENT_MAX];
	Identifier *entry;
	bool		found;

	if (value == NULL || !identifier_word(value, strlen(value), word))
		return;
	if (strpbrk(word, "0123456789") == NULL)
		all_have_digits = false;
	{
		uint64		h = word_hash(word);

		entry = hash_search(identifiers, &h, HASH_ENTER, &found);
	}
	entry->kinds = found ? entry->kinds | kind : kind;
}

/* Read every case's reference and child's identifier, as owner */
static void
load_identifiers(Oid owner)
{
	HASHCTL		ctl;
	Oid			save_user;
	int			save_sec;
	char	   *query;
	const char *schema;

	if (!callbacks_registered)
	{
		CacheRegisterRelcacheCallback(relation_changed, (Datum) 0);
		CacheRegisterSyscacheCallback(PROCOID, function_changed, (Datum) 0);
		callbacks_registered = true;
	}
	if (identifiers_context == NULL)
		identifiers_context = AllocSetContextCreate(CacheMemoryContext, "supervision case identifiers",
													ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(identifiers_context);
	identifiers = NULL;
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(uint64);
	ctl.entrysize = sizeof(Identifier);
	ctl.hcxt = identifiers_context;
	identifiers = hash_create("supervision case identifiers", 1024, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);

	schema = quote_identifier(get_namespace_name(get_rel_namespace(extension_table("source"))));
	query = psprintf("SELECT c.key, c.child, (SELECT s.relation FROM %s.source AS s WHERE s.kind = 'cases')::oid "
					 "FROM %s._source_cases('UTC', NULL) AS c", schema, schema);
	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(owner, save_sec | SECURITY_LOCAL_USERID_CHANGE);
	PG_TRY();
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
			elog(ERROR, "reading the cases source failed");
		identifiers_relid = InvalidOid;
		all_have_digits = true;
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tuple = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		isnull;
			Datum		relid = SPI_getbinval(tuple, desc, 3, &isnull);

			if (!isnull)
				identifiers_relid = DatumGetObjectId(relid);
			add_identifier(SPI_getvalue(tuple, desc, 1), IDENT_KEY);
			add_identifier(SPI_getvalue(tuple, desc, 2), IDENT_CHILD);
		}
		SPI_finish();
	}
	PG_CATCH();
	{
		SetUserIdAndSecContext(save_user, save_sec);
		identifiers_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
	SetUserIdAndSecContext(save_user, save_sec);
	identifiers_valid = true;
}

#define WORD_SEPARATOR(c) ((c) == '-' || (c) == '/' || (c) == '_' || (c) == '.')

/* Is s[i] inside a word: a letter or digit, or - / _ . between two */
static inline bool
in_word(const char *s, int len, int i)
{
	return isalnum((unsigned char) s[i]) ||
		(WORD_SEPARATOR(s[i]) && i > 0 && i + 1 < len &&
		 isalnum((unsigned char) s[i - 1]) && isalnum((unsigned char) s[i + 1]));
}

/* Does any of the 8 bytes hold an ASCII digit (false positives allowed) */
static inline bool
may_hold_digit(uint64 w)
{
	uint64		x = w ^ UINT64CONST(0x3030303030303030);

	return ((x - UINT64CONST(0x0A0A0A0A0A0A0A0A)) & ~x & UINT64CONST(0x8080808080808080)) != 0;
}

/* Look the word around s[i] up; the index after it */
static int
look_up_word_at(const char *s, int len, int i, uint8 wanted, const char **found, uint8 *kind)
{
	static char word[IDENT_MAX];
	int			start = i;
	int			end = i;

	while (start > 0 && in_word(s, len, start - 1))
		start--;
	while (end < len && in_word(s, len, end))
		end++;
	if (identifier_word(s + start, end - start, word))
	{
		uint64		h = word_hash(word);
		Identifier *entry = hash_search(identifiers, &h, HASH_FIND, NULL);

		if (entry != NULL && (entry->kinds & wanted) != 0)
		{
			*kind = entry->kinds & wanted;
			*found = word;
		}
	}
	return end;
}

/*
 * The first word of text naming a case (kinds wanted), or NULL.  Where
 * every identifier has a digit, only the words around digits are looked
 * up, the rest of the note passed over eight bytes at a time.
 */
static const char *
named_case(const char *s, int len, uint8 wanted, uint8 *kind)
{
	const char *found = NULL;
	int			i = 0;

	while (i < len && found == NULL)
	{
		if (all_have_digits)
		{
			uint64		w;

			while (i + 8 <= len && (memcpy(&w, s + i, 8), !may_hold_digit(w)))
				i += 8;
			while (i < len && !isdigit((unsigned char) s[i]))
				i++;
		}
		else
		{
			while (i < len && !isalnum((unsigned char) s[i]))
				i++;
		}
		if (i >= len)
			break;
		i = look_up_word_at(s, len, i, wanted, &found, kind);
	}
	return found;
}

/* The value of a trigger argument key=value, or NULL */
static const char *
argument(Trigger *trigger, const char *key)
{
	size_t		keylen = strlen(key);

	for (int i = 0; i < trigger->tgnargs; i++)
		if (strncmp(trigger->tgargs[i], key, keylen) == 0 && trigger->tgargs[i][keylen] == '=')
			return trigger->tgargs[i] + keylen + 1;
	return NULL;
}

static bool
listed(const char *list, const char *name)
{
	size_t		len = strlen(name);

	for (const char *p = list; p != NULL && *p != '\0';)
	{
		const char *comma = strchr(p, ',');
		size_t		n = comma ? (size_t) (comma - p) : strlen(p);

		if (n == len && strncmp(p, name, len) == 0)
			return true;
		p = comma ? comma + 1 : NULL;
	}
	return false;
}

/* What a trigger's arguments say, read once per call site */
typedef struct Guard
{
	Oid			trigger;
	int			ncolumns;
	AttrNumber	columns[FLEXIBLE_ARRAY_MEMBER];
} Guard;

typedef struct GuardSettings
{
	uint8		wanted;
	bool		flagging;
	AttrNumber	flag;
	Guard	   *guard;
} GuardSettings;

static GuardSettings *
guard_settings(FunctionCallInfo fcinfo, TriggerData *td)
{
	GuardSettings *g = (GuardSettings *) fcinfo->flinfo->fn_extra;
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	const char *columns;
	const char *flag;
	const char *mode;

	if (g != NULL && g->guard->trigger == td->tg_trigger->tgoid)
		return g;
	g = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GuardSettings));
	g->guard = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									  offsetof(Guard, columns) + sizeof(AttrNumber) * desc->natts);
	g->guard->trigger = td->tg_trigger->tgoid;
	columns = argument(td->tg_trigger, "columns");
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (!att->attisdropped && listed(columns, NameStr(att->attname)))
			g->guard->columns[g->guard->ncolumns++] = att->attnum;
	}
	mode = argument(td->tg_trigger, "mode");
	g->flagging = mode != NULL && strcmp(mode, "flag") == 0;
	flag = argument(td->tg_trigger, "flag");
	g->flag = flag != NULL ? SPI_fnumber(desc, flag) : InvalidAttrNumber;
	if (g->flagging && g->flag <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("the flag column of the confidentiality guard on table \"%s\" does not exist",
						RelationGetRelationName(td->tg_relation)),
				 errhint("Attach the guard again: supervision.attach_confidentiality().")));
	if (listed(argument(td->tg_trigger, "identifiers"), "key"))
		g->wanted |= IDENT_KEY;
	if (listed(argument(td->tg_trigger, "identifiers"), "child"))
		g->wanted |= IDENT_CHILD;
	fcinfo->flinfo->fn_extra = g;
	return g;
}

/*
 * Trigger: BEFORE INSERT OR UPDATE FOR EACH ROW, arguments
 * columns=a,b  mode=reject|flag  flag=column  identifiers=key,child
 */
Datum
guard_confidentiality(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;
	TupleDesc	desc;
	HeapTuple	tuple;
	GuardSettings *settings;
	bool		named = false;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(td->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(td->tg_event) || TRIGGER_FIRED_BY_DELETE(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("guard_confidentiality() must be fired BEFORE INSERT OR UPDATE FOR EACH ROW"),
				 errhint("Attach it with supervision.attach_confidentiality().")));
	rel = td->tg_relation;
	desc = RelationGetDescr(rel);
	tuple = TRIGGER_FIRED_BY_UPDATE(td->tg_event) ? td->tg_newtuple : td->tg_trigtuple;
	settings = guard_settings(fcinfo, td);

	if (!identifiers_valid)
		load_identifiers(rel->rd_rel->relowner);

	for (int i = 0; i < settings->guard->ncolumns && !named; i++)
	{
		AttrNumber	attnum = settings->guard->columns[i];
		bool		isnull;
		Datum		d;
		text	   *value;
		const char *word;
		uint8		kind = 0;

		d = heap_getattr(tuple, attnum, desc, &isnull);
		if (isnull)
			continue;
		value = DatumGetTextPP(d);
		word = named_case(VARDATA_ANY(value), VARSIZE_ANY_EXHDR(value), settings->wanted, &kind);
		if (word == NULL)
			continue;
		if (!settings->flagging)
			ereport(ERROR,
					(errcode(ERRCODE_CHILD_NAMED),
					 errmsg("column \"%s\" of table \"%s\" names a child's case: \"%s\"",
							NameStr(TupleDescAttr(desc, attnum - 1)->attname), RelationGetRelationName(rel), word),
					 errdetail("It is the %s of a case of the registered cases source; personal supervision records keep children's names and identifiers off them.",
							   (kind & IDENT_KEY) ? "reference" : "child's identifier"),
					 errhint("Record the case matter on the child's file, and refer to the child here by initials."),
					 errtablecol(rel, attnum)));
		named = true;
	}

	if (settings->flagging)
	{
		AttrNumber	attnum = settings->flag;
		Datum		value = BoolGetDatum(named);
		bool		isnull = false;
		int			col = attnum;

		tuple = heap_modify_tuple_by_cols(tuple, desc, 1, &col, &value, &isnull);
	}
	return PointerGetDatum(tuple);
}

/*
 * Trigger on the cases relation, FOR EACH STATEMENT: every backend reads
 * the identifiers again (at commit for the others, at once for this one)
 */
Datum
case_identifiers_changed(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("case_identifiers_changed() must be fired as a trigger")));
	CacheInvalidateRelcache(td->tg_relation);
	identifiers_valid = false;
	return PointerGetDatum(NULL);
}
