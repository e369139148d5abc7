
------------------------------------------------------------------------------
-- Report views: each report as of today, for tools that browse tables and
-- views (Power BI, Excel, Metabase)
--
-- security_invoker: a view reads the council's tables with the rights of
-- whoever queries it, as the reports do, so row-level security applies.  A
-- WHERE on a view reaches the council's indexes as one on the report does.
------------------------------------------------------------------------------

CREATE VIEW @extschema@.supervision_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervision_due();
COMMENT ON VIEW @extschema@.supervision_due_today IS
    'supervision_due() as of today, with the default horizon (5 working days): every member of staff in post, their personal supervision due and status.';

CREATE VIEW @extschema@.case_discussions_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.case_discussions_due();
COMMENT ON VIEW @extschema@.case_discussions_due_today IS
    'case_discussions_due() as of today, with the default horizon (5 working days): every open case, its case discussion due and status.';

CREATE VIEW @extschema@.caseloads_today WITH (security_invoker = true) AS
    SELECT c.case_key, c.child, c.category, c.worker, st.team, c.opened, c.rule, c.last_discussed, c.target,
           c.latest, c.status, c.days_overdue, c.last_oversight, c.late_records
    FROM @extschema@._caseloads(current_date, '5 working days') AS c
    LEFT JOIN @extschema@._source_staff(NULL, NULL) AS st ON st.key = c.worker;
COMMENT ON VIEW @extschema@.caseloads_today IS
    'Every worker''s pre-supervision report as of today, in one view: each open case with its worker and team, what is due and its status, the day of its last management oversight entry and the discussions recorded late. WHERE worker = ... gives pre_supervision_report(worker).';

CREATE VIEW @extschema@.monthly_return_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.monthly_return(current_date);
COMMENT ON VIEW @extschema@.monthly_return_this_month IS
    'monthly_return() of the current month, so far (SLO-Q1): per team, sessions and case discussions due, held, on time, and records late.';

CREATE VIEW @extschema@.agreements_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.agreements_due();
COMMENT ON VIEW @extschema@.agreements_due_today IS
    'agreements_due() as of today, with the default horizon (20 working days).';

CREATE VIEW @extschema@.appraisals_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.appraisals_due();
COMMENT ON VIEW @extschema@.appraisals_due_today IS
    'appraisals_due() as of today, with the default horizon (20 working days).';

CREATE VIEW @extschema@.observations_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.observations_due();
COMMENT ON VIEW @extschema@.observations_due_today IS
    'observations_due() as of today: observation quotas, held and short.';

CREATE VIEW @extschema@.supervisor_load_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervisor_load();
COMMENT ON VIEW @extschema@.supervisor_load_today IS
    'supervisor_load() as of today: every supervisor''s supervisees against the policy''s bound.';

CREATE VIEW @extschema@.retention_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.retention_due();
COMMENT ON VIEW @extschema@.retention_due_today IS
    'retention_due() as of today: leavers'' supervision files, kept until when, and whether they may now be deleted.';

CREATE VIEW @extschema@.sessions_outside_bounds_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.sessions_outside_bounds();
COMMENT ON VIEW @extschema@.sessions_outside_bounds_this_month IS
    'sessions_outside_bounds() from the first of this month to today: held sessions shorter or longer than the policy allows.';

CREATE VIEW @extschema@.records_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.records_due();
COMMENT ON VIEW @extschema@.records_due_today IS
    'records_due() as of today: the record of each held session, whether it reached the supervisee in time, and whether it is agreed, deemed accepted or to be amended.';

GRANT SELECT ON @extschema@.supervision_due_today, @extschema@.sessions_outside_bounds_this_month,
    @extschema@.records_due_today, @extschema@.case_discussions_due_today,
    @extschema@.caseloads_today, @extschema@.monthly_return_this_month, @extschema@.agreements_due_today,
    @extschema@.appraisals_due_today, @extschema@.observations_due_today, @extschema@.supervisor_load_today,
    @extschema@.retention_due_today TO PUBLIC;

-- The diary (issue 19)
CREATE VIEW @extschema@.sessions_to_rebook_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.sessions_to_rebook();
COMMENT ON VIEW @extschema@.sessions_to_rebook_today IS
    'sessions_to_rebook() as of today: cancelled and re-arranged sessions, whether re-booked in time (SLO-X1, LEE-X3), and bookings that cannot be judged.';

CREATE VIEW @extschema@.bookings_ahead_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.bookings_ahead();
COMMENT ON VIEW @extschema@.bookings_ahead_today IS
    'bookings_ahead() as of today: whether each member of staff''s diary holds sessions far enough ahead (SLO-X4, LEE-X2, GLO-P1, BUR-E1).';

CREATE VIEW @extschema@.supervisors_absent_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervisors_absent();
COMMENT ON VIEW @extschema@.supervisors_absent_today IS
    'supervisors_absent() as of today: supervisors absent over 2 weeks and the supervisees who need alternative supervision (LEE-X4).';

CREATE VIEW @extschema@.supervision_on_return_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.supervision_on_return();
COMMENT ON VIEW @extschema@.supervision_on_return_today IS
    'supervision_on_return() as of today: staff back from an absence that left a gap in supervision, and whether they were supervised in time (ISL-X1).';

CREATE VIEW @extschema@.cases_per_session_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.cases_per_session();
COMMENT ON VIEW @extschema@.cases_per_session_this_month IS
    'cases_per_session() from the first of this month to today: one-to-one sessions with too few (BUR-C5) or too many cases discussed.';

CREATE VIEW @extschema@.audits_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.audits_due();
COMMENT ON VIEW @extschema@.audits_due_today IS
    'audits_due() as of today: supervisors short of the audit of their supervision (LEE-Q1).';

CREATE VIEW @extschema@.training_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.training_due();
COMMENT ON VIEW @extschema@.training_due_today IS
    'training_due() as of today: supervisors whose supervision training is due (LEE-T1).';

CREATE VIEW @extschema@.group_supervision_due_today WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.group_supervision_due();
COMMENT ON VIEW @extschema@.group_supervision_due_today IS
    'group_supervision_due() as of today: each team''s group supervision against the policy''s cadence (GLO-G1).';

GRANT SELECT ON @extschema@.sessions_to_rebook_today, @extschema@.bookings_ahead_today,
    @extschema@.supervisors_absent_today, @extschema@.supervision_on_return_today,
    @extschema@.group_supervision_due_today, @extschema@.training_due_today, @extschema@.audits_due_today,
    @extschema@.cases_per_session_this_month TO PUBLIC;

CREATE VIEW @extschema@.cases_per_reflective_session_this_month WITH (security_invoker = true) AS
    SELECT * FROM @extschema@.cases_per_reflective_session();
COMMENT ON VIEW @extschema@.cases_per_reflective_session_this_month IS
    'cases_per_reflective_session() from the first of this month to today: reflective sessions with senior managers with too few or too many cases (BUR-X2).';
GRANT SELECT ON @extschema@.cases_per_reflective_session_this_month TO PUBLIC;
