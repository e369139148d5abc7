/*-------------------------------------------------------------------------
 *
 * targets.c
 *	  libFuzzer targets for the timescale and schedule input functions,
 *	  one a binary, chosen when built: -DFUZZ_TARGET=timescale_text,
 *	  schedule_text, timescale_binary or schedule_binary.
 *
 * Beyond "no crash, no leak, no undefined behaviour", each input is held
 * to what the server promises: a refusal carries an input SQLSTATE, never
 * an internal error; a value accepted passes the type's invariants, its
 * text output reads back as the same value, and a binary value accepted
 * is sent back byte for byte.  A broken promise aborts, which libFuzzer
 * reports as a crash and keeps as a reproducer.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "fmgr.h"
#include "lib/stringinfo.h"

#include "../../extension/schedule.h"
#include "../../extension/timescale.h"
#include "server_stubs.h"

extern Datum timescale_out(PG_FUNCTION_ARGS);
extern Datum timescale_recv(PG_FUNCTION_ARGS);
extern Datum timescale_send(PG_FUNCTION_ARGS);
extern Datum schedule_in(PG_FUNCTION_ARGS);
extern Datum schedule_out(PG_FUNCTION_ARGS);
extern Datum schedule_recv(PG_FUNCTION_ARGS);
extern Datum schedule_send(PG_FUNCTION_ARGS);

long		fuzz_accepted;
long		fuzz_refused;

static void
broken(const char *promise, const char *detail)
{
	fprintf(stderr, "broken promise: %s: %s\n", promise, detail);
	abort();
}

static Datum
call1(PGFunction f, Datum arg)
{
	LOCAL_FCINFO(fcinfo, 1);

	InitFunctionCallInfoData(*fcinfo, NULL, 1, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = arg;
	fcinfo->args[0].isnull = false;
	return f(fcinfo);
}

/* call f; false if it raised an error (then in fuzz_error) */
static bool
attempt(PGFunction f, Datum arg, Datum *result)
{
	if (sigsetjmp(fuzz_error.jump, 0) != 0)
		return false;
	*result = call1(f, arg);
	return true;
}

/* a packed SQLSTATE as its five characters */
static const char *
sqlstate_text(int sqlstate)
{
	static char buf[6];

	for (int i = 0; i < 5; i++, sqlstate >>= 6)
		buf[i] = PGUNSIXBIT(sqlstate);
	buf[5] = '\0';
	return buf;
}

/* a refusal must say the input was wrong, with a message */
static void
check_refusal(bool binary)
{
	int			s = fuzz_error.sqlstate;
	bool		fits = binary ?
		(s == ERRCODE_INVALID_BINARY_REPRESENTATION || s == ERRCODE_PROTOCOL_VIOLATION) :
		(s == ERRCODE_INVALID_TEXT_REPRESENTATION || s == ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE);

	if (!fits)
		broken("a refusal has an input SQLSTATE", sqlstate_text(s));
	if (fuzz_error.message[0] == '\0')
		broken("a refusal has a message", sqlstate_text(s));
	fuzz_refused++;
}

static void
check_timescale(const Timescale *t)
{
	if (t->count < 1 || t->count > TIMESCALE_MAX_COUNT ||
		t->unit < TS_HOURS || t->unit > TS_LAST_UNIT)
		broken("a timescale has a count of 1 to 10000 and a unit", "");
}

static void
check_schedule(const Schedule *s)
{
	if (s->nstages < 1 || s->nstages > SCHEDULE_MAX_STAGES ||
		VARSIZE(s) != offsetof(Schedule, stages) + sizeof(ScheduleStage) * s->nstages)
		broken("a schedule has 1 to 16 stages", "");
	for (int i = 0; i < s->nstages; i++)
	{
		check_timescale(&s->stages[i].every);
		if (s->stages[i].until.count != 0)
			check_timescale(&s->stages[i].until);
	}
}

/* text output reads back as the same value, and is stable */
static void
check_round_trip(PGFunction in, PGFunction out, Datum value, Size size)
{
	char	   *text = DatumGetCString(call1(out, value));
	Datum		again;

	if (!attempt(in, CStringGetDatum(text), &again))
		broken("output reads back", text);
	if (memcmp(DatumGetPointer(value), DatumGetPointer(again), size) != 0)
		broken("output reads back as the same value", text);
	if (strcmp(text, DatumGetCString(call1(out, again))) != 0)
		broken("output is canonical", text);
	fuzz_accepted++;
}

static int
timescale_text(const uint8 *data, size_t size)
{
	char	   *str = pnstrdup((const char *) data, size);	/* to the first NUL */
	Datum		value;

	if (!attempt(timescale_in, CStringGetDatum(str), &value))
		check_refusal(false);
	else
	{
		check_timescale((Timescale *) DatumGetPointer(value));
		check_round_trip(timescale_in, timescale_out, value, sizeof(Timescale));
	}
	return 0;
}

static int
schedule_text(const uint8 *data, size_t size)
{
	char	   *str = pnstrdup((const char *) data, size);
	Datum		value;

	if (!attempt(schedule_in, CStringGetDatum(str), &value))
		check_refusal(false);
	else
	{
		check_schedule((Schedule *) DatumGetPointer(value));
		check_round_trip(schedule_in, schedule_out, value, VARSIZE(DatumGetPointer(value)));
	}
	return 0;
}

/*
 * A binary value as the server hands it to a receive function: the bytes
 * with a NUL after them, the cursor at 0.  The server refuses bytes left
 * unread after the function returns; so do we, before the checks.
 */
static int
binary(PGFunction recv, PGFunction send, PGFunction in, PGFunction out,
	   bool schedule, const uint8 *data, size_t size)
{
	StringInfoData buf;
	Datum		value;
	bytea	   *sent;

	buf.data = palloc(size + 1);
	memcpy(buf.data, data, size);
	buf.data[size] = '\0';
	buf.len = buf.maxlen = size;
	buf.cursor = 0;
	if (!attempt(recv, PointerGetDatum(&buf), &value))
	{
		check_refusal(true);
		return 0;
	}
	if (buf.cursor != buf.len)
		return 0;
	if (schedule)
		check_schedule((Schedule *) DatumGetPointer(value));
	else
		check_timescale((Timescale *) DatumGetPointer(value));
	sent = DatumGetByteaPP(call1(send, value));
	if (VARSIZE_ANY_EXHDR(sent) != size || memcmp(VARDATA_ANY(sent), data, size) != 0)
		broken("a value received is sent back byte for byte", "");
	check_round_trip(in, out, value,
					 schedule ? VARSIZE(DatumGetPointer(value)) : sizeof(Timescale));
	return 0;
}

static int
timescale_binary(const uint8 *data, size_t size)
{
	return binary(timescale_recv, timescale_send, timescale_in, timescale_out, false, data, size);
}

static int
schedule_binary(const uint8 *data, size_t size)
{
	return binary(schedule_recv, schedule_send, schedule_in, schedule_out, true, data, size);
}

int			LLVMFuzzerTestOneInput(const uint8 *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8 *data, size_t size)
{
	int			result = FUZZ_TARGET(data, size);

	fuzz_reset();				/* as the server resets its memory context */
	return result;
}
