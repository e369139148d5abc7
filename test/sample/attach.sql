-- What a council's DBA does once, on the sample case database
-- (test/sample/schema.sql): tell the reports where things live, and attach
-- the triggers to the tables, the documented way.  psql variable :policy
-- names the policy in force (make demo POLICY=islington; leeds by default).

-- management oversight entries are stamped (SLO-R2, ISL-R2); designation
-- as the manager's application supplies it
SELECT supervision.attach_oversight('casework.oversight_entry', 'recorded_at', 'recorded_by',
    heading => 'heading', heading_text => 'Management Oversight', designation => 'designation');

-- case notes: the recording window of the policy where it has one, else
-- 5 working days (24 hours for a significant decision); flagged, not refused
SELECT supervision.attach_recording_window('casework.case_note', 'event_at',
    policy => CASE WHEN has_window THEN :'policy' END,
    within => CASE WHEN NOT has_window THEN '5 working days'::supervision.timescale END,
    within_significant => CASE WHEN NOT has_window THEN '24 hours'::supervision.timescale END,
    calendar => CASE WHEN NOT has_window THEN (SELECT calendar FROM supervision.policy WHERE name = :'policy') END,
    mode => 'flag', significant => 'significant', late => 'is_late', late_reason => 'late_reason')
FROM (SELECT EXISTS (SELECT FROM supervision.rule
                     WHERE policy = :'policy' AND kind = 'window' AND topic = 'case_record') AS has_window) w;

SELECT supervision.register_source('staff', 'casework.worker',
    '{"key": "worker_id", "name": "full_name", "role": "job_role", "team": "team_id",
      "supervisor": "line_manager", "started": "role_start", "left_on": "leaving_date"}');
SELECT supervision.register_source('cases', 'casework.case_file',
    '{"key": "case_ref", "child": "child_id", "category": "legal_status", "worker": "worker_id",
      "opened": "opened_on", "closed": "closed_on"}');
SELECT supervision.register_source('supervision_sessions', 'casework.supervision_session',
    '{"staff": "supervisee", "held_at": "session_date", "kind": "status"}', counts => '{held}');
SELECT supervision.register_source('case_discussions', 'casework.case_note',
    '{"case_key": "case_ref", "held_at": "event_at", "kind": "note_type"}', counts => '{Case supervision}');
SELECT supervision.register_source('oversight', 'casework.oversight_entry', '{"case_key": "case_ref"}');
SELECT supervision.register_source('observations', 'casework.practice_observation',
    '{"staff": "worker_id", "held_at": "observed_on"}');
SELECT supervision.register_source('agreements', 'casework.supervision_agreement',
    '{"staff": "worker_id", "held_at": "signed_on"}');
SELECT supervision.register_source('appraisals', 'casework.appraisal', '{"staff": "worker_id", "held_at": "held_on"}');
\ir attach_records.sql

-- the policy the reports apply, for everyone in this database
SELECT format('ALTER DATABASE %I SET supervision.policy = %L', current_database(), :'policy') \gexec
SET supervision.policy = :'policy';
