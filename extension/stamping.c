/*-------------------------------------------------------------------------
 *
 * stamping.c
 *	  Management oversight: the trigger that stamps an entry with when it
 *	  was recorded, by whom, under which heading and with the manager's
 *	  designation, and keeps the stamp as it was (SLO-R2, ISL-R2).
 *
 * The stamp is the server's, never the client's: on INSERT every stamped
 * column is overwritten, whatever the client sent.  On UPDATE a stamped
 * column cannot change, and other columns only as the attachment says.
 * DELETE and TRUNCATE are refused except to the role named for retention
 * purges.  A recording window on the same table is a trigger of its own
 * (recording_window.c), fired as PostgreSQL fires triggers.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "catalog/pg_collation.h"
#include "utils/builtins.h"
#include "utils/regproc.h"
#include "utils/timestamp.h"
#include "utils/rel.h"

#include "attachment.h"
#include "settings.h"

PG_FUNCTION_INFO_V1(stamp_oversight);

/* The session user's name, looked up again only when it changes */
static const char *
session_user_name(void)
{
	static Oid	cached_oid = InvalidOid;
	static NameData cached_name;
	Oid			user = GetSessionUserId();

	if (user != cached_oid)
	{
		namestrcpy(&cached_name, GetUserNameFromId(user, false));
		cached_oid = user;
	}
	return NameStr(cached_name);
}

/*
 * Who recorded the entry: the session user, or the person the application
 * names in supervision.actor when the session user holds the role the DBA
 * trusts to do so.
 */
static const char *
actor_name(const Attachment *a, Relation rel)
{
	const char *session = session_user_name();

	if (supervision_actor == NULL || supervision_actor[0] == '\0' ||
		strcmp(supervision_actor, session) == 0)
		return session;
	/* refused by the setting itself, unless set before the library loaded */
	if (supervision_actor[strspn(supervision_actor, " \t\r\n\f\v")] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("supervision.actor is blank"),
				 errdetail("It would stamp an entry of table \"%s\" as recorded by no one.", a->table),
				 errhint("Name the person the entry is recorded for, or RESET supervision.actor for the session user."),
				 errtable(rel)));
	if (!actor_set_in_this_transaction())
		ereport(ERROR,
				(errcode(ERRCODE_ACTOR_STALE),
				 errmsg("supervision.actor \"%s\" was set in an earlier transaction", supervision_actor),
				 errdetail("An actor names the person of the transaction that sets it; behind a connection pooler a value left on the connection may be another client's."),
				 errhint("Set it with SET LOCAL supervision.actor (or set_config('supervision.actor', ..., true)) in the transaction that records the entry, or RESET supervision.actor for the session user."),
				 errtable(rel)));
	if (OidIsValid(a->actor_role) && has_privs_of_role(GetSessionUserId(), a->actor_role))
		return supervision_actor;
	ereport(ERROR,
			(errcode(ERRCODE_ACTOR_NOT_TRUSTED),
			 errmsg("user \"%s\" may not record an entry of table \"%s\" as \"%s\"",
					session, a->table, supervision_actor),
			 a->actor_role_name != NULL ?
			 errdetail("supervision.actor names another person, and \"%s\" is not a member of role \"%s\".",
					   session, a->actor_role_name) :
			 errdetail("supervision.actor names another person, and the table trusts no role to do that."),
			 errhint("Reset supervision.actor, or have the DBA grant the trusted role to the application's login."),
			 errtable(rel)));
	return NULL;				/* keep the compiler quiet */
}

/* The manager's designation: from the DBA's lookup, or as the client gave it */
static char *
designation_of(const Attachment *a, Relation rel, HeapTuple tuple, const char *actor)
{
	char	   *designation;

	if (OidIsValid(a->designation_from))
	{
		LOCAL_FCINFO(call, 1);
		Datum		result;

		InitFunctionCallInfoData(*call, (FmgrInfo *) &a->designation_finfo, 1,
								 DEFAULT_COLLATION_OID, NULL, NULL);
		call->args[0].value = CStringGetTextDatum(actor);
		call->args[0].isnull = false;
		result = FunctionCallInvoke(call);
		designation = call->isnull ? NULL : TextDatumGetCString(result);
	}
	else
		designation = attached_text(tuple, RelationGetDescr(rel), &a->designation);

	if (designation == NULL || designation[strspn(designation, " \t\r\n")] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_DESIGNATION_MISSING),
				 errmsg("the designation of \"%s\" is missing from an entry of table \"%s\"",
						actor, a->table),
				 errdetail("Management oversight entries show the manager's designation and role."),
				 OidIsValid(a->designation_from) ?
				 errhint("Add \"%s\" to what %s reads.", actor,
						 format_procedure(a->designation_from)) :
				 errhint("Give the manager's designation in column \"%s\".", a->designation.name),
				 COLUMN_IS_SET(a->designation) ?
				 errtablecol(rel, a->designation.attnum) : errtable(rel)));
	return designation;
}

static HeapTuple
stamp_insert(Attachment *a, TriggerData *td)
{
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	HeapTuple	tuple = td->tg_trigtuple;
	const char *actor = actor_name(a, td->tg_relation);
	int			cols[5];
	Datum		values[5];
	bool		nulls[5] = {false, false, false, false, false};
	int			n = 0;

	cols[n] = a->recorded_at.attnum;
	values[n++] = TimestampTzGetDatum(supervision_clock());
	cols[n] = a->recorded_by.attnum;
	values[n++] = text_for_column(a, &a->recorded_by, actor);
	if (COLUMN_IS_SET(a->heading))
	{
		cols[n] = a->heading.attnum;
		values[n++] = text_for_column(a, &a->heading, a->heading_text);
	}
	if (COLUMN_IS_SET(a->designation))
	{
		cols[n] = a->designation.attnum;
		values[n++] = text_for_column(a, &a->designation,
									  designation_of(a, td->tg_relation, tuple, actor));
	}

	return heap_modify_tuple_by_cols(tuple, desc, n, cols, values, nulls);
}

static bool
is_signed(const Attachment *a, HeapTuple tuple, TupleDesc desc)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, a->signed_col.attnum, desc, &isnull);

	return !isnull && (a->signed_col.type != BOOLOID || DatumGetBool(d));
}

static HeapTuple
stamp_update(const Attachment *a, TriggerData *td)
{
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	HeapTuple	old = td->tg_trigtuple;
	HeapTuple	new = td->tg_newtuple;
	const AttachedColumn *stamps[] = {&a->recorded_at, &a->recorded_by, &a->heading, &a->designation};

	for (int i = 0; i < (int) lengthof(stamps); i++)
		if (COLUMN_IS_SET(*stamps[i]) && !same_value(old, new, desc, stamps[i]->attnum))
			ereport(ERROR,
					(errcode(ERRCODE_STAMP_CHANGED),
					 errmsg("column \"%s\" of a management oversight entry cannot change",
							stamps[i]->name),
					 errdetail("Table \"%s\" stamps it when an entry is recorded.", a->table),
					 errhint("A correction is a new entry."),
					 errtablecol(td->tg_relation, stamps[i]->attnum)));

	if (a->updates == UPDATES_ANY ||
		(a->updates == UPDATES_UNSIGNED && !is_signed(a, old, desc)))
		return new;

	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute attr = TupleDescAttr(desc, i);

		if (attr->attisdropped || attr->attgenerated != '\0' ||
			same_value(old, new, desc, attr->attnum))
			continue;
		ereport(ERROR,
				(errcode(ERRCODE_ENTRY_FROZEN),
				 a->updates == UPDATES_NONE ?
				 errmsg("an entry of table \"%s\" cannot change once recorded", a->table) :
				 errmsg("a signed entry of table \"%s\" cannot change", a->table),
				 errdetail("The update changes column \"%s\".", NameStr(attr->attname)),
				 errhint("A correction is a new entry."),
				 errtablecol(td->tg_relation, attr->attnum)));
	}
	return new;
}

/* DELETE and TRUNCATE: only for the role named for retention purges */
static void
check_purge(const Attachment *a, Relation rel, const char *how)
{
	if (OidIsValid(a->purger) && has_privs_of_role(GetUserId(), a->purger))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_DELETE_REFUSED),
			 errmsg("management oversight entries of table \"%s\" cannot be %s", a->table, how),
			 a->purger_name != NULL ?
			 errdetail("Only members of role \"%s\" may remove them, for retention purges.",
					   a->purger_name) :
			 errdetail("No role is named to remove them."),
			 errhint("A correction is a new entry; a retention purge runs as the purging role."),
			 errtable(rel)));
}

/*
 * stamp_oversight() returns trigger: BEFORE INSERT OR UPDATE OR DELETE FOR
 * EACH ROW, and BEFORE TRUNCATE FOR EACH STATEMENT
 */
Datum
stamp_oversight(PG_FUNCTION_ARGS)
{
	Attachment *a = attachment_for_trigger(fcinfo, ATTACH_OVERSIGHT);
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
		return PointerGetDatum(stamp_insert(a, td));
	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		return PointerGetDatum(stamp_update(a, td));
	check_purge(a, td->tg_relation, TRIGGER_FIRED_BY_DELETE(td->tg_event) ? "deleted" : "truncated");
	return PointerGetDatum(td->tg_trigtuple);
}
