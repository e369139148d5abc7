/*
 * server_stubs.h
 *	  What the fuzz targets see of server_stubs.c: the last error raised,
 *	  where it jumps to, and the arena reset between inputs.
 */
#ifndef SUPERVISION_SERVER_STUBS_H
#define SUPERVISION_SERVER_STUBS_H

#include <setjmp.h>

typedef struct FuzzError
{
	sigjmp_buf	jump;			/* set by the target before each call */
	int			sqlstate;		/* as MAKE_SQLSTATE packs it */
	char		message[1024];
} FuzzError;

extern FuzzError fuzz_error;

/* inputs the target accepted and refused, for the replay's count */
extern long fuzz_accepted;
extern long fuzz_refused;
extern void fuzz_reset(void);

#endif
