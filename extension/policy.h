/*-------------------------------------------------------------------------
 *
 * policy.h
 *	  Supervision policies as data: the per-backend cache of the rows of
 *	  supervision.policy, supervision.policy_version and supervision.rule.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_POLICY_H
#define SUPERVISION_POLICY_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/date.h"

#include "calendar.h"
#include "schedule.h"

#define ERRCODE_NO_VERSION_IN_FORCE MAKE_SQLSTATE('S','V','0','0','2')

typedef enum RuleKind
{
	RULE_CADENCE,
	RULE_WINDOW,
	RULE_RETENTION,
	RULE_OTHER					/* quota, bound, recording: data only */
} RuleKind;

/* a timescale column; count 0 when NULL */
#define TIMESCALE_IS_SET(t) ((t).count > 0)

typedef struct Rule
{
	char	   *rule_id;
	text	   *rule_id_text;	/* the same, ready for a result row */
	RuleKind	kind;
	char	   *topic;
	int			nroles;			/* -1: roles NULL, every role */
	char	  **roles;
	int			ncategories;	/* -1: categories NULL, every case */
	char	  **categories;

	/* cadence: a schedule, or milestones from the start date */
	Schedule   *every;
	int			nat;
	Timescale  *at;
	Timescale	before;
	Timescale	latest;
	Timescale	starts_after;
	bool		first_due_on_start;

	/*
	 * quota on topic observation with no period (SLO-A2): a condition on
	 * the staged cadences of its roles, held at their first stage until the
	 * worker's direct work has been observed
	 */
	bool		holds_step_down;

	/* window and retention */
	Timescale	within;
	Timescale	within_significant;
	Timescale	keep;
} Rule;

/* who a cadence applies to, for one topic: candidate rules per name */
typedef struct Subject
{
	char	   *name;
	int			len;
	int			nrules;
	Rule	  **rules;			/* its own rules and the topic's rules for all */
	struct DueMemo *due_memo;	/* due dates already worked out
								 * (policy_due.c) */
	/* roles only, worked out when the version is indexed: */
	bool		held_until_observed;	/* staged schedules held at their
										 * first stage until observed
										 * (SLO-A2) */
	const char *becomes;		/* the role held once they end (asye:
								 * social_worker), or NULL */
} Subject;

typedef struct SubjectIndex
{
	int			nsubjects;
	Subject    *subjects;
	Subject		all;			/* rules that name no one: apply to all (and
								 * every name of the vocabulary has them) */
} SubjectIndex;

typedef struct PolicyVersion
{
	int32		version;
	DateADT		from;			/* first day in force */
	DateADT		until;			/* first day no longer in force, or NOEND */
	int			nrules;
	Rule	   *rules;
	SubjectIndex staff;			/* personal_supervision rules by role */
	SubjectIndex cases;			/* case_discussion rules by category */
} PolicyVersion;

typedef struct Policy
{
	char		name[NAMEDATALEN];	/* hash key */
	char	   *calendar;
	int			nversions;
	PolicyVersion *versions;	/* in date order */
} Policy;

/* Bumped whenever cached Policy pointers may have gone stale */
extern uint64 policy_generation;

extern void policy_init(void);
extern Policy *policy_lookup(const char *name);
extern Policy *policy_find(const char *name);
extern char *policy_names(void);
extern Policy *policy_with_calendar(const char *name, Calendar **calendar);
extern PolicyVersion *policy_version_on(const Policy *policy, DateADT day);
extern bool vocabulary_has(bool role, const char *name, int len);
extern char *vocabulary_names(bool role);
extern const Rule *policy_rule(const Policy *policy, const PolicyVersion *v,
							   const char *rule_id, RuleKind kind, const char *topic,
							   const char *what);
extern const Rule *policy_recording_window(const Policy *policy, const PolicyVersion *v);
extern DateADT policy_event_day(Calendar *cal, TimestampTz event);
extern void *policy_alloc0(Size size);

static inline bool
version_covers(const PolicyVersion *v, DateADT day)
{
	return day >= v->from && (v->until == DATEVAL_NOEND || day < v->until);
}

/* The window a rule gives an event: the shorter one for a significant one */
static inline const Timescale *
rule_window(const Rule *rule, bool significant)
{
	return significant && TIMESCALE_IS_SET(rule->within_significant) ?
		&rule->within_significant : &rule->within;
}

#endif							/* SUPERVISION_POLICY_H */
