/*-------------------------------------------------------------------------
 *
 * policy.c
 *	  The per-backend cache of supervision policies.
 *
 * A policy is a row of supervision.policy with versions (each in force
 * over a range of days) and rules.  The cache reads the three tables once,
 * as calendar.c reads the calendars, and is dropped by a relcache callback
 * when a statement trigger on any of them reports a committed change.  For
 * each version it indexes the personal supervision rules by role and the
 * case discussion rules by category, so a due date costs a short search and
 * no SPI.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "lib/stringinfo.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rangetypes.h"
#include "utils/snapmgr.h"
#include "utils/typcache.h"

#include "config_cache.h"
#include "policy.h"

uint64		policy_generation = 1;

static MemoryContext policy_context = NULL;
static HTAB *policies = NULL;	/* name -> Policy; NULL when stale */

/* the tables the cache was read from; InvalidOid when they were absent */
static Oid	policy_relid = InvalidOid;
static Oid	version_relid = InvalidOid;
static Oid	rule_relid = InvalidOid;
static Oid	vocabulary_relid = InvalidOid;

/* supervision.vocabulary: the roles and case categories rules may name */
typedef struct Vocabulary
{
	int			n;
	char	  **names;
	char	  **becomes;		/* roles: the role held once its staged
								 * schedules end (asye: social_worker) */
} Vocabulary;

static Vocabulary roles;
static Vocabulary categories;

static void
policy_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || !OidIsValid(policy_relid) ||
		relid == policy_relid || relid == version_relid || relid == rule_relid ||
		relid == vocabulary_relid)
	{
		policies = NULL;
		policy_generation++;
	}
}

void
policy_init(void)
{
	CacheRegisterRelcacheCallback(policy_invalidate, (Datum) 0);
}

/*
 * Zeroed memory that lives as long as the policies do: freed when they are
 * rebuilt, so nothing worked out from a policy outlives a change to it.
 */
void *
policy_alloc0(Size size)
{
	Assert(policy_context != NULL);
	return MemoryContextAllocZero(policy_context, size);
}

/* Reading columns: every copy goes to policy_context */

/* A column by name; column_number() (config_cache.c) says if it is missing */
static Datum
column(TupleTableSlot *slot, Oid relid, const char *name, bool *isnull)
{
	return slot_getattr(slot, column_number(relid, name), isnull);
}

static char *
text_column(TupleTableSlot *slot, Oid relid, const char *name)
{
	bool		isnull;
	Datum		d = column(slot, relid, name, &isnull);

	return isnull ? NULL : MemoryContextStrdup(policy_context, TextDatumGetCString(d));
}

/*
 * A text column a later release added: NULL while the extension's tables
 * are still an earlier version's (the library is installed before ALTER
 * EXTENSION UPDATE runs)
 */
static char *
added_text_column(TupleTableSlot *slot, Oid relid, const char *name)
{
	if (get_attnum(relid, name) == InvalidAttrNumber)
		return NULL;
	return text_column(slot, relid, name);
}

/* A text[] column: its elements, and their number or -1 when NULL */
static int
text_array_column(TupleTableSlot *slot, Oid relid, const char *name, char ***result)
{
	bool		isnull;
	Datum		d = column(slot, relid, name, &isnull);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			kept = 0;

	*result = NULL;
	if (isnull)
		return -1;
	deconstruct_array(DatumGetArrayTypeP(d), TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	*result = MemoryContextAlloc(policy_context, sizeof(char *) * Max(n, 1));
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			(*result)[kept++] = MemoryContextStrdup(policy_context,
													TextDatumGetCString(elems[i]));
	return kept;
}

static Timescale
timescale_column(TupleTableSlot *slot, Oid relid, const char *name)
{
	bool		isnull;
	Datum		d = column(slot, relid, name, &isnull);
	Timescale	none = {0, 0};

	return isnull ? none : *DatumGetTimescaleP(d);
}

static int
timescale_array_column(TupleTableSlot *slot, Oid relid, const char *name, Timescale **result)
{
	bool		isnull;
	Datum		d = column(slot, relid, name, &isnull);
	ArrayType  *a;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			kept = 0;

	*result = NULL;
	if (isnull)
		return 0;
	a = DatumGetArrayTypeP(d);
	deconstruct_array(a, ARR_ELEMTYPE(a), sizeof(Timescale), false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	*result = MemoryContextAlloc(policy_context, sizeof(Timescale) * Max(n, 1));
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			(*result)[kept++] = *DatumGetTimescaleP(elems[i]);
	return kept;
}

static Schedule *
schedule_column(TupleTableSlot *slot, Oid relid, const char *name)
{
	bool		isnull;
	Datum		d = column(slot, relid, name, &isnull);
	Schedule   *s;
	Schedule   *copy;

	if (isnull)
		return NULL;
	s = DatumGetScheduleP(d);
	copy = MemoryContextAlloc(policy_context, VARSIZE(s));
	memcpy(copy, s, VARSIZE(s));
	return copy;
}

static RuleKind
rule_kind(const char *kind)
{
	if (kind == NULL)
		return RULE_OTHER;
	if (strcmp(kind, "cadence") == 0)
		return RULE_CADENCE;
	if (strcmp(kind, "window") == 0)
		return RULE_WINDOW;
	if (strcmp(kind, "retention") == 0)
		return RULE_RETENTION;
	return RULE_OTHER;
}

/* A policy: its name and calendar */
static void
policy_row(TupleTableSlot *slot, void *arg)
{
	char	   *name = text_column(slot, policy_relid, "name");
	Policy	   *policy;
	bool		found;

	if (name == NULL || strlen(name) >= NAMEDATALEN)
		return;
	policy = hash_search(policies, name, HASH_ENTER, &found);
	policy->calendar = text_column(slot, policy_relid, "calendar");
	policy->nversions = 0;
	policy->versions = NULL;
}

static Policy *
cached_policy(const char *name)
{
	if (name == NULL || strlen(name) >= NAMEDATALEN)
		return NULL;
	return hash_search(policies, name, HASH_FIND, NULL);
}

/* A version of a policy and the days it was in force */
static void
version_row(TupleTableSlot *slot, void *arg)
{

	Policy	   *policy = cached_policy(text_column(slot, version_relid, "policy"));
	bool		isnull;
	Datum		version = column(slot, version_relid, "version", &isnull);
	Datum		in_force;
	RangeType  *range;
	TypeCacheEntry *typcache;
	RangeBound	lower,
				upper;
	bool		empty;
	PolicyVersion *v;

	if (policy == NULL || isnull)
		return;
	in_force = column(slot, version_relid, "in_force", &isnull);
	if (isnull)
		return;
	range = DatumGetRangeTypeP(in_force);
	typcache = lookup_type_cache(RangeTypeGetOid(range), TYPECACHE_RANGE_INFO);
	range_deserialize(typcache, range, &lower, &upper, &empty);
	/* the table's trigger refuses empty ranges and open starts */
	if (empty || lower.infinite)
		return;

	policy->versions = policy->versions == NULL ?
		MemoryContextAlloc(policy_context, sizeof(PolicyVersion)) :
		repalloc(policy->versions, sizeof(PolicyVersion) * (policy->nversions + 1));
	v = &policy->versions[policy->nversions++];
	memset(v, 0, sizeof(PolicyVersion));
	v->version = DatumGetInt32(version);
	v->from = DatumGetDateADT(lower.val);
	v->until = upper.infinite ? DATEVAL_NOEND : DatumGetDateADT(upper.val);
}

static PolicyVersion *
cached_version(Policy *policy, int32 version)
{
	for (int i = 0; i < policy->nversions; i++)
		if (policy->versions[i].version == version)
			return &policy->versions[i];
	return NULL;
}

/* A rule of a version */
static void
rule_row(TupleTableSlot *slot, void *arg)
{
	Oid			r = rule_relid;
	Policy	   *policy = cached_policy(text_column(slot, r, "policy"));
	bool		isnull;
	Datum		version = column(slot, r, "version", &isnull);
	PolicyVersion *v;
	Rule	   *rule;
	char	   *first_due;
	char	   *kind;

	if (policy == NULL || isnull ||
		(v = cached_version(policy, DatumGetInt32(version))) == NULL)
		return;
	v->rules = v->rules == NULL ?
		MemoryContextAlloc(policy_context, sizeof(Rule)) :
		repalloc(v->rules, sizeof(Rule) * (v->nrules + 1));
	rule = &v->rules[v->nrules++];
	memset(rule, 0, sizeof(Rule));
	rule->rule_id = text_column(slot, r, "rule_id");
	if (rule->rule_id == NULL)
		rule->rule_id = "";
	rule->rule_id_text = MemoryContextAlloc(policy_context,
											VARHDRSZ + strlen(rule->rule_id));
	SET_VARSIZE(rule->rule_id_text, VARHDRSZ + strlen(rule->rule_id));
	memcpy(VARDATA(rule->rule_id_text), rule->rule_id, strlen(rule->rule_id));
	kind = text_column(slot, r, "kind");
	rule->kind = rule_kind(kind);
	rule->topic = text_column(slot, r, "topic");
	if (rule->topic == NULL)
		rule->topic = "";
	rule->nroles = text_array_column(slot, r, "roles", &rule->roles);
	rule->ncategories = text_array_column(slot, r, "categories", &rule->categories);
	rule->every = schedule_column(slot, r, "every");
	rule->nat = timescale_array_column(slot, r, "at", &rule->at);
	rule->before = timescale_column(slot, r, "before");
	rule->latest = timescale_column(slot, r, "latest");
	rule->starts_after = timescale_column(slot, r, "starts_after");
	first_due = text_column(slot, r, "first_due");
	rule->first_due_on_start = first_due == NULL || strcmp(first_due, "on_start") == 0;
	rule->within = timescale_column(slot, r, "within");
	rule->within_significant = timescale_column(slot, r, "within_significant");
	rule->keep = timescale_column(slot, r, "keep");
	rule->holds_step_down = kind != NULL && strcmp(kind, "quota") == 0 &&
		strcmp(rule->topic, "observation") == 0 &&
		!TIMESCALE_IS_SET(timescale_column(slot, r, "per"));
}

static void
add_name(Vocabulary *vocabulary, char *name, char *becomes)
{
	vocabulary->names = vocabulary->names == NULL ?
		MemoryContextAlloc(policy_context, sizeof(char *)) :
		repalloc(vocabulary->names, sizeof(char *) * (vocabulary->n + 1));
	vocabulary->becomes = vocabulary->becomes == NULL ?
		MemoryContextAlloc(policy_context, sizeof(char *)) :
		repalloc(vocabulary->becomes, sizeof(char *) * (vocabulary->n + 1));
	vocabulary->names[vocabulary->n] = name;
	vocabulary->becomes[vocabulary->n++] = becomes;
}

/* The role a worker holds once the staged schedules of a role end, or NULL */
static const char *
role_becomes(const char *role)
{
	for (int i = 0; i < roles.n; i++)
		if (strcmp(roles.names[i], role) == 0)
			return roles.becomes[i];
	return NULL;
}

/* A name of a role or category */
static void
vocabulary_row(TupleTableSlot *slot, void *arg)
{

	char	   *kind = text_column(slot, vocabulary_relid, "kind");
	char	   *name = text_column(slot, vocabulary_relid, "name");

	if (kind == NULL || name == NULL)
		return;
	if (strcmp(kind, "role") == 0)
		add_name(&roles, name, added_text_column(slot, vocabulary_relid, "becomes"));
	else
		add_name(&categories, name, NULL);
}

static void
add_to_subject(Subject *subject, Rule *rule)
{
	subject->rules = subject->rules == NULL ?
		MemoryContextAlloc(policy_context, sizeof(Rule *)) :
		repalloc(subject->rules, sizeof(Rule *) * (subject->nrules + 1));
	subject->rules[subject->nrules++] = rule;
}

static Subject *
find_or_add_subject(SubjectIndex *index, const char *name)
{
	Subject    *subject;

	for (int i = 0; i < index->nsubjects; i++)
		if (strcmp(index->subjects[i].name, name) == 0)
			return &index->subjects[i];
	index->subjects = index->subjects == NULL ?
		MemoryContextAlloc(policy_context, sizeof(Subject)) :
		repalloc(index->subjects, sizeof(Subject) * (index->nsubjects + 1));
	subject = &index->subjects[index->nsubjects++];
	memset(subject, 0, sizeof(Subject));
	subject->name = MemoryContextStrdup(policy_context, name);
	subject->len = strlen(name);
	return subject;
}

/*
 * Index the cadence rules of one topic by the names in their roles (or
 * categories): each name gets its own rules and the topic's rules for all.
 */
static void
build_subject_index(PolicyVersion *v, SubjectIndex *index, const char *topic, bool by_role)
{
	for (int pass = 0; pass < 2; pass++)
	{
		for (int i = 0; i < v->nrules; i++)
		{
			Rule	   *rule = &v->rules[i];
			int			n = by_role ? rule->nroles : rule->ncategories;
			char	  **names = by_role ? rule->roles : rule->categories;

			if (rule->kind != RULE_CADENCE || strcmp(rule->topic, topic) != 0)
				continue;
			/* first pass: the named subjects; second: rules for all */
			if (pass == 0 && n >= 0)
				for (int j = 0; j < n; j++)
					add_to_subject(find_or_add_subject(index, names[j]), rule);
			else if (pass == 1 && n < 0)
			{
				add_to_subject(&index->all, rule);
				for (int j = 0; j < index->nsubjects; j++)
					add_to_subject(&index->subjects[j], rule);
			}
		}
	}
}

/*
 * What a version says of each role besides its cadences: whether a quota
 * holds its staged schedules at the first stage until observed (SLO-A2),
 * and the role it becomes; once per version, not per call
 */
static void
add_role_facts(PolicyVersion *v)
{
	for (int s = 0; s < v->staff.nsubjects; s++)
	{
		Subject    *subject = &v->staff.subjects[s];

		subject->becomes = role_becomes(subject->name);
		for (int i = 0; i < v->nrules && !subject->held_until_observed; i++)
		{
			const Rule *rule = &v->rules[i];

			if (!rule->holds_step_down)
				continue;
			subject->held_until_observed = rule->nroles < 0;
			for (int j = 0; j < rule->nroles; j++)
				if (strcmp(rule->roles[j], subject->name) == 0)
					subject->held_until_observed = true;
		}
	}
}

/*
 * Give every name of the vocabulary that no rule names the topic's rules
 * for all, so a lookup is one search of the index.
 */
static void
add_vocabulary_subjects(SubjectIndex *index, const Vocabulary *vocabulary)
{
	if (index->all.nrules == 0)
		return;
	for (int i = 0; i < vocabulary->n; i++)
	{
		Subject    *subject = find_or_add_subject(index, vocabulary->names[i]);

		if (subject->nrules == 0)
		{
			subject->nrules = index->all.nrules;
			subject->rules = index->all.rules;
		}
	}
}

static int
compare_versions(const void *a, const void *b)
{
	const PolicyVersion *x = a;
	const PolicyVersion *y = b;

	return (x->from > y->from) - (x->from < y->from);
}

/* Read the four tables, then index each version's rules by subject */
static void
load_policies(Snapshot snapshot)
{
	HASH_SEQ_STATUS status;
	Policy	   *policy;

	cache_scan(policy_relid, snapshot, policy_row, NULL);
	cache_scan(version_relid, snapshot, version_row, NULL);
	cache_scan(rule_relid, snapshot, rule_row, NULL);
	cache_scan(vocabulary_relid, snapshot, vocabulary_row, NULL);

	hash_seq_init(&status, policies);
	while ((policy = hash_seq_search(&status)) != NULL)
	{
		if (policy->nversions > 1)
			qsort(policy->versions, policy->nversions, sizeof(PolicyVersion),
				  compare_versions);
		for (int i = 0; i < policy->nversions; i++)
		{
			build_subject_index(&policy->versions[i], &policy->versions[i].staff,
								"personal_supervision", true);
			build_subject_index(&policy->versions[i], &policy->versions[i].cases,
								"case_discussion", false);
			add_vocabulary_subjects(&policy->versions[i].staff, &roles);
			add_vocabulary_subjects(&policy->versions[i].cases, &categories);
			add_role_facts(&policy->versions[i]);
		}
	}
}

static void
forget_policies(void)
{
	policies = NULL;
}

static void
policy_cache_rebuild(void)
{
	HASHCTL		ctl;

	cache_context(&policy_context, "supervision policies");
	policy_generation++;

	ctl.keysize = NAMEDATALEN;
	ctl.entrysize = sizeof(Policy);
	ctl.hcxt = policy_context;
	policies = hash_create("supervision policies", 16, &ctl,
						   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);

	policy_relid = extension_table("policy");
	version_relid = extension_table("policy_version");
	rule_relid = extension_table("rule");
	vocabulary_relid = extension_table("vocabulary");
	memset(&roles, 0, sizeof(roles));
	memset(&categories, 0, sizeof(categories));
	if (!OidIsValid(policy_relid) || !OidIsValid(version_relid) ||
		!OidIsValid(rule_relid) || !OidIsValid(vocabulary_relid))
	{
		policy_relid = version_relid = rule_relid = vocabulary_relid = InvalidOid;
		return;
	}
	cache_load(load_policies, forget_policies);
}

/* "bury, gloucestershire, ...", for hints */
char *
policy_names(void)
{
	HASH_SEQ_STATUS status;
	Policy	   *policy;
	const char **names = palloc(sizeof(char *) * (hash_get_num_entries(policies) + 1));
	int			n = 0;

	hash_seq_init(&status, policies);
	while ((policy = hash_seq_search(&status)) != NULL)
		names[n++] = policy->name;
	return names_for_hint(names, n);
}

/* Whether the vocabulary has a role (or case category) of that name */
bool
vocabulary_has(bool role, const char *name, int len)
{
	const Vocabulary *v = role ? &roles : &categories;

	for (int i = 0; i < v->n; i++)
		if (strncmp(v->names[i], name, len) == 0 && v->names[i][len] == '\0')
			return true;
	return false;
}

/* "asye, cp_chair, ...", the vocabulary's roles or categories, for hints */
char *
vocabulary_names(bool role)
{
	const Vocabulary *v = role ? &roles : &categories;
	const char **names = palloc(sizeof(char *) * (v->n + 1));

	memcpy(names, v->names, sizeof(char *) * v->n);
	return names_for_hint(names, v->n);
}

/* The policy of that name, or an error naming those that exist */
Policy *
policy_lookup(const char *name)
{
	Policy	   *policy;

	if (policies == NULL)
		policy_cache_rebuild();
	policy = cached_policy(name);
	if (policy == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("policy \"%s\" does not exist", name),
				 errhint("Policies are: %s. A DBA adds one by inserting into supervision.policy.",
						 policy_names())));
	return policy;
}

/* The policy of that name, or NULL */
Policy *
policy_find(const char *name)
{
	if (policies == NULL)
		policy_cache_rebuild();
	return cached_policy(name);
}

/*
 * A policy and its calendar ready for arithmetic.  Reading either cache's
 * tables may invalidate the other, so look both up until neither moved.
 */
Policy *
policy_with_calendar(const char *name, Calendar **calendar)
{
	Policy	   *policy;
	uint64		generation;

	do
	{
		policy = policy_lookup(name);
		generation = policy_generation;
		*calendar = calendar_for_arithmetic(policy->calendar);
	} while (generation != policy_generation);
	return policy;
}

/* The version of a policy in force on a day, or an error */
PolicyVersion *
policy_version_on(const Policy *policy, DateADT day)
{
	StringInfoData buf;

	for (int i = 0; i < policy->nversions; i++)
	{
		PolicyVersion *v = &policy->versions[i];

		if (version_covers(v, day))
			return v;
	}

	initStringInfo(&buf);
	for (int i = 0; i < policy->nversions; i++)
	{
		PolicyVersion *v = &policy->versions[i];

		appendStringInfo(&buf, "%sversion %d from %s", i > 0 ? "; " : "",
						 v->version, calendar_date_text(v->from));
		if (v->until != DATEVAL_NOEND)
			appendStringInfo(&buf, " until %s", calendar_date_text(v->until - 1));
	}
	ereport(ERROR,
			(errcode(ERRCODE_NO_VERSION_IN_FORCE),
			 errmsg("policy \"%s\" had no version in force on %s",
					policy->name, calendar_date_text(day)),
			 policy->nversions > 0 ?
			 errdetail("Its versions: %s.", buf.data) :
			 errdetail("It has no versions."),
			 errhint("Add a version that covers the day to supervision.policy_version.")));
	return NULL;				/* keep the compiler quiet */
}

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

/* The rules of a version with this ID and kind (and topic, when given) */
const Rule *
policy_rule(const Policy *policy, const PolicyVersion *v, const char *rule_id,
			RuleKind kind, const char *topic, const char *what)
{
	const Rule *found = NULL;
	int			nfound = 0;
	StringInfoData topics;

	initStringInfo(&topics);
	for (int i = 0; i < v->nrules; i++)
	{
		const Rule *rule = &v->rules[i];

		if (rule->kind != kind || strcmp(rule->rule_id, rule_id) != 0 ||
			(topic != NULL && strcmp(rule->topic, topic) != 0))
			continue;
		appendStringInfo(&topics, "%s%s", nfound > 0 ? ", " : "", rule->topic);
		found = rule;
		nfound++;
	}
	if (nfound == 1)
		return found;
	if (nfound > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("rule %s of policy \"%s\" has %d %ss", rule_id,
						policy->name, nfound, what),
				 errdetail("Their topics are: %s.", topics.data),
				 errhint("Name the topic as well.")));

	/* the IDs in order, whatever order the rows were read in */
	{
		const char **ids = palloc(sizeof(char *) * (v->nrules + 1));
		int			nids = 0;

		for (int i = 0; i < v->nrules; i++)
			if (v->rules[i].kind == kind)
				ids[nids++] = v->rules[i].rule_id;
		qsort(ids, nids, sizeof(char *), compare_strings);
		resetStringInfo(&topics);
		for (int i = 0; i < nids; i++)
			appendStringInfo(&topics, "%s%s", i > 0 ? ", " : "", ids[i]);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("policy \"%s\" has no %s rule %s%s%s", policy->name, what,
					rule_id, topic ? " with topic " : "", topic ? topic : ""),
			 errdetail("Version %d of the policy has these %s rules: %s.", v->version,
					   what, topics.len > 0 ? topics.data : "(none)"),
			 errhint("Rules are rows of supervision.rule.")));
	return NULL;
}

/* The window rule for the case record of a discussion (topic case_record) */
const Rule *
policy_recording_window(const Policy *policy, const PolicyVersion *v)
{
	for (int i = 0; i < v->nrules; i++)
		if (v->rules[i].kind == RULE_WINDOW && strcmp(v->rules[i].topic, "case_record") == 0)
			return &v->rules[i];
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("policy \"%s\" sets no window for the case record of a discussion",
					policy->name),
			 errdetail("Version %d has no window rule on topic case_record.", v->version),
			 errhint("Add one to supervision.rule, or use window_deadline() with one of the policy's window rules.")));
	return NULL;				/* keep the compiler quiet */
}

/*
 * The day an event happened in a calendar's time zone, which picks the
 * version of a policy that judges it
 */
DateADT
policy_event_day(Calendar *cal, TimestampTz event)
{
	if (TIMESTAMP_NOT_FINITE(event))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("an event at %s has no version of a policy in force",
						TIMESTAMP_IS_NOBEGIN(event) ? "-infinity" : "infinity"),
				 errhint("Give the time the event happened.")));
	calendar_build_midnights(cal);
	return timescale_local_date(cal, event);
}
