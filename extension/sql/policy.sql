
------------------------------------------------------------------------------
-- Policies
--
-- A policy has versions, each in force over a range of days, and rules,
-- one row a rule of the published policy under its rule ID (SLO-P1).  The five published
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
    becomes     text CHECK (becomes IS NULL OR kind = 'role'),
    until_agreed text CHECK (until_agreed IS NULL OR kind = 'category'),
    PRIMARY KEY (kind, name)
);

COMMENT ON TABLE @extschema@.vocabulary IS
    'The staff roles and case categories rules may name: the shared ones the presets use (builtin = true) and a council''s own. A name outside it is refused, not guessed.';
COMMENT ON COLUMN @extschema@.vocabulary.kind IS 'role (of a member of staff) or category (of a child''s case).';
COMMENT ON COLUMN @extschema@.vocabulary.name IS 'The name, as rules and the due-date functions take it: lower case, digits and "_".';
COMMENT ON COLUMN @extschema@.vocabulary.description IS 'Who or what the name stands for.';
COMMENT ON COLUMN @extschema@.vocabulary.builtin IS 'True for the names shipped with the extension; those rows cannot be changed.';
COMMENT ON COLUMN @extschema@.vocabulary.becomes IS
    'For a role: the role a worker holds once the staged schedules of this one end (asye: social_worker), whose rules then apply; NULL when none.';
COMMENT ON COLUMN @extschema@.vocabulary.until_agreed IS
    'For a category a case takes only once supervisor and supervisee agree it, with the rationale recorded (settled): the category it is judged by until then (cin), where a settlements source is registered; NULL for the others.';

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
-- an ASYE is a social worker once the assessed year ends
UPDATE @extschema@.vocabulary SET becomes = 'social_worker' WHERE kind = 'role' AND name = 'asye';
-- a case is settled once agreed, with the rationale (BUR-C2); until then it
-- is the child in need case it was
UPDATE @extschema@.vocabulary SET until_agreed = 'cin' WHERE kind = 'category' AND name = 'settled';

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
        ON UPDATE CASCADE ON DELETE CASCADE,
    -- NaN passes every comparison the rule trigger makes (NaN < 0 is false)
    CONSTRAINT rule_bounds_are_numbers CHECK (at_least <> 'NaN' AND at_most <> 'NaN')
);

-- recording_deadline() and retention_until() find a window or retention
-- by its topic: one each
CREATE UNIQUE INDEX rule_one_window_per_topic ON @extschema@.rule (policy, version, kind, topic)
    WHERE kind IN ('window', 'retention');

COMMENT ON TABLE @extschema@.rule IS
    'The rules of each policy version, one row a rule of the published policy under its rule ID; the columns that apply depend on kind.';
COMMENT ON INDEX @extschema@.rule_one_window_per_topic IS
    'A policy version has at most one window and one retention rule on each topic.';
COMMENT ON COLUMN @extschema@.rule.policy IS 'The policy.';
COMMENT ON COLUMN @extschema@.rule.version IS 'The version of the policy the rule belongs to.';
COMMENT ON COLUMN @extschema@.rule.rule_id IS 'The rule''s ID, as the published policies are numbered (SLO-P1), or a council''s own.';
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
COMMENT ON COLUMN @extschema@.rule.within IS 'Window: the time allowed after the event. Milestone cadence (with at): the days or weeks leading up to each milestone in which an occurrence meets it.';
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

-- A policy's name is a word; its calendar exists (a NULL calendar is left to
-- NOT NULL, 23502)
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
    IF NEW.calendar IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.calendar c WHERE c.name = NEW.calendar) THEN
        RAISE EXCEPTION 'calendar "%" of policy "%" does not exist', NEW.calendar, NEW.name
            USING ERRCODE = 'foreign_key_violation',
                  HINT = 'Calendars are: ' || (SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM @extschema@.calendar c)
                         || '. A DBA defines one by inserting into supervision.calendar.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION @extschema@.check_policy() IS
    'Trigger on supervision.policy: checks the name and that the calendar exists (a NULL calendar is left to NOT NULL).';

CREATE TRIGGER check_policy
    BEFORE INSERT OR UPDATE ON @extschema@.policy
    FOR EACH ROW EXECUTE FUNCTION @extschema@.check_policy();

-- A version has a first day in force (not -infinity), and the versions of a
-- policy never overlap
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
    IF isempty(NEW.in_force) OR lower_inf(NEW.in_force) OR lower(NEW.in_force) = '-infinity' THEN
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
    'Trigger on supervision.policy_version: a version has a first day in force (not -infinity), and the versions of a policy never overlap.';

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
        "cadence":   ["every", "at", "before", "within", "latest", "starts_after", "first_due"],
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
        -- on a milestone cadence, within is the window leading up to each
        -- milestone in which an occurrence meets it (GLO-C1, LEE-A2, BUR-E1)
        IF NEW.within IS NOT NULL AND (NEW.at IS NULL OR NEW.within::text !~ '^\d+ (day|week)s?$'
                                       OR NEW.within_significant IS NOT NULL) THEN
            RAISE EXCEPTION 'within % of % is not a number of days or weeks leading up to milestones', NEW.within, what
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give within on a cadence only with at, in days or weeks: within => ''4 weeks'' (an occurrence in the 4 weeks up to a milestone meets it).';
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

COMMENT ON CONSTRAINT rule_bounds_are_numbers ON @extschema@.rule IS
    'A quota''s or bound''s at_least and at_most are numbers, not NaN (which passes every comparison check).';

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
