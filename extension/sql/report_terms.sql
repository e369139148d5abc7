
------------------------------------------------------------------------------
-- The policy the reports apply: the setting supervision.policy
------------------------------------------------------------------------------

CREATE TYPE @extschema@._policy_in_force AS (
    policy    text,
    calendar  text,
    time_zone text,
    since     date
);

COMMENT ON TYPE @extschema@._policy_in_force IS
    'The policy the reports apply (supervision.policy), its calendar, the calendar''s time zone, and the first day of its first version.';

CREATE FUNCTION @extschema@._policy_in_force() RETURNS @extschema@._policy_in_force
AS 'MODULE_PATHNAME', 'report_policy_in_force'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._policy_in_force() IS
    'The policy named by supervision.policy, with its calendar and time zone; refuses when none is set (SV302) or it does not exist.';

CREATE FUNCTION @extschema@._not_before(day date, since date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN day < since THEN since ELSE day END;
END;

COMMENT ON FUNCTION @extschema@._not_before(date, date) IS
    'The day, or since when the day is earlier (NULL stays NULL): the reports read an occurrence or start before a policy''s first version as on its first day in force. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';

CREATE FUNCTION @extschema@._due_status(rule text, target date, latest date, as_of date, soon date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE
        WHEN rule IS NULL THEN 'no rule'
        WHEN latest IS NULL THEN 'nothing due'
        WHEN as_of > latest THEN 'overdue'
        WHEN as_of > target THEN 'past target'
        WHEN target <= soon THEN 'due soon'
        ELSE 'on track' END;
END;
COMMENT ON FUNCTION @extschema@._due_status(text, date, date, date, date) IS
    'Where a due date (a rule''s target and latest) stands on as_of: no rule, nothing due, overdue (past the latest date), past target (but not the latest), due soon (the target by soon, the end of the horizon), or on track. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';


CREATE FUNCTION @extschema@._days_overdue(latest date, as_of date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN as_of > latest THEN as_of - latest ELSE 0 END;
END;

COMMENT ON FUNCTION @extschema@._days_overdue(date, date) IS
    'How many days as_of is past the latest date (0 when it is not; NULL when nothing is due): the reports'' days_overdue.';

-- the days on which a version of the policy with a recording window was in force
CREATE FUNCTION @extschema@._recording_windows(policy text) RETURNS datemultirange
AS 'MODULE_PATHNAME', 'report_recording_windows'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._recording_windows(text) IS
    'The days on which a version of the policy with a recording window (a window rule on topic case_record) was in force: the reports judge records late only then.';

CREATE FUNCTION @extschema@._late_from(policy text, event timestamptz, significant boolean,
                                                 windows datemultirange, time_zone text)
RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN windows @> @extschema@.local_day(event, time_zone)
                THEN @extschema@.recording_deadline(policy, event, coalesce(significant, false)) END;
END;
COMMENT ON FUNCTION @extschema@._late_from(text, timestamptz, boolean, datemultirange, text) IS
    'The first late instant for the record of a discussion held at event, where a version with a recording window was in force that day (else NULL): used by the reports. A SQL-standard body (resolved when created), so that it inlines safely under any search_path.';

-- The roles (categories) the policy's cadences on a topic speak of, in any
-- version; NULL when a rule covers everyone.  The reports ask the due-date
-- functions only for those, and show the rest as 'no rule'.  In C, as
-- _policy_in_force and _recording_windows are (report_terms.c): read from
-- the session's policy cache, each report's terms cost microseconds.
CREATE FUNCTION @extschema@._rule_subjects(policy text, topic text) RETURNS text[]
AS 'MODULE_PATHNAME', 'report_rule_subjects'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._rule_subjects(text, text) IS
    'The roles (for topic personal_supervision) or case categories (case_discussion) that the policy''s cadence rules on the topic name, in any version; NULL when one names none and so covers all. Used by the reports.';

-- the rules of a kind and topic in the version of the policy in force on a day
CREATE FUNCTION @extschema@._rules_in_force(policy text, kind text, topic text, day date)
RETURNS SETOF @extschema@.rule
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.* FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    WHERE r.policy = _rules_in_force.policy AND r.kind = _rules_in_force.kind
      AND r.topic = _rules_in_force.topic AND v.in_force @> day
    ORDER BY r.rule_id
$$;

COMMENT ON FUNCTION @extschema@._rules_in_force(text, text, text, date) IS
    'The rules of a kind and topic in the version of a policy in force on a day: used by the reports.';

-- The first instant after a day in a time zone: what happened before it
-- happened by the end of that day
CREATE FUNCTION @extschema@._day_end(day date, time_zone text) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- past the last day a timestamp can hold, every instant is before it
    SELECT CASE WHEN day >= '294276-12-31' THEN 'infinity'::timestamptz
                ELSE ((day + 1)::timestamp AT TIME ZONE time_zone) END;
END;

COMMENT ON FUNCTION @extschema@._day_end(date, text) IS
    'The first instant after a day in a time zone (the next local midnight; infinity after the last day a timestamp holds): the reports count what happened before it. NULL for NULL.';

------------------------------------------------------------------------------
-- What a report is asked: the terms every report reads once, in its FROM
------------------------------------------------------------------------------

CREATE TYPE @extschema@._report_terms AS (
    policy    text,
    calendar  text,
    time_zone text,
    since     date,
    soon      date,
    subjects  text[],
    windows   datemultirange,
    until     timestamptz,
    observations boolean
);

COMMENT ON TYPE @extschema@._report_terms IS
    'What a report applies, read once per call: the policy in force, its calendar and time zone, the first day of its first version (since), the end of the horizon (soon), the roles or categories its cadences on the topic name (subjects, NULL for all), the days a recording window was in force (windows), the end of as_of in the time zone (until: what happened before it counts), and, for topic personal_supervision, whether the reports read observations (observations: _step_downs_held(); else every step-down is taken as made).';

-- SLO-A2: the reports read observations only where the policy holds
-- step-downs until one (a quota on observation with no period), and an
-- observations source is registered
CREATE FUNCTION @extschema@._holds_step_downs(policy text) RETURNS boolean
AS 'MODULE_PATHNAME', 'report_holds_step_downs'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@._holds_step_downs(text) IS
    'Whether a version of the policy has a quota on topic observation with no period, which holds its roles'' staged schedules at their first stage until observed (SLO-A2): read from the session''s policy cache, as personal_supervision_due() reads it.';

CREATE FUNCTION @extschema@._step_downs_held(policy text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@._holds_step_downs(_step_downs_held.policy)
       AND EXISTS (SELECT FROM @extschema@.source AS s WHERE s.kind = 'observations');
END;

COMMENT ON FUNCTION @extschema@._step_downs_held(text) IS
    'Whether the reports read observations for SLO-A2: the policy has a quota on topic observation with no period (a condition on its roles'' step-downs), and an observations source is registered.';

CREATE FUNCTION @extschema@._report_terms(as_of date, horizon @extschema@.timescale, topic text)
RETURNS @extschema@._report_terms
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    p @extschema@._policy_in_force := @extschema@._policy_in_force();
BEGIN
    -- the subjects and windows only for a topic: without one, what a
    -- report reads its sources by (the time zone, until) comes cheap
    RETURN ROW(p.policy, p.calendar, p.time_zone, p.since,
               @extschema@.due_date(as_of, horizon, p.calendar),
               CASE WHEN topic IS NOT NULL THEN @extschema@._rule_subjects(p.policy, topic) END,
               CASE WHEN topic IS NOT NULL THEN @extschema@._recording_windows(p.policy) END,
               @extschema@._day_end(as_of, p.time_zone),
               CASE WHEN topic = 'personal_supervision' THEN @extschema@._step_downs_held(p.policy) END);
END
$$;

COMMENT ON FUNCTION @extschema@._report_terms(date, @extschema@.timescale, text) IS
    'The terms of a report on as_of with a horizon about a topic (personal_supervision, case_discussion, or NULL: then no subjects nor windows): refuses when no policy is set (SV302) or it does not exist. Each report reads it once, in its FROM.';

-- A report is asked about a day, and counts the days around it: an
-- infinite one has none
CREATE FUNCTION @extschema@._finite_report_day(day date, report text) RETURNS date
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT isfinite(day) THEN
        RAISE EXCEPTION '% needs a day, not %', report, day
            USING ERRCODE = 'datetime_field_overflow',
                  HINT = 'Give a date: the report counts the days before and after it.';
    END IF;
    RETURN day;
END
$$;

COMMENT ON FUNCTION @extschema@._finite_report_day(date, text) IS
    'The day a report is asked about, refused when infinite (22008), NULL passing: used by monthly_return() and observations_due().';

-- The first and last day of the month monthly_return() is asked about
CREATE FUNCTION @extschema@._report_month(month date, OUT first_day date, OUT last_day date)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF month IS NULL THEN
        RAISE EXCEPTION 'monthly_return needs a month'
            USING ERRCODE = 'null_value_not_allowed',
                  HINT = 'Give any day of the month: monthly_return(''2026-10-01'').';
    END IF;
    PERFORM @extschema@._finite_report_day(month, 'monthly_return');
    first_day := date_trunc('month', month)::date;
    last_day := (date_trunc('month', month) + interval '1 month - 1 day')::date;
END
$$;

COMMENT ON FUNCTION @extschema@._report_month(date) IS
    'The first and last day of the month containing the day given; refuses NULL (22004) and an infinite day (22008): used by monthly_return().';

-- The days a report over a span is asked about, or a clear refusal
CREATE FUNCTION @extschema@._report_span(first_day date, last_day date, report text)
RETURNS TABLE (span_first date, span_last date)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF _report_span.first_day > _report_span.last_day THEN
        RAISE EXCEPTION '% needs its first day on or before its last, not % after %', report,
                        _report_span.first_day, _report_span.last_day
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = format('Give the days in order: %s(''2026-11-01'', ''2026-11-30'').', report);
    END IF;
    span_first := first_day;
    span_last := last_day;
    RETURN NEXT;
END
$$;

COMMENT ON FUNCTION @extschema@._report_span(date, date, text) IS
    'The first and last day a report over a span is asked about; refuses them out of order (22023); NULL gives no row: used by sessions_outside_bounds().';

------------------------------------------------------------------------------
-- The pieces every report repeats, as SQL functions PostgreSQL inlines
------------------------------------------------------------------------------

-- the staff in post on a day
CREATE FUNCTION @extschema@._staff_in_post(time_zone text, day date)
RETURNS TABLE (key text, name text, role text, team text, supervisor text, started date, left_on date, kind text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT s.key, s.name, s.role, s.team, s.supervisor, s.started, s.left_on, s.kind
    FROM @extschema@._source_staff(time_zone, @extschema@._day_end(day, time_zone)) AS s
    WHERE s.started <= day AND (s.left_on IS NULL OR s.left_on > day);
END;

COMMENT ON FUNCTION @extschema@._staff_in_post(text, date) IS
    'The staff source''s members of staff in post on a day (started, not yet left), days in the time zone: used by the reports.';

-- The next personal supervision of a member of staff, where a cadence of
-- the policy speaks of their role: each report's one call of the due-date
-- function, in a derived table (the due dates of a row computed once)
-- observed: the first day the worker's direct work was observed and judged
-- adequate (SLO-A2), from _first_observed()
CREATE FUNCTION @extschema@._supervision_due(p @extschema@._report_terms, role text, last_held date, started date,
                                             observed date)
RETURNS @extschema@.due
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN p.subjects IS NULL OR role = ANY (p.subjects)
                THEN @extschema@.personal_supervision_due(p.policy, role, @extschema@._not_before(last_held, p.since),
                                                          @extschema@._not_before(started, p.since),
                                                          CASE WHEN p.observations THEN observed
                                                               ELSE '-infinity'::date END) END;
END;

COMMENT ON FUNCTION @extschema@._supervision_due(@extschema@._report_terms, text, date, date, date) IS
    'What personal_supervision_due() says for a role under a report''s terms, NULL where no cadence names the role (reported as no rule); a last session or start before the policy''s first version reads as its first day; observed (NULL: not yet) holds a staged schedule at its first stage under SLO-A2, where an observations source is registered (else every step-down is taken as made). Inlined into the reports.';

-- The first day each member of staff was observed: the observations
-- source's rows that count (for SLO-A2, register the outcomes judged
-- adequate as its counts); nothing read where none is registered
CREATE FUNCTION @extschema@._first_observed(time_zone text, until timestamptz)
RETURNS TABLE (staff text, observed date)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT o.staff, @extschema@.local_day(min(o.held_at), _first_observed.time_zone)
    FROM @extschema@._source_observations(_first_observed.time_zone, _first_observed.until) AS o
    WHERE EXISTS (SELECT FROM @extschema@.source AS k WHERE k.kind = 'observations')
    GROUP BY o.staff;
END;

COMMENT ON FUNCTION @extschema@._first_observed(text, timestamptz) IS
    'The day of each member of staff''s first observation before until, from the observations source''s rows that count (SLO-A2: the outcomes judged adequate); no rows, and nothing read, where no observations source is registered. Used by the reports of personal supervision.';

CREATE FUNCTION @extschema@._case_due(p @extschema@._report_terms, category text, last_discussed date, opened date)
RETURNS @extschema@.due
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN p.subjects IS NULL OR category = ANY (p.subjects)
                THEN @extschema@.case_discussion_due(p.policy, category,
                                                     @extschema@._not_before(last_discussed, p.since),
                                                     @extschema@._not_before(opened, p.since)) END;
END;

COMMENT ON FUNCTION @extschema@._case_due(@extschema@._report_terms, text, date, date) IS
    'What case_discussion_due() says for a category under a report''s terms, NULL where no cadence names the category (reported as no rule); a last discussion or opening before the policy''s first version reads as its first day. Inlined into the reports.';

-- The rules on a supervision record of each version of a policy: the window
-- to give it (supervision_record: LEE-R1, BUR-R1), the window to answer it
-- (record_response: LEE-R1), and a record that stands as agreed unless
-- amended (record_agreement: GLO-R2)
CREATE FUNCTION @extschema@._record_rules(policy text)
RETURNS TABLE (in_force daterange, give_rule text, answer_rule text, agreement_rule text)
LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 1
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- PL/pgSQL, so that a report reads these few rows once: inlined, each
    -- rule's subquery would run again for every session
    RETURN QUERY
    SELECT x.in_force, x.give_rule, x.answer_rule, x.agreement_rule
    FROM (SELECT v.in_force,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'window' AND r.topic = 'supervision_record') AS give_rule,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'window' AND r.topic = 'record_response') AS answer_rule,
                 (SELECT min(r.rule_id) FROM @extschema@.rule r WHERE r.policy = v.policy AND r.version = v.version
                     AND r.kind = 'recording' AND r.topic = 'record_agreement') AS agreement_rule
          FROM @extschema@.policy_version v WHERE v.policy = _record_rules.policy) AS x
    WHERE coalesce(x.give_rule, x.answer_rule, x.agreement_rule) IS NOT NULL;
END
$$;

COMMENT ON FUNCTION @extschema@._record_rules(text) IS
    'Each version of a policy with a rule on the supervision record: its days in force, the window rule to give the record (topic supervision_record), to answer it (record_response), and the recording rule under which it stands as agreed unless amended (record_agreement): used by records_due() and monthly_return().';

-- The record of each session, by member of staff and day: the first time
-- it reached the supervisee, was agreed, or was queried, before until
CREATE FUNCTION @extschema@._records_by_day(time_zone text, until timestamptz)
RETURNS TABLE (staff text, day date, given_at timestamptz, agreed_at timestamptz, amendment_at timestamptz)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT x.staff, @extschema@.local_day(x.held_at, _records_by_day.time_zone),
           min(x.given_at) FILTER (WHERE x.given_at < _records_by_day.until),
           min(x.agreed_at) FILTER (WHERE x.agreed_at < _records_by_day.until),
           min(x.amendment_at) FILTER (WHERE x.amendment_at < _records_by_day.until)
    FROM @extschema@._source_session_records(_records_by_day.time_zone, _records_by_day.until) AS x
    GROUP BY 1, 2;
END;

COMMENT ON FUNCTION @extschema@._records_by_day(text, timestamptz) IS
    'The session_records source by member of staff and day of the session: when the record first reached the supervisee, was agreed, and was queried, each before until (else NULL): used by records_due() and monthly_return().';
