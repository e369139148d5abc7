/*-------------------------------------------------------------------------
 *
 * policy_due.c
 *	  Due dates by policy: personal_supervision_due, case_discussion_due,
 *	  cadence_due, recording_deadline, window_deadline, retention_until.
 *
 * Each call site keeps the policy, its calendar and the last role or
 * category it was asked about in fn_extra, so a report over many rows
 * costs a few comparisons and the date arithmetic, never a table read.
 * The version that judges a due date is the one in force on the day of the
 * last occurrence (the start date when there is none): "was it on time" is
 * judged by the rule of the time.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "compat.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "policy.h"

PG_FUNCTION_INFO_V1(personal_supervision_due);
PG_FUNCTION_INFO_V1(case_discussion_due);
PG_FUNCTION_INFO_V1(cadence_due);
PG_FUNCTION_INFO_V1(recording_deadline);
PG_FUNCTION_INFO_V1(window_deadline);
PG_FUNCTION_INFO_V1(retention_until);

/*
 * A result row of supervision.due for one rule, with both dates, formed
 * once: each call copies it and writes its two dates in place, which costs
 * a fraction of heap_form_tuple.
 */
typedef struct DueTemplate
{
	const Rule *rule;
	HeapTuple	tuple;			/* the template, with both dates 0 */
	HeapTupleHeader header;		/* its data: what each call copies */
	uint32		len;
	uint32		target_offset;	/* from the header's start */
	uint32		latest_offset;
} DueTemplate;

#define DUE_TEMPLATES 8

/* What a call site keeps in fn_extra */
typedef struct PolicyArgCache
{
	uint64		policy_generation;
	uint64		calendar_generation;
	Policy	   *policy;
	Calendar   *calendar;
	int			namelen;
	char		name[NAMEDATALEN];
	TupleDesc	due_desc;		/* supervision.due, blessed */
	PolicyVersion *version;		/* the version last found */
	/* result rows of the rules last reported, to copy and date */
	int			ntemplates;
	DueTemplate templates[DUE_TEMPLATES];
} PolicyArgCache;

/* The policy named by argument 0 and its calendar, cached at the call site */
static PolicyArgCache *
policy_from_args(FunctionCallInfo fcinfo)
{
	PolicyArgCache *cache = (PolicyArgCache *) fcinfo->flinfo->fn_extra;
	text	   *arg = PG_GETARG_TEXT_PP(0);
	int			len = VARSIZE_ANY_EXHDR(arg);

	if (likely(cache != NULL &&
			   cache->policy_generation == policy_generation &&
			   cache->calendar_generation == calendar_generation &&
			   cache->namelen == len &&
			   memcmp(cache->name, VARDATA_ANY(arg), len) == 0))
		return cache;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PolicyArgCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	cache->policy = policy_with_calendar(text_to_cstring(arg), &cache->calendar);
	cache->policy_generation = policy_generation;
	cache->calendar_generation = calendar_generation;
	cache->namelen = len;		/* the hash found it: shorter than NAMEDATALEN */
	memcpy(cache->name, VARDATA_ANY(arg), len);
	cache->version = NULL;
	for (int i = 0; i < cache->ntemplates; i++)
		heap_freetuple(cache->templates[i].tuple);
	cache->ntemplates = 0;
	return cache;
}

static PolicyVersion *
version_on(PolicyArgCache *cache, DateADT day)
{
	PolicyVersion *v = cache->version;

	if (v != NULL && version_covers(v, day))
		return v;
	return cache->version = policy_version_on(cache->policy, day);
}

/* "asye, social_worker, ...", the names an index knows, for hints */
static char *
subject_names(const SubjectIndex *index)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (int i = 0; i < index->nsubjects; i++)
		appendStringInfo(&buf, "%s%s", i > 0 ? ", " : "", index->subjects[i].name);
	return index->nsubjects > 0 ? buf.data : "(none)";
}

/*
 * The rules that apply to a role (or category) in a version: its own and
 * those for all.  A name no rule speaks of is an error naming those that
 * the policy knows, not a guess.
 */
static Subject *
subject_named(const SubjectIndex *index, const char *str, int len)
{
	for (int i = 0; i < index->nsubjects; i++)
	{
		Subject    *s = &index->subjects[i];

		/* names are a few bytes: compare inline, not through memcmp() */
		if (s->len == len && len > 0 && s->name[0] == str[0])
		{
			int			j = 1;

			while (j < len && s->name[j] == str[j])
				j++;
			if (j == len)
				return s;
		}
	}
	return NULL;
}

/* The subject of that name: refused when the policy has no rule for it */
static Subject *
subject_in(PolicyArgCache *cache, PolicyVersion *v, bool by_role, text *name)
{
	const SubjectIndex *index = by_role ? &v->staff : &v->cases;
	int			len = VARSIZE_ANY_EXHDR(name);
	const char *str = VARDATA_ANY(name);
	Subject    *s = subject_named(index, str, len);

	if (s != NULL)
		return s;
	if (!vocabulary_has(by_role, str, len))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown %s \"%s\"", by_role ? "role" : "case category",
						text_to_cstring(name)),
				 errhint("%s are: %s. A DBA adds one to supervision.vocabulary.",
						 by_role ? "Roles" : "Case categories", vocabulary_names(by_role))));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("policy \"%s\" has no %s rule for %s \"%s\"",
					cache->policy->name,
					by_role ? "personal supervision" : "case discussion",
					by_role ? "role" : "case category", text_to_cstring(name)),
			 errdetail("Version %d of the policy speaks of these %s: %s.",
					   v->version, by_role ? "roles" : "case categories",
					   subject_names(index)),
			 errhint("Use one of them, or add a rule for it to supervision.rule (topic %s).",
					 by_role ? "personal_supervision" : "case_discussion")));
	return NULL;
}

static void
needs_start(PolicyArgCache *cache, const Rule *rule, bool by_role)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("rule %s of policy \"%s\" is measured from a start date, and none was given",
					rule->rule_id, cache->policy->name),
			 errhint("Pass the %s.", by_role ? "start in the role (started)" :
					 "case or plan start (opened)")));
}

/* The days of a "before" offset: days or weeks (the table checks it) */
static int32
offset_days(const Timescale *t)
{
	return t->unit == TS_WEEKS ? 7 * t->count : t->count;
}

/*
 * One cadence rule's due dates; false when nothing more is due under it
 * (a schedule that has ended, every milestone passed).  held: a staged
 * schedule stays at its first stage (not yet observed, SLO-A2).
 */
static bool
rule_due(PolicyArgCache *cache, const Rule *rule, bool has_last, DateADT last,
		 bool has_start, DateADT start, bool by_role, bool held,
		 DateADT *target, DateADT *latest)
{
	const Calendar *cal = cache->calendar;

	if (rule->nat > 0)
	{
		/* milestones: the first after the last occurrence */
		if (!has_start)
			needs_start(cache, rule, by_role);
		for (int i = 0; i < rule->nat; i++)
		{
			DateADT		m = timescale_due_date(start, &rule->at[i], cal);

			if (TIMESCALE_IS_SET(rule->before))
				m -= offset_days(&rule->before);
			/* an occurrence in the window leading up to it (within) meets it */
			if (!has_last ||
				last < m - (TIMESCALE_IS_SET(rule->within) ? offset_days(&rule->within) : 0))
			{
				*target = *latest = m;
				return true;
			}
		}
		return false;
	}

	if (TIMESCALE_IS_SET(rule->starts_after) && has_start)
	{
		/* the cadence applies from S; occurrences before it do not count */
		DateADT		s = timescale_due_date(start, &rule->starts_after, cal);

		if (!has_last || last < s)
		{
			*target = rule->first_due_on_start ? s :
				timescale_due_date(s, &rule->every->stages[0].every, cal);
			*latest = TIMESCALE_IS_SET(rule->latest) ?
				timescale_due_date(s, &rule->latest, cal) : *target;
			return true;
		}
	}

	if (rule->every == NULL)
		return false;
	if (rule->every->nstages > 1 && !has_start)
		needs_start(cache, rule, by_role);
	if (!schedule_next_due(rule->every, has_start ? start : last, has_last, last,
						   cal, target))
		return false;
	if (held && has_last && rule->every->nstages > 1)
	{
		DateADT		first_stage = timescale_due_date(last, &rule->every->stages[0].every, cal);

		if (first_stage < *target)
			*target = first_stage;
	}
	*latest = TIMESCALE_IS_SET(rule->latest) ?
		timescale_due_date(has_last ? last : start, &rule->latest, cal) : *target;
	return true;
}

static TupleDesc
due_desc(FunctionCallInfo fcinfo, PolicyArgCache *cache)
{
	if (cache->due_desc == NULL)
	{
		TupleDesc	desc;
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "function returning supervision.due called in a context that cannot accept it");
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache->due_desc = BlessTupleDesc(CreateTupleDescCopy(desc));
		MemoryContextSwitchTo(old);
	}
	return cache->due_desc;
}

/* The template of a rule's result row, formed on first use */
static DueTemplate *
due_template(FunctionCallInfo fcinfo, PolicyArgCache *cache, const Rule *rule)
{
	DueTemplate *t;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	HeapTuple	tuple;
	MemoryContext old;
	uint32		data;

	for (int i = 0; i < cache->ntemplates; i++)
		if (cache->templates[i].rule == rule)
			return &cache->templates[i];
	if (cache->ntemplates == DUE_TEMPLATES)
		return NULL;

	values[0] = PointerGetDatum(rule->rule_id_text);
	values[1] = values[2] = DateADTGetDatum(0);
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	tuple = heap_form_tuple(due_desc(fcinfo, cache), values, nulls);
	MemoryContextSwitchTo(old);

	/* the rule ID is stored with a short header: the dates follow, aligned */
	t = &cache->templates[cache->ntemplates];
	t->rule = rule;
	t->tuple = tuple;
	t->header = tuple->t_data;
	t->len = tuple->t_len;
	data = tuple->t_data->t_hoff;
	t->target_offset = data + att_align_nominal(VARATT_CONVERTED_SHORT_SIZE(rule->rule_id_text),
												TYPALIGN_INT);
	t->latest_offset = t->target_offset + sizeof(DateADT);
	if (t->latest_offset + sizeof(DateADT) != t->len ||
		VARSIZE(rule->rule_id_text) > VARATT_SHORT_MAX)
	{
		heap_freetuple(tuple);
		return NULL;			/* not the layout we know: form each row */
	}
	cache->ntemplates++;
	return t;
}

static Datum
make_due(FunctionCallInfo fcinfo, PolicyArgCache *cache, const Rule *rule,
		 bool has_dates, DateADT target, DateADT latest)
{
	Datum		values[3];
	bool		nulls[3] = {false, !has_dates, !has_dates};
	DueTemplate *t = has_dates ? due_template(fcinfo, cache, rule) : NULL;

	if (t != NULL)
	{
		HeapTupleHeader row = palloc(t->len);

		memcpy(row, t->header, t->len);
		memcpy((char *) row + t->target_offset, &target, sizeof(DateADT));
		memcpy((char *) row + t->latest_offset, &latest, sizeof(DateADT));
#ifdef USE_ASSERT_CHECKING
		{
			HeapTupleData check;
			bool		isnull;

			check.t_len = t->len;
			check.t_data = row;
			Assert(DatumGetDateADT(heap_getattr(&check, 2, cache->due_desc, &isnull)) == target);
			Assert(DatumGetDateADT(heap_getattr(&check, 3, cache->due_desc, &isnull)) == latest);
		}
#endif
		return PointerGetDatum(row);
	}
	values[0] = PointerGetDatum(rule->rule_id_text);
	values[1] = DateADTGetDatum(target);
	values[2] = DateADTGetDatum(latest);
	return HeapTupleGetDatum(heap_form_tuple(due_desc(fcinfo, cache), values, nulls));
}

/*
 * Due dates already worked out.  A report asks for the due dates of a few
 * roles or categories after day after day, and working one out runs every
 * rule of the subject (month arithmetic, working days).  So each subject
 * keeps, for a last occurrence and no start date, the binding rule and its
 * two dates as days after the last occurrence: six bytes a day, in blocks
 * allocated on first touch, forgotten when the policies or calendars change.
 */
typedef struct DueDay
{
	uint16		rule;			/* its index in subject->rules, plus 1; 0: not
								 * known yet */
	uint16		target;			/* days after the last occurrence */
	uint16		latest;
} DueDay;

typedef struct DueMemo
{
	uint64		calendar_generation;	/* the calendars it was worked out
										 * with */
	void	   *block[CALENDAR_BLOCKS];	/* of DueDay */
} DueMemo;

/* Where the subject keeps the due dates after day i of the range */
static DueDay *
due_memo_day(Subject *subject, int32 i)
{
	DueMemo    *memo = subject->due_memo;

	if (unlikely(memo == NULL || memo->calendar_generation != calendar_generation))
	{
		if (memo == NULL)
			memo = subject->due_memo = policy_alloc0(sizeof(DueMemo));
		for (int b = 0; b < CALENDAR_BLOCKS; b++)
			if (memo->block[b] != NULL)
			{
				pfree(memo->block[b]);
				memo->block[b] = NULL;
			}
		memo->calendar_generation = calendar_generation;
	}
	return calendar_day_entry(memo->block, i, sizeof(DueDay), policy_alloc0);
}

/*
 * The due dates of whoever the subject is: every rule that applies must be
 * met, so the binding one is reported, the earliest limit (then target,
 * then rule ID).  NULL dates when no rule has anything more due.
 */
static Datum
subject_due(FunctionCallInfo fcinfo, bool by_role)
{
	PolicyArgCache *cache;
	bool		has_last = !PG_ARGISNULL(2);
	bool		has_start = PG_NARGS() > 3 && !PG_ARGISNULL(3);
	DateADT		last = has_last ? PG_GETARG_DATEADT(2) : 0;
	DateADT		start = has_start ? PG_GETARG_DATEADT(3) : 0;
	PolicyVersion *v;
	Subject    *subject;
	const Rule *best = NULL;
	int			best_index = 0;
	DateADT		best_target = 0,
				best_latest = 0;
	DueDay	   *memo = NULL;
	bool		held = false;
	int			roles_taken = 0;
	Subject    *first;
	Subject    *next_subject;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || (!has_last && !has_start))
		PG_RETURN_NULL();
	cache = policy_from_args(fcinfo);
	v = version_on(cache, has_last ? last : start);
	subject = subject_in(cache, v, by_role, PG_GETARG_TEXT_PP(1));
	/* observed (5th argument): no direct work observed by the last session */
	if (by_role && PG_NARGS() > 4 && has_last &&
		(PG_ARGISNULL(4) || PG_GETARG_DATEADT(4) > last))
		held = subject->held_until_observed;
	first = subject;

	if (has_last && !has_start && !held && last >= CALENDAR_FIRST_DAY && last <= CALENDAR_LAST_DAY)
	{
		memo = due_memo_day(subject, last - CALENDAR_FIRST_DAY);
		if (memo->rule != 0)
			return make_due(fcinfo, cache, subject->rules[memo->rule - 1], true,
							last + memo->target, last + memo->latest);
	}

	for (;;)
	{
		for (int i = 0; i < subject->nrules; i++)
		{
			const Rule *rule = subject->rules[i];
			DateADT		target,
						latest;

			if (!rule_due(cache, rule, has_last, last, has_start, start, by_role, held,
						  &target, &latest))
				continue;
			if (best == NULL || latest < best_latest ||
				(latest == best_latest && (target < best_target ||
										   (target == best_target &&
											strcmp(rule->rule_id, best->rule_id) < 0))))
			{
				best = rule;
				best_index = i;
				best_target = target;
				best_latest = latest;
			}
		}
		if (best != NULL || !by_role || subject->name == NULL)
			break;

		/*
		 * Nothing more is due for the role: its staged schedules have ended.
		 * The worker now holds the role it becomes (asye: social_worker), and
		 * that role's rules apply; not memoized under the first role.
		 */
		if (subject->becomes == NULL || ++roles_taken > 8 ||
			(next_subject = subject_named(&v->staff, subject->becomes, strlen(subject->becomes))) == NULL)
			break;
		subject = next_subject;
		memo = NULL;
		held = false;
	}
	if (best == NULL)
		return make_due(fcinfo, cache, first->rules[0], false, 0, 0);
	if (memo != NULL && best_target >= last && best_latest >= last &&
		best_target - last <= PG_UINT16_MAX && best_latest - last <= PG_UINT16_MAX &&
		best_index < PG_UINT16_MAX)
	{
		memo->rule = best_index + 1;
		memo->target = best_target - last;
		memo->latest = best_latest - last;
	}
	return make_due(fcinfo, cache, best, true, best_target, best_latest);
}

/*
 * personal_supervision_due(policy text, role text, last_held date,
 *							started date DEFAULT NULL) returns supervision.due
 * personal_supervision_due(policy, role, last_held, started, observed date):
 *	observed is the first day the worker's direct work was observed and
 *	judged adequate (NULL: not yet), for a policy that holds step-downs
 *	until then (SLO-A2)
 */
Datum
personal_supervision_due(PG_FUNCTION_ARGS)
{
	return subject_due(fcinfo, true);
}

/*
 * case_discussion_due(policy text, category text, last_discussed date,
 *					   opened date DEFAULT NULL) returns supervision.due
 */
Datum
case_discussion_due(PG_FUNCTION_ARGS)
{
	return subject_due(fcinfo, false);
}

/*
 * cadence_due(policy text, rule_id text, last date, started date DEFAULT
 * NULL, topic text DEFAULT NULL) returns supervision.due: any cadence rule
 * by its ID
 */
Datum
cadence_due(PG_FUNCTION_ARGS)
{
	PolicyArgCache *cache;
	bool		has_last = !PG_ARGISNULL(2);
	bool		has_start = PG_NARGS() > 3 && !PG_ARGISNULL(3);
	DateADT		last = has_last ? PG_GETARG_DATEADT(2) : 0;
	DateADT		start = has_start ? PG_GETARG_DATEADT(3) : 0;
	const Rule *rule;
	DateADT		target,
				latest;
	bool		due;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || (!has_last && !has_start))
		PG_RETURN_NULL();
	cache = policy_from_args(fcinfo);
	rule = policy_rule(cache->policy, version_on(cache, has_last ? last : start),
					  text_to_cstring(PG_GETARG_TEXT_PP(1)), RULE_CADENCE,
					  PG_NARGS() > 4 && !PG_ARGISNULL(4) ?
					  text_to_cstring(PG_GETARG_TEXT_PP(4)) : NULL, "cadence");
	due = rule_due(cache, rule, has_last, last, has_start, start,
				   strcmp(rule->topic, "case_discussion") != 0, false, &target, &latest);
	return make_due(fcinfo, cache, rule, due, target, latest);
}

static PolicyVersion *
version_of_event(PolicyArgCache *cache, TimestampTz event)
{
	return version_on(cache, policy_event_day(cache->calendar, event));
}

/*
 * recording_deadline(policy text, event timestamptz, significant boolean
 * DEFAULT false) returns timestamptz: the first late instant for the case
 * record of a discussion (the window rule on topic case_record)
 */
Datum
recording_deadline(PG_FUNCTION_ARGS)
{
	PolicyArgCache *cache;
	TimestampTz event;
	const Rule *rule;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	cache = policy_from_args(fcinfo);
	event = PG_GETARG_TIMESTAMPTZ(1);
	rule = policy_recording_window(cache->policy, version_of_event(cache, event));
	PG_RETURN_TIMESTAMPTZ(timescale_deadline(cache->calendar, event,
											 rule_window(rule, PG_NARGS() > 2 && !PG_ARGISNULL(2) &&
														 PG_GETARG_BOOL(2))));
}

/*
 * window_deadline(policy text, rule_id text, event timestamptz,
 *				   significant boolean DEFAULT false, topic text DEFAULT NULL)
 *	 returns timestamptz: any window rule by its ID
 */
Datum
window_deadline(PG_FUNCTION_ARGS)
{
	PolicyArgCache *cache;
	TimestampTz event;
	const Rule *rule;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	cache = policy_from_args(fcinfo);
	event = PG_GETARG_TIMESTAMPTZ(2);
	rule = policy_rule(cache->policy, version_of_event(cache, event),
					  text_to_cstring(PG_GETARG_TEXT_PP(1)), RULE_WINDOW,
					  PG_NARGS() > 4 && !PG_ARGISNULL(4) ?
					  text_to_cstring(PG_GETARG_TEXT_PP(4)) : NULL, "window");
	PG_RETURN_TIMESTAMPTZ(timescale_deadline(cache->calendar, event,
											 rule_window(rule, PG_NARGS() > 3 && !PG_ARGISNULL(3) &&
														 PG_GETARG_BOOL(3))));
}

/*
 * retention_until(policy text, left_on date) returns date: the last day a
 * leaver's supervision file must be kept; it may be deleted from the next
 */
Datum
retention_until(PG_FUNCTION_ARGS)
{
	PolicyArgCache *cache;
	DateADT		left_on;
	PolicyVersion *v;
	const Rule *rule = NULL;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	cache = policy_from_args(fcinfo);
	left_on = PG_GETARG_DATEADT(1);
	/* never left: never deletable; -infinity falls to version_on (SV002) */
	if (DATE_IS_NOEND(left_on))
		PG_RETURN_DATEADT(left_on);
	v = version_on(cache, left_on);
	for (int i = 0; i < v->nrules && rule == NULL; i++)
		if (v->rules[i].kind == RULE_RETENTION &&
			strcmp(v->rules[i].topic, "supervision_file") == 0)
			rule = &v->rules[i];
	if (rule == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("policy \"%s\" sets no retention period for supervision files",
						cache->policy->name),
				 errdetail("Version %d has no retention rule on topic supervision_file.",
						   v->version),
				 errhint("Add one to supervision.rule.")));
	PG_RETURN_DATEADT(timescale_due_date(left_on, &rule->keep, cache->calendar));
}
