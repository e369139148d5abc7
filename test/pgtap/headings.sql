-- The heading a management oversight entry is stamped with, read from the
-- policy when attach_oversight() is given one (heading => a column):
--   SLO-R2  slough   "under the heading Management Oversight"
--   ISL-R2  islington  "under the 'Management Decision' heading"
--   ISL-R3  islington  mid-point checks by CP coordinators and IROs "under the
--           'supervision' heading": attached by its rule ID
--   BUR-R1  bury     "using the management oversight option on case notes"
--           (004, Ad-hoc Supervision and Consultation; kept under BUR-R1, the
--           catalogue giving the sentence no ID)
--   GLO-R1  gloucestershire  "Management oversight and decisions need to be
--           recorded by the supervisor ... as a case note" (003 section 6;
--           kept under GLO-R1)
--   Leeds   names no heading (LEE-R3: recorded on the child's record only):
--           attaching by policy is refused, saying so, with a hint
BEGIN;
SELECT plan(10);

CREATE TABLE note (id serial PRIMARY KEY, body text, written_at timestamptz, written_by text, heading text);

CREATE FUNCTION pg_temp.heading_of(policy text, rule_id text DEFAULT NULL) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    h text;
BEGIN
    PERFORM supervision.attach_oversight('note', 'written_at', 'written_by', heading => 'heading',
                                         policy => policy, rule_id => rule_id);
    INSERT INTO note (body) VALUES ('Discussed; plan agreed.') RETURNING note.heading INTO h;
    PERFORM supervision.detach_oversight('note');
    RETURN h;
END
$$;

CREATE FUNCTION pg_temp.refusal(policy text, rule_id text DEFAULT NULL) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text;
    detail text;
    hint text;
BEGIN
    PERFORM supervision.attach_oversight('note', 'written_at', 'written_by', heading => 'heading',
                                         policy => policy, rule_id => rule_id);
    RETURN 'attached';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    RETURN state || ' | ' || coalesce(detail, '-') || ' | ' || coalesce(hint, '-');
END
$$;

SELECT is(pg_temp.heading_of('slough'), 'Management Oversight', 'SLO-R2: Slough''s heading is Management Oversight');
SELECT is(pg_temp.heading_of('islington'), 'Management Decision', 'ISL-R2: Islington''s decisions go under Management Decision');
SELECT is(pg_temp.heading_of('islington', 'ISL-R3'), 'supervision',
    'ISL-R3: mid-point checks by CP coordinators and IROs, attached by the rule''s ID, go under "supervision", in lower case as written');
SELECT is(pg_temp.heading_of('bury'), 'Management Oversight',
    'BUR-R1 (004): "the management oversight option on case notes"');
SELECT is(pg_temp.heading_of('gloucestershire'), 'Management Oversight',
    'GLO-R1 (003 section 6): management oversight recorded by the supervisor as a case note');
SELECT throws_ok($$SELECT pg_temp.heading_of('leeds')$$, '22023',
    'policy "leeds" in force today names no heading for management oversight',
    'Leeds names no heading: attaching by policy is refused');
SELECT is(pg_temp.refusal('leeds'),
    '22023 | Its recording rules, none with a heading: LEE-R3 (case_supervision_record). | Give the heading your case system uses: heading_text => ''Management Oversight''.',
    'the refusal says which of Leeds''s recording rules were read, and what to do');
SELECT is(pg_temp.refusal('islington', 'ISL-X1'),
    '22023 | Its recording rules, none with a heading under ISL-X1: ISL-R2 (management_decision), ISL-R3 (mid_point_check), ISL-X1 (supervision_gap). | Give the heading your case system uses: heading_text => ''Management Oversight''.',
    'ISL-X1 (the gap in supervision) has no heading: refused, naming the rule');
SELECT throws_ok($$SELECT pg_temp.heading_of(NULL, 'ISL-R3')$$, '22023', 'rule_id ISL-R3 needs the policy it is a rule of',
    'a rule ID without its policy is refused');
SELECT is((SELECT count(*)::integer FROM note), 5, 'the five entries attached by policy were written; nothing else');

SELECT * FROM finish();
ROLLBACK;
