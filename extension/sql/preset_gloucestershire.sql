
------------------------------------------------------------------------------
-- Preset 'gloucestershire': Gloucestershire Children's Services, Supervision
-- Policy (re-written January 2023).
--
-- Sources name the policy's own numbered sections (§4 Frequency of
-- Supervision, §5.3 CP Chairs & children on lengthy plans, §6 Recording).
-- Where the list of rule IDs and the policy text differ, the policy text is
-- followed, and the interpretation says so.
------------------------------------------------------------------------------

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
 'The list of rule IDs calls GLO-C1 a window; it is kept as a milestone cadence (at 9 months, before 6 weeks) because it is measured from the plan start. A discussion in the 4 weeks up to that date, or after it, meets it, and then nothing further is due from GLO-C1: the policy names no later milestone. '
 'No other rule sets a frequency for discussing a child''s case, so case categories other than cp (cin, cla, care_leaver, early_help, disability, settled, advice_assessment) have no case discussion cadence in this policy. '
 'GLO-O1: "in any one year (April 1st - 31st March) ... two practice observations" is at least 2 observations in each year starting 1 April; "all staff working with children, young people and families" is read as the case-facing roles: the practitioners of GLO-P1, student, cp_chair and iro (not managers of practice or non-operational staff). '
 'GLO-R1: supervision notes "within 1 working day from the date of the discussion": the deadline is the end (London midnight) of the first working day after the local date of the discussion; the policy has no shorter window for significant matters. '
 'GLO-R2: the supervisor shares the 1:1 record with the supervisee and it stands as the agreed record unless "the supervisor raises points to add/amend" it (the policy''s wording; the list of rule IDs says "unless the supervisor is asked to amend it"); the e-mail trail serves in lieu of a signature; the 1:1 professional supervision record is kept in the supervision (P: drive) files, not the child''s record.',
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
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, at, before, within, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-C1', 'cadence', 'case_discussion',
 '{cp}',
 '{9 months}', '6 weeks', '4 weeks',
 'The discussion "six weeks before the Review Child Protection Conference" is the one that prepares it: a discussion in the 4 weeks up to plan start + 9 months - 6 weeks (a monthly supervision falls in any such 4 weeks) meets it; one before that window does not, and the date stays due.',
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

-- GLO-P1: §3 Preparing for formal Supervision (the diary of 1:1 supervision)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-P1', 'window', 'booking_ahead', '12 months',
 '"Planned, so that both parties are aware of the dates for the year ahead": a booking horizon of 12 months, under GLO-P1 (the catalogue gives the sentence no ID of its own). Booked ahead when the latest planned session falls in the horizon''s last month or later.',
 '§3 Preparing for formal Supervision',
 'Supervision is booked into both parties'' calendars by the supervisor and planned so that both are aware of the dates for the year ahead.');

-- GLO-R1: §6 Recording: management oversight as a case note
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, place, interpretation, source, description) VALUES
('gloucestershire', 1, 'GLO-R1', 'recording', 'management_oversight', 'Management Oversight', 'supervisor', 'child_record',
 '"Management oversight and decisions need to be recorded by the supervisor", "on Liquid Logic as a case note": the heading Management Oversight, on the child''s record, by the supervisor. The catalogue gives this sentence no ID: it is kept under GLO-R1, the rule of the same section on when the note is due.',
 '§6 Recording',
 'Management oversight and decisions are recorded by the supervisor on the child''s record, as a case note on Liquid Logic.');
