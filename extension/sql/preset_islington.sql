
------------------------------------------------------------------------------
-- Preset 'islington': London Borough of Islington, Targeted and Specialist
-- Children and Family Services (TSCFS), Case Management Supervision Policy for
-- Children in Need (CIN), Children who are Looked After (CLA) and Independent
-- Futures (IF), effective 2 September 2016.
--
-- The policy numbers none of its sections: a source names the heading the
-- text sits under ("Frequency", "Management oversight and informal
-- supervision", "Team Manager Supervision and oversight", "Group
-- Supervision") and the bullet, counted from 1 under that heading.
------------------------------------------------------------------------------

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
    '(5) ISL-R2: the "manager/practice supervisor involved" = the deciding manager; heading ''Management Decision''; on the child''s LCS file. ISL-R3: heading ''supervision'' exactly as the text writes it, in lower case. ISL-X1: the gap goes on the LCS record and on the next supervision record; "scheduled as a priority" on return carries no timescale: the preset reads it as a session within 5 working days of the return (window, topic return_supervision), where the absence caused a gap. '
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

-- ISL-X1: §Frequency, bullet 2: supervision as a priority on return
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, roles, within, interpretation, source, description)
VALUES ('islington', 1, 'ISL-X1', 'window', 'return_supervision',
    '{social_worker,asye,returner,senior_social_worker,advanced_practitioner,family_support_worker,personal_adviser}',
    '5 working days',
    '"Supervision must be scheduled as a priority when the practitioner returns" gives no timescale; the preset reads "a priority" as a session within 5 working days of the day of return (the first working day after the absence, not counted). It applies where the absence caused a gap: the practitioner''s supervision fell due before the absence ended and none was held during it.',
    '§Frequency, bullet 2',
    'Supervision must be scheduled as a priority when the practitioner returns from leave (sickness or annual leave) that caused a gap in supervision.');
