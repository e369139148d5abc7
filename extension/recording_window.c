/*-------------------------------------------------------------------------
 *
 * recording_window.c
 *	  Recording windows: the trigger that judges, as a record arrives,
 *	  whether it follows its discussion within the policy's window ("5
 *	  working days, or 24 hours for a significant decision", ISL-R1; SLO-R1,
 *	  GLO-R1), and refuses, asks a reason, or flags it late.
 *
 * The deadline is deadline(event, window) in the calendar of the policy,
 * with the version of the policy in force on the day of the event; the
 * time of recording is the start of the client's statement
 * (supervision_clock()).  The columns the judgement reads cannot change
 * afterwards.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "attachment.h"

PG_FUNCTION_INFO_V1(check_recording_window);

/* The window for an event, and the calendar it is counted in */
static const Timescale *
window_for(Attachment *a, TimestampTz event, bool significant, Calendar **calendar)
{
	if (a->policy_name != NULL)
	{
		DateADT		day;

		if (a->policy == NULL || a->policy_generation != policy_generation ||
			a->calendar_generation != calendar_generation)
		{
			a->policy = policy_with_calendar(a->policy_name, &a->calendar);
			a->policy_generation = policy_generation;
			a->calendar_generation = calendar_generation;
			a->version = NULL;
		}
		day = policy_event_day(a->calendar, event);
		if (a->version == NULL || !version_covers(a->version, day))
		{
			a->version = policy_version_on(a->policy, day);
			a->rule = a->rule_id != NULL ?
				policy_rule(a->policy, a->version, a->rule_id, RULE_WINDOW, a->topic, "window") :
				policy_recording_window(a->policy, a->version);
		}
		*calendar = a->calendar;
		return rule_window(a->rule, significant);
	}

	if (a->calendar == NULL || a->calendar_generation != calendar_generation)
	{
		a->calendar = calendar_for_arithmetic(a->calendar_name);
		a->calendar_generation = calendar_generation;
	}
	*calendar = a->calendar;
	return significant && TIMESCALE_IS_SET(a->within_significant) ?
		&a->within_significant : &a->within;
}

/* Where the window of the last event came from, for messages */
static char *
window_source(const Attachment *a)
{
	if (a->policy_name != NULL)
		return psprintf("rule %s of policy \"%s\"", a->rule->rule_id, a->policy_name);
	return psprintf("the one attached to table \"%s\"", a->table);
}

static char *
window_text(const Timescale *t, bool significant)
{
	StringInfoData buf;

	initStringInfo(&buf);
	timescale_append(&buf, t);
	if (significant)
		appendStringInfoString(&buf, " (significant)");
	return buf.data;
}

/*
 * Judge a record as it arrives, refusing it as the mode says; true when it
 * is late.
 */
static bool
judge_record(Attachment *a, Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	TimestampTz now = supervision_clock();
	TimestampTz event;
	TimestampTz deadline;
	bool		isnull;
	bool		significant = false;
	bool		late;
	const Timescale *window;
	Calendar   *calendar;
	Datum		d;

	d = heap_getattr(tuple, a->event.attnum, desc, &isnull);
	event = isnull ? 0 : DatumGetTimestampTz(d);
	if (isnull || TIMESTAMP_IS_NOBEGIN(event))
		ereport(ERROR,
				(errcode(ERRCODE_EVENT_MISSING),
				 errmsg("a record of table \"%s\" has no event time", a->table),
				 errdetail("Column \"%s\" is %s; the recording window runs from the time the discussion or decision happened.",
						   a->event.name, isnull ? "null" : "-infinity"),
				 errhint("Give the time the discussion or decision happened."),
				 errtablecol(rel, a->event.attnum)));
	if (event > now)
		ereport(ERROR,
				(errcode(ERRCODE_EVENT_IN_FUTURE),
				 errmsg("a record of table \"%s\" has its event at %s, after the time of recording %s",
						a->table, timestamp_text(event), timestamp_text(now)),
				 errdetail("A record follows the discussion or decision it records."),
				 errhint("Correct the event time in column \"%s\".", a->event.name),
				 errtablecol(rel, a->event.attnum)));

	if (COLUMN_IS_SET(a->significant))
	{
		d = heap_getattr(tuple, a->significant.attnum, desc, &isnull);
		significant = !isnull && DatumGetBool(d);
	}
	window = window_for(a, event, significant, &calendar);
	deadline = timescale_deadline(calendar, event, window);
	late = now >= deadline;

	if (late && a->mode == MODE_REJECT)
		ereport(ERROR,
				(errcode(ERRCODE_RECORD_LATE),
				 errmsg("a record of table \"%s\" is late: its event at %s had a window of %s, which ended at %s",
						a->table, timestamp_text(event), window_text(window, significant),
						timestamp_text(deadline)),
				 errdetail("The record was made at %s; the window is %s.",
						   timestamp_text(now), window_source(a)),
				 errhint("If the event time in column \"%s\" is wrong, correct it; this table accepts no late records.",
						 a->event.name),
				 errtablecol(rel, a->event.attnum)));
	if (late && a->mode == MODE_REQUIRE_REASON)
	{
		char	   *reason = attached_text(tuple, desc, &a->late_reason);

		if (reason == NULL || reason[strspn(reason, " \t\r\n")] == '\0')
			ereport(ERROR,
					(errcode(ERRCODE_LATE_REASON_MISSING),
					 errmsg("a late record of table \"%s\" has no reason: its event at %s had a window of %s, which ended at %s",
							a->table, timestamp_text(event), window_text(window, significant),
							timestamp_text(deadline)),
					 errdetail("The record was made at %s; the window is %s.",
							   timestamp_text(now), window_source(a)),
					 errhint("Say why the record is late in column \"%s\", or correct the event time in column \"%s\".",
							 a->late_reason.name, a->event.name),
					 errtablecol(rel, a->late_reason.attnum)));
	}
	return late;
}

static HeapTuple
window_insert(Attachment *a, TriggerData *td)
{
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	HeapTuple	tuple = td->tg_trigtuple;
	bool		late;

	late = judge_record(a, td->tg_relation, tuple);
	if (COLUMN_IS_SET(a->late))
	{
		int			col = a->late.attnum;
		Datum		value = BoolGetDatum(late);
		bool		null = false;

		return heap_modify_tuple_by_cols(tuple, desc, 1, &col, &value, &null);
	}
	return tuple;
}

/* The columns the window was judged from stay as they were judged */
static HeapTuple
window_update(const Attachment *a, TriggerData *td)
{
	TupleDesc	desc = RelationGetDescr(td->tg_relation);
	const AttachedColumn *judged[] = {&a->event, &a->significant, &a->late, &a->late_reason};

	for (int i = 0; i < (int) lengthof(judged); i++)
		if (COLUMN_IS_SET(*judged[i]) &&
			!same_value(td->tg_trigtuple, td->tg_newtuple, desc, judged[i]->attnum))
			ereport(ERROR,
					(errcode(ERRCODE_STAMP_CHANGED),
					 errmsg("column \"%s\" of a record of table \"%s\" cannot change",
							judged[i]->name, a->table),
					 errdetail("The record's recording window was judged from it when the record was made."),
					 errhint("A correction is a new entry."),
					 errtablecol(td->tg_relation, judged[i]->attnum)));
	return td->tg_newtuple;
}

/* check_recording_window() returns trigger: BEFORE INSERT OR UPDATE FOR EACH ROW */
Datum
check_recording_window(PG_FUNCTION_ARGS)
{
	Attachment *a = attachment_for_trigger(fcinfo, ATTACH_RECORDING_WINDOW);
	TriggerData *td = (TriggerData *) fcinfo->context;

	if (TRIGGER_FIRED_BY_INSERT(td->tg_event))
		return PointerGetDatum(window_insert(a, td));
	return PointerGetDatum(window_update(a, td));
}
