/*-------------------------------------------------------------------------
 *
 * report_terms.c
 *	  What a report reads once, before its rows: the policy in force
 *	  (the setting supervision.policy) with its calendar, time zone and
 *	  first day; the roles or categories its cadences on a topic name; the
 *	  days a recording window was in force.
 *
 * Every report asks these once per call, and a report on one case takes
 * well under a millisecond: read from the per-session policy and calendar
 * caches, they cost microseconds, where queries over the policy tables cost
 * a tenth of a millisecond.  Answers and refusals are those the SQL
 * versions of 0.7.0 gave.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/multirangetypes.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#include "calendar.h"
#include "policy.h"

#define ERRCODE_NO_REPORT_POLICY	MAKE_SQLSTATE('S','V','3','0','2')

PG_FUNCTION_INFO_V1(report_policy_in_force);
PG_FUNCTION_INFO_V1(report_rule_subjects);
PG_FUNCTION_INFO_V1(report_recording_windows);
PG_FUNCTION_INFO_V1(report_holds_step_downs);

/*
 * _policy_in_force(): the policy supervision.policy names, its calendar,
 * the calendar's time zone, and the first day of its first version
 */
Datum
report_policy_in_force(PG_FUNCTION_ARGS)
{
	const char *wanted = GetConfigOption("supervision.policy", true, false);
	TupleDesc	tupdesc;
	Policy	   *policy;
	Calendar   *cal;
	uint64		generation;
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	if (wanted == NULL || wanted[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_NO_REPORT_POLICY),
				 errmsg("no policy is set for the reports"),
				 errhint("SET supervision.policy = 'leeds' (or a policy of your own); "
						 "ALTER DATABASE ... SET supervision.policy = ... sets it for everyone.")));
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "_policy_in_force must return a composite type");

	/* reading either cache's tables may invalidate the other */
	do
	{
		policy = policy_find(wanted);
		if (policy == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("policy \"%s\" does not exist", wanted),
					 errhint("Policies are: %s. Set supervision.policy to one of them.", policy_names())));
		generation = policy_generation;
		cal = calendar_lookup(policy->calendar, false);
	} while (generation != policy_generation);

	values[0] = CStringGetTextDatum(policy->name);
	values[1] = CStringGetTextDatum(policy->calendar);
	values[2] = CStringGetTextDatum(cal->time_zone);
	if (policy->nversions > 0)
		values[3] = DateADTGetDatum(policy->versions[0].from);	/* in date order */
	else
		nulls[3] = true;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(tupdesc), values, nulls)));
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/*
 * _rule_subjects(policy, topic): the roles (topic personal_supervision and
 * others) or categories (case_discussion) that the policy's cadence rules
 * on the topic name, in any version, each once; NULL when a rule names none
 * (it covers all), or the policy has no such rule
 */
Datum
report_rule_subjects(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	char	   *topic = text_to_cstring(PG_GETARG_TEXT_PP(1));
	bool		cases = strcmp(topic, "case_discussion") == 0;
	Policy	   *policy = policy_find(name);
	char	  **names = NULL;
	int			n = 0,
				size = 0,
				kept = 0;
	bool		any = false;
	Datum	   *elems;

	if (policy == NULL)
		PG_RETURN_NULL();
	for (int i = 0; i < policy->nversions; i++)
	{
		PolicyVersion *v = &policy->versions[i];

		for (int j = 0; j < v->nrules; j++)
		{
			Rule	   *r = &v->rules[j];
			int			count = cases ? r->ncategories : r->nroles;
			char	  **these = cases ? r->categories : r->roles;

			if (r->kind != RULE_CADENCE || strcmp(r->topic, topic) != 0)
				continue;
			if (count < 0)
				PG_RETURN_NULL();	/* names no one: covers all */
			any = true;
			if (n + count > size)
			{
				size = Max(2 * size, n + count);
				names = names ? repalloc(names, size * sizeof(char *)) : palloc(size * sizeof(char *));
			}
			memcpy(names + n, these, count * sizeof(char *));
			n += count;
		}
	}
	if (!any)
		PG_RETURN_NULL();

	if (n > 1)
		qsort(names, n, sizeof(char *), compare_names);
	elems = palloc(sizeof(Datum) * Max(n, 1));
	for (int i = 0; i < n; i++)
		if (kept == 0 || strcmp(names[i], names[i - 1]) != 0)
			elems[kept++] = CStringGetTextDatum(names[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, kept, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * _recording_windows(policy): the days on which a version of the policy
 * with a recording window (a window rule on topic case_record) was in
 * force; empty for a policy with none, or no such policy
 */
Datum
report_recording_windows(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Policy	   *policy = policy_find(name);
	TypeCacheEntry *mrtyp = lookup_type_cache(DATEMULTIRANGEOID, TYPECACHE_MULTIRANGE_INFO);
	TypeCacheEntry *rtyp = mrtyp->rngtype;
	RangeType **ranges = NULL;
	int			n = 0;

	if (policy != NULL && policy->nversions > 0)
	{
		ranges = palloc(sizeof(RangeType *) * policy->nversions);
		for (int i = 0; i < policy->nversions; i++)
		{
			PolicyVersion *v = &policy->versions[i];
			bool		has_window = false;
			RangeBound	lower,
						upper;

			for (int j = 0; j < v->nrules && !has_window; j++)
				has_window = v->rules[j].kind == RULE_WINDOW && strcmp(v->rules[j].topic, "case_record") == 0;
			if (!has_window)
				continue;
			lower.val = DateADTGetDatum(v->from);
			lower.infinite = false;
			lower.inclusive = true;
			lower.lower = true;
			upper.val = DateADTGetDatum(v->until);
			upper.infinite = v->until == DATEVAL_NOEND;
			upper.inclusive = false;
			upper.lower = false;
			ranges[n++] = compat_make_range(rtyp, &lower, &upper, false);
		}
	}
	PG_RETURN_MULTIRANGE_P(make_multirange(DATEMULTIRANGEOID, rtyp, n, ranges));
}

/*
 * _holds_step_downs(policy): whether a version of the policy holds staged
 * schedules at their first stage until observed (a quota on observation
 * with no period, SLO-A2), as the policy cache reads it
 */
Datum
report_holds_step_downs(PG_FUNCTION_ARGS)
{
	Policy	   *policy = policy_find(text_to_cstring(PG_GETARG_TEXT_PP(0)));

	if (policy == NULL)
		PG_RETURN_BOOL(false);
	for (int i = 0; i < policy->nversions; i++)
		for (int j = 0; j < policy->versions[i].nrules; j++)
			if (policy->versions[i].rules[j].holds_step_down)
				PG_RETURN_BOOL(true);
	PG_RETURN_BOOL(false);
}
