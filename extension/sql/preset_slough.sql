
------------------------------------------------------------------------------
-- Preset 'slough': Slough Children's Services Trust, Children's Social Care
-- Supervision Policy, final version of July 2020.
--
-- One file a preset: the policy, its versions, and one row a rule under its
-- rule ID (SLO-P1), with the section it comes from and the reading taken
-- where the text allows two.  Presets are read-only (preset_protection.sql).
--
-- Sources name the policy's own numbering and headings: "2. Supervision
-- Standards" (with its unnumbered parts Personal One to One, Case supervision,
-- Appraisal), "Standard 1: Frequency and Duration of Case Supervision" (with
-- one sub-heading per staff group), "2.1.1 Management Oversight", "2.1.2 Group
-- Supervision", "Standard 2: Preparation", "Standard 3: Content and Footprint
-- on Case Files", "Standard 4: Recording", and the Supervision Agreement of
-- "Annex 1 - Forms" (its parts Formal/Planned Supervision and Commitment to
-- Supervision).
------------------------------------------------------------------------------

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
