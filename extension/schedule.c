/*-------------------------------------------------------------------------
 *
 * schedule.c
 *	  The schedule type: a cadence that changes with time since a start
 *	  date, "weekly until 6 weeks, fortnightly until 6 months, monthly".
 *
 * Each stage is a timescale with an optional "until" offset from the
 * start; every stage but the last has one, offsets strictly increase, and
 * a last stage with an offset ends the schedule.  Text input and binary
 * receive share one check (schedule_check).
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "schedule.h"

#define SCHEDULE_FORMAT_VERSION 1

#define SCHEDULE_INPUT_HINT \
	"Separate stages with commas; each is a timescale with \"until\" and an offset from the start " \
	"(days, weeks, months or years), for example 'weekly until 6 weeks, fortnightly until 6 months, monthly'. " \
	"Only the last stage may leave out \"until\"."

PG_FUNCTION_INFO_V1(schedule_in);
PG_FUNCTION_INFO_V1(schedule_out);
PG_FUNCTION_INFO_V1(schedule_recv);
PG_FUNCTION_INFO_V1(schedule_send);
PG_FUNCTION_INFO_V1(schedule_from_timescale);
PG_FUNCTION_INFO_V1(stage_at);
PG_FUNCTION_INFO_V1(next_due);
PG_FUNCTION_INFO_V1(schedule_stages);

static bool
fail(TimescaleError *err, char *detail)
{
	return timescale_fail(err, ERRCODE_INVALID_TEXT_REPRESENTATION, detail);
}

/* The one check of a schedule's invariants, stage by stage */
static bool
schedule_check(const ScheduleStage *stages, int n, TimescaleError *err)
{
	if (n < 1 || n > SCHEDULE_MAX_STAGES)
		return fail(err, psprintf("A schedule has 1 to %d stages, not %d.",
								  SCHEDULE_MAX_STAGES, n));
	for (int i = 0; i < n; i++)
	{
		const ScheduleStage *s = &stages[i];

		if (!timescale_check(s->every.count, s->every.unit, err))
			return fail(err, psprintf("Stage %d: %s", i + 1, err->detail));
		if (s->until.count == 0 && s->until.unit == 0)
		{
			if (i < n - 1)
				return fail(err, psprintf("Stage %d has no \"until\": only the last stage may be open-ended.",
										  i + 1));
			continue;
		}
		if (!timescale_check(s->until.count, s->until.unit, err))
			return fail(err, psprintf("Stage %d: %s", i + 1, err->detail));
		if (s->until.unit != TS_DAYS && s->until.unit != TS_WEEKS &&
			s->until.unit != TS_MONTHS)
			return fail(err, psprintf("Stage %d: \"until\" is measured in days, weeks, months or years, not %s.",
									  i + 1, s->until.unit == TS_HOURS ? "hours" :
									  s->until.unit == TS_WORKING_DAYS ? "working days" :
									  "calendar months"));
		if (i > 0 && timescale_cmp_internal(&s->until, &stages[i - 1].until) <= 0)
		{
			StringInfoData a,
						b;

			initStringInfo(&a);
			initStringInfo(&b);
			timescale_append(&a, &s->until);
			timescale_append(&b, &stages[i - 1].until);
			return fail(err, psprintf("Stage %d ends at \"%s\", not after stage %d's \"%s\".",
									  i + 1, a.data, i, b.data));
		}
	}
	return true;
}

static Schedule *
make_schedule(const ScheduleStage *stages, int n)
{
	Size		size = offsetof(Schedule, stages) + sizeof(ScheduleStage) * n;
	Schedule   *s = palloc0(size);

	SET_VARSIZE(s, size);
	s->nstages = n;
	memcpy(s->stages, stages, sizeof(ScheduleStage) * n);
	return s;
}

/* one stage: "<timescale> [until <timescale>]" */
static bool
parse_stage(const char *text, int number, ScheduleStage *stage, TimescaleError *err)
{
	TimescaleToken *tok;
	int			n;
	int			until = -1;

	memset(stage, 0, sizeof(ScheduleStage));
	if (!timescale_tokenize(text, &tok, &n, err))
		return fail(err, psprintf("Stage %d (\"%s\"): %s", number, text, err->detail));
	if (n == 0)
		return fail(err, psprintf("Stage %d is empty.", number));
	for (int i = 0; i < n; i++)
		if (tok[i].word && strcmp(tok[i].word, "until") == 0)
		{
			until = i;
			break;
		}
	if (!timescale_from_tokens(tok, until < 0 ? n : until, &stage->every, err) ||
		(until >= 0 && !timescale_from_tokens(tok + until + 1, n - until - 1,
											  &stage->until, err)))
		return fail(err, psprintf("Stage %d (\"%s\"): %s", number, text, err->detail));
	return true;
}

Datum
schedule_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	char	   *copy = pstrdup(str);
	ScheduleStage stages[SCHEDULE_MAX_STAGES];
	int			n = 0;
	char	   *start = copy;
	TimescaleError err;
	bool		ok = true;

	for (;;)
	{
		char	   *comma = strchr(start, ',');

		if (comma)
			*comma = '\0';
		if (n == SCHEDULE_MAX_STAGES)
		{
			ok = fail(&err, psprintf("A schedule has at most %d stages.", SCHEDULE_MAX_STAGES));
			break;
		}
		/* trim for the messages */
		while (*start == ' ')
			start++;
		for (char *e = start + strlen(start); e > start && e[-1] == ' '; e--)
			e[-1] = '\0';
		if (!(ok = parse_stage(start, n + 1, &stages[n], &err)))
			break;
		n++;
		if (!comma)
			break;
		start = comma + 1;
	}
	if (ok)
		ok = schedule_check(stages, n, &err);
	/* reported softly where the caller asks (16 and later), else thrown */
	if (!ok)
		ereturn(fcinfo->context, (Datum) 0,
				(errcode(err.sqlstate),
				 errmsg("invalid input syntax for type %s: \"%s\"", "schedule", str),
				 errdetail_internal("%s", err.detail),
				 errhint(SCHEDULE_INPUT_HINT)));
	PG_RETURN_POINTER(make_schedule(stages, n));
}

Datum
schedule_out(PG_FUNCTION_ARGS)
{
	Schedule   *s = PG_GETARG_SCHEDULE_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	for (int i = 0; i < s->nstages; i++)
	{
		if (i > 0)
			appendStringInfoString(&buf, ", ");
		timescale_append(&buf, &s->stages[i].every);
		if (s->stages[i].until.count > 0)
		{
			appendStringInfoString(&buf, " until ");
			timescale_append(&buf, &s->stages[i].until);
		}
	}
	PG_RETURN_CSTRING(buf.data);
}

/*
 * binary: a format version byte, the number of stages as int32, then per
 * stage the unit byte and int32 count of its timescale and of its "until"
 * (0 and 0 for none)
 */
Datum
schedule_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgbyte(buf);
	int32		n;
	ScheduleStage stages[SCHEDULE_MAX_STAGES];
	TimescaleError err;

	check_format_version(version, SCHEDULE_FORMAT_VERSION, "schedule");
	n = pq_getmsgint(buf, 4);
	if (n < 1 || n > SCHEDULE_MAX_STAGES)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type schedule"),
				 errdetail("A schedule has 1 to %d stages, not %d.", SCHEDULE_MAX_STAGES, n),
				 errhint("Send the value as text.")));
	for (int i = 0; i < n; i++)
	{
		stages[i].every.unit = pq_getmsgbyte(buf);
		stages[i].every.count = pq_getmsgint(buf, 4);
		stages[i].until.unit = pq_getmsgbyte(buf);
		stages[i].until.count = pq_getmsgint(buf, 4);
	}
	if (!schedule_check(stages, n, &err))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary value for type schedule"),
				 errdetail_internal("%s", err.detail),
				 errhint("Send the value as text.")));
	PG_RETURN_POINTER(make_schedule(stages, n));
}

Datum
schedule_send(PG_FUNCTION_ARGS)
{
	Schedule   *s = PG_GETARG_SCHEDULE_P(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, SCHEDULE_FORMAT_VERSION);
	pq_sendint32(&buf, s->nstages);
	for (int i = 0; i < s->nstages; i++)
	{
		pq_sendbyte(&buf, s->stages[i].every.unit);
		pq_sendint32(&buf, s->stages[i].every.count);
		pq_sendbyte(&buf, s->stages[i].until.unit);
		pq_sendint32(&buf, s->stages[i].until.count);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* the implicit cast: a timescale is a one-stage, open-ended schedule */
Datum
schedule_from_timescale(PG_FUNCTION_ARGS)
{
	ScheduleStage stage;

	memset(&stage, 0, sizeof(stage));
	stage.every = *PG_GETARG_TIMESCALE_P(0);
	PG_RETURN_POINTER(make_schedule(&stage, 1));
}

/*
 * The stage in force on day `on`: stage i runs from started + until(i-1)
 * up to the day before started + until(i).  Before the start, the first
 * stage; on or after the end of a schedule that ends, none.
 */
static const ScheduleStage *
stage_in_force(const Schedule *s, DateADT started, DateADT on)
{
	for (int i = 0; i < s->nstages; i++)
	{
		const ScheduleStage *stage = &s->stages[i];

		if (stage->until.count == 0 ||
			on < timescale_due_date(started, &stage->until, NULL))
			return stage;
	}
	return NULL;
}

/* stage_at(s schedule, started date, on date) returns timescale */
Datum
stage_at(PG_FUNCTION_ARGS)
{
	Schedule   *s = PG_GETARG_SCHEDULE_P(0);
	const ScheduleStage *stage = stage_in_force(s, PG_GETARG_DATEADT(1),
												PG_GETARG_DATEADT(2));
	Timescale  *result;

	if (stage == NULL)
		PG_RETURN_NULL();
	result = palloc(sizeof(Timescale));
	*result = stage->every;
	PG_RETURN_TIMESCALE_P(result);
}

/*
 * The next due date of schedule s started on `started`: the stage in force
 * on the day of the last occurrence applied to it; with none (has_last
 * false), the first stage applied to started.  False once the schedule has
 * ended.
 */
bool
schedule_next_due(const Schedule *s, DateADT started, bool has_last, DateADT last,
				  const Calendar *cal, DateADT *due)
{
	const ScheduleStage *stage;

	if (!has_last)
	{
		*due = timescale_due_date(started, &s->stages[0].every, cal);
		return true;
	}
	stage = stage_in_force(s, started, last);
	if (stage == NULL)
		return false;
	*due = timescale_due_date(last, &stage->every, cal);
	return true;
}

/*
 * next_due(s schedule, started date, last_held date [, calendar text])
 *	 returns date
 *
 * Not strict: last_held may be NULL.
 */
Datum
next_due(PG_FUNCTION_ARGS)
{
	DateADT		due;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || (PG_NARGS() > 3 && PG_ARGISNULL(3)))
		PG_RETURN_NULL();
	if (!schedule_next_due(PG_GETARG_SCHEDULE_P(0), PG_GETARG_DATEADT(1),
						   !PG_ARGISNULL(2), PG_ARGISNULL(2) ? 0 : PG_GETARG_DATEADT(2),
						   calendar_from_args(fcinfo, 3), &due))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT(due);
}

/*
 * stages(s schedule) returns timescale[]: the cadence of each stage, so
 * SQL can compare a hard limit with every one of them
 */
Datum
schedule_stages(PG_FUNCTION_ARGS)
{
	Schedule   *s = PG_GETARG_SCHEDULE_P(0);
	Oid			elemtype = get_element_type(get_fn_expr_rettype(fcinfo->flinfo));
	Datum	   *elems = palloc(sizeof(Datum) * s->nstages);

	if (!OidIsValid(elemtype))
		elog(ERROR, "stages() must return an array of timescale");
	for (int i = 0; i < s->nstages; i++)
		elems[i] = PointerGetDatum(&s->stages[i].every);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, s->nstages, elemtype,
										  sizeof(Timescale), false, TYPALIGN_INT));
}
