/*-------------------------------------------------------------------------
 *
 * server_stubs.c
 *	  The few pieces of the PostgreSQL server that timescale.c and
 *	  schedule.c call, so that their parsers and binary receive functions
 *	  run outside the server, under libFuzzer and the sanitizers.
 *
 * palloc allocates from an arena that fuzz_reset() frees after every
 * input, as a memory context reset does in the server; ereport(ERROR)
 * jumps back to the target (fuzz_error) with the SQLSTATE and message;
 * pq_getmsg* read a binary value as the server's pqformat.c does.  The
 * rest of what the two files reference (calendars, due dates, casts)
 * aborts: the parsers must never reach it, and a fuzzer that does has
 * found a bug.  StringInfo, psprintf and hash_bytes come from PostgreSQL's
 * own libpgcommon and libpgport.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "../../extension/calendar.h"
#include "../../extension/timescale.h"
#include "server_stubs.h"

/* ---- memory: an arena of chunks, freed all at once ---- */

typedef struct Chunk
{
	struct Chunk *prev;
	struct Chunk *next;
	size_t		size;
	size_t		pad;			/* keeps the user's memory 16-byte aligned */
} Chunk;

static Chunk arena = {&arena, &arena, 0, 0};

static void *
arena_alloc(Size size, bool zero)
{
	Chunk	   *c;

	if (!AllocSizeIsValid(size))
		elog(ERROR, "invalid memory alloc request size %zu", size);
	c = zero ? calloc(1, sizeof(Chunk) + size) : malloc(sizeof(Chunk) + size);
	if (c == NULL)
		abort();
	c->size = size;
	c->next = arena.next;
	c->prev = &arena;
	arena.next->prev = c;
	arena.next = c;
	return c + 1;
}

void *
palloc(Size size)
{
	return arena_alloc(size, false);
}

void *
palloc0(Size size)
{
	return arena_alloc(size, true);
}

void
pfree(void *pointer)
{
	Chunk	   *c = (Chunk *) pointer - 1;

	c->prev->next = c->next;
	c->next->prev = c->prev;
	free(c);
}

void *
repalloc(void *pointer, Size size)
{
	void	   *result = palloc(size);
	Chunk	   *c = (Chunk *) pointer - 1;

	memcpy(result, pointer, Min(size, c->size));
	pfree(pointer);
	return result;
}

char *
pstrdup(const char *in)
{
	return pnstrdup(in, strlen(in));
}

char *
pnstrdup(const char *in, Size len)
{
	char	   *out;

	len = strnlen(in, len);
	out = palloc(len + 1);
	memcpy(out, in, len);
	out[len] = '\0';
	return out;
}

void
fuzz_reset(void)
{
	while (arena.next != &arena)
		pfree(arena.next + 1);
}

/* ---- ereport: ERROR and above jump back to the target ---- */

FuzzError	fuzz_error;
static int	error_level;

bool
errstart(int elevel, const char *domain)
{
	error_level = elevel;
	if (elevel < ERROR)
		return false;			/* notices and debug output: not kept */
	fuzz_error.sqlstate = ERRCODE_INTERNAL_ERROR;
	fuzz_error.message[0] = '\0';
	return true;
}

bool
errstart_cold(int elevel, const char *domain)
{
	return errstart(elevel, domain);
}

void
errfinish(const char *filename, int lineno, const char *funcname)
{
	if (error_level >= ERROR)
		siglongjmp(fuzz_error.jump, 1);
}

#if PG_VERSION_NUM >= 160000
/* soft input errors: the parsers are called with no context, so thrown */
bool
errsave_start(struct Node *context, const char *domain)
{
	return errstart(ERROR, domain);
}

void
errsave_finish(struct Node *context, const char *filename, int lineno,
			   const char *funcname)
{
	errfinish(filename, lineno, funcname);
}
#endif

int
errcode(int sqlerrcode)
{
	fuzz_error.sqlstate = sqlerrcode;
	return 0;
}

/* the message is kept; details and hints are formatted (so that a bad
 * argument is found) and dropped */
#define FORMAT_INTO(buf, fmt) \
	do { \
		va_list		args; \
		va_start(args, fmt); \
		vsnprintf(buf, sizeof(buf), fmt, args); \
		va_end(args); \
	} while (0)

int
errmsg(const char *fmt,...)
{
	FORMAT_INTO(fuzz_error.message, fmt);
	return 0;
}

int
errmsg_internal(const char *fmt,...)
{
	FORMAT_INTO(fuzz_error.message, fmt);
	return 0;
}

static char dropped[1024];

int
errdetail(const char *fmt,...)
{
	FORMAT_INTO(dropped, fmt);
	return 0;
}

int
errdetail_internal(const char *fmt,...)
{
	FORMAT_INTO(dropped, fmt);
	return 0;
}

int
errhint(const char *fmt,...)
{
	FORMAT_INTO(dropped, fmt);
	return 0;
}

/* ---- Assert, in a server built with assertions: a failure is a finding ---- */

#ifdef USE_ASSERT_CHECKING
void
ExceptionalCondition(EXCEPTIONAL_CONDITION_PARAMS)
{
	fprintf(stderr, "TRAP: failed Assert(\"%s\"), File: \"%s\", Line: %d\n",
			conditionName, fileName, lineNumber);
	abort();
}
#endif

/* ---- reading a binary value, as pqformat.c ---- */

void
pq_copymsgbytes(StringInfo msg, pq_copymsgbytes_buffer *buf, int datalen)
{
	if (datalen < 0 || datalen > (msg->len - msg->cursor))
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("insufficient data left in message")));
	memcpy(buf, &msg->data[msg->cursor], datalen);
	msg->cursor += datalen;
}

int
pq_getmsgbyte(StringInfo msg)
{
	if (msg->cursor >= msg->len)
		ereport(ERROR,
				(errcode(ERRCODE_PROTOCOL_VIOLATION),
				 errmsg("no data left in message")));
	return (unsigned char) msg->data[msg->cursor++];
}

unsigned int
pq_getmsgint(StringInfo msg, int b)
{
	uint32		n32;

	if (b != 4)
		elog(ERROR, "unsupported integer size %d", b);
	pq_copymsgbytes(msg, (char *) &n32, 4);
	return pg_ntoh32(n32);
}

void
pq_begintypsend(StringInfo buf)
{
	initStringInfo(buf);
	appendBinaryStringInfoNT(buf, "\0\0\0\0", 4);	/* the varlena header */
}

bytea *
pq_endtypsend(StringInfo buf)
{
	bytea	   *result = (bytea *) buf->data;

	SET_VARSIZE(result, buf->len);
	return result;
}

struct varlena *
pg_detoast_datum(struct varlena *datum)
{
	if (VARATT_IS_EXTENDED(datum))
		abort();				/* the targets make only plain values */
	return datum;
}

struct varlena *
pg_detoast_datum_packed(struct varlena *datum)
{
	return datum;
}

/* ---- beyond the parsers: never reached ---- */

uint64		calendar_generation = 0;
Calendar   *default_calendar = NULL;
uint64		default_calendar_generation = 0;

#define UNREACHABLE(name) \
	do { fprintf(stderr, "%s reached from a parser\n", name); abort(); } while (0)

Datum
DirectFunctionCall1Coll(PGFunction func, Oid collation, Datum arg1)
{
	UNREACHABLE("DirectFunctionCall1Coll");
}

ArrayType *
construct_array(Datum *elems, int nelems, Oid elmtype, int elmlen, bool elmbyval, char elmalign)
{
	UNREACHABLE("construct_array");
}

Oid
get_element_type(Oid typid)
{
	UNREACHABLE("get_element_type");
}

Oid
get_fn_expr_rettype(FmgrInfo *flinfo)
{
	UNREACHABLE("get_fn_expr_rettype");
}

Datum
interval_out(PG_FUNCTION_ARGS)
{
	UNREACHABLE("interval_out");
}

Calendar *
calendar_from_args_slow(FunctionCallInfo fcinfo, int argno)
{
	UNREACHABLE("calendar_from_args_slow");
}

DateADT
timescale_due_date(DateADT from, const Timescale *t, const Calendar *cal)
{
	UNREACHABLE("timescale_due_date");
}
