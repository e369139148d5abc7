
------------------------------------------------------------------------------
-- Due dates by policy
------------------------------------------------------------------------------

CREATE TYPE @extschema@.due AS (
    rule   text,
    target date,
    latest date
);

COMMENT ON TYPE @extschema@.due IS
    'What a cadence rule says is due next: the rule''s ID, the target date, and the latest date (the hard limit; equal to target where the rule has none). Dates are the last day on time; NULL when nothing more is due.';

CREATE FUNCTION @extschema@.personal_supervision_due(policy text, role text, last_held date,
                                                     started date DEFAULT NULL)
RETURNS @extschema@.due
AS 'MODULE_PATHNAME', 'personal_supervision_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.personal_supervision_due(text, text, date, date) IS
    'The next personal supervision of a member of staff in a role: from the last session (or the start in the role when there is none), by the version of the policy in force that day; started places staged schedules (ASYE, students, returners).';

-- SLO-A2: an ASYE steps down to a less frequent stage only once their
-- direct work has been observed and judged adequate
CREATE FUNCTION @extschema@.personal_supervision_due(policy text, role text, last_held date,
                                                     started date, observed date)
RETURNS @extschema@.due
AS 'MODULE_PATHNAME', 'personal_supervision_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.personal_supervision_due(text, text, date, date, date) IS
    'The next personal supervision, as personal_supervision_due(policy, role, last_held, started), where observed is the first day the worker''s direct work was observed and judged adequate (NULL: not yet): under a policy whose quota on topic observation has no period (SLO-A2), the role''s staged schedule stays at its first stage until then (a session on or after observed steps down as the schedule says).';

CREATE FUNCTION @extschema@.case_discussion_due(policy text, category text, last_discussed date,
                                                opened date DEFAULT NULL)
RETURNS @extschema@.due
AS 'MODULE_PATHNAME', 'case_discussion_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.case_discussion_due(text, text, date, date) IS
    'The next discussion of a child''s case of a category: from the last discussion (or the case or plan start, opened, when there is none), by the version of the policy in force that day.';

CREATE FUNCTION @extschema@.cadence_due(policy text, rule_id text, last date,
                                        started date DEFAULT NULL, topic text DEFAULT NULL)
RETURNS @extschema@.due
AS 'MODULE_PATHNAME', 'cadence_due'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cadence_due(text, text, date, date, text) IS
    'What any cadence rule, by its ID (and topic, where the ID has two cadences), says is due next after the last occurrence (or the start date when there is none): agreements, appraisals, group supervision.';

CREATE FUNCTION @extschema@.recording_deadline(policy text, event timestamptz,
                                               significant boolean DEFAULT false)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'recording_deadline'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.recording_deadline(text, timestamptz, boolean) IS
    'The first late instant for the case record of a discussion held at event: the policy''s window on topic case_record, the shorter one for a significant decision.';

CREATE FUNCTION @extschema@.window_deadline(policy text, rule_id text, event timestamptz,
                                            significant boolean DEFAULT false, topic text DEFAULT NULL)
RETURNS timestamptz
AS 'MODULE_PATHNAME', 'window_deadline'
LANGUAGE C STABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.window_deadline(text, text, timestamptz, boolean, text) IS
    'The first late instant of any window rule, by its ID (and topic, where the ID has two windows), after an event.';

CREATE FUNCTION @extschema@.retention_until(policy text, left_on date) RETURNS date
AS 'MODULE_PATHNAME', 'retention_until'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.retention_until(text, date) IS
    'The last day a leaver''s supervision file must be kept under the policy; it may be deleted from the next day.';
