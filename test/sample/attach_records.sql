-- The records of supervision sessions (casework.supervision_record), where
-- the extension installed knows the kind session_records (0.9.0 and later:
-- the update test runs attach.sql at 0.4.0, then this file once updated).
SELECT supervision.register_source('session_records', 'casework.supervision_record',
    '{"staff": "supervisee", "held_at": "session_date", "given_at": "sent_at", "agreed_at": "signed_at",
      "amendment_at": "queried_at"}')
WHERE EXISTS (SELECT FROM supervision.source_field WHERE kind = 'session_records');

-- The diary: every session with its status (the council's words mapped),
-- and absences from the HR system (0.10.0 and later; run through \gexec, as
-- an older register_source has no meanings to parse).
SELECT $$SELECT supervision.register_source('session_bookings', 'casework.supervision_session',
    '{"key": "session_id", "staff": "supervisee", "supervisor": "supervisor", "booked_for": "session_date",
      "booked_at": "booked_at", "status": "status", "reason": "cancel_reason", "rearranged_to": "moved_to"}',
    meanings => '{"status": {"planned": ["booked"]}, "reason": {"sickness": ["Sickness"], "absence": ["Annual leave"]}}')$$
WHERE EXISTS (SELECT FROM supervision.source_field WHERE kind = 'session_bookings') \gexec
SELECT supervision.register_source(k.kind, k.relation, k.columns::jsonb)
FROM (VALUES ('group_sessions', 'casework.team_meeting'::regclass, '{"team": "team_id", "held_at": "met_on"}'),
             ('trainings', 'casework.training_record'::regclass, '{"staff": "worker_id", "held_at": "attended_on"}'),
             ('supervision_audits', 'casework.file_audit'::regclass, '{"staff": "worker_id", "held_at": "audited_on"}'),
             ('reflective_cases', 'casework.reflective_case'::regclass, '{"case_key": "case_ref", "held_at": "met_on"}'))
     AS k(kind, relation, columns)
WHERE EXISTS (SELECT FROM supervision.source_field f WHERE f.kind = k.kind);
SELECT supervision.register_source('absences', 'casework.staff_absence',
    '{"staff": "worker_id", "starts": "first_day", "ends": "last_day", "reason": "reason"}')
WHERE EXISTS (SELECT FROM supervision.source_field WHERE kind = 'absences');
