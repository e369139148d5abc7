/* supervision--0.1.0--0.2.0.sql: policies as data, the five published
 * policies as presets, and due dates by policy */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION supervision UPDATE TO '0.2.0'" to load this file. \quit

-- 0.1.0 left its two operator families without a comment
COMMENT ON OPERATOR FAMILY @extschema@.timescale_ops USING btree IS
    'Btree operator family of timescale: ordered by nominal length, ties broken by unit.';
COMMENT ON OPERATOR FAMILY @extschema@.timescale_hash_ops USING hash IS
    'Hash operator family of timescale, for GROUP BY and hash joins.';

------------------------------------------------------------------------------
-- Stages of a schedule, so SQL can compare a hard limit with each of them
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.stages(s @extschema@.schedule) RETURNS @extschema@.timescale[]
AS 'MODULE_PATHNAME', 'schedule_stages'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.stages(@extschema@.schedule) IS
    'The cadence of each stage of a schedule, in order: stages(''weekly until 6 weeks, monthly'') = {1 week,1 month}.';

------------------------------------------------------------------------------
-- Policies
--
-- A policy has versions, each in force over a range of days, and rules,
-- one row a rule of policies/RULES.md under its ID.  The five published
-- policies ship as presets (builtin = true, read-only); a council copies
-- one with copy_policy() or writes its own.  pg_dump keeps the council's
-- rows, not the presets.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.policy (
    name        text PRIMARY KEY,
    title       text NOT NULL,
    calendar    text NOT NULL DEFAULT 'england-and-wales'
        REFERENCES @extschema@.calendar (name) ON UPDATE CASCADE,
    source      text,
    description text,
    builtin     boolean NOT NULL DEFAULT false
);

COMMENT ON TABLE @extschema@.policy IS
    'Supervision policies: the five shipped presets (builtin = true, read-only) and a council''s own, which a DBA inserts here.';
COMMENT ON COLUMN @extschema@.policy.name IS
    'The policy''s name, as functions take it: lower-case letters, digits, "-" and "_", at most 63 characters.';
COMMENT ON COLUMN @extschema@.policy.title IS
    'The policy''s title.';
COMMENT ON COLUMN @extschema@.policy.calendar IS
    'The working-day calendar in which its due dates and deadlines are computed.';
COMMENT ON COLUMN @extschema@.policy.source IS
    'The published document the rules come from.';
COMMENT ON COLUMN @extschema@.policy.description IS
    'What the policy covers, and every interpretation it takes where the text allows two readings.';
COMMENT ON COLUMN @extschema@.policy.builtin IS
    'True for the presets shipped with the extension; their rows cannot be changed (copy one with copy_policy()).';

CREATE TABLE @extschema@.policy_version (
    policy      text NOT NULL
        REFERENCES @extschema@.policy (name) ON UPDATE CASCADE ON DELETE CASCADE,
    version     integer NOT NULL,
    in_force    daterange NOT NULL,
    description text,
    PRIMARY KEY (policy, version)
);

COMMENT ON TABLE @extschema@.policy_version IS
    'Versions of a policy and the days each was in force; a due date is judged by the version in force on the day of the last occurrence.';
COMMENT ON COLUMN @extschema@.policy_version.policy IS
    'The policy.';
COMMENT ON COLUMN @extschema@.policy_version.version IS
    'The version''s number, from 1.';
COMMENT ON COLUMN @extschema@.policy_version.in_force IS
    'The days the version was in force: ''[2024-04-01,)'' while it still is, ''[2020-07-01,2024-04-01)'' once replaced. Versions of a policy never overlap.';
COMMENT ON COLUMN @extschema@.policy_version.description IS
    'What changed in this version.';

CREATE TABLE @extschema@.vocabulary (
    kind        text NOT NULL CHECK (kind IN ('role', 'category')),
    name        text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_]*$'),
    description text NOT NULL,
    builtin     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (kind, name)
);

COMMENT ON TABLE @extschema@.vocabulary IS
    'The staff roles and case categories rules may name: the shared ones the presets use (builtin = true) and a council''s own. A name outside it is refused, not guessed.';
COMMENT ON COLUMN @extschema@.vocabulary.kind IS 'role (of a member of staff) or category (of a child''s case).';
COMMENT ON COLUMN @extschema@.vocabulary.name IS 'The name, as rules and the due-date functions take it: lower case, digits and "_".';
COMMENT ON COLUMN @extschema@.vocabulary.description IS 'Who or what the name stands for.';
COMMENT ON COLUMN @extschema@.vocabulary.builtin IS 'True for the names shipped with the extension; those rows cannot be changed.';

INSERT INTO @extschema@.vocabulary (kind, name, description, builtin) VALUES
    ('role', 'social_worker', 'A qualified social worker.', true),
    ('role', 'asye', 'A newly qualified social worker in the Assessed and Supported Year in Employment.', true),
    ('role', 'student', 'A social work student on placement (or apprentice).', true),
    ('role', 'returner', 'A social worker returning to practice, or after a major change of role.', true),
    ('role', 'family_support_worker', 'A family support worker or other non-qualified practitioner.', true),
    ('role', 'personal_adviser', 'A personal adviser (or personal assistant) of care leavers.', true),
    ('role', 'senior_social_worker', 'A senior social worker.', true),
    ('role', 'advanced_practitioner', 'An advanced practitioner.', true),
    ('role', 'iro', 'An independent reviewing officer.', true),
    ('role', 'cp_chair', 'A child protection conference chair or coordinator.', true),
    ('role', 'assistant_team_manager', 'An assistant or deputy team manager, or practice supervisor.', true),
    ('role', 'team_manager', 'A team manager.', true),
    ('role', 'service_manager', 'A service (delivery) manager.', true),
    ('role', 'head_of_service', 'A head of service.', true),
    ('role', 'non_operational', 'Staff and managers outside operational practice.', true),
    ('role', 'residential_practitioner', 'A practitioner in a children''s home.', true),
    ('role', 'early_help', 'Early help staff.', true),
    ('category', 'cin', 'A child in need.', true),
    ('category', 'cp', 'A child on a child protection plan.', true),
    ('category', 'cla', 'A child looked after.', true),
    ('category', 'care_leaver', 'A care leaver.', true),
    ('category', 'early_help', 'An early help case.', true),
    ('category', 'disability', 'A children''s disability case.', true),
    ('category', 'settled', 'A settled or long-term case, so agreed by supervisor and supervisee.', true),
    ('category', 'advice_assessment', 'An advice and assessment case.', true);

CREATE TABLE @extschema@.rule (
    policy             text NOT NULL,
    version            integer NOT NULL,
    rule_id            text NOT NULL,
    kind               text NOT NULL,
    topic              text NOT NULL,
    roles              text[],
    categories         text[],
    every              @extschema@.schedule,
    at                 @extschema@.timescale[],
    before             @extschema@.timescale,
    latest             @extschema@.timescale,
    starts_after       @extschema@.timescale,
    first_due          text,
    within             @extschema@.timescale,
    within_significant @extschema@.timescale,
    keep               @extschema@.timescale,
    at_least           numeric,
    at_most            numeric,
    unit               text,
    per                @extschema@.timescale,
    year_starts        smallint,
    heading            text,
    recorded_by        text,
    designation        boolean,
    place              text,
    interpretation     text,
    source             text NOT NULL,
    description        text NOT NULL,
    PRIMARY KEY (policy, version, rule_id, kind, topic),
    FOREIGN KEY (policy, version) REFERENCES @extschema@.policy_version (policy, version)
        ON UPDATE CASCADE ON DELETE CASCADE
);

-- recording_deadline() and retention_until() find a window or retention
-- by its topic: one each
CREATE UNIQUE INDEX rule_one_window_per_topic ON @extschema@.rule (policy, version, kind, topic)
    WHERE kind IN ('window', 'retention');

COMMENT ON TABLE @extschema@.rule IS
    'The rules of each policy version, one row a rule of policies/RULES.md under its ID; the columns that apply depend on kind.';
COMMENT ON INDEX @extschema@.rule_one_window_per_topic IS
    'A policy version has at most one window and one retention rule on each topic.';
COMMENT ON COLUMN @extschema@.rule.policy IS 'The policy.';
COMMENT ON COLUMN @extschema@.rule.version IS 'The version of the policy the rule belongs to.';
COMMENT ON COLUMN @extschema@.rule.rule_id IS 'The rule''s ID, as policies/RULES.md gives it (SLO-P1), or a council''s own.';
COMMENT ON COLUMN @extschema@.rule.kind IS
    'cadence (something recurs), window (something follows an event), quota (N per period), bound (a minimum or maximum), retention (kept until), recording (how an entry is written).';
COMMENT ON COLUMN @extschema@.rule.topic IS
    'What the rule governs: personal_supervision and case_discussion (read by the due-date functions), case_record (recording_deadline), supervision_file (retention_until), or another word in lower case.';
COMMENT ON COLUMN @extschema@.rule.roles IS 'The staff roles the rule applies to; NULL for every member of staff.';
COMMENT ON COLUMN @extschema@.rule.categories IS 'The case categories the rule applies to; NULL for every case.';
COMMENT ON COLUMN @extschema@.rule.every IS 'Cadence: the schedule, staged from the start date (in the role, or of the case).';
COMMENT ON COLUMN @extschema@.rule.at IS 'Cadence: instead of every, milestones measured from the start date.';
COMMENT ON COLUMN @extschema@.rule.before IS 'Cadence with milestones: due this long (days or weeks) before each one.';
COMMENT ON COLUMN @extschema@.rule.latest IS 'Cadence: the hard limit after the last occurrence (never more than 25 working days apart); overdue means past it.';
COMMENT ON COLUMN @extschema@.rule.starts_after IS 'Cadence: it applies only once the start date is this far behind; occurrences before then do not count.';
COMMENT ON COLUMN @extschema@.rule.first_due IS 'Cadence with starts_after: on_start (first due the day it starts to apply) or one_cadence_after (one cadence later).';
COMMENT ON COLUMN @extschema@.rule.within IS 'Window: the time allowed after the event.';
COMMENT ON COLUMN @extschema@.rule.within_significant IS 'Window: the shorter time allowed for a significant decision or an urgent matter.';
COMMENT ON COLUMN @extschema@.rule.keep IS 'Retention: how long after the event (leaving) the record is kept.';
COMMENT ON COLUMN @extschema@.rule.at_least IS 'Quota or bound: the minimum.';
COMMENT ON COLUMN @extschema@.rule.at_most IS 'Bound: the maximum.';
COMMENT ON COLUMN @extschema@.rule.unit IS 'Quota or bound: what is counted (occurrences, minutes, supervisees, cases).';
COMMENT ON COLUMN @extschema@.rule.per IS 'Quota: the period counted over (12 months); NULL for the whole time the rule applies.';
COMMENT ON COLUMN @extschema@.rule.year_starts IS 'Quota: the month its year starts (4 for the year from 1 April).';
COMMENT ON COLUMN @extschema@.rule.heading IS 'Recording: the heading the entry is written under.';
COMMENT ON COLUMN @extschema@.rule.recorded_by IS 'Recording: who writes the entry (manager, supervisor, ...).';
COMMENT ON COLUMN @extschema@.rule.designation IS 'Recording: whether the writer''s designation must be shown.';
COMMENT ON COLUMN @extschema@.rule.place IS 'Recording: where the entry goes (child_record, personal_file, ...).';
COMMENT ON COLUMN @extschema@.rule.interpretation IS 'The reading taken where the policy allows two.';
COMMENT ON COLUMN @extschema@.rule.source IS 'The section of the policy the rule comes from.';
COMMENT ON COLUMN @extschema@.rule.description IS 'The rule in words.';

CREATE FUNCTION @extschema@.check_policy() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NEW.name !~ '^[a-z0-9][a-z0-9_-]*$' OR length(NEW.name) > 63 THEN
        RAISE EXCEPTION 'invalid policy name "%"', NEW.name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Use lower-case letters, digits, "-" and "_", starting with a letter or digit, at most 63 characters.';
    END IF;
    IF NOT EXISTS (SELECT FROM @extschema@.calendar c WHERE c.name = NEW.calendar) THEN
        RAISE EXCEPTION 'calendar "%" of policy "%" does not exist', NEW.calendar, NEW.name
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Calendars are: ' || (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM @extschema@.calendar c)
                         || '. A DBA defines one by inserting into supervision.calendar.';
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.check_policy() IS
    'Trigger on supervision.policy: checks the name and that the calendar exists.';

CREATE TRIGGER check_policy
    BEFORE INSERT OR UPDATE ON @extschema@.policy
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_policy();

CREATE FUNCTION @extschema@.check_policy_version() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    other record;
BEGIN
    IF NEW.version < 1 THEN
        RAISE EXCEPTION 'invalid version % of policy "%"', NEW.version, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Number versions from 1.';
    END IF;
    IF isempty(NEW.in_force) OR lower_inf(NEW.in_force) THEN
        RAISE EXCEPTION 'version % of policy "%" has no first day in force', NEW.version, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = 'in_force is ' || NEW.in_force::text || '.',
                  HINT = 'Give the day it came into force: ''[2024-04-01,)''.';
    END IF;
    -- one version at a time per policy: concurrent writers queue on the policy row
    PERFORM FROM @extschema@.policy p WHERE p.name = NEW.policy FOR NO KEY UPDATE;
    SELECT v.version, v.in_force INTO other
    FROM @extschema@.policy_version v
    WHERE v.policy = NEW.policy AND v.in_force && NEW.in_force
      AND (TG_OP = 'INSERT' OR (v.policy, v.version) <> (OLD.policy, OLD.version))
    ORDER BY lower(v.in_force) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'version % of policy "%" overlaps version %', NEW.version, NEW.policy, other.version
            USING ERRCODE = 'exclusion_violation',
                  DETAIL = 'Version ' || NEW.version || ' is in force ' || NEW.in_force::text
                           || ', version ' || other.version || ' ' || other.in_force::text || '.',
                  HINT = 'End the earlier version the day the new one starts: UPDATE supervision.policy_version SET in_force = daterange(lower(in_force), ''<first day of the new version>'') WHERE ...';
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.check_policy_version() IS
    'Trigger on supervision.policy_version: a version has a first day in force, and the versions of a policy never overlap.';

CREATE TRIGGER check_policy_version
    BEFORE INSERT OR UPDATE ON @extschema@.policy_version
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_policy_version();

CREATE FUNCTION @extschema@.check_rule() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    -- the columns each kind uses; every other kind's columns stay NULL
    kind_columns constant jsonb := '{
        "cadence":   ["every", "at", "before", "latest", "starts_after", "first_due"],
        "window":    ["within", "within_significant"],
        "retention": ["keep"],
        "quota":     ["at_least", "at_most", "unit", "per", "year_starts"],
        "bound":     ["at_least", "at_most", "unit"],
        "recording": ["heading", "recorded_by", "designation", "place"]}';
    row_json jsonb := to_jsonb(NEW);
    what text := format('rule %s (%s, %s) of policy "%s" version %s',
                        NEW.rule_id, NEW.kind, NEW.topic, NEW.policy, NEW.version);
    col text;
    stage @extschema@.timescale;
BEGIN
    IF NOT kind_columns ? NEW.kind THEN
        RAISE EXCEPTION 'invalid kind "%" of rule % of policy "%"', NEW.kind, NEW.rule_id, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A rule is a cadence, window, quota, bound, retention or recording.';
    END IF;
    IF NEW.rule_id !~ '^\S+$' OR NEW.topic !~ '^[a-z][a-z0-9_]*$' THEN
        RAISE EXCEPTION 'invalid rule ID "%" or topic "%" of policy "%"', NEW.rule_id, NEW.topic, NEW.policy
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A rule ID has no spaces (SLO-P1); a topic is a lower-case word with "_" (personal_supervision).';
    END IF;
    FOR col IN
        SELECT c FROM jsonb_each(kind_columns) k, jsonb_array_elements_text(k.value) c
        WHERE k.key <> NEW.kind AND row_json -> c <> 'null'
          AND NOT (kind_columns -> NEW.kind) ? c
    LOOP
        RAISE EXCEPTION 'column % does not apply to %', col, what
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A ' || NEW.kind || ' rule uses: '
                         || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(kind_columns -> NEW.kind) x) || '.';
    END LOOP;
    IF cardinality(NEW.roles) = 0 OR array_position(NEW.roles, NULL) IS NOT NULL
       OR cardinality(NEW.categories) = 0 OR array_position(NEW.categories, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'empty roles or categories, or a NULL among them, in %', what
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'List names, or leave the column NULL for everyone.';
    END IF;

    SELECT string_agg(x, ', ') INTO col
    FROM (SELECT unnest(NEW.roles) x EXCEPT SELECT v.name FROM @extschema@.vocabulary v WHERE v.kind = 'role') u;
    IF col IS NOT NULL THEN
        RAISE EXCEPTION 'unknown role % in %', col, what
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Roles are: ' || (SELECT string_agg(v.name, ', ' ORDER BY v.name) FROM @extschema@.vocabulary v WHERE v.kind = 'role')
                         || '. A DBA adds one to supervision.vocabulary.';
    END IF;
    SELECT string_agg(x, ', ') INTO col
    FROM (SELECT unnest(NEW.categories) x EXCEPT SELECT v.name FROM @extschema@.vocabulary v WHERE v.kind = 'category') u;
    IF col IS NOT NULL THEN
        RAISE EXCEPTION 'unknown case category % in %', col, what
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Case categories are: ' || (SELECT string_agg(v.name, ', ' ORDER BY v.name) FROM @extschema@.vocabulary v WHERE v.kind = 'category')
                         || '. A DBA adds one to supervision.vocabulary.';
    END IF;

    IF NEW.kind = 'cadence' THEN
        IF (NEW.every IS NULL) = (NEW.at IS NULL) THEN
            RAISE EXCEPTION '% needs a schedule (every) or milestones (at), not both', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'every => ''monthly'' for a recurring cadence; at => ''{3 months,6 months}'' for milestones from the start date.';
        END IF;
        IF NEW.at IS NOT NULL AND (cardinality(NEW.at) = 0 OR array_position(NEW.at, NULL) IS NOT NULL
           OR EXISTS (SELECT FROM unnest(NEW.at) WITH ORDINALITY a(t, i)
                      JOIN unnest(NEW.at) WITH ORDINALITY b(t, i) ON b.i = a.i + 1
                      WHERE NOT b.t OPERATOR(@extschema@.>) a.t)) THEN
            RAISE EXCEPTION 'milestones % of % are not in increasing order', NEW.at, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'List them from the first: ''{3 months,6 months,9 months}''.';
        END IF;
        IF NEW.before IS NOT NULL AND (NEW.at IS NULL OR NEW.before::text !~ '^\d+ (day|week)s?$') THEN
            RAISE EXCEPTION 'before % of % is not a number of days or weeks ahead of milestones', NEW.before, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give before only with at, in days or weeks: before => ''6 weeks''.';
        END IF;
        IF NEW.latest IS NOT NULL AND (NEW.every IS NULL OR EXISTS (
                SELECT FROM unnest(@extschema@.stages(NEW.every)) s
                WHERE NEW.latest OPERATOR(@extschema@.<) s)) THEN
            RAISE EXCEPTION 'the hard limit % of % is shorter than its target %', NEW.latest, what, NEW.every
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'latest is the most ever allowed after the last occurrence, at least as long as every stage of every.';
        END IF;
        IF (NEW.starts_after IS NULL) <> (NEW.first_due IS NULL)
           OR NEW.first_due NOT IN ('on_start', 'one_cadence_after')
           OR (NEW.starts_after IS NOT NULL AND NEW.every IS NULL) THEN
            RAISE EXCEPTION 'starts_after and first_due of % go together', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'With every and starts_after => ''12 weeks'', set first_due => ''on_start'' or ''one_cadence_after''; else leave both NULL.';
        END IF;
    ELSIF NEW.kind = 'window' THEN
        IF NEW.within IS NULL OR NEW.within_significant OPERATOR(@extschema@.>) NEW.within THEN
            RAISE EXCEPTION '% needs within, and a within_significant no longer than it', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'within => ''5 working days'', within_significant => ''24 hours''.';
        END IF;
    ELSIF NEW.kind = 'retention' THEN
        IF NEW.keep IS NULL THEN
            RAISE EXCEPTION '% needs keep', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'keep => ''6 years'': how long after leaving the file is kept.';
        END IF;
    ELSIF NEW.kind IN ('quota', 'bound') THEN
        IF (NEW.at_least IS NULL AND NEW.at_most IS NULL) OR NEW.at_least > NEW.at_most
           OR NEW.at_least < 0 OR NEW.unit IS NULL
           OR (NEW.kind = 'quota' AND NEW.at_least IS NULL)
           OR NEW.year_starts NOT BETWEEN 1 AND 12 THEN
            RAISE EXCEPTION '% needs a unit and at_least <= at_most%', what,
                    CASE WHEN NEW.kind = 'quota' THEN ', with at_least' ELSE '' END
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = CASE WHEN NEW.kind = 'quota'
                                  THEN 'at_least => 2, unit => ''occurrences'', per => ''12 months'', year_starts => 4 (1 April).'
                                  ELSE 'at_least => 90, at_most => 120, unit => ''minutes''.' END;
        END IF;
    ELSIF NEW.kind = 'recording' THEN
        IF NEW.heading IS NULL AND NEW.recorded_by IS NULL AND NEW.place IS NULL THEN
            RAISE EXCEPTION '% says nothing about the entry', what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give a heading, recorded_by or place.';
        END IF;
    END IF;
    RETURN NEW;
END
$$;

COMMENT ON FUNCTION @extschema@.check_rule() IS
    'Trigger on supervision.rule: checks each kind of rule has what it needs and nothing of another kind, and that a hard limit is not shorter than its target.';

CREATE TRIGGER check_rule
    BEFORE INSERT OR UPDATE ON @extschema@.rule
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_rule();

CREATE FUNCTION @extschema@.policy_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'calendar_changed'
LANGUAGE C;

COMMENT ON FUNCTION @extschema@.policy_changed() IS
    'Statement trigger on the policy tables: every session drops its cached policies when a change commits.';

CREATE TRIGGER policy_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.policy
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.policy_changed();
CREATE TRIGGER policy_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.policy_version
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.policy_changed();
CREATE TRIGGER policy_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.rule
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.policy_changed();
CREATE TRIGGER policy_changed
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.vocabulary
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.policy_changed();

REVOKE ALL ON FUNCTION @extschema@.check_policy() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.check_policy_version() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.check_rule() FROM PUBLIC;
REVOKE ALL ON FUNCTION @extschema@.policy_changed() FROM PUBLIC;
GRANT SELECT ON @extschema@.policy, @extschema@.policy_version, @extschema@.rule,
    @extschema@.vocabulary TO PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('@extschema@.vocabulary', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.policy', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.policy_version',
    'WHERE policy IN (SELECT name FROM @extschema@.policy WHERE NOT builtin)');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule',
    'WHERE policy IN (SELECT name FROM @extschema@.policy WHERE NOT builtin)');

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

CREATE FUNCTION @extschema@.copy_policy(source text, name text, title text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM @extschema@.policy p WHERE p.name = copy_policy.source) THEN
        RAISE EXCEPTION 'policy "%" does not exist', copy_policy.source
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Policies are: ' || (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM @extschema@.policy p) || '.';
    END IF;
    INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin)
    SELECT copy_policy.name, coalesce(copy_policy.title, p.title), p.calendar, p.source,
           p.description, false
    FROM @extschema@.policy p WHERE p.name = copy_policy.source;
    INSERT INTO @extschema@.policy_version (policy, version, in_force, description)
    SELECT copy_policy.name, v.version, v.in_force, v.description
    FROM @extschema@.policy_version v WHERE v.policy = copy_policy.source;
    INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, categories,
        every, at, before, latest, starts_after, first_due, within, within_significant, keep,
        at_least, at_most, unit, per, year_starts, heading, recorded_by, designation, place,
        interpretation, source, description)
    SELECT copy_policy.name, r.version, r.rule_id, r.kind, r.topic, r.roles, r.categories,
        r.every, r.at, r.before, r.latest, r.starts_after, r.first_due, r.within, r.within_significant, r.keep,
        r.at_least, r.at_most, r.unit, r.per, r.year_starts, r.heading, r.recorded_by, r.designation, r.place,
        r.interpretation, r.source, r.description
    FROM @extschema@.rule r WHERE r.policy = copy_policy.source;
END
$$;

COMMENT ON FUNCTION @extschema@.copy_policy(text, text, text) IS
    'Copies a policy (a preset, say) with its versions and rules under a new name, as a council''s own to change.';

------------------------------------------------------------------------------
-- Presets: the five published policies (policies/RULES.md)
------------------------------------------------------------------------------

-- Preset 'slough': Slough Children's Services Trust, Children's Social Care
-- Supervision Policy, final version of July 2020 (seeds/000_57cd9a41fee1b771.txt).
--
-- Sources name the policy's own numbering and headings: "2. Supervision
-- Standards" (with its unnumbered parts Personal One to One, Case supervision,
-- Appraisal), "Standard 1: Frequency and Duration of Case Supervision" (with
-- one sub-heading per staff group), "2.1.1 Management Oversight", "2.1.2 Group
-- Supervision", "Standard 2: Preparation", "Standard 3: Content and Footprint
-- on Case Files", "Standard 4: Recording", and the Supervision Agreement of
-- "Annex 1 - Forms" (its parts Formal/Planned Supervision and Commitment to
-- Supervision).

INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin)
VALUES ('slough',
    'Slough Children''s Services Trust: Children''s Social Care Supervision Policy, July 2020',
    'england-and-wales',
    'Slough Children''s Services Trust, Children''s Social Care Supervision Policy, Version: Final July 2020, review date July 2021 (policy owner: Sandra Davies, Head of QA and Safeguarding), www.scstrust.co.uk',
    'Interpretations taken. '
    '(1) In force: the policy is dated only "Final July 2020", so version 1 is in force from the first day of that month, 1 July 2020, and is open-ended (the review date, July 2021, does not end it; no later version is known). Calendar england-and-wales (Slough, Berkshire). '
    '(2) Staff groups mapped onto the role vocabulary: "all staff within the Trust" (personal one to one) = every role (roles NULL); "social workers" = social_worker; "newly qualified social workers", "NQSW", "ASYE social workers" = asye; "family support workers", "FSW" = family_support_worker; "personal assistants (leaving care)", also written "personal advisors" and "PA" = personal_adviser; "assistant team manager" = assistant_team_manager; "team manager" = team_manager; "head of service" = head_of_service; "students" (1.1) = student. Case supervision is for social workers, family support workers and personal assistants, and ASYE social workers (Annex 3 lists ASYE case supervision): roles {social_worker,asye,family_support_worker,personal_adviser}, informative only, since case discussions are due by case category. '
    '(3) Cases: "all cases (children)" and, for personal assistants, "all cases (young people)" = every case category (categories NULL). '
    '(4) "Monthly" (personal one to one SLO-P1, the last ASYE stage SLO-A1, the team manager''s monthly return SLO-Q1) is one month after the last occurrence, clamped to the end of a shorter month (31 January + 1 month = 28/29 February), not "once in every calendar month". '
    '(5) "Bi-monthly" and "at least every other month" (SLO-C1) mean every 2 months, not twice a month. '
    '(6) SLO-C2, first_due = on_start: "case supervision should take place on all cases that have been open for 12 weeks or more", so a case that has been open 12 weeks without a case discussion is already short of the standard: the first discussion is due on the day the case has been open 12 weeks (opened + 12 weeks), not 2 months after it. Before that day only management oversight is expected and a discussion held then does not count; from it, every 2 months after the last discussion. The SLO-C1 row carries the same start (12 weeks, on_start) so that it never makes a young case due before 12 weeks; where SLO-C1 and SLO-C2 give the same date the binding rule reported is SLO-C1 (rule_id order). '
    '(7) SLO-A1: the stages are measured from the start of professional practice (the started date): weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months; "the end of the ASYE period" is the end of the first post-qualifying year, 12 months after the start, when the ASYE schedule ends (target NULL) and SLO-P1, monthly for all staff, carries on. The stage applied is the one in force on the day of the last session (a session on the day 6 weeks or 6 months after the start is already in the next stage). '
    '(8) SLO-A2 is a condition on the step-downs of SLO-A1, not a cadence of its own: kept as a quota of at least 1 observation of the NQSW''s direct work, judged adequate, before any step-down (counted from the ASYE start, no period). The due-date functions assume the step-downs take place; where the observation has not been made the supervisor keeps the more frequent stage. '
    '(9) SLO-R1: the Supervision Agreement says case supervision is recorded on ICS "no less than 5 working days after supervision is held"; this is read as "no later than", within 5 working days (the evident intent: a record may not wait at least 5 days), counted from the day after the session in the england-and-wales calendar and late from London midnight after the fifth working day; there is no shorter window for significant matters (within_significant NULL). The record goes on the child''s record through the ICS case supervision form. '
    '(10) SLO-X1: after a cancellation for the sickness or absence of the supervisor or the supervisee "another supervision session will be booked within five working days of return to work": the booking (not the session) is due within 5 working days, the day of return not counted; the supervisor records the reason for the cancellation on the personal file. '
    '(11) SLO-X2: the supervision agreement is completed at the very first supervision with a new supervisor (an event, not a date computed here) and reviewed every 12 months from the last agreement or review, alongside the annual appraisal. '
    '(12) SLO-X3: the appraisal, "an annual meeting", every 12 months; the development plan from it reviewed "six monthly", every 6 months from its last review. '
    '(13) SLO-X4: "three months of one to one supervision booked into the diary as a supervision cycle": a booking horizon of 3 months ahead. '
    '(14) SLO-D1: "adequate time allowed (1.5 to 2 hours)": a planned session of 90 to 120 minutes. '
    '(15) SLO-R2: decisions and discussions of informal (impromptu) supervision about a child are recorded by the manager on the child''s case file under the heading Management Oversight, with the manager''s designation and role shown; an impromptu discussion of a personal matter goes to the personal supervision file instead. SLO-R3: group supervision is recorded in the child''s case notes; personal matters and performance management go to the personal supervision file, never a child''s file.',
    true);

INSERT INTO @extschema@.policy_version (policy, version, in_force, description)
VALUES ('slough', 1, '[2020-07-01,)',
    'The policy as published, "Version: Final July 2020": only the month is given, so in force from its first day, 1 July 2020. Review date July 2021; no later version known, so still in force.');

-- SLO-P1: §2 Supervision Standards (Personal One to One); §Standard 1: Frequency and Duration of Case Supervision (Social Workers, Family Support Workers, Personal Assistants (Leaving Care), Assistant Team Manager, Team Manager, Head of Service)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description)
VALUES ('slough', 1, 'SLO-P1', 'cadence', 'personal_supervision',
    'monthly',
    'monthly = one month after the last session (clamped to the end of a shorter month), not once in every calendar month',
    '§2 Supervision Standards (Personal One to One); §Standard 1: Frequency and Duration of Case Supervision',
    'All staff within the Trust have a personal one to one supervision on a monthly basis: social workers, newly qualified social workers, family support workers, personal assistants (leaving care), students, assistant team managers, team managers and heads of service (every role). For ASYE social workers the more frequent SLO-A1 binds during the ASYE year; this rule carries on after it.');

-- SLO-C1: §Standard 1: Frequency and Duration of Case Supervision (Social Workers; Family Support Workers; Personal Assistants (Leaving Care)); also §2 Supervision Standards (Case supervision) and §Standard 3: Content and Footprint on Case Files
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, starts_after, first_due, interpretation, source, description)
VALUES ('slough', 1, 'SLO-C1', 'cadence', 'case_discussion',
    '{social_worker,asye,family_support_worker,personal_adviser}',
    '2 months', '12 weeks', 'on_start',
    'bi-monthly = every 2 months after the last discussion, not twice a month; the cadence starts when the case has been open 12 weeks (SLO-C2, on_start)',
    '§Standard 1: Frequency and Duration of Case Supervision (Social Workers; Family Support Workers; Personal Assistants (Leaving Care)); §2 Supervision Standards (Case supervision); §Standard 3: Content and Footprint on Case Files',
    'Case supervision: every case (child or young person) allocated to a social worker, ASYE social worker, family support worker or personal assistant (leaving care) is discussed in supervision at least bi-monthly, every 2 months; every case category. Carries the 12-week start of SLO-C2 so that it never makes a case due before it has been open 12 weeks.');

-- SLO-C2: §Standard 1: Frequency and Duration of Case Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, starts_after, first_due, interpretation, source, description)
VALUES ('slough', 1, 'SLO-C2', 'cadence', 'case_discussion',
    '{social_worker,asye,family_support_worker,personal_adviser}',
    '2 months', '12 weeks', 'on_start',
    'on_start: the first case discussion is due on the day the case has been open 12 weeks (case supervision "should take place on all cases that have been open for 12 weeks or more"), not 2 months after that day; discussions before that day do not count',
    '§Standard 1: Frequency and Duration of Case Supervision',
    'Case supervision takes place on all cases that have been open for 12 weeks or more; before that, for new referrals in assessment, early S47/ICPC or CIN, clearly visible management oversight is expected and no case discussion is due. First due when the case has been open 12 weeks, then every 2 months after the last discussion.');

-- SLO-A1: §Standard 1: Frequency and Duration of Case Supervision (Newly Qualified Social Workers (ASYE))
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description)
VALUES ('slough', 1, 'SLO-A1', 'cadence', 'personal_supervision',
    '{asye}',
    'weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months',
    'stages measured from the start of professional practice; the stage in force on the day of the last session applies; the ASYE period ends 12 months after the start (the first post-qualifying year), after which SLO-P1 applies; monthly = one month after the last session',
    '§Standard 1: Frequency and Duration of Case Supervision (Newly Qualified Social Workers (ASYE))',
    'Newly qualified (ASYE) social workers: formal supervision weekly for the first six weeks of professional practice, progressing to fortnightly up to six months, then monthly from six months to the end of the ASYE period (12 months from the start). Stepping down to a less frequent stage is subject to SLO-A2.');

-- SLO-A2: §Standard 1: Frequency and Duration of Case Supervision (Newly Qualified Social Workers (ASYE))
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at_least, unit, source, description)
VALUES ('slough', 1, 'SLO-A2', 'quota', 'observation',
    '{asye}',
    1, 'occurrences',
    '§Standard 1: Frequency and Duration of Case Supervision (Newly Qualified Social Workers (ASYE))',
    'ASYE supervision is not adjusted to be less frequent (a step-down of SLO-A1) unless the supervisor has observed at least one piece of the NQSW''s direct work and judged it to be at an adequate level: at least 1 such observation before any step-down, counted from the ASYE start (no period). A condition on SLO-A1, not a cadence; the due-date functions assume the step-downs take place.');

-- SLO-R1: §Annex 1 - Forms, Supervision Agreement (Formal/Planned Supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description)
VALUES ('slough', 1, 'SLO-R1', 'window', 'case_record',
    '5 working days',
    '§Annex 1 - Forms, Supervision Agreement (Formal/Planned Supervision)',
    'Case supervision is recorded using the form on ICS within 5 working days after the supervision is held (the text says "no less than 5 working days after", read as no later than); late from London midnight after the fifth working day after the day of the session; no shorter window for significant matters.');

-- SLO-R1: §Standard 4: Recording (Case Supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, place, source, description)
VALUES ('slough', 1, 'SLO-R1', 'recording', 'case_supervision_record',
    'child_record',
    '§Standard 4: Recording (Case Supervision); §1.2 Forms to support the Supervision Policy',
    'Any discussion relating to a case is recorded using the case supervision form on ICS, on the child''s record (the child''s journey), showing a clear evidence-based approach to planning and decision making.');

-- SLO-R2: §2.1.1 Management Oversight (informal / impromptu supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, designation, place, source, description)
VALUES ('slough', 1, 'SLO-R2', 'recording', 'management_oversight',
    'Management Oversight', 'manager', true, 'child_record',
    '§2.1.1 Management Oversight (informal / impromptu supervision); §Standard 4: Recording (Management Oversight)',
    'All decisions and discussions of informal (impromptu) supervision that respond to the need for social work intervention with or on behalf of children are formally recorded by the manager on the child''s case file under the tab heading Management Oversight; the designation and role of the manager must be clear. An impromptu discussion of a personal matter goes to the individual''s personal supervision file instead. No prescribed frequency.');

-- SLO-R3: §2.1.2 Group Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, place, source, description)
VALUES ('slough', 1, 'SLO-R3', 'recording', 'group_supervision_record',
    'child_record',
    '§2.1.2 Group Supervision; §Standard 4: Recording (Group Supervision)',
    'Any group supervision that takes place is recorded in the child''s case notes: the discussion, any analysis of information and any agreed actions. Personal matters and performance management go to the personal supervision file, never the case file of any child (§2.1.1, §Standard 4). Group supervision has no prescribed frequency (booked as and when a case requires it).');

-- SLO-X1: §Annex 1 - Forms, Supervision Agreement (Commitment to Supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description)
VALUES ('slough', 1, 'SLO-X1', 'window', 'rebooking',
    '5 working days',
    '§Annex 1 - Forms, Supervision Agreement (Commitment to Supervision)',
    'If supervision is cancelled for the sickness or absence of either supervisor or supervisee, another supervision session is booked within five working days of the return to work (the event is the return; the day of return not counted).');

-- SLO-X1: §Annex 1 - Forms, Supervision Agreement (Commitment to Supervision); §Standard 2: Preparation
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, recorded_by, place, source, description)
VALUES ('slough', 1, 'SLO-X1', 'recording', 'supervision_gap',
    'supervisor', 'personal_file',
    '§Annex 1 - Forms, Supervision Agreement (Commitment to Supervision); §Standard 2: Preparation',
    'The supervisor records the reason for a cancellation and keeps it on the personal records (the personal file); supervision is cancelled only where there is no alternative, and a new date is rearranged as quickly as possible.');

-- SLO-X2: §Standard 2: Preparation; §Annex 1 - Forms, Supervision Agreement
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, source, description)
VALUES ('slough', 1, 'SLO-X2', 'cadence', 'agreement',
    '12 months',
    '§Standard 2: Preparation; §Annex 1 - Forms, Supervision Agreement',
    'The very first supervision between a manager and a supervisee completes a supervision agreement; the agreement is reviewed every 12 months alongside the annual appraisal, so due 12 months after the last agreement or review.');

-- SLO-X3: §2 Supervision Standards (Appraisal)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, source, description)
VALUES ('slough', 1, 'SLO-X3', 'cadence', 'appraisal',
    '12 months',
    '§2 Supervision Standards (Appraisal)',
    'Appraisal: an annual meeting to review the objectives and targets of the previous year, set new ones and identify learning and development needs; due 12 months after the last appraisal.');

-- SLO-X3: §2 Supervision Standards (Appraisal)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, source, description)
VALUES ('slough', 1, 'SLO-X3', 'cadence', 'development_plan',
    '6 months',
    '§2 Supervision Standards (Appraisal)',
    'The development plan created as a result of the appraisal is reviewed six monthly: due 6 months after its last review (or after the appraisal that created it).');

-- SLO-X4: §Annex 1 - Forms, Supervision Agreement (Commitment to Supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description)
VALUES ('slough', 1, 'SLO-X4', 'window', 'booking_ahead',
    '3 months',
    '§Annex 1 - Forms, Supervision Agreement (Commitment to Supervision)',
    'Formal supervision dates are fixed in advance, with three months of one to one supervision booked into the supervisor''s and supervisee''s diaries as a supervision cycle: a booking horizon of 3 months ahead.');

-- SLO-D1: §Standard 2: Preparation
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, source, description)
VALUES ('slough', 1, 'SLO-D1', 'bound', 'session_length',
    90, 120, 'minutes',
    '§Standard 2: Preparation',
    'Dates for supervision are planned and adequate time allowed for key issues to be covered: 1.5 to 2 hours, a session of 90 to 120 minutes.');

-- SLO-Q1: §Standard 4: Recording; §Annex 1 - Forms, Supervision Agreement (Formal/Planned Supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description)
VALUES ('slough', 1, 'SLO-Q1', 'cadence', 'monthly_return',
    '{team_manager}',
    'monthly',
    'monthly = one month after the last return, not once in every calendar month',
    '§Standard 4: Recording; §Annex 1 - Forms, Supervision Agreement (Formal/Planned Supervision)',
    'A final version of the personal supervision is saved into a secure folder and the Team Manager sends a monthly return to HR (HR@scstrust.co.uk).');

-- Preset 'leeds': Leeds City Council Children and Families Services,
-- 'Making a Difference' Supervision Framework, November 2023
-- (policies/RULES.md section "001 — Leeds"; policy text seeds/001_8acf471507eacfb1.txt).
-- Where RULES.md and the policy text disagree, the policy text is followed.

INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin) VALUES (
  'leeds',
  'Leeds City Council Children and Families Services: ''Making a Difference'' Supervision Framework',
  'england-and-wales',
  'Leeds City Council Children and Families Services, ''Making a Difference'' Supervision Framework, November 2023 (approved 09/11/2023 by the Deputy Director; replaces the September 2020 framework)',
  'Interpretations taken. '
  'IN FORCE: the text gives no commencement date; the framework is dated November 2023 and was approved on 9 November 2023 (09/11/2023), so it is taken to be in force from Thursday 9 November 2023, the approval day, not 1 November (no day before approval can be in force). The "About the Document" table still calls it "August 2022"; that is taken as a leftover of the earlier revision. '
  'MONTHS: "monthly" and "3 monthly" mean one (three) month(s) after the last occurrence, on the same day of the month (clamped to the month''s end: 31 January + 1 month = 28/29 February), not "once in every calendar month". Due dates in weeks, months or years are not moved off weekends or bank holidays; working days skip the weekends and bank holidays of England and Wales. '
  'STAGED CADENCES (LEE-A1, LEE-P2, LEE-P3): the stage in force on the day of the last session, measured from the start date (start of the ASYE, of the placement, of the return or new role), decides the interval. '
  'ROLES (personal supervision, §4.4): social_worker = qualified social workers with more than 12 months'' experience (including in RES teams) and supervising fostering social workers; family_support_worker = non-qualified social work staff and Family Support staff in RES teams; senior_social_worker = Senior Social Workers; advanced_practitioner = Advanced Practitioners; iro and cp_chair = Independent Reviewing Officers and Child Protection Chairs; team_manager = Team Managers; service_manager = Service Delivery Managers; head_of_service = Heads of Service and the Chief Officer (no more senior role exists in the vocabulary); early_help = Early Help staff; residential_practitioner = all Children''s Homes staff (Registered Managers, Deputy Home Managers, Senior Practitioners, Residential and Casual Residential Practitioners); all of these monthly (LEE-P1). student = Student Social Workers (LEE-P2); asye = newly qualified social workers in their ASYE (LEE-A1, LEE-A2); returner = social workers returning to work or after a major change of role (LEE-P3). No rule is set for non_operational, personal_adviser or assistant_team_manager: the framework only says other Children and Families staff are "likely" supervised monthly, "decided in individual services", so those roles are unknown to this preset (SQLSTATE 22023). '
  'CATEGORIES (case discussion, §4.4): the framework sets 3 months at a minimum for "all cases for children and young people" in social work, naming Child in Need, Child Protection and Children Looked After plans as included, not as the whole list; so LEE-C1 covers cin, cp, cla and every other social-work category of the vocabulary (care_leaver, disability, settled, advice_assessment); LEE-C2 covers early_help (Early Help Plans). '
  'LEE-A1: the ASYE schedule is weekly until 6 weeks, fortnightly until 6 months (the 6-month review), monthly until 12 months (the end of the ASYE year, after which the worker is a social_worker under LEE-P1); nothing is due from LEE-A1 once 12 months have passed. "Up to 1 1/2 hours" is kept as a bound of at most 90 minutes a session. '
  'LEE-A2: the reviews at 3, 6, 9 and (final) 11 months are milestones measured in months from the start of the ASYE, each due on that day (no days before). '
  'LEE-P2: the point at which students step down to fortnightly is agreed locally and the text gives no number; the preset''s default is after 6 weeks of the placement, the only weekly stage the framework sets (ASYE: weekly for the first 6 weeks). LEE-P3: the "agreed period" of fortnightly supervision has no number either; the default is 3 months from the return or role change (one cycle of sessions planned three months ahead, §4.4), then monthly. A council that agrees other periods defines a policy of its own with them. '
  'LEE-R1: the supervisor gives the record within 10 working days of the session (topic supervision_record, event: the session); the supervisee signs or agrees within 5 working days of receiving it (topic record_response, event: receipt); with no response by that deadline the record stands as accurate. '
  'LEE-X1: the agreement is updated 12 months after its last update; a change of supervisor needs a new agreement before the new relationship starts, which is recorded as an occurrence (the cadence does not infer it). '
  'LEE-X2: sessions are booked so that the diary runs at least 3 months ahead. '
  'LEE-X3: one 5-working-day window, from the originally booked date, or from the return to work when the session was re-arranged for the sickness absence of either party. '
  'LEE-X4: event = the supervisor''s last day at work; the 2-week window ends at the first instant at which the absence has lasted more than 2 weeks, from when the supervisee asks the supervisor''s line manager for alternative supervision. '
  'LEE-S1: "1 supervisor to 8-10 supervisees" is a general guide; only exceeding 10 calls for the line manager''s review, so the bound is at most 10 supervisees and 8 is not a minimum. '
  'LEE-R2: supervision files are kept 6 years (72 months) after the member of staff leaves; the last day they must be kept is the leaving date + 6 years, deletable from the next day (the text hedges "generally speaking, certain records" and defers to the corporate policy). '
  'LEE-R3: case supervision is recorded by the supervisor only on the child''s record. Leeds sets no timescale for recording a case discussion on the child''s record, so the preset has no case_record window and recording_deadline raises 22023. '
  'LEE-Q1: observation and audit of supervision at least once in any 12 months (a rolling year: the text says "annually" and names no year start), a recommended minimum for each supervisor. '
  'LEE-T1: supervision training refreshed at least every 5 years (60 months) after the last training; the text says "existing managers", and as supervising is not a role of the vocabulary the rule names no roles (the caller asks it only for supervisors).',
  true);

INSERT INTO @extschema@.policy_version (policy, version, in_force, description) VALUES (
  'leeds', 1, '[2023-11-09,)',
  'The ''Making a Difference'' Supervision Framework dated November 2023, approved 09/11/2023 and in force from that day (the text names no separate commencement date; the approval day is used rather than 1 November); it replaces the framework of September 2020, which is not in this preset. Still in force.');

-- LEE-C1: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-C1', 'cadence', 'case_discussion',
  '{cin,cp,cla,care_leaver,disability,settled,advice_assessment}',
  '3 months',
  '"3 monthly at a minimum" = 3 months after the last discussion (same day of the month, clamped), not by the end of a calendar month. "All cases for children and young people" with CIN, CP and CLA plans named as included: every social-work category of the vocabulary, early_help excepted (LEE-C2).',
  '§4.4 Frequency of Supervision',
  'Social work case supervision: every child''s case (Child in Need, Child Protection, Children Looked After and any other social-work case) is discussed and reviewed at least every 3 months, more often where the circumstances require.');

-- LEE-C2: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-C2', 'cadence', 'case_discussion',
  '{early_help}',
  '3 months',
  '"3 monthly at a minimum" = 3 months after the last discussion (same day of the month, clamped), not by the end of a calendar month.',
  '§4.4 Frequency of Supervision',
  'Early Help case supervision: every case of a child or young person on an Early Help Plan is discussed and reviewed at least every 3 months, more often where the circumstances require.');

-- LEE-P1: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-P1', 'cadence', 'personal_supervision',
  '{social_worker,family_support_worker,senior_social_worker,advanced_practitioner,iro,cp_chair,team_manager,service_manager,head_of_service,early_help,residential_practitioner}',
  'monthly',
  '"Monthly" = one month after the last session (same day of the month, clamped), not once in every calendar month. Staff groups: social_worker = social workers with more than 12 months'' experience and supervising fostering social workers; family_support_worker = non-qualified social work staff and Family Support staff in RES teams; head_of_service includes the Chief Officer; residential_practitioner = all Children''s Homes staff.',
  '§4.4 Frequency of Supervision',
  'Personal 1:1 supervision monthly for non-qualified social work staff, Family Support staff in RES teams, social workers with more than 12 months'' experience, supervising fostering social workers, senior social workers, advanced practitioners, IROs and CP chairs, team managers, service delivery managers, heads of service, the chief officer, Early Help staff and Children''s Homes staff.');

-- LEE-P2: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-P2', 'cadence', 'personal_supervision',
  '{student}',
  'weekly until 6 weeks, fortnightly',
  'The step down to fortnightly is "at a point agreed by the Practice Educator and the student" and the text gives no number: default after 6 weeks from the start of the placement (the framework''s only weekly stage, the ASYE''s first 6 weeks). The stage in force on the day of the last session, measured from the placement start, decides the interval.',
  '§4.4 Frequency of Supervision',
  'Student social workers: supervision weekly, then fortnightly from a point agreed by the practice educator and the student, by a practice educator who has completed PEPS training.');

-- LEE-A1: §4.4 Frequency of Supervision; §4.6 Newly qualified social workers (NQSWS)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-A1', 'cadence', 'personal_supervision',
  '{asye}',
  'weekly until 6 weeks, fortnightly until 6 months, monthly until 12 months',
  'Weekly until 6 weeks, fortnightly until 6 months (the 6-month review), monthly until 12 months (the end of the ASYE year; afterwards the worker is a social_worker under LEE-P1, so nothing is due from this rule). The stage in force on the day of the last session, measured from the start of the ASYE, decides the interval; "monthly" = one month after the last session.',
  '§4.4 Frequency of Supervision; §4.6 Newly qualified social workers (NQSWS)',
  'Newly qualified social workers in their ASYE: supervision weekly for the first 6 weeks, fortnightly up to the 6-month review, at least monthly thereafter, by the team manager.');

-- LEE-A1: §4.6 Newly qualified social workers (NQSWS)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at_most, unit, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-A1', 'bound', 'session_length',
  '{asye}',
  90, 'minutes',
  '"Up to 1 1/2 hours duration of uninterrupted time" is kept as a maximum of 90 minutes a session; no minimum is set.',
  '§4.6 Newly qualified social workers (NQSWS)',
  'ASYE supervision sessions are up to 1 1/2 hours (90 minutes) of uninterrupted time.');

-- LEE-A2: §4.6 Newly qualified social workers (NQSWS)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-A2', 'cadence', 'asye_review',
  '{asye}',
  '{3 months,6 months,9 months,11 months}',
  '"Regular reviews - 3, 6 and 9 with the final review 11 months post starting": milestones in months from the start of the ASYE, each due on the day (no lead time), not moved off weekends or bank holidays.',
  '§4.6 Newly qualified social workers (NQSWS)',
  'ASYE reviews at 3, 6 and 9 months, and the final review at 11 months after the start of the ASYE programme.');

-- LEE-P3: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-P3', 'cadence', 'personal_supervision',
  '{returner}',
  'fortnightly until 3 months, monthly',
  'The "agreed period" of supervision every two weeks has no number in the text: default 3 months from the return to work or the change of role (one cycle of sessions planned three months ahead, §4.4), then monthly. The stage in force on the day of the last session, measured from the return, decides the interval.',
  '§4.4 Frequency of Supervision',
  'Social workers returning to work or who have had a major change of role: supervision every two weeks for an agreed period, then monthly, by the team manager.');

-- LEE-S1: §4.1 Supervisor to Supervisee Ratios
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_most, unit, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-S1', 'bound', 'supervisees',
  10, 'supervisees',
  '"A general guide is 1 Supervisor to 8-10 supervisees. Where that ratio is exceeded..." : at most 10; fewer than 8 is not a breach, so no minimum.',
  '§4.1 Supervisor to Supervisee Ratios',
  'A supervisor has, as a general guide, 8 to 10 supervisees; above 10 the supervisor''s line manager reviews the arrangements (1:1 supervision stays an entitlement for every supervisee).');

-- LEE-X1: §4.3 Supervision Agreement
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-X1', 'cadence', 'agreement',
  '12 months',
  '"Updated annually" = 12 months after the last update, not once per calendar year. A change of supervisor needs a new agreement before the new relationship starts; it is recorded as an occurrence, the cadence does not infer it.',
  '§4.3 Supervision Agreement',
  'The supervision agreement, signed by supervisor and supervisee, is updated annually and whenever the supervisor changes.');

-- LEE-X2: §4.4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description) VALUES (
  'leeds', 1, 'LEE-X2', 'window', 'booking_ahead',
  '3 months',
  '§4.4 Frequency of Supervision',
  'Supervision sessions are planned a minimum of three months in advance: the diary holds sessions at least 3 months ahead.');

-- LEE-X3: §4.9 Re-arranged supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-X3', 'window', 'rearranged_session',
  '5 working days',
  'One window for both cases: the event is the originally booked date, or the day of the return to work when the session was re-arranged for the sickness absence of either party.',
  '§4.9 Re-arranged supervision',
  'Supervision is not cancelled; a session re-arranged in exceptional circumstances takes place within 5 working days of the originally booked date; one re-arranged for sickness absence of either party takes place within 5 working days of the person''s return to work.');

-- LEE-X4: §4.9 Re-arranged supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-X4', 'window', 'alternative_supervision',
  '2 weeks',
  'Event = the supervisor''s last day at work; the deadline is the first instant at which the absence has lasted more than 2 weeks, from when the supervisee asks the supervisor''s line manager for alternative supervision.',
  '§4.9 Re-arranged supervision',
  'If the supervisor is absent from work for more than 2 weeks, the supervisee reports to the supervisor''s line manager so that alternative supervision is arranged.');

-- LEE-R1: §4.13 Record Keeping
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-R1', 'window', 'supervision_record',
  '10 working days',
  'The 10 working days run from the day of the supervision session.',
  '§4.13 Record Keeping',
  'The supervisor gives a copy of the supervision record to the supervisee for signature within 10 working days of the session.');

-- LEE-R1: §4.13 Record Keeping
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-R1', 'window', 'record_response',
  '5 working days',
  'The 5 working days run from the day the supervisee received the record; with no response by the deadline the record is agreed as accurate.',
  '§4.13 Record Keeping',
  'The supervisee signs or agrees the record by email and returns it to the supervisor within 5 working days, to be uploaded; if there is no response the recording is agreed to be accurate.');

-- LEE-R2: §4.15 Supervision file retention
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, keep, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-R2', 'retention', 'supervision_file',
  '6 years',
  '"Generally speaking, certain records should be retained for 6 years after the member of staff has left": the supervision file is kept 6 years (72 months) after the leaving date, deletable from the next day; the corporate retention policy governs exceptions.',
  '§4.15 Supervision file retention',
  'Supervision files are kept for 6 years after the member of staff has left the Council, then deleted.');

-- LEE-R3: §4.13 Record Keeping
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, recorded_by, place, source, description) VALUES (
  'leeds', 1, 'LEE-R3', 'recording', 'case_supervision_record',
  'supervisor', 'child_record',
  '§4.13 Record Keeping',
  'Case supervision (case reflection, planning, decisions, management oversight) is recorded by the supervisor only on the child''s individual record; no child''s information goes into records of personal supervision.');

-- LEE-Q1: §4.19 Quality Assurance of personal supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, per, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-Q1', 'quota', 'observation',
  1, 'occurrences', '12 months',
  '"Used annually" = at least once in any 12 months (a rolling year; the text names no year start, so no year_starts), a recommended minimum; the audit of supervision is expected at the same frequency.',
  '§4.19 Quality Assurance of personal supervision',
  'Each supervisor is observed in supervision by their line manager (Observation of Supervision), and their supervision file audited (Audit of Supervision), at least once a year.');

-- LEE-T1: §4.18 Training in Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-T1', 'cadence', 'training',
  '5 years',
  '"Refresh their learning every 5 years at a minimum" = 60 months after the last supervision training. The text says "existing managers"; supervising is not a role of the vocabulary, so no roles are named and the rule is asked only for those who supervise.',
  '§4.18 Training in Supervision',
  'Existing managers (supervisors) refresh their supervision skills training at least every 5 years, or sooner when their manager recommends it.');

-- Preset 'islington': London Borough of Islington, Targeted and Specialist
-- Children and Family Services (TSCFS), Case Management Supervision Policy for
-- Children in Need (CIN), Children who are Looked After (CLA) and Independent
-- Futures (IF), effective 2 September 2016 (seeds/002_54dd48a632c605c9.txt).
--
-- The policy numbers none of its sections: a source names the heading the
-- text sits under ("Frequency", "Management oversight and informal
-- supervision", "Team Manager Supervision and oversight", "Group
-- Supervision") and the bullet, counted from 1 under that heading.

INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin)
VALUES ('islington',
    'Islington: Case Management Supervision Policy for CIN, CLA and Independent Futures (TSCFS), effective 2 September 2016',
    'england-and-wales',
    'London Borough of Islington, Targeted and Specialist Children and Family Services (TSCFS): Case Management Supervision Policy for Children in Need (CIN), Children who are Looked After (CLA) and Independent Futures (IF), effective 2 September 2016',
    'Interpretations taken. '
    '(1) "A minimum of once every calendar month" (ISL-P1), "each monthly supervision" (ISL-C1) and "a minimum of once a calendar month" (ISL-P2) are read as once in every calendar month, not as one month after the last occurrence: the next is due by the last day of the calendar month after the month of the last occurrence (every = ''1 calendar month''); with none held yet, by the end of the calendar month after the month of the start date. '
    '(2) ISL-C1: every open case is discussed at each monthly formal one-to-one supervision, so a case follows the same calendar-month cadence; it applies to every case category (categories NULL), although the policy is written for CIN, CLA and IF cases. '
    '(3) Staff groups mapped to roles: "case holding practitioners" (qualified social workers; non-qualified staff such as Young People Advisors in Independent Futures and non-qualified practitioners in the Disabled Children''s Service, the Fostering Service and the Contact Team) = social_worker, asye, returner, senior_social_worker, advanced_practitioner, family_support_worker (the non-qualified practitioners), personal_adviser (the Young People Advisors); students are not staff and are not covered; social workers on the ASYE programme and practitioners in probation "may have increased frequency", a frequency the policy does not give, so the monthly minimum is kept for asye. The small number of frontline practitioners in CSCT who hold no cases are "still required to have supervision every calendar month": the same cadence and the same roles (the vocabulary does not tell case holding apart), folded into ISL-P1. '
    '"Deputy team managers/practice supervisors" supervised by team managers (ISL-P2) = assistant_team_manager, read as one group (a deputy team manager is the practice supervisor). Team managers and the managers above them, IROs and CP chairs have no personal supervision cadence in this policy. "Child Protection Coordinators" = cp_chair, "Independent Reviewing Officers" = iro (ISL-R3). '
    '(4) ISL-R1: "within 5 working days or 24 hours for any significant case decisions and/or urgent matters" is one window on the case record (topic case_record): 5 working days in the england-and-wales calendar, ending at London midnight after the fifth working day after the day of the discussion (the day itself not counted); 24 hours exact from the event when the matter is significant or urgent. It covers formal, informal and group supervision alike (the Group Supervision section repeats the informal-supervision sentence). '
    '(5) ISL-R2: the "manager/practice supervisor involved" = the deciding manager; heading ''Management Decision''; on the child''s LCS file. ISL-R3: heading ''supervision'' exactly as the text writes it, in lower case. ISL-X1: the gap goes on the LCS record and on the next supervision record; "scheduled as a priority" on return carries no timescale and is not computed. '
    '(6) ISL-D1: "a three hour formal case supervision session once a month" is what the policy envisages for a typical caseload, kept as a minimum of 180 minutes for a formal case supervision session, advisory only.',
    true);

INSERT INTO @extschema@.policy_version (policy, version, in_force, description)
VALUES ('islington', 1, '[2016-09-02,)',
    'The policy as published: "This policy is effective as of 2nd September 2016"; no later revision known, so still in force.');

-- ISL-P1: §Frequency, bullets 1 and 10
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description)
VALUES ('islington', 1, 'ISL-P1', 'cadence', 'personal_supervision',
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}',
    '1 calendar month',
    'once in every calendar month: due by the last day of the calendar month after the month of the last session, not one month after it',
    '§Frequency, bullets 1 and 10',
    'Formal one-to-one case supervision with the practice supervisor MUST take place at a minimum of once every calendar month for all case holding practitioners (qualified social workers, ASYE and returning social workers, senior and advanced practitioners, non-qualified practitioners, Young People Advisors); frontline practitioners in CSCT who hold no cases are still supervised every calendar month.');

-- ISL-C1: §Frequency, bullets 1 and 3
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description)
VALUES ('islington', 1, 'ISL-C1', 'cadence', 'case_discussion',
    '1 calendar month',
    'once in every calendar month: every open case is discussed at each monthly supervision, so by the last day of the calendar month after the month of the last discussion',
    '§Frequency, bullets 1 and 3',
    'Every open case, without exception, must be discussed in each monthly formal one-to-one supervision, in which all cases allocated to the practitioner are reviewed; stable cases too, if only briefly. Every case category.');

-- ISL-R1: §Frequency, bullets 7 and 8; §Management oversight and informal supervision, bullet 2; §Group Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, within_significant, source, description)
VALUES ('islington', 1, 'ISL-R1', 'window', 'case_record',
    '5 working days', '24 hours',
    '§Frequency, bullets 7 and 8; §Management oversight and informal supervision, bullet 2; §Group Supervision',
    'The practice supervisor makes the supervision record on the child''s LCS record within 5 working days of the discussion, or within 24 hours for any significant case decisions and/or urgent matters; the same for significant issues discussed in informal or group supervision.');

-- ISL-R2: §Management oversight and informal supervision, bullet 4
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, place, source, description)
VALUES ('islington', 1, 'ISL-R2', 'recording', 'management_decision',
    'Management Decision', 'deciding_manager', 'child_record',
    '§Management oversight and informal supervision, bullet 4',
    'All management decisions outside of the one-to-one formal supervision are recorded on the child''s LCS file under the ''Management Decision'' heading, by the manager/practice supervisor involved, in a timely manner.');

-- ISL-R3: §Management oversight and informal supervision, bullet 5
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, heading, recorded_by, place, source, description)
VALUES ('islington', 1, 'ISL-R3', 'recording', 'mid_point_check',
    '{cp_chair,iro}',
    'supervision', 'chair_or_iro', 'child_record',
    '§Management oversight and informal supervision, bullet 5',
    'Child Protection Coordinators and Independent Reviewing Officers who check at the midway point that plans are being actioned record this on the child''s LCS record under the ''supervision'' heading.');

-- ISL-X1: §Frequency, bullet 2
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, place, source, description)
VALUES ('islington', 1, 'ISL-X1', 'recording', 'supervision_gap',
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}',
    'child_record_and_supervision_record',
    '§Frequency, bullet 2',
    'A gap in supervision caused by a practitioner''s leave (sickness or annual leave) is clearly recorded on the LCS record and on the subsequent supervision record; supervision is scheduled as a priority when the practitioner returns (no timescale given).');

-- ISL-P2: §Team Manager Supervision and oversight
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, source, description)
VALUES ('islington', 1, 'ISL-P2', 'cadence', 'personal_supervision',
    '{assistant_team_manager}',
    '1 calendar month',
    '§Team Manager Supervision and oversight',
    'Team managers provide supervision to deputy team managers/practice supervisors a minimum of once a calendar month (read as ISL-P1: by the last day of the calendar month after the month of the last session).');

-- ISL-D1: §Frequency, bullet 9
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at_least, unit, source, description)
VALUES ('islington', 1, 'ISL-D1', 'bound', 'session_length',
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}',
    180, 'minutes',
    '§Frequency, bullet 9',
    'To cover a typical caseload a practitioner and practice supervisor would need a three hour formal case supervision session once a month: at least 180 minutes, as the policy envisages it (advisory).');

-- Preset: Gloucestershire Children's Services, Supervision Policy (re-written
-- January 2023).  RULES.md section "003 — Gloucestershire"; where RULES.md and
-- the policy text differ the policy text is followed (see the audit).

INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin) VALUES
('gloucestershire',
 'Gloucestershire Children''s Services: Supervision Policy (re-written January 2023)',
 'england-and-wales',
 'Gloucestershire County Council Children''s Services, "Supervision Policy", chapter of the Children''s Services procedures manual, extensively re-written in January 2023 for Systemic Practice (sections 1 to 6.1; Appendix 2 "Timescales for Key Supervisory tasks" is referred to but not part of the text)',
 'Interpretations taken. '
 'Calendar: england-and-wales (Gloucestershire is in England); working days skip weekends and English bank holidays. '
 'In force: the text gives only a month ("In January 2023 this policy was extensively re-written"), so version 1 is in force from the first day of that month, 1 January 2023, with no end. '
 'Roles (the policy''s staff groups mapped onto the role vocabulary): '
 '"practitioners" (GLO-P1, section 4) = social_worker, asye, returner, family_support_worker, personal_adviser, senior_social_worker, advanced_practitioner, residential_practitioner, early_help; '
 'asye is held to GLO-P1 as its minimum because section 5.2 promises "increased supervision" without a figure; '
 'advanced_practitioner is a practitioner (case-holding), although section 2.2 names advanced practitioners among the team leaders; '
 '"operational managers of practice (at all levels)" (GLO-P2) = assistant_team_manager, team_manager, service_manager, head_of_service; '
 '"non-operational staff and managers" (GLO-P3) = non_operational; '
 '"students and social work apprentices" (GLO-S1, section 5.1) = student (the vocabulary has no apprentice role: apprentices are recorded as student); '
 '"CP Chairs and IROs" (GLO-P4, section 5.3) = cp_chair, iro, and only GLO-P4 applies to them (its 4 weeks is stricter than any practitioner rule). '
 'Every role of the vocabulary is thus covered by exactly one personal supervision rule. '
 '"Monthly" (GLO-P1, GLO-P2, GLO-G1, the students'' peer reflective group) means one month after the last occurrence, clamped to the month''s end, not "by the end of the next calendar month". '
 '"Every 2 months" (GLO-P3) is 2 months after the last session. "4-weekly" (GLO-P4) is every 28 days. Students'' "weekly" is 7 days after the last session. '
 'GLO-P1 keeps two dates: the target one month after the last session and the hard limit of 25 working days after it; "overdue" means past the 25 working day limit. '
 'The other personal supervision rules have no separate limit: their latest date is the target. '
 'The general statement of section 1 ("regular (at least monthly) protected space and time") is read as giving way to the specific frequencies of section 4, so non-operational staff are due every 2 months, not monthly. '
 'GLO-S1: "a minimum of 90 minutes per week" with one session a week is a session length bound of at least 90 minutes; the alternation of placement supervisor (week 1) and practice educator (week 2) is not computed. '
 'The students'' monthly peer reflective group facilitated by the Academy is topic reflective_session (not group_supervision), so that it is not confused with the team''s group supervision of GLO-G1. '
 'GLO-G1: monthly group reflective supervision in every team; roles NULL (every member of a team). '
 'GLO-C1: a child on a Child Protection plan (category cp only) is discussed six weeks before the Review Child Protection Conference at month 9; the conference is taken to fall on the plan start + 9 months (clamped: a plan starting 31 May is at month 9 on 28 or 29 February), and the discussion is due by 6 weeks (42 days) before that day, the last day on time, not moved off weekends or holidays. '
 'RULES.md calls GLO-C1 a window; it is kept as a milestone cadence (at 9 months, before 6 weeks) because it is measured from the plan start. Once that date has passed (a discussion on or after it), nothing further is due from GLO-C1: the policy names no later milestone. '
 'No other rule sets a frequency for discussing a child''s case, so case categories other than cp (cin, cla, care_leaver, early_help, disability, settled, advice_assessment) have no case discussion cadence in this policy. '
 'GLO-O1: "in any one year (April 1st - 31st March) ... two practice observations" is at least 2 observations in each year starting 1 April; "all staff working with children, young people and families" is read as the case-facing roles: the practitioners of GLO-P1, student, cp_chair and iro (not managers of practice or non-operational staff). '
 'GLO-R1: supervision notes "within 1 working day from the date of the discussion": the deadline is the end (London midnight) of the first working day after the local date of the discussion; the policy has no shorter window for significant matters. '
 'GLO-R2: the supervisor shares the 1:1 record with the supervisee and it stands as the agreed record unless "the supervisor raises points to add/amend" it (the policy''s wording; RULES.md says "unless the supervisor is asked to amend it"); the e-mail trail serves in lieu of a signature; the 1:1 professional supervision record is kept in the supervision (P: drive) files, not the child''s record.',
 true);

INSERT INTO @extschema@.policy_version (policy, version, in_force, description) VALUES
('gloucestershire', 1, '[2023-01-01,)',
 'The policy as extensively re-written in January 2023 to implement Systemic Practice. The text gives the month only, so the version is in force from its first day, 1 January 2023; it has no end date.');

-- GLO-P1: §4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, latest, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-P1', 'cadence', 'personal_supervision',
 '{social_worker,asye,returner,family_support_worker,personal_adviser,senior_social_worker,advanced_practitioner,residential_practitioner,early_help}',
 'monthly', '25 working days',
 'Monthly is one month after the last session (clamped), not by the end of the next calendar month; two dates are kept, the monthly target and the hard limit of 25 working days after the last session, and overdue means past the limit.',
 '§4 Frequency of Supervision',
 'Practitioners'' formal 1:1 supervision takes place monthly as a minimum and no more than 25 working days apart.');

-- GLO-G1: §2.2 Group Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-G1', 'cadence', 'group_supervision',
 'monthly',
 'Monthly is one month after the last group session (clamped), not by the end of the next calendar month.',
 '§2.2 Group Supervision; §4 Frequency of Supervision',
 'All teams hold monthly group reflective supervision; group supervision with practitioners takes place monthly as a minimum.');

-- GLO-P2: §4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-P2', 'cadence', 'personal_supervision',
 '{assistant_team_manager,team_manager,service_manager,head_of_service}',
 'monthly',
 'Monthly is one month after the last session (clamped), not by the end of the next calendar month; no separate hard limit.',
 '§4 Frequency of Supervision',
 'Supervision with operational managers of practice, at all levels, takes place monthly as a minimum.');

-- GLO-P3: §4 Frequency of Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-P3', 'cadence', 'personal_supervision',
 '{non_operational}',
 '2 months',
 'Every 2 months is 2 months after the last session (clamped), not twice a month; no separate hard limit.',
 '§4 Frequency of Supervision',
 'Supervision with non-operational staff and managers takes place every 2 months as a minimum.');

-- GLO-S1: §5.1 Students and Social Work Apprentices
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, source, description) VALUES
('gloucestershire', 1, 'GLO-S1', 'cadence', 'personal_supervision',
 '{student}',
 'weekly',
 '§5.1 Students and Social Work Apprentices',
 'Students and social work apprentices are offered supervision weekly, alternately with the placement supervisor (casework) and the practice educator (overview and wider learning).');

-- GLO-S1: §5.1 Students and Social Work Apprentices
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at_least, unit, source, description) VALUES
('gloucestershire', 1, 'GLO-S1', 'bound', 'session_length',
 '{student}',
 90, 'minutes',
 '§5.1 Students and Social Work Apprentices',
 'Students'' weekly supervision lasts a minimum of 90 minutes per week.');

-- GLO-S1: §5.1 Students and Social Work Apprentices
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-S1', 'cadence', 'reflective_session',
 '{student}',
 'monthly',
 'Once a month is one month after the last group (clamped).',
 '§5.1 Students and Social Work Apprentices',
 'Students are also offered a peer reflective group once a month, facilitated by the Academy.');

-- GLO-P4: §5.3 CP Chairs & children on lengthy plans
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, every, source, description) VALUES
('gloucestershire', 1, 'GLO-P4', 'cadence', 'personal_supervision',
 '{cp_chair,iro}',
 '4 weeks',
 '§5.3 CP Chairs & children on lengthy plans',
 'CP Chairs and IROs receive 4-weekly supervision (every 28 days).');

-- GLO-C1: §5.3 CP Chairs & children on lengthy plans
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, at, before, source, description) VALUES
('gloucestershire', 1, 'GLO-C1', 'cadence', 'case_discussion',
 '{cp}',
 '{9 months}', '6 weeks',
 '§5.3 CP Chairs & children on lengthy plans',
 'Every child approaching 9 months subject to a Child Protection plan is discussed in supervision six weeks before the Review Child Protection Conference at month 9: due by plan start + 9 months - 6 weeks.');

-- GLO-O1: §2.3 Observations
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at_least, unit, per, year_starts, source, description) VALUES
('gloucestershire', 1, 'GLO-O1', 'quota', 'observation',
 '{social_worker,asye,returner,family_support_worker,personal_adviser,senior_social_worker,advanced_practitioner,residential_practitioner,early_help,student,cp_chair,iro}',
 2, 'occurrences', '12 months', 4,
 '§2.3 Observations',
 'In any one year (1 April to 31 March) the supervisor arranges two practice observations for all staff working with children, young people and families; the date, feedback and learning are recorded in the supervisee''s supervision record.');

-- GLO-R1: §6 Recording
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description) VALUES
('gloucestershire', 1, 'GLO-R1', 'window', 'case_record',
 '1 working day',
 '§6 Recording',
 'Supervision notes (by both supervisor and supervisee) are on the child''s or young person''s record within 1 working day from the date of the discussion.');

-- GLO-R2: §6.1 Confidentiality and Retention
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, recorded_by, place, source, description) VALUES
('gloucestershire', 1, 'GLO-R2', 'recording', 'record_agreement',
 'supervisor', 'personal_file',
 '§6.1 Confidentiality and Retention',
 'The supervisor shares a copy of the 1:1 supervision record with the supervisee; unless the supervisor raises points to add to or amend it, it is accepted as the agreed record of the discussion, the e-mail trail serving in lieu of a signature.');

-- Preset 'bury': Bury Council Children's Social Care, Supervision & Employee
-- Review Policy & Procedure, issued January 2016 (seeds/004_799dae82a184f74f.txt;
-- RULES.md section "004 - Bury").  The policy numbers no sections: each source
-- names the heading as the policy's contents lists it, with its page there, and
-- the sub-heading where the rule sits under one ("Case review", "Reflective
-- supervision").  Every rule ID of RULES.md's Bury section has at least one row.

INSERT INTO @extschema@.policy (name, title, calendar, source, description, builtin) VALUES
('bury',
 'Bury Council Children''s Social Care: Supervision & Employee Review Policy & Procedure',
 'england-and-wales',
 'Bury Council Children''s Social Care, "Supervision & Employee Review Policy & Procedure", issued January 2016',
 'Interpretations taken. '
 'In force: the policy says only "Issued: January 2016", so version 1 is in force from the first day of that month, 1 January 2016, with no end; it names no other commencement or review date. '
 'Calendar: england-and-wales (Bury is in England); every Bury timescale is in weeks or months, so bank holidays never move a due date. '
 'Sections: the policy numbers none; sources cite the heading (and contents page, and sub-heading). '
 '"Every month" / "monthly" (BUR-P1, BUR-C1, BUR-X2) is one month after the last occurrence, clamped at month ends (31 Jan + 1 month = 28/29 Feb), not "once in every calendar month". '
 'Roles: the policy "is intended for all staff" (Scope of this Policy), so BUR-P1 names no roles (every role of the vocabulary, part-time staff included; part time is not a role). '
 'Its job titles map to the vocabulary as: Social Worker (Level 2) -> social_worker; Social Worker (Level 1), newly qualified -> asye; Social Worker (Level 3) -> senior_social_worker; Advanced Practitioner and Consultant Social Worker -> advanced_practitioner; Family Support Worker, Child Support Worker, Child and Family Worker -> family_support_worker; Independent Reviewing Officer -> iro; Assistant (Team) Manager -> assistant_team_manager; Social Work Manager -> team_manager; Service Manager, Strategic Lead, Principal Social Worker -> service_manager; the Safeguarding Unit -> iro and cp_chair. '
 'ASYE: the policy says supervision is more frequent for newly qualified social workers but defers to the ASYE handbook and gives no frequency, so asye has only BUR-P1 (monthly) as a floor. '
 'Categories: cp = Child Protection; cin = "high level" Child in Need (a lower-level CIN case agreed as settled takes the category settled); advice_assessment = cases held by the Advice and Assessment team ("most" read as all); settled = "more settled cases or those where long term work is being undertaken", a category the caller gives only once supervisor and supervisee have agreed it and recorded the rationale (the preset cannot check that agreement); disability = cases of the Children''s Disability service ("some ... may require" read as every such case); cla, care_leaver and early_help get no frequency of their own and are covered by BUR-C4 alone. '
 'Case discussion: the case review of BUR-C4 ("in addition to formal supervision") and a discussion in one-to-one supervision are both a discussion of the case on topic case_discussion; last_discussed is the latest of either. Every candidate must be met and the binding one is reported (earliest latest, then earliest target, then rule ID): cp, cin, advice_assessment -> BUR-C1, target = latest = 1 month; settled -> BUR-C2, target = latest = 3 months; disability -> BUR-C4, target 3 months, latest 6 months (BUR-C3''s 6 months ties with BUR-C4''s limit and BUR-C4''s target is earlier, so the 3-month target applies to disability cases although the text lets "some" of them be reviewed less often; the 6-month limit is the text''s); cla, care_leaver, early_help -> BUR-C4, target 3 months, latest 6 months. '
 'BUR-C4 keeps the target (3 months) and the hard limit (6 months); overdue means past the limit; the frequency "determined at the point of allocation / transfer" is not modelled. '
 'BUR-D1: 90 to 180 minutes; 180 is a normal maximum ("probably no more than three unless in exceptional circumstances"), and a part-time worker''s session "may be shorter", which a bound cannot tell. '
 'BUR-C5: the row is the minimum of one case for reflective supervision in each one-to-one (every role); the Safeguarding Unit''s minimum of two cases selected by the team manager, besides the cases with issues or escalation, has no row of its own because a second bound on cases_per_session under the same rule ID is not allowed by the key. '
 'BUR-R1: the one-to-one record (supervision_record) within 1 week of the session: seven calendar days, bank holidays not skipped, late from local midnight after the seventh day; no shorter window for significant matters. '
 'There is no case_record window: the policy sets no time for the case-specific records on LCS, so recording_deadline(''bury'', ...) raises 22023. '
 'BUR-R2: the supervision file kept 2 years (24 months) after the employee leaves or retires; case notes on LCS follow the council''s records policy and are not covered. '
 'BUR-E1: two rows, appraisal every 12 months (the annual employee review, next one "twelve months from the date of employee review") and development_plan at 6 months measured from the date of the employee review (the start date; the six-monthly review of the Personal Development Plan); an earlier review for promotion or role change is not modelled. '
 'BUR-X1: the supervision agreement reviewed every 12 months ("annually"); renegotiation when the supervisor changes is an event, not modelled as a cadence. '
 'BUR-X2: the half-day reflective session with senior managers is offered once a month (an opportunity for staff, not a duty of each worker), and takes 2 to 3 cases (a bound on cases_per_session).',
 true);

INSERT INTO @extschema@.policy_version (policy, version, in_force, description) VALUES
('bury', 1, '[2016-01-01,)',
 'The policy as issued in January 2016. The text gives the month only ("Issued: January 2016"), so the version is taken to be in force from the first day of that month, 1 January 2016, and is still in force (no end date or superseding version known).');

-- BUR-P1: §Frequency and Duration of Supervision (p. 4); scope from §Scope of this Policy (p. 2)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-P1', 'cadence', 'personal_supervision', 'monthly',
 '"every month" is one month after the last session (clamped at month ends), not once in every calendar month',
 '§Frequency and Duration of Supervision (p. 4)',
 'A one to one planned supervision session every month for every member of staff (the policy "is intended for all staff"), part-time employees included ("an employee who works 2.5 days per week should be receiving 1:1 supervision every month"). Newly qualified social workers: more often per the ASYE handbook, which this policy does not quantify, so monthly is their floor here.');

-- BUR-D1: §Frequency and Duration of Supervision (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, source, description) VALUES
('bury', 1, 'BUR-D1', 'bound', 'session_length', 90, 180, 'minutes',
 '§Frequency and Duration of Supervision (p. 4)',
 'A one to one session lasts "at least one and a half hours, but probably no more than three unless in exceptional circumstances": at least 90 minutes, normally at most 180. A part-time worker''s session "may be shorter".');

-- BUR-C1: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-C1', 'cadence', 'case_discussion', '{cp,cin,advice_assessment}', 'monthly',
 '"at each monthly supervision" is one month after the last discussion, not once in every calendar month; no separate limit, so the latest is the target',
 '§Supervision Definition (p. 4)',
 'Child Protection (cp) and high level Child in Need (cin) cases "should usually be discussed at each monthly supervision", and so should "most cases held by the Advice and Assessment team" (advice_assessment, all of them here): discussed monthly.');

-- BUR-C2: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, source, description) VALUES
('bury', 1, 'BUR-C2', 'cadence', 'case_discussion', '{settled}', '3 months',
 '§Supervision Definition (p. 4)',
 '"Other more settled cases or those where long term work is being undertaken can be discussed on a three monthly basis": every 3 months. A case is settled only with "a manageable lower level of risk", agreed between supervisor and supervisee with the rationale recorded in supervision notes; the caller gives the category settled only then.');

-- BUR-C3: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, source, description) VALUES
('bury', 1, 'BUR-C3', 'cadence', 'case_discussion', '{disability}', '6 months',
 '§Supervision Definition (p. 4)',
 '"some cases held within the Children''s Disability service ... may require supervision at 6 monthly intervals": every 6 months. BUR-C4 still applies to these cases and, with the same 6-month limit and an earlier target, is the binding rule reported for disability.');

-- BUR-C4: §Recording of Supervision (p. 5): Case review
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, latest, interpretation, source, description) VALUES
('bury', 1, 'BUR-C4', 'cadence', 'case_discussion', '3 months', '6 months',
 'two dates kept: target 3 months, hard limit 6 months after the last review; overdue means past the limit',
 '§Recording of Supervision (p. 5): Case review',
 'Every case has a case review, a discussion between manager and supervisee "at 3 monthly intervals in most cases" (target 3 months), and "The review timescale for any case should not exceed 6 months" (latest 6 months).');

-- BUR-C5: §Recording of Supervision (p. 5): Reflective supervision; Safeguarding Unit in §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, source, description) VALUES
('bury', 1, 'BUR-C5', 'bound', 'cases_per_session', 1, 'cases',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"at least one case will be selected for a reflective session during each 1:1 supervision", chosen by the supervisee and agreed with the supervisor: at least 1 case. Not a row: in the Safeguarding Unit (iro, cp_chair) "the team manager will select a minimum of 2 cases for discussion" besides the cases with issues or escalation (§Supervision Definition).');

-- BUR-R1: §Recording of Supervision (p. 5)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, source, description) VALUES
('bury', 1, 'BUR-R1', 'window', 'supervision_record', '1 week',
 '§Recording of Supervision (p. 5)',
 'The one to one record (proforma) "should be completed by the supervisor and returned to the supervisee within one week of the supervision session": 7 calendar days, late from local midnight after the seventh day.');

-- BUR-R2: §Confidentiality and Record retention (p. 7)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, keep, source, description) VALUES
('bury', 1, 'BUR-R2', 'retention', 'supervision_file', '2 years',
 '§Confidentiality and Record retention (p. 7)',
 '"The records should be retained by the organisation for two years after an employee leaves or retires": kept until the day 2 years (24 months) after leaving, deletable from the next day. Case notes on LCS follow the council''s records policy.');

-- BUR-E1: §General Principles and Duties (p. 7) and §Reviewing Personal Development (p. 8)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, source, description) VALUES
('bury', 1, 'BUR-E1', 'cadence', 'appraisal', '12 months',
 '§Reviewing Personal Development (p. 8); §General Principles and Duties (p. 7)',
 '"Every worker will have an employee review annually"; "The date of the next employee review (twelve months from the date of employee review)": the employee review every 12 months.');

-- BUR-E1: §Reviewing Personal Development (p. 8)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at, source, description) VALUES
('bury', 1, 'BUR-E1', 'cadence', 'development_plan', '{6 months}',
 '§Reviewing Personal Development (p. 8)',
 '"A review date (six months from the date of employee review)": the six-monthly review of the Personal Development Plan, a milestone 6 months after the employee review (the start date).');

-- BUR-X1: §Supervision Agreement (p. 5)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, source, description) VALUES
('bury', 1, 'BUR-X1', 'cadence', 'agreement', '12 months',
 '§Supervision Agreement (p. 5)',
 'The supervision agreement "should also be reviewed annually" (every 12 months) "and should be re-negotiated if the supervisor changes" (an event, not a cadence).');

-- BUR-X2: §Recording of Supervision (p. 5): Reflective supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-X2', 'cadence', 'reflective_session', 'monthly',
 '"once a month" is one month after the last session, not once in every calendar month',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"an opportunity for staff to meet with senior managers once a month (half day) for a reflective session": a session offered monthly (an opportunity, not a duty of each worker).');

-- BUR-X2: §Recording of Supervision (p. 5): Reflective supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, source, description) VALUES
('bury', 1, 'BUR-X2', 'bound', 'cases_per_session', 2, 3, 'cases',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"Each session can accommodate 2 - 3 cases": a senior managers'' reflective session takes 2 to 3 cases.');

------------------------------------------------------------------------------
-- The presets are read-only; a council copies one to change it
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.protect_presets() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    preset text;
BEGIN
    IF TG_TABLE_NAME = 'vocabulary' THEN
        IF (TG_OP <> 'INSERT' AND OLD.builtin) OR (TG_OP <> 'DELETE' AND NEW.builtin) THEN
            RAISE EXCEPTION 'the shipped name % "%" cannot be changed or added', coalesce(OLD.kind, NEW.kind), coalesce(OLD.name, NEW.name)
                USING ERRCODE = 'SV001',
                      HINT = 'Add a name of your own with builtin false.';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    ELSIF TG_TABLE_NAME = 'policy' THEN
        IF TG_OP <> 'INSERT' AND OLD.builtin THEN
            preset := OLD.name;
        ELSIF TG_OP <> 'DELETE' AND NEW.builtin THEN
            RAISE EXCEPTION 'policy "%" cannot be made a preset', NEW.name
                USING ERRCODE = 'SV001',
                      HINT = 'Presets ship with the extension; leave builtin false.';
        END IF;
    ELSE
        SELECT p.name INTO preset FROM @extschema@.policy p
        WHERE p.builtin AND p.name IN (OLD.policy, NEW.policy);
    END IF;
    IF preset IS NOT NULL THEN
        RAISE EXCEPTION 'preset policy "%" cannot be changed', preset
            USING ERRCODE = 'SV001',
                  HINT = 'Copy it and change the copy: SELECT supervision.copy_policy(''' || preset || ''', ''my_policy'');';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

COMMENT ON FUNCTION @extschema@.protect_presets() IS
    'Trigger on the policy tables and the vocabulary: refuses changes to the shipped presets and names.';

CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.policy
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.policy_version
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.rule
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();
CREATE TRIGGER protect_presets
    BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.vocabulary
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_presets();

REVOKE ALL ON FUNCTION @extschema@.protect_presets() FROM PUBLIC;
