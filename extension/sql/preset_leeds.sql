
------------------------------------------------------------------------------
-- Preset 'leeds': Leeds City Council Children and Families Services,
-- 'Making a Difference' Supervision Framework, November 2023.
--
-- Sources name the framework's numbered sections (§4.4 Frequency of
-- Supervision, §4.13 Record Keeping).  Where the list of rule IDs and the
-- framework's text disagree, the text is followed.
------------------------------------------------------------------------------

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
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, at, within, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-A2', 'cadence', 'asye_review',
  '{asye}',
  '{3 months,6 months,9 months,11 months}', '2 weeks',
  '"Regular reviews - 3, 6 and 9 with the final review 11 months post starting": milestones in months from the start of the ASYE, each due on the day, not moved off weekends or bank holidays; a review in the 2 weeks up to a milestone (or after it) is that milestone''s review, so the next one falls due.',
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
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, recorded_by, place, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-R3', 'recording', 'case_supervision_record',
  'supervisor', 'child_record',
  'Leeds names no heading for case supervision or management oversight on the child''s record: attaching its oversight stamping by policy is refused, and the council gives the heading its case system uses.',
  '§4.13 Record Keeping',
  'Case supervision (case reflection, planning, decisions, management oversight) is recorded by the supervisor only on the child''s individual record; no child''s information goes into records of personal supervision.');

-- LEE-Q1: §4.19 Quality Assurance of personal supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, per, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-Q1', 'quota', 'observation',
  1, 'occurrences', '12 months',
  '"Used annually" = at least once in any 12 months (a rolling year; the text names no year start, so no year_starts), a recommended minimum. This row is the observation of supervision; the audit of supervision is counted on its own (topic audit).',
  '§4.19 Quality Assurance of personal supervision',
  'Each supervisor is observed in supervision by their line manager (Observation of Supervision), and their supervision file audited (Audit of Supervision), at least once a year.');

-- LEE-Q1: §4.19 Quality Assurance of personal supervision (the audit)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, unit, per, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-Q1', 'quota', 'audit',
  1, 'occurrences', '12 months',
  'The Audit of Supervision, counted on its own (audits_due, the supervision_audits source), at the frequency of the observation: at least once in any 12 months per supervisor (no roles named: those who supervise).',
  '§4.19 Quality Assurance of personal supervision',
  'Each supervisor''s supervision file is audited (Audit of Supervision) at least once a year.');

-- LEE-T1: §4.18 Training in Supervision
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, every, interpretation, source, description) VALUES (
  'leeds', 1, 'LEE-T1', 'cadence', 'training',
  '5 years',
  '"Refresh their learning every 5 years at a minimum" = 60 months after the last supervision training. The text says "existing managers"; supervising is not a role of the vocabulary, so no roles are named and the rule is asked only for those who supervise.',
  '§4.18 Training in Supervision',
  'Existing managers (supervisors) refresh their supervision skills training at least every 5 years, or sooner when their manager recommends it.');
