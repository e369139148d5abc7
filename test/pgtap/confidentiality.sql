-- Personal matters stay off the child's file, and children out of personal
-- supervision notes (issue 20): SLO-R3, LEE-R3 ("children's information
-- should not be included in records of personal supervision"), 003 ("names
-- of children and families are not recorded in professional supervision
-- notes"), 004 (initials instead).  The guard attached to a table of
-- personal supervision records refuses (SV401), or flags, an entry whose
-- text names a case of the registered cases source: its reference, or the
-- child's identifier; whole words, in any case.  Digits alone are matched
-- from 6 digits ("3 visits" is not a child).
--
-- The cases: C000123 (child 123456), C000124 (child 42), CP-2024/0007
-- (child 777777).
BEGIN;
SELECT plan(14);

CREATE TABLE case_file (ref text PRIMARY KEY, child text, category text, worker text, opened date);
INSERT INTO case_file VALUES ('C000123', '123456', 'cin', 'W1', '2026-01-05'), ('C000124', '42', 'cp', 'W1', '2026-01-05'),
    ('CP-2024/0007', '777777', 'cp', 'W1', '2026-01-05');
CREATE TABLE personal_note (id serial PRIMARY KEY, worker text, notes text, summary varchar(200), named boolean);

SELECT throws_ok($$SELECT supervision.attach_confidentiality('personal_note', '{notes}')$$, 'SV301', 'no cases source is registered',
    'the guard reads the cases source: not registered, attaching is refused (SV301)');
SELECT supervision.register_source('cases', 'case_file', '{"key": "ref", "child": "child", "worker": "worker"}') \g /dev/null
SELECT throws_ok($$SELECT supervision.attach_confidentiality('personal_note', '{notes,worker_id}')$$, '42703', NULL,
    'a column the table does not have: refused (42703)');
SELECT throws_ok($$SELECT supervision.attach_confidentiality('personal_note', '{notes}', mode => 'flag')$$, '22023', NULL,
    'mode flag without a flag column: refused (22023)');
SELECT lives_ok($$SELECT supervision.attach_confidentiality('personal_note', '{notes,summary}')$$,
    'attached to the notes and summary of personal supervision records');

SELECT lives_ok($$INSERT INTO personal_note (worker, notes, summary) VALUES
    ('W1', 'Discussed workload, 3 visits this week and 42 hours of leave; wellbeing good.', 'Workload'),
    ('W1', 'Case C0001234 is not a case of ours, nor XC000123.', NULL)$$,
    'personal matters, everyday numbers (42 is a child''s identifier, but too short to be one in a note) and words that merely contain a reference: written');
SELECT throws_ok($$INSERT INTO personal_note (worker, notes) VALUES ('W1', 'Felt anxious after the visit for c000123.')$$,
    'SV401', 'column "notes" of table "personal_note" names a child''s case: "c000123"',
    'a case reference, in lower case and followed by a full stop: refused (SV401)');
SELECT throws_ok($$INSERT INTO personal_note (worker, notes, summary) VALUES ('W1', 'Fine.', 'Re child 123456')$$,
    'SV401', 'column "summary" of table "personal_note" names a child''s case: "123456"',
    'a child''s identifier of 6 digits, in the summary: refused');
SELECT throws_ok($$INSERT INTO personal_note (worker, notes) VALUES ('W1', 'About CP-2024/0007 again')$$,
    'SV401', NULL, 'a reference with - and / in it, as one word: refused');
SELECT throws_ok($$UPDATE personal_note SET notes = notes || ' See C000124.' WHERE id = 1$$,
    'SV401', NULL, 'an UPDATE that adds a reference: refused');
SELECT is((SELECT count(*)::integer FROM personal_note), 2, 'nothing refused was written');

-- a case opened after attaching is named at once (the statement trigger on the cases table)
INSERT INTO case_file VALUES ('C000999', '999999', 'cin', 'W1', '2026-11-30');
SELECT throws_ok($$INSERT INTO personal_note (worker, notes) VALUES ('W1', 'New referral C000999 is weighing on me.')$$,
    'SV401', NULL, 'a case opened after attaching: refused from the next statement');

-- flag mode, and the case reference only
SELECT supervision.detach_confidentiality('personal_note') \g /dev/null
SELECT supervision.attach_confidentiality('personal_note', '{notes}', mode => 'flag', flag => 'named',
                                          identifiers => '{key}') \g /dev/null
INSERT INTO personal_note (worker, notes) VALUES ('W1', 'About C000123.'), ('W1', 'About child 123456.'), ('W1', 'Nothing.');
SELECT is(ARRAY(SELECT named FROM personal_note WHERE id > 2 ORDER BY id), ARRAY[true, false, false],
    'mode flag with identifiers {key}: the reference is flagged, the child''s identifier not looked for, the rest false');
SELECT throws_ok($$SELECT supervision.attach_confidentiality('personal_note', '{notes}')$$, '42710', NULL,
    'attaching twice is refused');
SELECT is((SELECT count(*)::integer FROM pg_trigger WHERE tgrelid = 'case_file'::regclass AND NOT tgisinternal), 1,
    'one statement trigger on the cases table, however often the guard is attached');

SELECT * FROM finish();
ROLLBACK;
