
------------------------------------------------------------------------------
-- Preset 'bury': Bury Council Children's Social Care, Supervision & Employee
-- Review Policy & Procedure, issued January 2016.
--
-- The policy numbers no sections: each source names the heading as the
-- policy's contents lists it, with its page there, and the sub-heading where
-- the rule sits under one ("Case review", "Reflective supervision").  Every
-- Bury rule ID (BUR-*) has at least one row.
------------------------------------------------------------------------------

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
 'Categories: cp = Child Protection; cin = "high level" Child in Need (a lower-level CIN case agreed as settled takes the category settled); advice_assessment = cases held by the Advice and Assessment team ("most" read as all); settled = "more settled cases or those where long term work is being undertaken", a category that holds only once supervisor and supervisee have agreed it and recorded the rationale: where a settlements source is registered, a case of category settled with no such agreement is judged as cin (vocabulary.until_agreed), under BUR-C1''s monthly cadence until agreed; with no settlements source the category is taken as given; disability = cases of the Children''s Disability service ("some ... may require" read as every such case); cla, care_leaver and early_help get no frequency of their own and are covered by BUR-C4 alone. '
 'Case discussion: the case review of BUR-C4 ("in addition to formal supervision") and a discussion in one-to-one supervision are both a discussion of the case on topic case_discussion; last_discussed is the latest of either. Every candidate must be met and the binding one is reported (earliest latest, then earliest target, then rule ID): cp, cin, advice_assessment -> BUR-C1, target = latest = 1 month; settled -> BUR-C2, target = latest = 3 months; disability -> BUR-C3, target = latest = 6 months (the case review''s 3-month target excepts "some Children''s Disability service cases", read as every case of category disability, and its 6-month limit is BUR-C3''s 6 months); cla, care_leaver, early_help -> BUR-C4, target 3 months, latest 6 months. '
 'BUR-C4 keeps the target (3 months) and the hard limit (6 months); overdue means past the limit; the frequency "determined at the point of allocation / transfer" is not modelled. '
 'BUR-D1: 90 to 180 minutes; 180 is a normal maximum ("probably no more than three unless in exceptional circumstances"), and a part-time worker''s session "may be shorter", which a bound cannot tell. '
 'BUR-C5: the row is the minimum of one case for reflective supervision in each one-to-one (every role); the Safeguarding Unit''s minimum of two cases selected by the team manager, besides the cases with issues or escalation, has no row of its own because a second bound on cases_per_session under the same rule ID is not allowed by the key. '
 'BUR-R1: the one-to-one record (supervision_record) within 1 week of the session: seven calendar days, bank holidays not skipped, late from local midnight after the seventh day; no shorter window for significant matters. '
 'There is no case_record window: the policy sets no time for the case-specific records on LCS, so recording_deadline(''bury'', ...) raises 22023. '
 'BUR-R2: the supervision file kept 2 years (24 months) after the employee leaves or retires; case notes on LCS follow the council''s records policy and are not covered. '
 'BUR-E1: two rows, appraisal every 12 months (the annual employee review, next one "twelve months from the date of employee review") and development_plan at 6 months measured from the date of the employee review (the start date; the six-monthly review of the Personal Development Plan); an earlier review for promotion or role change is not modelled. '
 'BUR-X1: the supervision agreement reviewed every 12 months ("annually"); renegotiation when the supervisor changes is an event, not modelled as a cadence. '
 'BUR-X2: the half-day reflective session with senior managers is offered once a month (an opportunity for staff, not a duty of each worker), and takes 2 to 3 cases (a bound on cases_per_reflective_session, read by cases_per_reflective_session() from the reflective_cases source).',
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

-- BUR-D1: §Frequency and Duration of Supervision (p. 4): part-time workers
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_most, unit, interpretation, source, description) VALUES
('bury', 1, 'BUR-D1', 'bound', 'session_length_part_time', 180, 'minutes',
 'For part time employees "the supervision session may be shorter as the worker will have fewer cases": for a worker the staff source marks part_time, this bound replaces the session_length one, with no minimum; "probably no more than three" hours still holds.',
 '§Frequency and Duration of Supervision (p. 4)',
 'A part-time worker''s session may be shorter than one and a half hours, and normally lasts no more than three.');

-- BUR-C1: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-C1', 'cadence', 'case_discussion', '{cp,cin,advice_assessment}', 'monthly',
 '"at each monthly supervision" is one month after the last discussion, not once in every calendar month; no separate limit, so the latest is the target',
 '§Supervision Definition (p. 4)',
 'Child Protection (cp) and high level Child in Need (cin) cases "should usually be discussed at each monthly supervision", and so should "most cases held by the Advice and Assessment team" (advice_assessment, all of them here): discussed monthly.');

-- BUR-C2: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, interpretation, source, description) VALUES
('bury', 1, 'BUR-C2', 'cadence', 'case_discussion', '{settled}', '3 months',
 'Settled only once agreed with the rationale recorded: where a settlements source is registered, a case of category settled counts as settled from the first agreement with a rationale (the settlements source''s rows); until then it is judged as cin (vocabulary.until_agreed) and BUR-C1''s monthly cadence applies. With no settlements source, the category settled is taken as given.',
 '§Supervision Definition (p. 4)',
 '"Other more settled cases or those where long term work is being undertaken can be discussed on a three monthly basis": every 3 months. A case is settled only with "a manageable lower level of risk", agreed between supervisor and supervisee with the rationale recorded in supervision notes; it counts as settled only then.');

-- BUR-C3: §Supervision Definition (p. 4)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, source, description) VALUES
('bury', 1, 'BUR-C3', 'cadence', 'case_discussion', '{disability}', '6 months',
 '§Supervision Definition (p. 4)',
 '"some cases held within the Children''s Disability service ... may require supervision at 6 monthly intervals": every 6 months. The case review section makes the same exception to its 3-month target ("with the exception of some Children''s Disability service cases where the supervisory period may be less frequent"), so BUR-C4 does not cover disability cases and BUR-C3 is the rule reported for them; its 6 months is BUR-C4''s "should not exceed 6 months".');

-- BUR-C4: §Recording of Supervision (p. 5): Case review
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, categories, every, latest, interpretation, source, description) VALUES
('bury', 1, 'BUR-C4', 'cadence', 'case_discussion', '{cin,cp,cla,care_leaver,early_help,settled,advice_assessment}',
 '3 months', '6 months',
 'two dates kept: target 3 months, hard limit 6 months after the last review; overdue means past the limit. Every category but disability: the text excepts "some Children''s Disability service cases where the supervisory period may be less frequent", which BUR-C3 (every 6 months, within the same 6-month limit) covers. A category a council adds to the vocabulary is covered once added to this list.',
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
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at, within, interpretation, source, description) VALUES
('bury', 1, 'BUR-E1', 'cadence', 'development_plan', '{6 months}', '4 weeks',
 'The review of the Personal Development Plan "six months from the date of employee review": a review in the 4 weeks up to that date (or after it) meets it.',
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
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, at_least, at_most, unit, interpretation, source, description) VALUES
('bury', 1, 'BUR-X2', 'bound', 'cases_per_reflective_session', 2, 3, 'cases',
 'On the senior managers'' reflective session (topic cases_per_reflective_session), not on a one-to-one: BUR-C5''s bound on cases_per_session is the one-to-one''s. cases_per_reflective_session() reads it from the reflective_cases source (a row for each case taken to a session, the sessions told apart by day).',
 '§Recording of Supervision (p. 5): Reflective supervision',
 '"Each session can accommodate 2 - 3 cases": a senior managers'' reflective session takes 2 to 3 cases.');

-- BUR-E1: §Reviewing Personal Development (p. 8): the next 12 months planned
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, within, interpretation, source, description) VALUES
('bury', 1, 'BUR-E1', 'window', 'booking_ahead', '12 months',
 '"Supervisions should be planned in accordance with the supervision policy for the next 12 months": read as a booking horizon of 12 months at all times, under BUR-E1 (the sentence belongs to the employee review, and the catalogue gives it no ID of its own). The text plans the year at each employee review; the rolling reading is stricter in the months after one. Booked ahead when the latest planned session falls in the horizon''s last month or later.',
 '§Reviewing Personal Development (p. 8)',
 'Supervisions are planned for the next 12 months, in accordance with the supervision policy.');

-- BUR-R1: §Ad-hoc Supervision and Consultation (p. 4); §Recording of Supervision (p. 5)
INSERT INTO @extschema@.rule (policy, version, rule_id, kind, topic, heading, recorded_by, place, interpretation, source, description) VALUES
('bury', 1, 'BUR-R1', 'recording', 'management_oversight', 'Management Oversight', 'supervisor', 'child_record',
 'Decisions after ad-hoc supervision are recorded "using the management oversight option on case notes": the heading Management Oversight, on the child''s LCS record, by the supervisor ("the supervisor will normally record"). The catalogue gives this sentence no ID: it is kept under BUR-R1, whose section (Recording of Supervision) names the same option.',
 '§Ad-hoc Supervision and Consultation (p. 4); §Recording of Supervision (p. 5)',
 'Any decisions made following an ad-hoc supervision or consultation are recorded on the service user''s electronic file using the management oversight option on case notes.');
