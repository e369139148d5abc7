-- The 'bury' preset: Bury Council Children's Social Care, Supervision &
-- Employee Review Policy & Procedure, issued January 2016 (where the list of
-- rule IDs and the policy text disagree, the policy text wins).  At least one test per rule ID, each description starting
-- with it.
--
-- Every expected date and instant below was worked out by hand from the policy
-- text, the model of policies (personal_supervision_due, case_discussion_due,
-- cadence_due, window_deadline, recording_deadline, retention_until: every
-- candidate rule must be met and the binding one, earliest latest, then
-- earliest target, then rule ID, is reported) and a printed calendar; the
-- description of each test says why.  Nothing here is computed by code.
--
-- What the preset says (the rows these tests pin):
--   version 1 in force from 1 Jan 2016 ("Issued: January 2016": a month only,
--   so its first day), open-ended; calendar england-and-wales.
--   BUR-P1 personal_supervision monthly, every role (roles NULL)
--   BUR-C1 case_discussion monthly for cp, cin, advice_assessment
--   BUR-C2 case_discussion every 3 months for settled
--   BUR-C3 case_discussion every 6 months for disability
--   BUR-C4 case_discussion every 3 months, latest 6 months, every case
--   BUR-C5 bound cases_per_session at least 1 case; BUR-D1 bound
--   session_length 90..180 minutes, and session_length_part_time at most 180; BUR-X2 also bound cases_per_reflective_session 2..3
--   BUR-R1 window supervision_record within 1 week (no case_record window)
--   BUR-R2 retention supervision_file keep 2 years
--   BUR-E1 appraisal every 12 months + development_plan at {6 months}
--   BUR-X1 agreement every 12 months; BUR-X2 reflective_session monthly
--
-- Weekdays used (checked against a calendar):
--   Dec 2015: Thu 31              Jan 2016: Fri 1     Feb 2016: Mon 1
--   Jan 2018: Mon 1               Feb 2024: Thu 29 (leap)   Feb 2025: Fri 28
--   Feb 2026: Sat 28 (not leap)
--   Mar 2026: Tue 31              May 2026: Sun 31    Jun 2026: Tue 30
--   Aug 2026: Mon 31              Sep 2026: Mon 7, Wed 30
--   Oct 2026: Wed 7, Thu 15, Sat 17, Sun 18, Sun 25, Mon 26
--   Nov 2026: Sun 15, Wed 25, Mon 30
--   Dec 2026: Thu 24, Fri 25, Sat 26, Mon 28, Wed 30, Thu 31
--   Jan 2027: Fri 1, Fri 15, Sun 31     Feb 2027: Sun 28 (not leap)
--   Mar 2027: Sun 7, Mon 15, Thu 25, Fri 26, Sun 28, Mon 29, Wed 31
--   Apr 2027: Thu 1, Fri 2, Thu 15, Fri 30
--   Jun 2027: Tue 15, Wed 30      Jul 2027: Sat 31
--   Aug 2027: Tue 31              Sep 2027: Tue 7, Wed 15, Thu 30
--   Nov 2027: Tue 30
--   Jan 2028: Sat 15, Mon 31      Feb 2028: Tue 29 (leap)
--   May 2028: Tue 30              Aug 2028: Thu 31    Sep 2028: Fri 1
--
-- Bank holidays used (as GOV.UK lists them; england-and-wales,
-- observed days):
--   2026: Summer Mon 31 Aug; Christmas Fri 25 Dec; Boxing Day Sat 26 Dec,
--     observed Mon 28 Dec
--   2027: New Year Fri 1 Jan; Good Friday 26 Mar and Easter Monday 29 Mar
--     (Easter Sunday 28 Mar 2027)
--   None of them moves a Bury date: every Bury timescale is in weeks or months.
--
-- Clock changes (Europe/London): BST ends Sun 25 Oct 2026 01:00 UTC; BST
-- starts Sun 28 Mar 2027 01:00 UTC; London midnight during BST is 23:00 UTC
-- the day before.  The session time zone is UTC, so every timestamptz literal
-- and result is UTC.

BEGIN;
SELECT plan(82);
SET LOCAL timezone = 'UTC';
-- as a report writer's session: the extension's operators are found by name
SET LOCAL search_path = public, supervision;

-------------------------------------------------------------------------------
-- 0. The policy, its version and its rule IDs
-------------------------------------------------------------------------------

SELECT is((SELECT calendar FROM supervision.policy WHERE name = 'bury'), 'england-and-wales',
    'bury: the policy of a council in England uses the england-and-wales calendar');
SELECT ok((SELECT builtin FROM supervision.policy WHERE name = 'bury'),
    'bury: shipped as a builtin preset');
SELECT is((SELECT in_force FROM supervision.policy_version WHERE policy = 'bury' AND version = 1), daterange('2016-01-01', NULL, '[)'),
    'bury: version 1 is in force from 1 Jan 2016 ("Issued: January 2016" gives the month only: its first day), with no end');
SELECT is((SELECT array_agg(DISTINCT rule_id ORDER BY rule_id) FROM supervision.rule WHERE policy = 'bury' AND version = 1),
    ARRAY['BUR-C1','BUR-C2','BUR-C3','BUR-C4','BUR-C5','BUR-D1','BUR-E1','BUR-P1','BUR-R1','BUR-R2','BUR-X1','BUR-X2'],
    'bury: every Bury rule ID has a row, and no other ID');
SELECT is((SELECT count(*)::integer FROM supervision.rule WHERE policy = 'bury' AND version = 1), 17,
    'bury: 17 rows: one a rule, two for BUR-D1 (a session''s length, and a part-time worker''s), three for BUR-E1 (appraisal, development plan, and the next 12 months planned), two for BUR-R1 (the record within a week, and the management oversight option on case notes) and two for BUR-X2 (cadence, bound)');
SELECT ok(NOT EXISTS (SELECT 1 FROM supervision.rule WHERE policy = 'bury' AND version = 1
                      AND (source NOT LIKE '§%' OR description = '')),
    'bury: every row cites a section of the policy (§heading) and says the rule in words');

-------------------------------------------------------------------------------
-- 1. BUR-P1: one-to-one supervision every month, every member of staff
-------------------------------------------------------------------------------

SELECT is((supervision.personal_supervision_due('bury', 'social_worker', date '2027-01-31')).target, date '2027-02-28',
    'BUR-P1: a social worker supervised Sun 31 Jan 2027 is due "every month" by Sun 28 Feb 2027 (no 31 Feb; 2027 is not leap: clamped)');
SELECT is(supervision.personal_supervision_due('bury', 'social_worker', date '2027-01-31'),
    ('BUR-P1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-P1: the whole answer from Sun 31 Jan 2027: rule BUR-P1, target Sun 28 Feb 2027, and latest the same (no hard limit)');
SELECT is(supervision.personal_supervision_due('bury', 'team_manager', date '2028-01-31'),
    ('BUR-P1', date '2028-02-29', date '2028-02-29')::supervision.due,
    'BUR-P1: a team manager supervised Mon 31 Jan 2028 is due by Tue 29 Feb 2028 (2028 is a leap year: clamped to the 29th)');
SELECT is(supervision.personal_supervision_due('bury', 'residential_practitioner', date '2026-10-15'),
    ('BUR-P1', date '2026-11-15', date '2026-11-15')::supervision.due,
    'BUR-P1: "intended for all staff": a residential practitioner supervised Thu 15 Oct 2026 is due by Sun 15 Nov 2026, not moved off the weekend');
SELECT is(supervision.personal_supervision_due('bury', 'family_support_worker', date '2026-11-25'),
    ('BUR-P1', date '2026-12-25', date '2026-12-25')::supervision.due,
    'BUR-P1: a family support worker supervised Wed 25 Nov 2026 is due by Fri 25 Dec 2026: months are not moved off Christmas Day');
SELECT is(supervision.personal_supervision_due('bury', 'asye', NULL, date '2026-09-07'),
    ('BUR-P1', date '2026-10-07', date '2026-10-07')::supervision.due,
    'BUR-P1: an ASYE started Mon 7 Sep 2026, none held yet: monthly (the policy defers the higher ASYE frequency to a handbook) from the start, Wed 7 Oct 2026');
SELECT is(supervision.personal_supervision_due('bury', 'social_worker', date '2016-01-01'),
    ('BUR-P1', date '2016-02-01', date '2016-02-01')::supervision.due,
    'BUR-P1: supervised Fri 1 Jan 2016, the first day version 1 is in force: due Mon 1 Feb 2016');
SELECT ok(supervision.personal_supervision_due('bury', 'social_worker', NULL::date, NULL::date) IS NULL,
    'BUR-P1: no last session and no start date: no answer (NULL)');
SELECT ok((SELECT roles IS NULL FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-P1'),
    'BUR-P1: roles NULL: the policy "is intended for all staff", part-time employees included');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-P1'), '1 month',
    'BUR-P1: "every month" is stored as the schedule ''1 month'' (one month after the last session, not once in every calendar month)');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('bury', 'chief_executive', date '2027-01-31')$$, '22023', NULL,
    'BUR-P1: chief_executive is not a role of the vocabulary: 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('burry', 'social_worker', date '2027-01-31')$$, '22023', NULL,
    'BUR-P1: a misspelt policy name (burry) is unknown: 22023');
SELECT throws_ok($$SELECT supervision.personal_supervision_due('bury', 'social_worker', date '2015-12-31')$$, 'SV002', NULL,
    'BUR-P1: last session Thu 31 Dec 2015, the day before version 1 came into force (1 Jan 2016): no version in force, SV002');

-------------------------------------------------------------------------------
-- 2. BUR-D1: a session lasts 1.5 to 3 hours
-------------------------------------------------------------------------------

SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-D1' AND topic = 'session_length'), 'bound session_length',
    'BUR-D1: a bound on the session length');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-D1' AND topic = 'session_length'), 90::numeric,
    'BUR-D1: "at least one and a half hours": at least 90 minutes');
SELECT is((SELECT at_most FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-D1' AND topic = 'session_length'), 180::numeric,
    'BUR-D1: "probably no more than three unless in exceptional circumstances": at most 180 minutes');
SELECT is((SELECT unit FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-D1' AND topic = 'session_length'), 'minutes',
    'BUR-D1: the bound is in minutes');
SELECT results_eq($$SELECT kind, topic, at_least, at_most, unit FROM supervision.rule
                   WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-D1' AND topic = 'session_length_part_time'$$,
    $$VALUES ('bound'::text, 'session_length_part_time'::text, NULL::numeric, 180::numeric, 'minutes'::text)$$,
    'BUR-D1: a part-time worker''s session "may be shorter as the worker will have fewer cases": no minimum, still normally at most 180 minutes');

-------------------------------------------------------------------------------
-- 3. BUR-C1: Child Protection, high level Child in Need and Advice and
--    Assessment cases at each monthly supervision.  BUR-C4 (3 months, limit
--    6 months) also applies, but BUR-C1's latest is earlier, so C1 binds.
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('bury', 'cp', date '2027-01-31'),
    ('BUR-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-C1: a CP case discussed Sun 31 Jan 2027: monthly by Sun 28 Feb 2027 (clamped); binds before BUR-C4 (target Fri 30 Apr, latest Sat 31 Jul 2027)');
SELECT is(supervision.case_discussion_due('bury', 'cin', date '2028-01-31'),
    ('BUR-C1', date '2028-02-29', date '2028-02-29')::supervision.due,
    'BUR-C1: a high level CIN case discussed Mon 31 Jan 2028: by Tue 29 Feb 2028 (leap year: clamped to the 29th)');
SELECT is(supervision.case_discussion_due('bury', 'advice_assessment', date '2026-11-30'),
    ('BUR-C1', date '2026-12-30', date '2026-12-30')::supervision.due,
    'BUR-C1: an Advice and Assessment case discussed Mon 30 Nov 2026: by Wed 30 Dec 2026 (Christmas and Boxing Day do not move it)');
SELECT is(supervision.case_discussion_due('bury', 'cp', NULL, date '2027-03-15'),
    ('BUR-C1', date '2027-04-15', date '2027-04-15')::supervision.due,
    'BUR-C1: a CP case opened Mon 15 Mar 2027, not yet discussed: one month from opening, Thu 15 Apr 2027 (BUR-C4 would give 15 Jun / 15 Sep 2027)');
SELECT is(supervision.cadence_due('bury', 'BUR-C1', date '2027-01-31'),
    ('BUR-C1', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-C1: by its ID, from Sun 31 Jan 2027: Sun 28 Feb 2027, no separate limit');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C1'), '{cp,cin,advice_assessment}'::text[],
    'BUR-C1: Child Protection -> cp, high level Child in Need -> cin, cases of the Advice and Assessment team -> advice_assessment');
SELECT throws_ok($$SELECT supervision.case_discussion_due('bury', 'cp', date '2015-12-31')$$, 'SV002', NULL,
    'BUR-C1: a CP case last discussed Thu 31 Dec 2015, before version 1 (1 Jan 2016): SV002');

-------------------------------------------------------------------------------
-- 4. BUR-C2: settled cases every 3 months; BUR-C2's latest (3 months) is
--    earlier than BUR-C4's (6 months), so C2 binds
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('bury', 'settled', date '2026-05-31'),
    ('BUR-C2', date '2026-08-31', date '2026-08-31')::supervision.due,
    'BUR-C2: a settled case discussed Sun 31 May 2026: 3 months, Mon 31 Aug 2026 (Summer bank holiday, not moved); BUR-C4 same target, later limit Mon 30 Nov 2026');
SELECT is(supervision.case_discussion_due('bury', 'settled', date '2027-11-30'),
    ('BUR-C2', date '2028-02-29', date '2028-02-29')::supervision.due,
    'BUR-C2: a settled case discussed Tue 30 Nov 2027: 3 months, Tue 29 Feb 2028 (clamped; leap); BUR-C4''s limit Tue 30 May 2028 is later');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C2'), '{settled}'::text[],
    'BUR-C2: "more settled cases or those where long term work is being undertaken", once agreed as settled -> settled');

-------------------------------------------------------------------------------
-- 5. BUR-C3: some Children's Disability cases every 6 months.  The case
--    review (BUR-C4) excepts them from its 3-month target ("with the
--    exception of some Children's Disability service cases where the
--    supervisory period may be less frequent"): BUR-C4 does not cover
--    disability, and BUR-C3 is reported, its 6 months BUR-C4's limit.
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('bury', 'disability', date '2026-08-31'),
    ('BUR-C3', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-C3: a disability case discussed Mon 31 Aug 2026: every 6 months, Sun 28 Feb 2027 (clamped); no 3-month target (BUR-C4 excepts it)');
SELECT is(supervision.case_discussion_due('bury', 'disability', NULL, date '2027-03-31'),
    ('BUR-C3', date '2027-09-30', date '2027-09-30')::supervision.due,
    'BUR-C3: a disability case opened Wed 31 Mar 2027, not yet discussed: Thu 30 Sep 2027, within "should not exceed 6 months"');
SELECT is(supervision.cadence_due('bury', 'BUR-C3', date '2026-08-31'),
    ('BUR-C3', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-C3: by its ID, from Mon 31 Aug 2026: 6 months, Sun 28 Feb 2027 (no 31 Feb: clamped), no separate limit');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C3'), '{disability}'::text[],
    'BUR-C3: cases held within the Children''s Disability service -> disability');

-------------------------------------------------------------------------------
-- 6. BUR-C4: every case reviewed every 3 months, never more than 6 months
-------------------------------------------------------------------------------

SELECT is(supervision.case_discussion_due('bury', 'cla', date '2026-03-31'),
    ('BUR-C4', date '2026-06-30', date '2026-09-30')::supervision.due,
    'BUR-C4: a looked-after case (no rule but C4 speaks of cla) reviewed Tue 31 Mar 2026: target 3 months Tue 30 Jun, latest 6 months Wed 30 Sep 2026 (both clamped)');
SELECT is((supervision.case_discussion_due('bury', 'care_leaver', date '2027-01-31')).target, date '2027-04-30',
    'BUR-C4: a care leaver''s case reviewed Sun 31 Jan 2027: target "3 monthly", Fri 30 Apr 2027 (no 31 Apr: clamped)');
SELECT is((supervision.case_discussion_due('bury', 'care_leaver', date '2027-01-31')).latest, date '2027-07-31',
    'BUR-C4: the same case: "should not exceed 6 months", latest Sat 31 Jul 2027');
SELECT is(supervision.case_discussion_due('bury', 'early_help', NULL, date '2027-03-15'),
    ('BUR-C4', date '2027-06-15', date '2027-09-15')::supervision.due,
    'BUR-C4: an early help case opened Mon 15 Mar 2027, never reviewed: from opening, target Tue 15 Jun 2027, latest Wed 15 Sep 2027');
SELECT is(supervision.cadence_due('bury', 'BUR-C4', date '2026-08-31'),
    ('BUR-C4', date '2026-11-30', date '2027-02-28')::supervision.due,
    'BUR-C4: by its ID, from Mon 31 Aug 2026: target Mon 30 Nov 2026, latest Sun 28 Feb 2027 (clamped)');
SELECT is(supervision.cadence_due('bury', 'BUR-C4', date '2027-08-31'),
    ('BUR-C4', date '2027-11-30', date '2028-02-29')::supervision.due,
    'BUR-C4: by its ID, from Tue 31 Aug 2027: target Tue 30 Nov 2027, latest Tue 29 Feb 2028 (leap: clamped to the 29th)');
SELECT is((SELECT every::text || ', latest ' || latest::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C4'),
    '3 months, latest 6 months',
    'BUR-C4: the row keeps both the target (3 months) and the hard limit (6 months)');
SELECT is((SELECT categories FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C4'),
    '{cin,cp,cla,care_leaver,early_help,settled,advice_assessment}'::text[],
    'BUR-C4: "all cases should have a case review": every category of the vocabulary but disability, which the text excepts from its 3-month interval (BUR-C3)');
SELECT throws_ok($$SELECT supervision.case_discussion_due('bury', 'adoption', date '2027-01-31')$$, '22023', NULL,
    'BUR-C4: although C4 covers every case, adoption is not a category of the vocabulary: 22023');
SELECT throws_ok($$SELECT supervision.case_discussion_due('bury', 'child_protection', date '2027-01-31')$$, '22023', NULL,
    'BUR-C4: the vocabulary says cp, not child_protection: unknown category, 22023');

-------------------------------------------------------------------------------
-- 7. BUR-C5: at least one case for reflective supervision in each 1:1
-------------------------------------------------------------------------------

SELECT is((SELECT kind || ' ' || topic FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C5'), 'bound cases_per_session',
    'BUR-C5: a bound on the cases of a session');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C5'), 1::numeric,
    'BUR-C5: "at least one case will be selected for a reflective session during each 1:1": at least 1');
SELECT ok((SELECT at_most IS NULL AND unit = 'cases' AND roles IS NULL
           FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-C5'),
    'BUR-C5: counted in cases, no maximum, every role');

-------------------------------------------------------------------------------
-- 8. BUR-R1: the 1:1 record returned to the supervisee within one week
-------------------------------------------------------------------------------

SELECT is(supervision.window_deadline('bury', 'BUR-R1', timestamptz '2026-12-24 10:00:00+00'), timestamptz '2027-01-01 00:00:00+00',
    'BUR-R1: session 10:00 GMT Thu 24 Dec 2026: 7 calendar days over Christmas (25, 28 Dec) to Thu 31 Dec 2026, late from 00:00 GMT Fri 1 Jan 2027 (New Year''s Day)');
SELECT is(supervision.window_deadline('bury', 'BUR-R1', timestamptz '2026-12-24 10:00:00+00', true), timestamptz '2027-01-01 00:00:00+00',
    'BUR-R1: marked significant, the same: Bury sets no shorter window for significant matters');
SELECT is(supervision.window_deadline('bury', 'BUR-R1', timestamptz '2027-03-25 10:00:00+00'), timestamptz '2027-04-01 23:00:00+00',
    'BUR-R1: session 10:00 GMT Thu 25 Mar 2027, over Easter (Good Friday 26, Easter Monday 29 Mar) and the change to BST: due Thu 1 Apr, late from 00:00 BST Fri 2 Apr = 23:00 UTC Thu 1 Apr');
SELECT is(supervision.window_deadline('bury', 'BUR-R1', timestamptz '2026-10-17 23:30:00+00'), timestamptz '2026-10-26 00:00:00+00',
    'BUR-R1: 23:30 UTC Sat 17 Oct 2026 is 00:30 BST Sun 18 Oct, the local date: due Sun 25 Oct, late from 00:00 GMT Mon 26 Oct');
SELECT is((SELECT topic || ' within ' || within::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-R1' AND kind = 'window'),
    'supervision_record within 1 week',
    'BUR-R1: the window is on the supervision record (the 1:1 proforma to the supervisee), 1 week');
SELECT ok(NOT EXISTS (SELECT 1 FROM supervision.rule WHERE policy = 'bury' AND kind = 'window' AND topic = 'case_record'),
    'BUR-R1: the policy gives no timescale for the case record on LCS: no case_record window');
SELECT throws_ok($$SELECT supervision.recording_deadline('bury', timestamptz '2026-12-24 10:00:00+00')$$, '22023', NULL,
    'BUR-R1: recording_deadline needs a case_record window, which Bury does not have: 22023');
SELECT throws_ok($$SELECT supervision.window_deadline('bury', 'BUR-R1', timestamptz '2015-12-31 10:00:00+00')$$, 'SV002', NULL,
    'BUR-R1: a session on Thu 31 Dec 2015 (local date), before version 1 came into force: SV002');

-------------------------------------------------------------------------------
-- 9. BUR-R2: records kept 2 years after the employee leaves or retires
-------------------------------------------------------------------------------

SELECT is(supervision.retention_until('bury', date '2024-02-29'), date '2026-02-28',
    'BUR-R2: left Thu 29 Feb 2024: kept 2 years (24 months), to Sat 28 Feb 2026 (no 29 Feb in 2026: clamped)');
SELECT is(supervision.retention_until('bury', date '2026-08-31'), date '2028-08-31',
    'BUR-R2: retired Mon 31 Aug 2026 (a bank holiday, irrelevant): kept to Thu 31 Aug 2028, deletable from Fri 1 Sep 2028');
SELECT is(supervision.retention_until('bury', date '2016-01-01'), date '2018-01-01',
    'BUR-R2: left Fri 1 Jan 2016, the first day in force: kept to Mon 1 Jan 2018');
SELECT is((SELECT topic || ' keep ' || keep::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-R2'),
    'supervision_file keep 24 months',
    'BUR-R2: the supervision file, "two years" stored as 24 months');
SELECT throws_ok($$SELECT supervision.retention_until('bury', date '2015-12-31')$$, 'SV002', NULL,
    'BUR-R2: left Thu 31 Dec 2015, before version 1 came into force: SV002');

-------------------------------------------------------------------------------
-- 10. BUR-E1: employee review every 12 months, a review 6 months after it
-------------------------------------------------------------------------------

SELECT is((SELECT string_agg(kind || ' ' || topic, ', ' ORDER BY topic) FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-E1'),
    'cadence appraisal, window booking_ahead, cadence development_plan',
    'BUR-E1: three rows, the employee review (appraisal), the six-month review of the Personal Development Plan, and "supervisions should be planned ... for the next 12 months" (booking_ahead, 12 months)');
SELECT is((SELECT every::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-E1' AND topic = 'appraisal'), '12 months',
    'BUR-E1: "Every worker will have an employee review annually": every 12 months');
SELECT is((SELECT at::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-E1' AND topic = 'development_plan'), '{"6 months"}',
    'BUR-E1: "A review date (six months from the date of employee review)": one milestone, 6 months after the employee review');
-- BUR-E1 has two cadences, so cadence_due is asked with the topic (its fifth
-- argument); started = the date of the last employee review
SELECT is(supervision.cadence_due('bury', 'BUR-E1', date '2026-09-07', date '2026-09-07', 'appraisal'),
    ('BUR-E1', date '2027-09-07', date '2027-09-07')::supervision.due,
    'BUR-E1: employee review Mon 7 Sep 2026: the next "twelve months from the date of employee review", Tue 7 Sep 2027');
SELECT is(supervision.cadence_due('bury', 'BUR-E1', date '2027-08-31', date '2027-08-31', 'appraisal'),
    ('BUR-E1', date '2028-08-31', date '2028-08-31')::supervision.due,
    'BUR-E1: employee review Tue 31 Aug 2027: the next is due Thu 31 Aug 2028');
SELECT is(supervision.cadence_due('bury', 'BUR-E1', NULL, date '2026-09-07', 'development_plan'),
    ('BUR-E1', date '2027-03-07', date '2027-03-07')::supervision.due,
    'BUR-E1: employee review Mon 7 Sep 2026, no six-month review held yet: "six months from the date of employee review", Sun 7 Mar 2027');
SELECT is(supervision.cadence_due('bury', 'BUR-E1', NULL, date '2027-08-31', 'development_plan'),
    ('BUR-E1', date '2028-02-29', date '2028-02-29')::supervision.due,
    'BUR-E1: employee review Tue 31 Aug 2027: the six-month review is due Tue 29 Feb 2028 (no 31 Feb: clamped; 2028 is leap)');
SELECT ok((supervision.cadence_due('bury', 'BUR-E1', date '2027-03-07', date '2026-09-07', 'development_plan')).target IS NULL,
    'BUR-E1: the six-month review held Sun 7 Mar 2027 after the employee review of Mon 7 Sep 2026: its only milestone is met, nothing more until the next employee review');

-------------------------------------------------------------------------------
-- 11. BUR-X1: the supervision agreement reviewed annually
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('bury', 'BUR-X1', date '2026-09-07'),
    ('BUR-X1', date '2027-09-07', date '2027-09-07')::supervision.due,
    'BUR-X1: agreement reviewed Mon 7 Sep 2026: "reviewed annually", by Tue 7 Sep 2027');
SELECT is(supervision.cadence_due('bury', 'BUR-X1', date '2024-02-29'),
    ('BUR-X1', date '2025-02-28', date '2025-02-28')::supervision.due,
    'BUR-X1: agreement reviewed Thu 29 Feb 2024: 12 months, Fri 28 Feb 2025 (no 29 Feb in 2025: clamped)');
SELECT is(supervision.cadence_due('bury', 'BUR-X1', NULL, date '2027-01-15'),
    ('BUR-X1', date '2028-01-15', date '2028-01-15')::supervision.due,
    'BUR-X1: agreement made with a new supervisor Fri 15 Jan 2027, not reviewed since: by Sat 15 Jan 2028');
SELECT is((SELECT topic || ' ' || every::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-X1'),
    'agreement 12 months',
    'BUR-X1: topic agreement, every 12 months');

-------------------------------------------------------------------------------
-- 12. BUR-X2: a reflective session with senior managers once a month, 2-3 cases
-------------------------------------------------------------------------------

SELECT is(supervision.cadence_due('bury', 'BUR-X2', date '2027-01-31'),
    ('BUR-X2', date '2027-02-28', date '2027-02-28')::supervision.due,
    'BUR-X2: reflective session Sun 31 Jan 2027, "once a month": by Sun 28 Feb 2027 (clamped)');
SELECT is((SELECT topic || ' ' || every::text FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-X2' AND kind = 'cadence'),
    'reflective_session 1 month',
    'BUR-X2: the cadence is on reflective_session, monthly');
SELECT is((SELECT at_least FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-X2' AND kind = 'bound'), 2::numeric,
    'BUR-X2: "Each session can accommodate 2 - 3 cases": at least 2');
SELECT is((SELECT at_most FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-X2' AND kind = 'bound'), 3::numeric,
    'BUR-X2: at most 3 cases');
SELECT is((SELECT topic || ' ' || unit FROM supervision.rule WHERE policy = 'bury' AND version = 1 AND rule_id = 'BUR-X2' AND kind = 'bound'),
    'cases_per_reflective_session cases',
    'BUR-X2: the bound is on the senior managers'' reflective session (cases_per_reflective_session), in cases, not on a one-to-one (BUR-C5''s cases_per_session)');
SELECT throws_ok($$SELECT supervision.cadence_due('bury', 'BUR-X9', date '2027-01-31')$$, '22023', NULL,
    'BUR-X2: BUR-X9 is not a Bury rule ID: 22023');

SELECT * FROM finish();
ROLLBACK;
