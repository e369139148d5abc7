-- The records of supervision sessions (casework.supervision_record), where
-- the extension installed knows the kind session_records (0.9.0 and later:
-- the update test runs attach.sql at 0.4.0, then this file once updated).
SELECT supervision.register_source('session_records', 'casework.supervision_record',
    '{"staff": "supervisee", "held_at": "session_date", "given_at": "sent_at", "agreed_at": "signed_at",
      "amendment_at": "queried_at"}')
WHERE EXISTS (SELECT FROM supervision.source_field WHERE kind = 'session_records');
