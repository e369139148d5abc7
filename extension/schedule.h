/*-------------------------------------------------------------------------
 *
 * schedule.h
 *	  The schedule type: a cadence that changes with time since a start
 *	  date, "weekly until 6 weeks, fortnightly until 6 months, monthly".
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_SCHEDULE_H
#define SUPERVISION_SCHEDULE_H

#include "timescale.h"
#define SCHEDULE_MAX_STAGES 16

typedef struct ScheduleStage
{
	Timescale	every;
	Timescale	until;			/* count 0: open-ended (last stage only) */
} ScheduleStage;

typedef struct Schedule
{
	int32		vl_len_;		/* varlena header */
	int32		nstages;
	ScheduleStage stages[FLEXIBLE_ARRAY_MEMBER];
} Schedule;

#define PG_GETARG_SCHEDULE_P(n) ((Schedule *) PG_DETOAST_DATUM(PG_GETARG_DATUM(n)))

#define DatumGetScheduleP(X)	((Schedule *) PG_DETOAST_DATUM(X))

extern bool schedule_next_due(const Schedule *s, DateADT started, bool has_last,
							  DateADT last, const Calendar *cal, DateADT *due);

#endif							/* SUPERVISION_SCHEDULE_H */
